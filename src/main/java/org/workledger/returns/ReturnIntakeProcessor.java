package org.workledger.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.consolidation.LedgerWorkbookWriter;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.FindingsWorkbookWriter;
import org.workledger.findings.Location;
import org.workledger.intake.InputFolder;
import org.workledger.intake.QuickLook;
import org.workledger.intake.Sha256;
import org.workledger.intake.WorkbookKind;
import org.workledger.workbook.StreamingGrids;
import org.workledger.workbook.UnreadableWorkbookException;
import org.workledger.workbook.UsermodelGrids;
import org.workledger.workbook.WorkbookGrid;
import org.workledger.workbook.WorkbookOpener;

/**
 * Decides what each input file is and, for returns, reads and checks it. Files are
 * known by content: a hash seen before (in an earlier run or earlier in this one) is not
 * read again.
 */
class ReturnIntakeProcessor implements ItemProcessor<InputCandidate, IntakeOutcome> {

	private final WorkbookOpener opener;

	private final ReturnValidator validator;

	private final SubmissionRepository submissions;

	private final Set<String> referenceFiles;

	/** Content seen in this run, to the name it was first seen under. */
	private final Map<String, String> seenThisRun = new HashMap<>();

	/**
	 * The names of this group's files seen in earlier runs, by content, looked up once when
	 * the group starts (a file's hash is known from the snapshot of input/); a file whose
	 * hash the snapshot did not have is looked up on its own.
	 */
	private final Map<String, String> knownNames;

	private final Set<String> lookedUp;

	/** Identifies the task table and roster in force; a return rejected under others is read again. */
	private final String referenceSha;

	ReturnIntakeProcessor(WorkbookOpener opener, ReturnValidator validator, SubmissionRepository submissions,
			Set<String> referenceFiles, String referenceSha, List<InputCandidate> group) {
		this.opener = opener;
		this.lookedUp = new HashSet<>();
		group.forEach(file -> this.lookedUp.add(file.sha256()));
		this.lookedUp.remove("");
		this.knownNames = this.lookedUp.isEmpty() ? Map.of() : submissions.knownFileNames(this.lookedUp);
		this.validator = validator;
		this.submissions = submissions;
		this.referenceFiles = referenceFiles;
		this.referenceSha = referenceSha == null ? "" : referenceSha;
	}

	private static boolean neededSheet(String name) {
		return ProgressWorkbookContract.SHEET.equals(name) || ProgressWorkbookContract.META_SHEET.equals(name);
	}

	/**
	 * The fast path: an .xlsx streamed from its sheet XML instead of POI's object model. A
	 * return made from our template needs only its task sheet and the metadata sheet; any
	 * other .xlsx (a workbook a unit made itself, a table pasted from elsewhere) is streamed
	 * whole, into the same grid the object model gives (a first round of a province is
	 * mostly such workbooks: through the object model they took 28 % of a 10,000-return
	 * intake). Null when the streaming reader cannot take the file (not a zip, an entity, a
	 * part too large …): the object model then reads it, or says what is wrong with it.
	 */
	private IntakeOutcome streamed(InputCandidate file, String sha, long size, Instant modified) {
		try {
			if (QuickLook.isTemplateReturn(file.path())) {
				ReturnedWorkbook read = ReturnedWorkbookReader
					.read(StreamingGrids.of(file.path(), ReturnIntakeProcessor::neededSheet), file.name());
				if (read.hasTable() && !read.blank()) {
					return checked(file, sha, size, modified, read);
				}
				// the table is not where the template puts it, or left blank there (filled in on a copy of the sheet):
				// read the whole workbook below
			}
			return outcome(file, sha, size, modified, StreamingGrids.of(file.path()));
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** What workledger itself wrote, known by its first sheet's name: a 问题清单, a ledger. */
	private static Optional<String> ownOutput(WorkbookGrid grid) {
		if (grid.sheets().isEmpty()) {
			return Optional.empty();
		}
		return switch (grid.sheets().get(0).name()) {
			case FindingsWorkbookWriter.SHEET -> Optional.of("本系统生成的问题清单（列出退回或检查发现的问题，供单位对照修改）");
			case LedgerWorkbookWriter.SHEET -> Optional.of("本系统生成的汇总台账");
			default -> Optional.empty();
		};
	}

	/** A whole workbook's grid: a return is checked, a task breakdown or roster is left for the reference step. */
	private IntakeOutcome outcome(InputCandidate file, String sha, long size, Instant modified, WorkbookGrid grid) {
		Optional<String> ours = ownOutput(grid);
		if (ours.isPresent()) {
			// a clerk's slip (the 问题清单 or the ledger saved into input/): said as what it is, not as a bad
			// return, and neither counted among the rejected nor given a 问题清单 of its own
			Finding finding = FindingCode.FILE_OWN_OUTPUT.at(Location.file(file.name()), "", ours.get());
			return new IntakeOutcome(file, sha, size, modified, Disposition.OWN_OUTPUT, "UNREADABLE", null,
					List.of(finding), finding.message());
		}
		WorkbookKind kind = WorkbookKind.of(grid);
		if (kind != WorkbookKind.RETURN) {
			return new IntakeOutcome(file, sha, size, modified, Disposition.REFERENCE, kind.name(), null, List.of(),
					"较早的" + kind.label() + "，本次未使用");
		}
		return checked(file, sha, size, modified, ReturnedWorkbookReader.read(grid, file.name()));
	}

	private IntakeOutcome checked(InputCandidate file, String sha, long size, Instant modified, ReturnedWorkbook read) {
		ValidatedReturn validated = this.validator.validate(read);
		Disposition disposition = validated.accepted() ? Disposition.ACCEPTED : Disposition.REJECTED;
		String detail = validated.unit() == null ? "" : validated.unit().name();
		if (validated.period() != null) {
			detail = detail + (detail.isEmpty() ? "" : "，") + validated.period().label();
		}
		return new IntakeOutcome(file, sha, size, modified, disposition, "RETURN", validated, List.of(), detail);
	}

	static final String UNREADABLE_NAME = "文件名编码不对（多为在 Windows 上压缩、在这里解压的文件），"
			+ "未读取；请把文件改名（或在这里重新解压）后放入 input";

	@Override
	public IntakeOutcome process(InputCandidate file) {
		if (file.ignored()) {
			return new IntakeOutcome(file, null, 0, Instant.EPOCH, Disposition.IGNORED, "", null, List.of(),
					InputFolder.isUnreadableName(file.name()) ? UNREADABLE_NAME : "Excel/WPS 锁定文件、备份文件、隐藏文件或临时文件");
		}
		if (file.packed()) {
			// its workbooks are taken in one by one, each under the zip's name and its own
			return new IntakeOutcome(file, null, 0, Instant.EPOCH, Disposition.IGNORED, "", null, List.of(),
					IntakeOutcome.PACKED);
		}
		if (file.settling()) {
			return new IntakeOutcome(file, null, 0, Instant.EPOCH, Disposition.WAITING, "", null, List.of(),
					"文件刚刚发生变化，可能还在复制中，留待下次运行处理");
		}
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取文件 " + file.name(), ex);
		}
		String sha = file.sha256().isEmpty() ? Sha256.of(file.path()) : file.sha256();
		long size = attributes.size();
		Instant modified = attributes.lastModifiedTime().toInstant();
		String earlier = this.seenThisRun.putIfAbsent(sha, file.name());
		if (earlier != null) {
			return new IntakeOutcome(file, sha, size, modified, Disposition.DUPLICATE, "", null, List.of(),
					"与“" + earlier + "”内容完全相同，只计一次");
		}
		Optional<String> known = this.lookedUp.contains(sha) ? Optional.ofNullable(this.knownNames.get(sha))
				: this.submissions.knownFileName(sha);
		boolean recheck = known.isPresent() && known.get().equals(file.name())
				&& this.submissions.storedUnderOtherReference(sha, this.referenceSha)
					.filter(stored -> !stored.accepted() || !this.validator.lists(stored.period(), stored.unitName()))
					.isPresent();
		if (this.referenceFiles.contains(file.name())) {
			return new IntakeOutcome(file, sha, size, modified, Disposition.REFERENCE, known.isPresent() ? "" : "REFERENCE",
					null, List.of(), "任务分解表或单位名册");
		}
		if (known.isPresent() && !recheck) {
			boolean same = known.get().equals(file.name());
			return new IntakeOutcome(file, sha, size, modified, same ? Disposition.KNOWN : Disposition.DUPLICATE, "", null,
					List.of(), same ? "此前的运行已处理，内容未变" : "与此前处理过的“" + known.get() + "”内容完全相同，只计一次");
		}
		return read(file, sha, size, modified).checkedAgainst(this.referenceSha, recheck);
	}

	/** Reads and checks a file not seen before (or to be seen again under new reference tables). */
	IntakeOutcome read(InputCandidate file, String sha, long size, Instant modified) {
		if (size <= this.opener.maxFileBytes()) {
			IntakeOutcome streamed = streamed(file, sha, size, modified);
			if (streamed != null) {
				return streamed;
			}
		}
		try (Workbook workbook = this.opener.open(file.path())) {
			return outcome(file, sha, size, modified, UsermodelGrids.of(workbook));
		}
		catch (UnreadableWorkbookException ex) {
			return unreadable(file, sha, size, modified, ex.finding());
		}
		catch (IOException | RuntimeException ex) {
			// a file POI opens but cannot read through must not stop the run for everyone else
			return unreadable(file, sha, size, modified, FindingCode.FILE_UNREADABLE.at(Location.file(file.name()), "",
					"读取内容时出错：" + ex.getClass().getSimpleName()));
		}
	}

	/** A file that is no readable workbook: its unit's, when its name says whose and which month (see ReturnValidator#byFileName). */
	private IntakeOutcome unreadable(InputCandidate file, String sha, long size, Instant modified, Finding finding) {
		Optional<ValidatedReturn> named = this.validator.byFileName(file.name(), finding);
		boolean notExcel = finding.code() == FindingCode.FILE_NOT_EXCEL && !InputFolder.hasSpreadsheetName(file.name());
		// a document, scan or photo, whole or not, even one named after its unit: a unit's cover letter or stamped
		// scan sent with its return is not a return of its that was sent back
		boolean document = InputFolder.hasDocumentName(file.name()) && (finding.code() == FindingCode.FILE_NOT_EXCEL
				|| finding.code() == FindingCode.FILE_UNREADABLE || finding.code() == FindingCode.FILE_ARCHIVE);
		if (document || named.isEmpty() && notExcel) {
			// a cover note, a signed scan, a Word document sent along with the returns: no unit's attempt at a
			// return, so neither sent back with a 退回通知 to nobody nor counted among the rejected
			return new IntakeOutcome(file, null, size, modified, Disposition.IGNORED, "", null, List.of(),
					IntakeOutcome.NOT_A_SPREADSHEET + "：" + finding.message());
		}
		return new IntakeOutcome(file, sha, size, modified, Disposition.REJECTED, "UNREADABLE", named.orElse(null),
				List.of(finding), named.map(v -> "按文件名认定为" + v.unit().name() + "的" + v.period().label() + "报表，")
					.orElse("") + finding.message());
	}

}
