package org.workledger.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Location;
import org.workledger.findings.FindingsWorkbookWriter;
import org.workledger.period.Period;
import org.workledger.intake.FileArchive;
import org.workledger.intake.Sha256;
import org.workledger.reference.ReferenceData;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceImporter;
import org.workledger.reference.ReferenceSource;
import org.workledger.reference.ReferenceVersion;
import org.workledger.reference.ReferenceVersions;
import org.workledger.system.Workspace;
import org.workledger.vocabulary.VocabularyProperties;
import org.workledger.workbook.WorkbookOpener;

/**
 * Checks one returned workbook at once, with exactly the rules a consolidate run applies
 * (the tables the last run took in, or the tables of the return's own 报送期次), without
 * storing anything: for {@code check} on the command line and for a unit's upload.
 */
@Component
public class ReturnChecker {

	private final WorkbookOpener opener;

	private final ReferenceDataRepository reference;

	private final SubmissionRepository submissions;

	private final VocabularyProperties vocabulary;

	private final ReferenceVersions versions;

	private final ReferenceImporter importer;

	public ReturnChecker(WorkbookOpener opener, ReferenceDataRepository reference, SubmissionRepository submissions,
			VocabularyProperties vocabulary, ReferenceVersions versions, ReferenceImporter importer) {
		this.opener = opener;
		this.reference = reference;
		this.submissions = submissions;
		this.vocabulary = vocabulary;
		this.versions = versions;
		this.importer = importer;
	}

	/**
	 * What a check found.
	 *
	 * @param unitName the unit the return is for, or empty when it could not be told
	 * @param period the return's 报送期次, or {@code null} when it could not be read
	 * @param taskOfRow the task number of each row of its task table (see {@link ReturnedWorkbook#taskOfRow})
	 */
	public record Result(String fileName, String sha256, boolean accepted, String unitName, Period period,
			List<Finding> findings, boolean workbook, Location unitCell, java.util.Map<String, String> taskOfRow) {

		public Result(String fileName, String sha256, boolean accepted, String unitName, Period period,
				List<Finding> findings, boolean workbook) {
			this(fileName, sha256, accepted, unitName, period, findings, workbook, null, java.util.Map.of());
		}

		/**
		 * The check as a unit's account sees it: a return of another unit cannot be sent from
		 * it, which is an error at the 填报单位 cell (the page said so, yet listed only a 提示,
		 * and the marked copy was named as one with hints).
		 */
		public Result forAccountOf(String unit) {
			if (this.unitName.isEmpty() || this.unitName.equals(unit)) {
				return this;
			}
			List<Finding> all = new java.util.ArrayList<>();
			all.add(FindingCode.UNIT_NOT_THIS_ACCOUNT.at(this.unitCell != null ? this.unitCell : Location.file(this.fileName),
					this.unitName, this.unitName, unit, unit));
			// not beside it a hint that the file counts for the other unit (按大东区人民政府计入): it does not, from here
			this.findings.stream().filter(f -> !CREDITED_AS.contains(f.code())).forEach(all::add);
			return new Result(this.fileName, this.sha256, false, this.unitName, this.period, all, this.workbook,
					this.unitCell, this.taskOfRow);
		}

		/** Hints that say which unit a return was credited to, from the name written in it. */
		private static final java.util.Set<FindingCode> CREDITED_AS = java.util.EnumSet.of(FindingCode.UNIT_FORMER_NAME,
				FindingCode.UNIT_LATER_NAME, FindingCode.UNIT_VARIANT, FindingCode.UNIT_TYPO, FindingCode.UNIT_SHORT_FORM, FindingCode.UNIT_SHORT_FORM_BY_FILE, FindingCode.UNIT_GOVERNMENTS_OFFICE,
				FindingCode.UNIT_OTHER_IN_FILE_NAME);

		public long errors() {
			return this.findings.stream().filter(Finding::isError).count();
		}

		public long warnings() {
			return this.findings.size() - errors();
		}

		/** The same check, said of the file under another name (the one it was given in input/). */
		public Result withFileName(String name) {
			return new Result(name, this.sha256, this.accepted, this.unitName, this.period, this.findings, this.workbook,
					this.unitCell, this.taskOfRow);
		}

		/** A task breakdown or roster: not a return, and not sent back either (consolidate uses it). */
		public boolean referenceTable() {
			return this.findings.stream().anyMatch(f -> f.code() == FindingCode.FILE_NOT_A_RETURN);
		}

	}

	/** Whether the workspace has tables to check against (a consolidate or distribute has run). */
	public boolean ready() {
		return this.reference.source("breakdown").isPresent() && !this.reference.units().isEmpty();
	}

	/** Checks {@code file}, shown to people as {@code name}. */
	public Result check(Path file, String name, Workspace workspace) {
		return check(processor(workspace), file, name);
	}

	/**
	 * Checks several files with rules built once (they read the tables and the previous
	 * period's returns: fresh for each upload, shared by the files of one command).
	 */
	public List<Result> checkAll(List<Path> files, Workspace workspace) {
		ReturnIntakeProcessor processor = processor(workspace);
		return files.stream().map(f -> check(processor, f, f.getFileName().toString())).toList();
	}

	private ReturnIntakeProcessor processor(Workspace workspace) {
		Period now = Period.of(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(),
				LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue());
		FileArchive archive = new FileArchive(workspace.data().resolve("archive"));
		String breakdownSha = this.reference.source("breakdown").map(ReferenceSource::sha256).orElse("");
		String rosterSha = this.reference.source("roster").map(ReferenceSource::sha256).orElse("");
		// as the run checks: a unit renamed in the newest roster may write its new name on an earlier form
		org.workledger.roster.Roster newest = this.versions.newestRoster()
			.filter(v -> !v.sha256().equals(rosterSha))
			.map(v -> this.importer.roster(v, archive))
			.orElse(null);
		ReturnRules runRules = ReturnsIntakeStepConfiguration.rules(this.reference, this.submissions, now,
				now.lastDay(), this.vocabulary, newest);
		RulesByPeriod rules = new RulesByPeriod(runRules, breakdownSha, rosterSha, new RulesByPeriod.Tables() {
			@Override
			public Optional<ReferenceVersion> breakdownFor(Period p) {
				return ReturnChecker.this.versions.breakdownFor(p);
			}

			@Override
			public Optional<ReferenceVersion> rosterFor(Period p) {
				return ReturnChecker.this.versions.rosterFor(p);
			}

			@Override
			public ReturnRules rulesOf(ReferenceVersion breakdown, ReferenceVersion roster, LocalDate asOf) {
				ReferenceData data = ReturnChecker.this.importer.load(breakdown, roster, archive);
				return ReturnsIntakeStepConfiguration.rules(data.roster(), data.breakdown().title(),
						data.breakdown().tasks(), data.assignments(), ReturnChecker.this.submissions, now, asOf,
						ReturnChecker.this.vocabulary, newest);
			}
		});
		return new ReturnIntakeProcessor(this.opener, new ReturnValidator(rules.runRules(), rules), this.submissions,
				Set.of(), "", List.of());
	}

	private Result check(ReturnIntakeProcessor processor, Path file, String name) {
		String sha = Sha256.of(file);
		long size;
		Instant modified;
		try {
			size = Files.size(file);
			modified = Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("无法读取文件 " + name, ex);
		}
		IntakeOutcome outcome = processor.read(new InputCandidate(file, name, false, false, sha), sha, size, modified);
		if (outcome.disposition() == Disposition.REFERENCE) {
			String what = "ROSTER".equals(outcome.kind()) ? "单位名册" : "任务分解表";
			return new Result(name, sha, false, "", null,
					List.of(FindingCode.FILE_NOT_A_RETURN.at(Location.file(name), "", what)), false);
		}
		ValidatedReturn v = outcome.validated();
		String unit = v != null && v.unit() != null ? v.unit().name() : "";
		// a file that could not be opened has no cells to mark, even when its name told whose it is
		boolean workbook = v != null && !"UNREADABLE".equals(outcome.kind());
		Location unitCell = v == null ? null
				: v.source()
					.header(org.workledger.contract.ProgressWorkbookContract.UNIT)
					.map(h -> new Location(name, h.sheet(), h.cell()))
					.orElse(null);
		return new Result(name, sha, outcome.disposition() == Disposition.ACCEPTED, unit, v == null ? null : v.period(),
				outcome.findings(), workbook, unitCell, v == null ? java.util.Map.of() : v.source().taskOfRow());
	}

	/**
	 * Writes the findings list and, for a readable workbook, the unit's own workbook with
	 * each problem cell marked, into {@code folder}; returns what was written.
	 */
	public List<Path> writeMarkedUp(Result result, Path file, Path folder) throws IOException {
		String base = RejectionFiles.baseName(result.fileName());
		Files.createDirectories(folder);
		Path list = folder.resolve(base + "-问题清单.xlsx");
		FindingsWorkbookWriter.write("检查结果：" + result.fileName()
				+ (result.unitName().isEmpty() ? "" : "（" + result.unitName() + "）"), result.findings(), result.taskOfRow(), list);
		if (!result.workbook() || result.findings().isEmpty()) {
			return List.of(list);
		}
		String name = result.fileName().toLowerCase(java.util.Locale.ROOT);
		String extension = name.endsWith(".xls") ? ".xls" : name.endsWith(".xlsm") ? ".xlsm" : ".xlsx";
		Path marked = folder.resolve(base + (result.accepted() ? "-提示批注" : "-退回修改") + extension);
		new RejectedWorkbookAnnotator().annotate(file, result.findings(), marked);
		return List.of(list, marked);
	}

}
