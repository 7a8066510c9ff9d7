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
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.findings.Location;
import org.workledger.intake.InputFolder;
import org.workledger.intake.QuickLook;
import org.workledger.intake.Sha256;
import org.workledger.intake.WorkbookKind;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterReader;
import org.workledger.workbook.UnreadableWorkbookException;
import org.workledger.workbook.WorkbookOpener;

/**
 * Finds the task breakdown and the roster among the files in {@code input/} (by content),
 * reads them and works out the assignments. When a table was dropped more than once, the
 * newest file wins and the clerk is told.
 */
public final class ReferenceImporter {

	private final WorkbookOpener opener;

	public ReferenceImporter(WorkbookOpener opener) {
		this.opener = opener;
	}

	public ReferenceData importFrom(InputFolder input) {
		List<Candidate> breakdowns = new ArrayList<>();
		List<Candidate> rosters = new ArrayList<>();
		try {
			return importFrom(input, breakdowns, rosters);
		}
		finally {
			for (Candidate candidate : breakdowns) {
				candidate.close();
			}
			for (Candidate candidate : rosters) {
				candidate.close();
			}
		}
	}

	private ReferenceData importFrom(InputFolder input, List<Candidate> breakdowns, List<Candidate> rosters) {
		Findings findings = new Findings();
		Findings unreadable = new Findings();
		// template returns are told apart on all cores: a look into each of thousands of files
		List<Path> others = input.files().parallelStream().filter(file -> !QuickLook.isTemplateReturn(file)).toList();
		for (Path file : others) {
			try {
				Workbook workbook = this.opener.open(file);
				WorkbookKind kind = WorkbookKind.of(workbook);
				// the tables stay open to be read below: opening a province's roster twice cost a second
				if (kind == WorkbookKind.BREAKDOWN) {
					breakdowns.add(new Candidate(file, modified(file), workbook));
				}
				else if (kind == WorkbookKind.ROSTER) {
					rosters.add(new Candidate(file, modified(file), workbook));
				}
				else {
					workbook.close();
				}
			}
			catch (UnreadableWorkbookException ex) {
				// maybe a return; consolidation reports it as rejected. If a table is missing, it may be this one.
				Finding finding = ex.finding();
				unreadable.add(new Finding(finding.code(), Location.file(input.displayName(file)), finding.value(),
						finding.message(), finding.fix()));
			}
			catch (IOException ex) {
				// closing failed after reading; nothing to report
			}
		}
		if (breakdowns.isEmpty() || rosters.isEmpty()) {
			findings.addAll(unreadable);
		}
		Set<Path> referenceFiles = new HashSet<>();
		breakdowns.forEach(c -> referenceFiles.add(c.file()));
		rosters.forEach(c -> referenceFiles.add(c.file()));

		Roster roster = Roster.of(List.of());
		ReferenceSource rosterSource = null;
		Candidate rosterFile = newest(rosters, WorkbookKind.ROSTER, input, findings);
		if (rosterFile == null) {
			findings.add(FindingCode.ROSTER_MISSING.at(Location.file("input"), ""));
		}
		else {
			String name = input.displayName(rosterFile.file());
			Sheet sheet = RosterReader.rosterSheet(rosterFile.workbook()).orElseThrow();
			roster = RosterReader.read(sheet, name, findings);
			rosterSource = new ReferenceSource("roster", sheet.getSheetName(), name, sheet.getSheetName(),
					Sha256.of(rosterFile.file()));
		}

		Breakdown breakdown = new Breakdown("", "", "", java.util.Map.of(), List.of());
		ReferenceSource breakdownSource = null;
		Candidate breakdownFile = newest(breakdowns, WorkbookKind.BREAKDOWN, input, findings);
		if (breakdownFile == null) {
			findings.add(FindingCode.BREAKDOWN_MISSING.at(Location.file("input"), ""));
		}
		else {
			String name = input.displayName(breakdownFile.file());
			Sheet sheet = BreakdownReader.breakdownSheet(breakdownFile.workbook()).orElseThrow();
			breakdown = BreakdownReader.read(sheet, name, findings);
			breakdownSource = new ReferenceSource("breakdown", breakdown.title(), name, sheet.getSheetName(),
					Sha256.of(breakdownFile.file()));
		}

		List<Assignment> assignments = List.of();
		if (rosterFile != null && breakdownFile != null && roster.size() > 0) {
			assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		}
		return new ReferenceData(breakdown, roster, assignments, findings, breakdownSource, rosterSource,
				Set.copyOf(referenceFiles));
	}

	private static Candidate newest(List<Candidate> candidates, WorkbookKind kind, InputFolder input,
			Findings findings) {
		if (candidates.isEmpty()) {
			return null;
		}
		Candidate newest = candidates.stream()
			.max(Comparator.comparing(Candidate::modified).thenComparing(c -> c.file().toString()))
			.orElseThrow();
		if (candidates.size() > 1) {
			for (Candidate other : candidates) {
				if (other != newest) {
					findings.add(FindingCode.FILE_DUPLICATE_REFERENCE.at(Location.file(input.displayName(other.file())),
							"", kind.label(), input.displayName(newest.file()), kind.label()));
				}
			}
		}
		return newest;
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Candidate(Path file, FileTime modified, Workbook workbook) {

		void close() {
			try {
				this.workbook.close();
			}
			catch (IOException ex) {
				// read-only; nothing was written
			}
		}

	}

}
