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

	public ReferenceImporter(WorkbookOpener opener, String city) {
		this.opener = opener;
		this.city = city;
	}

	public ReferenceData importFrom(InputFolder input) {
		List<Candidate> breakdowns = new ArrayList<>();
		List<Candidate> rosters = new ArrayList<>();
		Findings findings = new Findings();
		Findings unreadable = new Findings();
		// template returns are told apart on all cores: a look into each of thousands of files
		List<Path> others = input.files().parallelStream().filter(file -> !QuickLook.isTemplateReturn(file)).toList();
		for (Path file : others) {
			try {
				// the tables' grids are kept to be read below: reading a province's roster twice cost a second
				WorkbookGrid workbook = this.opener.grid(file);
				WorkbookKind kind = WorkbookKind.of(workbook);
				if (kind == WorkbookKind.BREAKDOWN) {
					breakdowns.add(new Candidate(file, modified(file), workbook));
				}
				else if (kind == WorkbookKind.ROSTER) {
					rosters.add(new Candidate(file, modified(file), workbook));
				}
			}
			catch (UnreadableWorkbookException ex) {
				// maybe a return; consolidation reports it as rejected. If a table is missing, it may be this one.
				Finding finding = ex.finding();
				unreadable.add(new Finding(finding.code(), Location.file(input.displayName(file)), finding.value(),
						finding.message(), finding.fix()));
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
			SheetGrid sheet = RosterReader.rosterSheet(rosterFile.workbook()).orElseThrow();
			roster = RosterReader.read(sheet, name, findings);
			rosterSource = new ReferenceSource("roster", RosterReader.title(sheet), name, sheet.name(),
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
			SheetGrid sheet = BreakdownReader.breakdownSheet(breakdownFile.workbook()).orElseThrow();
			breakdown = BreakdownReader.read(sheet, name, findings);
			breakdownSource = new ReferenceSource("breakdown", breakdown.title(), name, sheet.name(),
					Sha256.of(breakdownFile.file()));
		}

		List<Assignment> assignments = List.of();
		if (rosterFile != null && breakdownFile != null && roster.size() > 0) {
			roster = roster.inCity(CityName.decide(this.city, breakdown.title(), rosterSource.title(),
					roster.units().stream().map(u -> u.name()).toList()));
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

	private record Candidate(Path file, FileTime modified, WorkbookGrid workbook) {
	}

}
