package org.workledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.intake.Sha256;
import org.workledger.intake.WorkbookKind;
import org.workledger.returns.ReturnValidator;
import org.workledger.returns.ReturnedWorkbook;
import org.workledger.returns.ReturnedWorkbookReader;
import org.workledger.returns.ValidatedReturn;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterReader;
import org.workledger.roster.Unit;

import org.workledger.support.SyntheticReturns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticWorkspaceTests {

	private static final int N = 20;

	@TempDir
	Path temp;

	@Test
	void generatesReturnsTheReadersAcceptAndReferenceTablesTheyRecognise() throws Exception {
		// given
		SyntheticWorkspace synthetic = new SyntheticWorkspace(this.temp.resolve("bench"), N, 42);
		// when
		SyntheticWorkspace.Generation generation = synthetic.ensure(false, 2);
		// then: the roster and the breakdown are recognised and read without errors
		assertThat(generation.generated()).isTrue();
		Findings referenceFindings = new Findings();
		Roster roster;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.ROSTER_FILE))) {
			assertThat(WorkbookKind.of(workbook)).isEqualTo(WorkbookKind.ROSTER);
			roster = RosterReader.read(RosterReader.rosterSheet(workbook).orElseThrow(), "单位名册.xlsx", referenceFindings);
		}
		Breakdown breakdown;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.BREAKDOWN_FILE))) {
			assertThat(WorkbookKind.of(workbook)).isEqualTo(WorkbookKind.BREAKDOWN);
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(), "任务分解表.xlsx",
					referenceFindings);
		}
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, referenceFindings);
		assertThat(referenceFindings.all()).isEmpty();
		assertThat(roster.size()).isEqualTo(N);
		assertThat(roster.units().stream().filter(u -> u.category().equals(SyntheticWorkspace.DISTRICTS))).hasSize(N / 5);
		assertThat(breakdown.tasks()).hasSize(35);
		assertThat(assignments).hasSize(N * 35);

		// and: every return is read with 35 rows and its header block, and judged as its oddity says
		assertThat(listReturns(synthetic)).hasSize(N);
		assertThat(generation.oddities()).containsEntry(SyntheticWorkspace.Oddity.ERROR, 1)
			.containsEntry(SyntheticWorkspace.Oddity.SYNONYM, 1)
			.containsEntry(SyntheticWorkspace.Oddity.XLS, 1)
			.containsEntry(SyntheticWorkspace.Oddity.FORMULA, 1);
		ReturnValidator validator = new ReturnValidator(SyntheticReturns.rules(breakdown, roster, assignments));
		for (int i = 0; i < N; i++) {
			Unit unit = synthetic.units().get(i);
			Path file = synthetic.returnFile(i);
			SyntheticWorkspace.Oddity oddity = synthetic.oddity(i);
			assertThat(file).exists();
			assertThat(file.getFileName().toString()).endsWith(oddity == SyntheticWorkspace.Oddity.XLS ? ".xls" : ".xlsx");
			try (Workbook workbook = open(file)) {
				assertThat(WorkbookKind.of(workbook)).isEqualTo(WorkbookKind.RETURN);
				ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, file.getFileName().toString());
				assertThat(book.sheetName()).isEqualTo(ProgressWorkbookContract.SHEET);
				assertThat(book.missingColumns()).isEmpty();
				assertThat(book.rows()).hasSize(35);
				assertThat(book.header(ProgressWorkbookContract.UNIT).orElseThrow().text()).isEqualTo(unit.name());
				assertThat(book.header(ProgressWorkbookContract.PERIOD).orElseThrow().text()).isEqualTo("2023年10月");
				assertThat(book.header(ProgressWorkbookContract.CONTACT).orElseThrow().text()).isNotBlank();
				assertThat(book.header(ProgressWorkbookContract.PHONE).orElseThrow().text()).isNotBlank();
				assertThat(book.header(ProgressWorkbookContract.FILLED_ON).orElseThrow().date())
					.isBetween(LocalDate.of(2023, 10, 20), LocalDate.of(2023, 10, 31));
				assertThat(book.meta()).containsEntry(ProgressWorkbookContract.META_UNIT, unit.name())
					.containsEntry(ProgressWorkbookContract.META_PERIOD, "2023-10");
				assertThat(book.rows()).allSatisfy(r -> {
					assertThat(r.statusText()).isNotEmpty();
					assertThat(r.percent().blank()).isFalse();
				});
				assertThat(book.rows().stream().filter(r -> !r.progress().isEmpty() && r.progress().length() >= 50))
					.hasSizeGreaterThan(20);

				ValidatedReturn validated = validator.validate(book);
				List<FindingCode> codes = validated.findings().all().stream().map(Finding::code).toList();
				switch (oddity) {
					case ERROR -> assertThat(validated.accepted()).as(file + " " + codes).isFalse();
					case SYNONYM -> {
						assertThat(validated.accepted()).isTrue();
						assertThat(codes).isNotEmpty().containsOnly(FindingCode.STATUS_SYNONYM);
					}
					default -> {
						assertThat(validated.accepted()).isTrue();
						assertThat(codes).as(file.getFileName().toString()).isEmpty();
						assertThat(validated.entries()).hasSize(35);
					}
				}
			}
		}
	}

	@Test
	void isReusedWhenCompleteAndGivesTheSameFilesForTheSameSeed() throws Exception {
		SyntheticWorkspace first = new SyntheticWorkspace(this.temp.resolve("a"), 10, 7);
		SyntheticWorkspace second = new SyntheticWorkspace(this.temp.resolve("b"), 10, 7);
		assertThat(first.ensure(false, 2).generated()).isTrue();
		assertThat(second.ensure(false, 1).generated()).isTrue();

		assertThat(first.isComplete()).isTrue();
		assertThat(first.ensure(false, 2).generated()).isFalse();
		assertThat(first.ensure(true, 2).generated()).isTrue();
		for (int i = 0; i < 10; i++) {
			assertThat(Sha256.of(first.returnFile(i))).isEqualTo(Sha256.of(second.returnFile(i)));
			assertThat(Files.getLastModifiedTime(first.returnFile(i))).isEqualTo(Files.getLastModifiedTime(second.returnFile(i)));
		}
		assertThat(new SyntheticWorkspace(this.temp.resolve("a"), 11, 7).isComplete()).isFalse();
		assertThat(new SyntheticWorkspace(this.temp.resolve("a"), 10, 8).isComplete()).isFalse();
	}

	@Test
	void aMessyRoundHasWorkbooksUnitsMadeThemselvesAndTheAskedShareWithErrors() throws Exception {
		// given: every return hand-made, half of them with errors
		SyntheticWorkspace.Mix mix = new SyntheticWorkspace.Mix(1, 0.5);
		SyntheticWorkspace synthetic = new SyntheticWorkspace(this.temp.resolve("messy"), N, 42, mix);

		// when
		SyntheticWorkspace.Generation generation = synthetic.ensure(false, 2);

		// then: the shares are exact; the .xls one stays a copy of the template
		assertThat(generation.oddities()).containsEntry(SyntheticWorkspace.Oddity.ERROR, N / 2);
		assertThat(synthetic.handMadeCount()).isEqualTo(N - 1);
		Findings referenceFindings = new Findings();
		Roster roster;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.ROSTER_FILE))) {
			roster = RosterReader.read(RosterReader.rosterSheet(workbook).orElseThrow(), "单位名册.xlsx", referenceFindings);
		}
		Breakdown breakdown;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.BREAKDOWN_FILE))) {
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(), "任务分解表.xlsx",
					referenceFindings);
		}
		ReturnValidator validator = new ReturnValidator(SyntheticReturns.rules(breakdown, roster,
				AssignmentResolver.resolve(breakdown, roster, referenceFindings)));
		java.util.Set<String> sheetNames = new java.util.HashSet<>();
		for (int i = 0; i < N; i++) {
			Path file = synthetic.returnFile(i);
			if (file.getFileName().toString().endsWith(".xls")) {
				continue;
			}
			try (Workbook workbook = open(file)) {
				// no template metadata, yet a return the readers take, rejected exactly when it has errors
				assertThat(workbook.getSheet(ProgressWorkbookContract.META_SHEET)).isNull();
				assertThat(WorkbookKind.of(workbook)).isEqualTo(WorkbookKind.RETURN);
				ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, file.getFileName().toString());
				sheetNames.add(book.sheetName());
				assertThat(book.missingColumns()).isEmpty();
				assertThat(book.rows()).hasSizeBetween(33, 36);
				ValidatedReturn validated = validator.validate(book);
				List<Finding> findings = validated.findings().all();
				if (synthetic.oddity(i) == SyntheticWorkspace.Oddity.ERROR) {
					assertThat(validated.accepted()).as(file + " " + findings).isFalse();
				}
				else {
					assertThat(validated.accepted()).as(file + " " + findings).isTrue();
					assertThat(validated.entries()).hasSize(35);
				}
			}
		}
		assertThat(sheetNames).hasSizeGreaterThan(1).doesNotContain(ProgressWorkbookContract.SHEET);

		// and: the mix is part of the cache key
		assertThat(SyntheticWorkspace.defaultRoot(1000, 42, mix).getFileName().toString())
			.isEqualTo("workledger-bench-1000-handmade1-errors0.5");
		assertThat(SyntheticWorkspace.defaultRoot(1000, 42, SyntheticWorkspace.Mix.TIDY).getFileName().toString())
			.isEqualTo("workledger-bench-1000");
		assertThat(synthetic.isComplete()).isTrue();
		assertThat(new SyntheticWorkspace(synthetic.root(), N, 42, new SyntheticWorkspace.Mix(1, 0.4)).isComplete()).isFalse();
		assertThat(new SyntheticWorkspace(synthetic.root(), N, 42).isComplete()).isFalse();
	}

	@Test
	void leavesAFolderAloneThatItDidNotMake() throws Exception {
		Path folder = Files.createDirectories(this.temp.resolve("office"));
		Files.writeString(folder.resolve("important.txt"), "keep");
		SyntheticWorkspace synthetic = new SyntheticWorkspace(folder, 10, 42);
		assertThatThrownBy(() -> synthetic.ensure(false, 1)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(synthetic::clearRunState).isInstanceOf(IllegalStateException.class);
		assertThat(folder.resolve("important.txt")).hasContent("keep");
	}

	private static Workbook open(Path file) throws IOException {
		return WorkbookFactory.create(file.toFile(), null, true);
	}

	private static List<Path> listReturns(SyntheticWorkspace synthetic) throws IOException {
		try (Stream<Path> files = Files.list(synthetic.returnsFolder())) {
			return files.toList();
		}
	}

}
