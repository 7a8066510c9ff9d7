package org.workledger.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownChanges;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.breakdown.BreakdownYear;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.findings.Location;
import org.workledger.intake.FileArchive;
import org.workledger.intake.InputFolder;
import org.workledger.intake.QuickLook;
import org.workledger.intake.Sha256;
import org.workledger.intake.WorkbookKind;
import org.workledger.period.Period;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterChanges;
import org.workledger.roster.RosterReader;
import org.workledger.system.Console;
import org.workledger.vocabulary.CityName;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UnreadableWorkbookException;
import org.workledger.workbook.WorkbookGrid;
import org.workledger.workbook.WorkbookOpener;

/**
 * Finds the task breakdown and the roster among the files in {@code input/} (by content),
 * reads them and works out the assignments. When a table was dropped more than once, the
 * newest file wins and the clerk is told.
 */
public final class ReferenceImporter {

	private final WorkbookOpener opener;

	/** The city as the office set it ({@code workledger.vocabulary.city}); empty: from the tables. */
	private final String city;

	/** Every roster taken in, for the short names of units renamed or merged since. */
	private final ReferenceVersions history;

	/** Former short names found per roster (by its hash and the number of rosters then known). */
	private final Map<String, Map<String, List<String>>> formerShortNames = new java.util.concurrent.ConcurrentHashMap<>();

	public ReferenceImporter(WorkbookOpener opener, String city, ReferenceVersions history) {
		this.opener = opener;
		this.city = city;
		this.history = history;
	}

	/**
	 * The roster with the short names its units' former units had in the rosters before it,
	 * as aliases: a new roster says 沈阳市数据局 was 沈阳市大数据管理局, and the task table
	 * still says 市大数据局, the old roster's short name for it.
	 */
	private Roster withFormerShortNames(Roster roster, String sha, FileArchive archive) {
		Set<String> current = new HashSet<>();
		roster.units().forEach(u -> current.add(u.name()));
		Map<String, String> wanted = new java.util.HashMap<>();
		for (org.workledger.roster.Unit unit : roster.units()) {
			unit.formerNames().stream().filter(n -> !current.contains(n)).forEach(n -> wanted.put(n, unit.name()));
		}
		if (wanted.isEmpty()) {
			return roster;
		}
		List<ReferenceVersion> older = new ArrayList<>(this.history.all(ReferenceVersion.ROSTER));
		Map<String, List<String>> more = this.formerShortNames.computeIfAbsent(sha + "|" + older.size(), key -> {
			Map<String, List<String>> found = new java.util.HashMap<>();
			Set<String> seen = new HashSet<>();
			java.util.Collections.reverse(older);
			for (ReferenceVersion version : older) {
				if (version.sha256().equals(sha) || seen.size() == wanted.size()) {
					continue;
				}
				for (org.workledger.roster.Unit unit : roster(version, archive).units()) {
					String now = wanted.get(unit.name());
					if (now != null && seen.add(unit.name())) {
						found.computeIfAbsent(now, k -> new ArrayList<>()).addAll(unit.aliases());
					}
				}
			}
			return found;
		});
		return roster.withCarriedAliases(more);
	}

	/**
	 * The tables that apply to a period: every task breakdown and roster in {@code input/}
	 * is taken in (a new one as a version that applies from this period on, see
	 * {@link ReferenceVersions}), then the versions in force for the period are read, from
	 * {@code input/} or from the archive, and resolved into assignments. The files of
	 * {@code knownReturns} are passed over unread: earlier runs took them in as returns.
	 */
	/** Member names of a zip that may be the tables: 任务分解表, 单位名册, 联络员名单. */
	private static final java.util.regex.Pattern TABLE_IN_ARCHIVE = java.util.regex.Pattern.compile("分解|名册|名单|任务表");

	public ReferenceData importFor(InputFolder input, Period period, ReferenceVersions versions, FileArchive archive,
			long jobExecutionId, KnownReturns knownReturns) {
		List<Candidate> breakdowns = new ArrayList<>();
		List<Candidate> rosters = new ArrayList<>();
		Findings findings = new Findings();
		Findings unreadable = new Findings();
		// every file is looked into on all cores: template returns by their sheet names alone, any other workbook
		// by its header rows (a first round brings thousands of workbooks units made themselves: one after the
		// other, telling them from a roster took a third of a 10,000-return intake); kept in input/ order
		List<Scanned> scanned = input.files()
			.parallelStream()
			.filter(file -> !knownReturns.contains(input, file) && !QuickLook.isTemplateReturn(file))
			.map(this::scan)
			.toList();
		for (Scanned file : scanned) {
			if (file.unreadable() != null) {
				// maybe a return; consolidation reports it as rejected. If a table is missing, it may be this one,
				// unless it is no spreadsheet at all (a cover note, a scan), which the intake leaves alone
				Finding finding = file.unreadable();
				if (finding.code() == FindingCode.FILE_NOT_EXCEL && !InputFolder.hasSpreadsheetName(file.file().toString())) {
					continue;
				}
				String fix = finding.fix();
				if (finding.code() == FindingCode.FILE_ARCHIVE) {
					// units' returns packed together are taken in one by one, as the quick start says: only a zip
					// that may hold the missing table is worth a word here, and not as a return to send again
					if (finding.message().contains("内含") && !TABLE_IN_ARCHIVE.matcher(finding.message()).find()) {
						continue;
					}
					fix = "如其中有缺少的任务分解表或单位名册，请把它解压出来放入 input 文件夹";
				}
				unreadable.add(new Finding(finding.code(), Location.file(input.displayName(file.file())), finding.value(),
						finding.message(), fix));
			}
			else if (file.kind() == WorkbookKind.BREAKDOWN) {
				breakdowns.add(new Candidate(file.file(), modified(file.file()), file.workbook()));
			}
			else if (file.kind() == WorkbookKind.ROSTER) {
				rosters.add(new Candidate(file.file(), modified(file.file()), file.workbook()));
			}
		}
		Set<Path> referenceFiles = new HashSet<>();
		breakdowns.forEach(c -> referenceFiles.add(c.file()));
		rosters.forEach(c -> referenceFiles.add(c.file()));
		Intake intake = new Intake(input, period, versions, archive, jobExecutionId);
		// a table that arrives while an earlier month is run again (October's late returns, in November) applies
		// from the month the office is working on: a month already consolidated and circulated keeps its tables
		Period from = versions.workingPeriod().filter(working -> working.compareTo(period) > 0).orElse(period);

		// the roster: the newest in input/ is taken in; the version in force for the period is used
		ReadRoster inputRoster = takeRoster(rosters, input, versions, archive, intake, from, findings);
		ReadRoster roster = null;
		Optional<ReferenceVersion> rosterVersion = versions.rosterFor(period);
		if (rosterVersion.isPresent()) {
			roster = inputRoster != null && inputRoster.source().sha256().equals(rosterVersion.get().sha256())
					? inputRoster : readRoster(archived(archive, rosterVersion.get()), rosterVersion.get().fileName(),
							rosterVersion.get().sha256());
			findings.addAll(roster.findings());
		}
		else if (inputRoster == null) {
			findings.add(withNearMiss(FindingCode.ROSTER_MISSING.at(Location.file("input"), ""),
					NearMisses.said(returnsIn(scanned), input::displayName, List.of("名册", "名单", "单位"),
							List.of(RosterReader.NAME, RosterReader.CATEGORY), RosterReader.OTHER_NAMES, this.opener)));
		}

		// the task breakdowns: by year, the newest of each year taken in
		int year = period.month().getYear();
		Map<Integer, List<ReadBreakdown>> byYear = new TreeMap<>();
		for (Candidate candidate : breakdowns) {
			String name = input.displayName(candidate.file());
			ReadBreakdown read = readBreakdown(candidate.workbook(), name, Sha256.of(candidate.file()));
			if (read.year().isEmpty()) {
				boolean unusable = read.findings().all().stream().anyMatch(f -> ReferenceData.BLOCKING.contains(f.code()));
				// a table that cannot be read at all says why, rather than that its year is unknown
				if (unusable) {
					findings.addAll(read.findings());
				}
				else {
					findings.add(FindingCode.BREAKDOWN_YEAR_UNKNOWN.at(Location.file(name), ""));
				}
				continue;
			}
			byYear.computeIfAbsent(read.year().get().year(), k -> new ArrayList<>()).add(read.withFile(candidate));
		}
		ReadBreakdown inputBreakdown = null;
		for (Map.Entry<Integer, List<ReadBreakdown>> entry : byYear.entrySet()) {
			Findings ofThisYear = entry.getKey() == year ? findings : new Findings();
			Taken taken = takeBreakdown(entry.getKey(), entry.getValue(), input, versions, archive, intake, from,
					ofThisYear);
			if (entry.getKey() == year) {
				inputBreakdown = taken.read();
				if (!taken.taken()) {
					findings.addAll(taken.read().findings());
				}
			}
		}
		ReadBreakdown breakdown = null;
		Optional<ReferenceVersion> breakdownVersion = versions.breakdownFor(period);
		if (breakdownVersion.isPresent()) {
			breakdown = inputBreakdown != null
					&& inputBreakdown.source().sha256().equals(breakdownVersion.get().sha256()) ? inputBreakdown
							: readBreakdown(gridOf(archived(archive, breakdownVersion.get())),
									breakdownVersion.get().fileName(), breakdownVersion.get().sha256());
			findings.addAll(breakdown.findings());
		}
		else if (inputBreakdown == null) {
			findings.add(breakdowns.isEmpty() ? withNearMiss(FindingCode.BREAKDOWN_MISSING.at(Location.file("input"), ""),
					NearMisses.said(returnsIn(scanned), input::displayName, List.of("分解", "任务"), BreakdownReader.LABELS,
							BreakdownReader.OTHER_NAMES, this.opener))
					: withOtherYears(FindingCode.BREAKDOWN_MISSING_FOR_YEAR.at(Location.file("input"), "", year, year, year),
							byYear, year));
		}
		if ((breakdown == null || roster == null) && findings.all().stream().anyMatch(f -> ReferenceData.BLOCKING.contains(f.code()))) {
			findings.addAll(unreadable);
		}

		List<Assignment> assignments = List.of();
		Roster resolved = roster == null ? Roster.of(List.of())
				: withFormerShortNames(roster.roster(), roster.source().sha256(), archive);
		Breakdown table = breakdown == null ? new Breakdown("", "", "", Map.of(), List.of()) : breakdown.breakdown();
		if (roster != null && breakdown != null && resolved.size() > 0) {
			resolved = resolved.inCity(CityName.decide(this.city, table.title(), roster.source().title(),
					resolved.units().stream().map(u -> u.name()).toList()));
			assignments = AssignmentResolver.resolve(table, resolved, findings);
		}
		return new ReferenceData(table, resolved, assignments, findings, breakdown == null ? null : breakdown.source(),
				roster == null ? null : roster.source(), Set.copyOf(referenceFiles));
	}

	/** The table used of a year's, and whether it is (now) a version. */
	private record Taken(ReadBreakdown read, boolean taken) {
	}

	/**
	 * The newest of a year's task breakdowns in {@code input/}, taken in as a version (see
	 * {@link Intake}): a new year's table applies from its first month, a revision from the
	 * month being worked on. A revision with less than half the tasks of the table in force
	 * is held while that one's file is still in {@code input/} (the one in force is used
	 * then); one taken in says what it changes.
	 */
	private Taken takeBreakdown(int tableYear, List<ReadBreakdown> ofYear, InputFolder input, ReferenceVersions versions,
			FileArchive archive, Intake intake, Period from, Findings findings) {
		List<Candidate> files = ofYear.stream().map(ReadBreakdown::candidate).toList();
		Candidate newest = newest(files);
		ReadBreakdown read = ofYear.stream().filter(b -> b.candidate() == newest).findFirst().orElseThrow();
		Period tableFrom = Period.of(tableYear, 1).compareTo(from) > 0 ? Period.of(tableYear, 1) : from;
		String what = tableYear + "年的" + WorkbookKind.BREAKDOWN.label();
		Candidate held = null;
		ReadBreakdown previous = null;
		ReadBreakdown newestRead = read;
		// the table in force for the table's own year (a 2023 revision arriving in 2024 is set against 2023's)
		Period yearEnd = Period.of(tableYear, 12);
		Optional<ReferenceVersion> inForce = versions.breakdownFor(tableFrom.compareTo(yearEnd) > 0 ? yearEnd : tableFrom);
		if (inForce.isPresent() && versions.bySha(ReferenceVersion.BREAKDOWN, read.source().sha256()).isEmpty()) {
			ReadBreakdown old = ofYear.stream()
				.filter(b -> b != newestRead && b.source().sha256().equals(inForce.get().sha256()))
				.findFirst()
				.orElse(null);
			ReadBreakdown before = old != null ? old
					: readBreakdown(gridOf(archived(archive, inForce.get())), inForce.get().fileName(),
							inForce.get().sha256());
			previous = before;
			int now = read.breakdown().tasks().size();
			int was = before.breakdown().tasks().size();
			if (isFarSmaller(now, was)) {
				findings.add(farSmaller(old != null, read.source().fileName(), what, now, "项任务",
						before.source().fileName(), was, "项"));
				if (old != null) {
					held = newest;
					read = old;
				}
			}
		}
		Map<Candidate, String> shas = new java.util.HashMap<>();
		ofYear.forEach(b -> shas.put(b.candidate(), b.source().sha256()));
		duplicates(files, read.candidate(), held, what, input, findings,
				c -> versions.bySha(ReferenceVersion.BREAKDOWN, shas.get(c)).isPresent());
		boolean taken = intake.take(ReferenceVersion.BREAKDOWN, read.candidate().file(), read.source(), tableYear,
				read.year().get().rule().label(), tableFrom, read.findings());
		if (taken && held == null && previous != null) {
			String was = previous.source().fileName();
			BreakdownChanges.between(previous.breakdown(), read.breakdown())
				.ifPresent(changes -> Console.info(what + "的变化（与此前使用的“" + was + "”相比）：" + changes));
		}
		return new Taken(read, taken);
	}

	/**
	 * The newest roster in {@code input/}, taken in as a version (see {@link Intake}); null
	 * when there is none. One with less than half the units of the roster in force is held
	 * while that one's file is still in {@code input/} (the one in force is returned then);
	 * one taken in says what it changes.
	 */
	private ReadRoster takeRoster(List<Candidate> rosters, InputFolder input, ReferenceVersions versions,
			FileArchive archive, Intake intake, Period from, Findings findings) {
		Candidate rosterFile = newest(rosters);
		if (rosterFile == null) {
			return null;
		}
		Map<Candidate, String> shas = new java.util.HashMap<>();
		rosters.forEach(c -> shas.put(c, Sha256.of(c.file())));
		ReadRoster inputRoster = readRoster(rosterFile.workbook(), input.displayName(rosterFile.file()),
				shas.get(rosterFile));
		ReadRoster previousRoster = null;
		Candidate held = null;
		Optional<ReferenceVersion> inForce = versions.rosterFor(from);
		Candidate newestRoster = rosterFile;
		if (inForce.isPresent() && versions.bySha(ReferenceVersion.ROSTER, inputRoster.source().sha256()).isEmpty()) {
			Candidate old = rosters.stream()
				.filter(c -> c != newestRoster && shas.get(c).equals(inForce.get().sha256()))
				.findFirst()
				.orElse(null);
			ReadRoster before = old != null
					? readRoster(old.workbook(), input.displayName(old.file()), inForce.get().sha256())
					: readRoster(archived(archive, inForce.get()), inForce.get().fileName(), inForce.get().sha256());
			previousRoster = before;
			int now = inputRoster.roster().size();
			if (isFarSmaller(now, before.roster().size())) {
				findings.add(farSmaller(old != null, inputRoster.source().fileName(), "单位名册", now, "个单位",
						before.source().fileName(), before.roster().size(), "个"));
				if (old != null) {
					held = rosterFile;
					rosterFile = old;
					inputRoster = before;
				}
			}
		}
		duplicates(rosters, rosterFile, held, WorkbookKind.ROSTER.label(), input, findings,
				c -> versions.bySha(ReferenceVersion.ROSTER, shas.get(c)).isPresent());
		// a roster for next year (单位名册（2026年）, put in with 2026's table while December is still run for its late
		// returns) applies from that year's January: December keeps the units it was issued to
		Period rosterFrom = RosterYear.of(inputRoster.source().title(), input.displayName(rosterFile.file()))
			.map(y -> Period.of(y, 1))
			.filter(january -> january.compareTo(from) > 0)
			.orElse(from);
		if (!intake.take(ReferenceVersion.ROSTER, rosterFile.file(), inputRoster.source(), null, "", rosterFrom,
				inputRoster.findings())) {
			findings.addAll(inputRoster.findings());
		}
		else if (held == null && previousRoster != null) {
			String was = previousRoster.source().fileName();
			RosterChanges.between(previousRoster.roster(), inputRoster.roster())
				.ifPresent(changes -> Console.info("单位名册的变化（与此前使用的“" + was + "”相比）：" + changes));
		}
		return inputRoster;
	}

	/** The units of a stored roster, read from the archive. */
	public Roster roster(ReferenceVersion roster, FileArchive archive) {
		return readRoster(archived(archive, roster), roster.fileName(), roster.sha256()).roster();
	}

	/** The tables of two stored versions, read from the archive and resolved as for a run. */
	public ReferenceData load(ReferenceVersion breakdownVersion, ReferenceVersion rosterVersion, FileArchive archive) {
		Findings findings = new Findings();
		ReadRoster roster = readRoster(archived(archive, rosterVersion), rosterVersion.fileName(), rosterVersion.sha256());
		ReadBreakdown breakdown = readBreakdown(gridOf(archived(archive, breakdownVersion)), breakdownVersion.fileName(),
				breakdownVersion.sha256());
		Roster resolved = withFormerShortNames(roster.roster(), roster.source().sha256(), archive)
			.inCity(CityName.decide(this.city, breakdown.breakdown().title(), roster.source().title(),
					roster.roster().units().stream().map(u -> u.name()).toList()));
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown.breakdown(), resolved, findings);
		return new ReferenceData(breakdown.breakdown(), resolved, assignments, findings, breakdown.source(),
				roster.source(), Set.of());
	}

	private WorkbookGrid gridOf(Path file) {
		try {
			return this.opener.grid(file);
		}
		catch (UnreadableWorkbookException ex) {
			throw new IllegalStateException("存档的" + file.getFileName() + "无法读取：" + ex.finding().message(), ex);
		}
	}

	private static Path archived(FileArchive archive, ReferenceVersion version) {
		return archive.resolve(version.archivedAs());
	}

	private ReadRoster readRoster(Path archivedFile, String name, String sha) {
		return readRoster(gridOf(archivedFile), name, sha);
	}

	private static ReadRoster readRoster(WorkbookGrid workbook, String name, String sha) {
		Findings findings = new Findings();
		SheetGrid sheet = RosterReader.rosterSheet(workbook).orElseThrow();
		Roster roster = RosterReader.read(sheet, name, findings);
		return new ReadRoster(roster, new ReferenceSource(ReferenceVersion.ROSTER, RosterReader.title(sheet), name,
				sheet.name(), sha), findings);
	}

	private static ReadBreakdown readBreakdown(WorkbookGrid workbook, String name, String sha) {
		Findings findings = new Findings();
		SheetGrid sheet = BreakdownReader.breakdownSheet(workbook).orElseThrow();
		Breakdown breakdown = BreakdownReader.read(sheet, name, findings);
		Optional<BreakdownYear> year = BreakdownYear.of(sheet, breakdown);
		// last year's table with only its title changed: every deadline would be judged a year off
		year.filter(y -> y.rule() != BreakdownYear.Rule.DEADLINES)
			.ifPresent(y -> BreakdownYear.mostDeadlines(breakdown)
				.filter(deadlines -> deadlines != y.year())
				.ifPresent(deadlines -> findings.add(FindingCode.BREAKDOWN_YEAR_DEADLINES.at(Location.file(name), "",
						y.rule().label(), y.year(), deadlines, y.year(), y.year()))));
		return new ReadBreakdown(breakdown, year,
				new ReferenceSource(ReferenceVersion.BREAKDOWN, breakdown.title(), name, sheet.name(), sha), findings,
				null);
	}

	/**
	 * Takes tables from input/ in as versions: a table seen before is known by its hash; a
	 * new one is archived and applies from the given period on, unless it cannot be used.
	 */
	private record Intake(InputFolder input, Period period, ReferenceVersions versions, FileArchive archive,
			long jobExecutionId) {

		/**
		 * The newest table of its kind (and year) in input/ is one taken in before, yet another
		 * is in force from the month being worked on: the clerk took a wrong table out of input/
		 * (a 2024 table read as 2023's) and left the one the months were issued with. It applies
		 * again from that month, so that the next run of the month undoes the wrong one.
		 */
		private void reinstateIfPutBack(ReferenceVersion version, Integer year, Period from) {
			Optional<ReferenceVersion> inForce = ReferenceVersion.ROSTER.equals(version.kind())
					? this.versions.rosterFor(from)
					: year != null && year == from.month().getYear() ? this.versions.breakdownFor(from) : Optional.empty();
			if (inForce.isEmpty() || inForce.get().id() == version.id()) {
				return;
			}
			this.versions.reinstate(version, from, this.jobExecutionId);
			String what = ReferenceVersion.ROSTER.equals(version.kind()) ? "单位名册" : year + "年的任务分解表";
			// a table replaced in input/ under the same name: "此前按“单位名册.xlsx”" would name the file it is now
			String before = inForce.get().fileName().equals(version.fileName())
					? "同名文件的另一个版本（" + inForce.get().effectiveFrom().label() + "起使用的那份，已存档）"
					: "“" + inForce.get().fileName() + "”";
			Console.info(String.format("%s“%s”是 input 中最新的一份，从%s起重新按它（此前按%s）。", what, version.fileName(),
					from.label(), before));
		}

		/** @return whether the table is (now) a version */
		boolean take(String kind, Path file, ReferenceSource source, Integer year, String yearRule, Period from,
				Findings problems) {
			Optional<ReferenceVersion> known = this.versions.bySha(kind, source.sha256());
			if (known.isPresent()) {
				reinstateIfPutBack(known.get(), year, from);
				return true;
			}
			if (problems.all().stream().anyMatch(f -> ReferenceData.BLOCKING.contains(f.code()))) {
				return false;
			}
			try {
				String archivedAs = this.archive.store(file, source.sha256());
				this.versions.register(kind, source, year, yearRule, archivedAs, from, this.jobExecutionId);
				boolean ofThisYear = year == null || year == this.period.month().getYear();
				if (from.compareTo(this.period) > 0 && ofThisYear) {
					String what = ReferenceVersion.ROSTER.equals(kind) ? "单位名册" : year + "年的任务分解表";
					Console.info(String.format("新的%s“%s”从%s起使用：本次重新汇总的%s已经汇总过，仍按当时的%s，"
							+ "已发出的台账和通报不变。", what, this.input.displayName(file), from.label(), this.period.label(),
							what));
				}
				return true;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private record ReadRoster(Roster roster, ReferenceSource source, Findings findings) {
	}

	/**
	 * The tables in input/ taken for other years, and by what: a 2024 table whose title has
	 * no year and whose deadlines were not moved on reads as 2023's, and the clerk who just put
	 * it in was told only that there is no 2024 table.
	 */
	private static Finding withOtherYears(Finding missing, Map<Integer, List<ReadBreakdown>> byYear, int year) {
		List<String> others = new ArrayList<>();
		byYear.forEach((other, tables) -> {
			// last year's, when nothing but its deadlines or a 年度 cell said so (a year in the title is meant)
			if (other == year - 1) {
				tables.stream().filter(t -> t.year().get().rule() != BreakdownYear.Rule.TITLE).forEach(t -> others.add("“" + t.source().fileName() + "”按" + t.year().get().rule().label() + "认定为 "
						+ other + " 年的表"));
			}
		});
		if (others.isEmpty()) {
			return missing;
		}
		return new Finding(missing.code(), missing.location(), missing.value(),
				missing.message() + "（input 中的" + String.join("，", others) + "；如其中有 " + year + " 年的表，请在标题中写明“"
						+ year + "年”）",
				missing.fix());
	}

	private record ReadBreakdown(Breakdown breakdown, Optional<BreakdownYear> year, ReferenceSource source,
			Findings findings, Candidate candidate) {

		ReadBreakdown withFile(Candidate file) {
			return new ReadBreakdown(this.breakdown, this.year, this.source, this.findings, file);
		}

	}

	private static Candidate newest(List<Candidate> candidates) {
		return candidates.stream()
			.max(Comparator.comparing(Candidate::modified).thenComparing(c -> c.file().toString()))
			.orElse(null);
	}

	/**
	 * The other tables of a kind in input/ than the one used, each told which is used (the
	 * held one has its own finding). Once both were taken in, the clerk has been told: an old
	 * roster kept beside the new one is not a warning in every run after, nor in a run of a
	 * month that still uses it.
	 */
	private static void duplicates(List<Candidate> candidates, Candidate used, Candidate held, String what,
			InputFolder input, Findings findings, java.util.function.Predicate<Candidate> known) {
		boolean usedKnown = known.test(used);
		for (Candidate other : candidates) {
			if (other != used && other != held && !(usedKnown && known.test(other))) {
				findings.add(FindingCode.FILE_DUPLICATE_REFERENCE.at(Location.file(input.displayName(other.file())), "",
						what, input.displayName(used.file()), what));
			}
		}
	}

	/**
	 * A new table with less than half the tasks or units of the one in force: most likely the
	 * wrong file (an extract, one department's part, a unit's own table), and taking it would
	 * drop the rest from every ledger and report from this month on without a word.
	 */
	static boolean isFarSmaller(int now, int before) {
		return now * 2 < before;
	}

	/**
	 * What the clerk is told of a new table far smaller than the one in force: held while that
	 * one is still in input/, else taken with a warning naming what it replaced.
	 *
	 * @param count what the new table has, e.g. 项任务; {@code measure} the word for the old one's count, 项
	 */
	private static Finding farSmaller(boolean held, String file, String what, int now, String count, String inForce,
			int was, String measure) {
		return held ? FindingCode.REFERENCE_TABLE_HELD.at(Location.file(file), "", what, now, count, inForce, was, measure,
				inForce, inForce)
				: FindingCode.REFERENCE_TABLE_SHRUNK.at(Location.file(file), "", what, now, count, inForce, was, measure,
						inForce);
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Candidate(Path file, FileTime modified, WorkbookGrid workbook) {
	}

	/** What a file in input/ is; the grid only of a table (the tables' grids are read below: a province's roster twice cost a second). */
	private static List<Path> returnsIn(List<Scanned> scanned) {
		return scanned.stream().filter(s -> s.kind() == WorkbookKind.RETURN).map(Scanned::file).toList();
	}

	private static Finding withNearMiss(Finding finding, String nearMiss) {
		return nearMiss.isEmpty() ? finding
				: new Finding(finding.code(), finding.location(), finding.value(), finding.message() + nearMiss, finding.fix());
	}

	private record Scanned(Path file, WorkbookKind kind, WorkbookGrid workbook, Finding unreadable) {
	}

	private Scanned scan(Path file) {
		try {
			// its header rows tell what it is; a task breakdown or a roster (a file or two among thousands) is then read whole
			WorkbookKind kind = WorkbookKind.of(this.opener.head(file, WorkbookKind::enough));
			return new Scanned(file, kind, kind == WorkbookKind.RETURN ? null : this.opener.grid(file), null);
		}
		catch (UnreadableWorkbookException ex) {
			return new Scanned(file, null, null, ex.finding());
		}
	}

}
