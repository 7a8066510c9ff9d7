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
		String kind, ValidatedReturn validated, List<Finding> fileFindings, String detail) {

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
