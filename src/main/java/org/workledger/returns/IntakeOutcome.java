package org.workledger.returns;

import java.time.Instant;
import java.util.List;

import org.workledger.findings.Finding;

/**
 * What intake made of one input file.
 *
 * @param kind RETURN, BREAKDOWN, ROSTER or UNREADABLE; empty when the file was not read
 * @param validated the checked return, for readable returns
 * @param fileFindings findings about the file itself (unreadable, not Excel …)
 * @param detail one line for the run summary, e.g. the file it duplicates
 */
public record IntakeOutcome(InputCandidate file, String sha256, long size, Instant modified, Disposition disposition,
		String kind, ValidatedReturn validated, List<Finding> fileFindings, String detail, String referenceSha,
		boolean recheck) {

	/** The detail of a file left alone as no spreadsheet at all; the run summary names such files by it. */
	public static final String NOT_A_SPREADSHEET = "不是表格文件，未作为进展情况表处理";

	/** The detail of a zip whose workbooks were unpacked and taken in one by one. */
	public static final String PACKED = "压缩包，其中的表格已解压，逐个处理";

	public IntakeOutcome(InputCandidate file, String sha256, long size, Instant modified, Disposition disposition,
			String kind, ValidatedReturn validated, List<Finding> fileFindings, String detail) {
		this(file, sha256, size, modified, disposition, kind, validated, fileFindings, detail, "", false);
	}

	/**
	 * @param referenceSha the reference tables the file was checked against
	 * @param recheck the file was rejected before under other reference tables and read again
	 */
	IntakeOutcome checkedAgainst(String referenceSha, boolean recheck) {
		return new IntakeOutcome(this.file, this.sha256, this.size, this.modified, this.disposition, this.kind,
				this.validated, this.fileFindings, this.detail, referenceSha, recheck);
	}

	public List<Finding> findings() {
		return this.validated != null ? this.validated.findings().all() : this.fileFindings;
	}

	public long errorCount() {
		return findings().stream().filter(Finding::isError).count();
	}

	/** The first error, or the first finding: the reason a clerk reads in lists. */
	public String mainReason() {
		return findings().stream()
			.filter(Finding::isError)
			.findFirst()
			.or(() -> findings().stream().findFirst())
			.map(f -> (f.location().sheetCell().isEmpty() ? "" : f.location().sheetCell() + "：") + f.message())
			.orElse("");
	}

}
