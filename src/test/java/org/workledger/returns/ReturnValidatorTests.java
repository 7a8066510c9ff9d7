package org.workledger.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Deadline;
import org.workledger.breakdown.Role;
import org.workledger.contract.ProgressStatus;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.period.Period;
import org.workledger.roster.Roster;
import org.workledger.vocabulary.StatusVocabulary;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnValidatorTests {

	static final Unit HEPING = new Unit("和平区人民政府", List.of("和平区政府", "和平区"), "区县（市）政府", "", "", "", 2);

	static final Unit SIFA = new Unit("沈阳市司法局", List.of("市司法局"), "市政府有关部门", "", "", "", 3);

	static final Map<String, BreakdownTask> TASKS = Map.of("1.1",
			task("1.1", Deadline.due("2023年10月底前", LocalDate.of(2023, 10, 31))), "2.1", task("2.1", Deadline.ongoing("长期坚持")),
			"3.1", task("3.1", Deadline.due("2023年12月底前", LocalDate.of(2023, 12, 31))));

	static Map<String, ProgressEntry> previous = Map.of();

	static BreakdownTask task(String id, Deadline deadline) {
		return new BreakdownTask(id, Integer.parseInt(id.substring(0, 1)), 1, "事项", "任务" + id, "市政府办公室", "区县（市）政府",
				deadline, 3);
	}

	static ReturnValidator validator() {
		Map<String, Map<String, Role>> assignments = new LinkedHashMap<>();
		assignments.put(HEPING.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.RESPONSIBLE));
		assignments.put(SIFA.name(), Map.of("1.1", Role.LEAD, "3.1", Role.RESPONSIBLE));
		return new ReturnValidator(new ReturnRules(Roster.of(List.of(HEPING, SIFA)), TASKS, assignments,
				LocalDate.of(2023, 10, 31), Map.of(), (unit, period) -> previous, StatusVocabulary.standard()));
	}

	/** A tidy return of 和平区 for October 2023, rows given as id, status, percent, progress. */
	static ReturnedWorkbook book(String unit, String period, String[]... rows) {
		Map<String, HeaderValue> header = new LinkedHashMap<>();
		header.put(ProgressWorkbookContract.UNIT, new HeaderValue(unit, "进展填报", "B3", null));
		header.put(ProgressWorkbookContract.PERIOD, new HeaderValue(period, "进展填报", "F3", null));
		header.put(ProgressWorkbookContract.FILLED_ON, new HeaderValue("2023-10-26", "进展填报", "H3", LocalDate.of(2023, 10, 26)));
		header.put(ProgressWorkbookContract.CONTACT, new HeaderValue("张明", "进展填报", "B4", null));
		header.put(ProgressWorkbookContract.PHONE, new HeaderValue("024-1234", "进展填报", "F4", null));
		List<ReturnedRow> returned = new ArrayList<>();
		int r = 7;
		for (String[] row : rows) {
			Map<String, String> cells = Map.of(ProgressWorkbookContract.TASK_ID, "B" + r, ProgressWorkbookContract.STATUS,
					"H" + r, ProgressWorkbookContract.PERCENT, "I" + r, ProgressWorkbookContract.PROGRESS, "J" + r);
			returned.add(new ReturnedRow(r, row[0], row[1], PercentValue.parse(row[2]), row[3], "", "", cells));
			r++;
		}
		return new ReturnedWorkbook("a.xlsx", "进展填报", List.of(), header, returned, Map.of(), Map.of());
	}

	static ReturnedWorkbook withFilledOn(ReturnedWorkbook book, LocalDate filledOn) {
		Map<String, HeaderValue> header = new LinkedHashMap<>(book.header());
		header.put(ProgressWorkbookContract.FILLED_ON, new HeaderValue(filledOn.toString(), "进展填报", "H3", filledOn));
		return new ReturnedWorkbook(book.fileName(), book.sheetName(), book.missingColumns(), header, book.rows(),
				book.meta(), book.errorCells());
	}

	static List<String> codes(ValidatedReturn v) {
		return v.findings().all().stream().map(f -> f.code().code() + "@" + f.location().cell()).toList();
	}

	static ReturnedWorkbook onFormOf(String madeFor, ReturnedWorkbook book) {
		return new ReturnedWorkbook(book.fileName(), book.sheetName(), book.missingColumns(), book.header(), book.rows(),
				Map.of(ProgressWorkbookContract.META_PERIOD, madeFor), book.errorCells());
	}

	@Test
	void theNameOfAUnitTwoWereMergedIntoLaterCannotTellWhichOfThemSentAHandMadeReturn() {
		// 和平区 and 司法局 merged since into one unit: a return without a form, under the merged name
		Map<String, Map<String, Role>> assignments = new LinkedHashMap<>();
		assignments.put(HEPING.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.RESPONSIBLE));
		assignments.put(SIFA.name(), Map.of("1.1", Role.LEAD, "3.1", Role.RESPONSIBLE));
		ReturnValidator validator = new ReturnValidator(new ReturnRules(Roster.of(List.of(HEPING, SIFA)), TASKS,
				assignments, LocalDate.of(2023, 10, 31), Map.of(), (unit, period) -> previous, StatusVocabulary.standard(),
				Map.of("合并后的单位", List.of(HEPING.name(), SIFA.name()))));

		ValidatedReturn merged = validator.validate(book("合并后的单位", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }));

		assertThat(merged.accepted()).isFalse();
		assertThat(merged.findings().all().get(0).message()).isEqualTo("填报单位“合并后的单位”可能是“" + HEPING.name() + "”或“"
				+ SIFA.name() + "”，无法确定是哪一个（合并后的单位由它们合并而成，本期的单位名册中它们仍分别报送）");
	}

	@Test
	void aReturnOfOneOfTheUnitsMergedSinceIsToldTheMergedUnitOwesAllTheirTasks() {
		// 房产局 and 城乡建设局 merged into one unit that owes 1.1, 2.1 and 3.1; 房产局 returns its own two tasks
		Unit merged = new Unit("沈阳市住房和城乡建设局", List.of("市住建局"), "市政府有关部门", "", "", "", 2,
				List.of("沈阳市房产局", "沈阳市城乡建设局"));
		ReturnValidator validator = new ReturnValidator(new ReturnRules(Roster.of(List.of(merged)), TASKS,
				Map.of(merged.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.RESPONSIBLE, "3.1", Role.RESPONSIBLE)),
				LocalDate.of(2023, 10, 31), Map.of(), (unit, period) -> previous, StatusVocabulary.standard()));

		ValidatedReturn housing = validator.validate(book("沈阳市房产局", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }));

		assertThat(housing.accepted()).isFalse();
		assertThat(housing.findings().all()).extracting(f -> f.code()).contains(FindingCode.MERGED_UNIT_TASKS_MISSING)
			.doesNotContain(FindingCode.TASK_MISSING);
		Finding finding = housing.findings().all().stream()
			.filter(f -> f.code() == FindingCode.MERGED_UNIT_TASKS_MISSING)
			.findFirst()
			.orElseThrow();
		assertThat(finding.message()).isEqualTo("“沈阳市房产局”已与沈阳市城乡建设局合并为“沈阳市住房和城乡建设局”，"
				+ "合并后的单位本期应填报 3 项任务，此表缺少 1 项（3.1）");
		assertThat(finding.fix()).startsWith("请由“沈阳市住房和城乡建设局”使用本期重新下发的进展情况表");
	}

	@Test
	void aRowOfAnOldFormWhoseTaskWasRenumberedIsAnError() {
		// 和平区's form of the table before a revision: its row 1.1 is the task the table now numbers 2.1
		Map<String, Map<String, Role>> assignments = new LinkedHashMap<>();
		assignments.put(HEPING.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.RESPONSIBLE));
		ReturnValidator validator = new ReturnValidator(new ReturnRules(Roster.of(List.of(HEPING, SIFA)), TASKS,
				assignments, LocalDate.of(2023, 10, 31), Map.of(HEPING.name(), "revised"), (unit, period) -> previous,
				StatusVocabulary.standard()));
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月");
		Map<String, String> cells = Map.of(ProgressWorkbookContract.TASK_ID, "B7", ProgressWorkbookContract.STATUS, "H7",
				ProgressWorkbookContract.PERCENT, "I7", ProgressWorkbookContract.PROGRESS, "J7");
		List<ReturnedRow> rows = List.of(new ReturnedRow(7, "1.1", "推进中", PercentValue.parse("60"), "进展", "", "", cells,
				"任务 2.1"), new ReturnedRow(8, "2.1", "持续推进", PercentValue.parse(""), "进展", "", "",
						Map.of(ProgressWorkbookContract.TASK_ID, "B8"), "任务2.1"));
		ReturnedWorkbook old = new ReturnedWorkbook(book.fileName(), book.sheetName(), List.of(), book.header(), rows,
				Map.of(ProgressWorkbookContract.META_UNIT, HEPING.name(), ProgressWorkbookContract.META_FINGERPRINT, "before",
						ProgressWorkbookContract.META_PERIOD, "2023-10"),
				Map.of());

		ValidatedReturn checked = validator.validate(old);

		assertThat(checked.accepted()).isFalse();
		assertThat(checked.findings().all()).filteredOn(f -> f.code() == FindingCode.TASK_RENUMBERED)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.location().cell()).isEqualTo("B7");
				assertThat(f.message()).isEqualTo("任务编号 1.1 这一行的主要任务，在修订后的任务分解表中是任务 2.1：任务分解表修订后编号已变动");
			});
	}

	@Test
	void aRenamedUnitsFormOfLastYearsTableIsCheckedRowByRowLikeAnyOldForm() {
		// this year's table: 1.1 reworded, 2.1 a new task under the number of one deleted from last year's
		Map<String, BreakdownTask> tasks = Map.of("1.1",
				worded("1.1", "做好行政规范性文件认定，在政府网站设置专栏，集中公开现行有效的行政规范性文件，及时更新政府规章。"), "2.1",
				worded("2.1", "推进公共数据开放，编制公共数据开放目录并按目录开放数据。"));
		Unit data = new Unit("沈阳市数据局", List.of("市数据局"), "市政府有关部门", "", "", "", 2, List.of("沈阳市大数据管理局"));
		ReturnValidator validator = new ReturnValidator(new ReturnRules(Roster.of(List.of(data)), tasks,
				Map.of(data.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.LEAD)), LocalDate.of(2024, 1, 31),
				Map.of(data.name(), "this-year"), (unit, period) -> previous, StatusVocabulary.standard()));
		// last year's form, made for the unit under its former name, its rows with last year's wording
		ReturnedWorkbook book = book("沈阳市数据局", "2024年1月");
		List<ReturnedRow> rows = List.of(
				new ReturnedRow(7, "1.1", "推进中", PercentValue.parse("60"), "进展", "", "",
						Map.of(ProgressWorkbookContract.TASK_ID, "B7"),
						"做好行政规范性文件认定，在政府网站设置专栏，集中公开现行有效行政规范性文件，及时更新现行有效政府规章。"),
				new ReturnedRow(8, "2.1", "已完成", PercentValue.parse("100"), "已按时发布统计公报", "", "",
						Map.of(ProgressWorkbookContract.TASK_ID, "B8"), "按时发布年度统计公报和统计数据解读。"));
		ReturnedWorkbook old = new ReturnedWorkbook(book.fileName(), book.sheetName(), List.of(), book.header(), rows,
				Map.of(ProgressWorkbookContract.META_UNIT, "沈阳市大数据管理局", ProgressWorkbookContract.META_FINGERPRINT,
						"last-year", ProgressWorkbookContract.META_PERIOD, "2023-12"),
				Map.of());

		ValidatedReturn checked = validator.validate(old);

		// then the deleted task's progress is not booked under the new 2.1, and the reworded 1.1 is no error
		assertThat(checked.accepted()).isFalse();
		assertThat(checked.findings().all()).filteredOn(f -> f.code() == FindingCode.TASK_REPLACED)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.location().cell()).isEqualTo("B8");
				assertThat(f.message()).isEqualTo("任务编号 2.1 这一行的主要任务“按时发布年度统计公报和统计数据解读。”，与现行任务分解表中的任务 2.1"
						+ "“推进公共数据开放，编制公共数据开放目录并按目录开…”不是同一项任务：旧表格上的这项任务已删去或改为别的任务");
				assertThat(f.fix()).startsWith("请使用本期新下发的进展情况表重新填报");
			});
		assertThat(checked.findings().all()).extracting(f -> f.code())
			.contains(FindingCode.TEMPLATE_CHANGED)
			.doesNotContain(FindingCode.TASK_RENUMBERED);
		assertThat(checked.findings().all()).filteredOn(f -> "B7".equals(f.location().cell())).isEmpty();
	}

	static BreakdownTask worded(String id, String text) {
		return new BreakdownTask(id, Integer.parseInt(id.substring(0, 1)), 1, "事项", text, "市政府办公室", "市政府有关部门",
				Deadline.ongoing("长期坚持"), 3);
	}

	@Test
	void aPeriodWithoutItsYearIsGivenAnExampleInTheFormsOwnYearNotThisYears() {
		// 10月 on the form made for October 2023, checked in whatever year the server's clock says
		ValidatedReturn onForm = validator().validate(onFormOf("2023-10", book("和平区人民政府", "10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(onForm.findings().all()).filteredOn(f -> f.code() == FindingCode.PERIOD_UNREADABLE)
			.singleElement()
			.satisfies(f -> assertThat(f.fix()).isEqualTo("请写成“2023年10月”或“2023-10”"));

		// a hand-made return: the month written, in the year of the run's as-of day (31 October 2023)
		ValidatedReturn handMade = validator().validate(book("和平区人民政府", "9月份",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }));
		assertThat(handMade.findings().all()).filteredOn(f -> f.code() == FindingCode.PERIOD_UNREADABLE)
			.singleElement()
			.satisfies(f -> assertThat(f.fix()).isEqualTo("请写成“2023年9月”或“2023-09”"));
	}

	/** 和平区's tidy return with 填报单位 left empty, under a file name, on the form made for {@code madeFor}. */
	static ReturnedWorkbook withoutUnit(String fileName, String madeFor) {
		ReturnedWorkbook book = book("", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		Map<String, String> meta = madeFor == null ? Map.of()
				: Map.of(ProgressWorkbookContract.META_UNIT, madeFor, ProgressWorkbookContract.META_PERIOD, "2023-10");
		return new ReturnedWorkbook(fileName, book.sheetName(), book.missingColumns(), book.header(), book.rows(), meta,
				book.errorCells());
	}

	/** The form made for {@code madeFor}, with {@code written} in its 填报单位. */
	static ReturnedWorkbook onFormOf(String madeFor, String written) {
		ReturnedWorkbook book = book(written, "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		return new ReturnedWorkbook("表.xlsx", book.sheetName(), book.missingColumns(), book.header(), book.rows(),
				Map.of(ProgressWorkbookContract.META_UNIT, madeFor, ProgressWorkbookContract.META_PERIOD, "2023-10"),
				book.errorCells());
	}

	/** A table of the unit's own making (no form behind it) in a file called {@code fileName}, {@code written} its 填报单位. */
	static ReturnedWorkbook ownTable(String fileName, String written) {
		ReturnedWorkbook book = book(written, "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		return new ReturnedWorkbook(fileName, book.sheetName(), book.missingColumns(), book.header(), book.rows(), Map.of(),
				book.errorCells());
	}

	@Test
	void aShortenedNameOnATableOfItsOwnCountsWhenItsFileNamesTheSameUnit() {
		Unit chengguan = new Unit("沈阳市城市管理行政执法局", List.of("市城管执法局"), "市政府有关部门", "", "", "", 4);
		ReturnValidator validator = new ReturnValidator(new ReturnRules(Roster.of(List.of(HEPING, SIFA, chengguan))
			.inCity("沈阳市"), TASKS, Map.of(chengguan.name(), Map.of("1.1", Role.RESPONSIBLE, "2.1", Role.RESPONSIBLE)),
				LocalDate.of(2023, 10, 31), Map.of(), (unit, period) -> previous, StatusVocabulary.standard()));
		// 城管执法局10月.xlsx (the roster's short name) with 填报单位 沈阳市城管局: name and file agree on one unit
		ValidatedReturn agreed = validator.validate(ownTable("城管执法局10月.xlsx", "沈阳市城管局"));
		assertThat(agreed.unit()).as(agreed.findings().all().toString()).isEqualTo(chengguan);
		assertThat(agreed.findings().all()).extracting(f -> f.code().code()).contains("return.unit-short-form-by-file")
			.doesNotContain("return.unit-unknown");
		// a name that shortens nothing stays an error, and the return goes back to the unit its file names
		ValidatedReturn unknown = validator.validate(ownTable("城管执法局10月.xlsx", "沈阳市城建执法"));
		assertThat(unknown.accepted()).isFalse();
		assertThat(unknown.unit()).isEqualTo(chengguan);
	}

	@Test
	void aUnitNoLongerInTheRosterSendingItsOldFormIsToldSoNotGivenTheNearestUnit() {
		// 人防办's form of an earlier roster: it was abolished since
		ReturnedWorkbook book = book("沈阳市人民防空办公室", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" });
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook("人防办.xlsx", book.sheetName(),
				book.missingColumns(), book.header(), book.rows(),
				Map.of(ProgressWorkbookContract.META_UNIT, "沈阳市人民防空办公室", ProgressWorkbookContract.META_PERIOD, "2023-10"),
				book.errorCells()));
		assertThat(checked.accepted()).isFalse();
		assertThat(checked.unit()).isNull();
		assertThat(checked.findings().all()).singleElement().satisfies(f -> {
			assertThat(f.message()).isEqualTo("“沈阳市人民防空办公室”已不在本期的单位名册中（这份表格是此前下发给它的）");
			assertThat(f.fix()).startsWith("如该单位已撤销或并入其他单位，不需要再报送").doesNotContain("简称及别名");
		});
	}

	@Test
	void lastYearsFormWithThisYearsMonthTypedInIsSentBackAsAWhole() {
		// 和平区's December 2022 form, its 报送期次 changed to 2023年10月: its numbers are 2022's table's
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook("和平区.xlsx", book.sheetName(),
				book.missingColumns(), book.header(), book.rows(),
				Map.of(ProgressWorkbookContract.META_UNIT, "和平区人民政府", ProgressWorkbookContract.META_PERIOD, "2022-12"),
				book.errorCells()));
		assertThat(checked.accepted()).isFalse();
		assertThat(checked.findings().all()).singleElement().satisfies(f -> {
			assertThat(f.code().code()).isEqualTo("return.form-of-earlier-year");
			assertThat(f.message()).isEqualTo("这是2022年12月的进展情况表，任务编号按 2022 年的任务分解表，2023 年的任务已重新编号，不能用它填报");
			assertThat(f.fix()).startsWith("请使用2023年10月的进展情况表重新填写");
		});
	}

	@Test
	void aGovernmentsOfficeWritingItsOwnNameOnTheGovernmentsFormCountsForTheGovernment() {
		// 和平区's return made by its office, which wrote its own name: sent back, it came again days later, late
		ValidatedReturn office = validator().validate(onFormOf("和平区人民政府", "和平区人民政府办公室"));
		assertThat(office.accepted()).isTrue();
		assertThat(office.unit()).isEqualTo(HEPING);
		assertThat(office.findings().all()).singleElement().satisfies(f -> {
			assertThat(f.code().code()).isEqualTo("return.unit-governments-office");
			assertThat(f.message()).isEqualTo("填报单位“和平区人民政府办公室”是这份表格下发给的“和平区人民政府”的办公室，按“和平区人民政府”计入");
		});
		assertThat(validator().validate(onFormOf("和平区人民政府", "和平区政府办")).accepted()).isTrue();
		// another government's office, or on another unit's form: not taken
		assertThat(validator().validate(onFormOf("和平区人民政府", "沈河区人民政府办公室")).accepted()).isFalse();
		assertThat(validator().validate(onFormOf("沈阳市司法局", "和平区人民政府办公室")).accepted()).isFalse();
	}

	@Test
	void anEmpty填报单位CountsForTheUnitItsFormOrElseItsFileNameNames() {
		// the form made for 和平区, the cell cleared: its form says whom it is from
		ValidatedReturn onForm = validator().validate(withoutUnit("新建 Microsoft Excel 工作表.xlsx", "和平区人民政府"));
		assertThat(codes(onForm)).containsExactly("return.unit-from-template@B3");
		assertThat(onForm.accepted()).isTrue();
		assertThat(onForm.unit()).isEqualTo(HEPING);
		assertThat(onForm.findings().all().get(0).message()).isEqualTo("没有填写填报单位，已按这份表格下发给的“和平区人民政府”计入");

		// a table of its own, named after the unit in full
		ValidatedReturn named = validator().validate(withoutUnit("和平区人民政府-2023年10月进展情况表.xlsx", null));
		assertThat(codes(named)).containsExactly("return.unit-from-file-name@B3");
		assertThat(named.unit()).isEqualTo(HEPING);

		// the form of one unit in a file named after another: who sent it cannot be told
		ValidatedReturn contradicting = validator().validate(withoutUnit("沈阳市司法局11月报表.xlsx", "和平区人民政府"));
		assertThat(codes(contradicting)).contains("return.unit-missing@B3");
		assertThat(contradicting.accepted()).isFalse();

		// nothing to go on
		ValidatedReturn unknown = validator().validate(withoutUnit("进展情况.xlsx", null));
		assertThat(codes(unknown)).contains("return.unit-missing@B3");
		assertThat(unknown.accepted()).isFalse();
	}

	@Test
	void withoutAStatusColumnTheMissingColumnIsSaidOnceNotAsBlankPercentsOnEveryRow() {
		// 2.1 is 长期坚持: its blank percent is allowed, but without a status column no row is known to be ongoing
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "", "60", "进展" },
				new String[] { "2.1", "", "", "进展" });
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				List.of(ProgressWorkbookContract.STATUS), book.header(), book.rows(), book.meta(), book.errorCells()));
		assertThat(codes(checked)).containsExactly("return.column-missing@");
	}

	@Test
	void aTaskInProgressWithoutAWordOfProgressDrawsAHint() {
		ValidatedReturn checked = validator().validate(book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "" },
				new String[] { "2.1", "持续推进", "", "" }));
		assertThat(checked.accepted()).isTrue();
		assertThat(checked.findings().all()).extracting(f -> f.code().code() + "@" + f.location().cell() + " " + f.message())
			.containsExactly("return.progress-missing@J7 任务标为“推进中”但没有填写工作进展",
					"return.progress-missing@J8 任务标为“持续推进”但没有填写工作进展");
	}

	@Test
	void aTableOfItsOwnWithTaskNumbersAndNo主要任务CountsByTheNumbers() {
		// 丹东's own table: 序号 | 任务编号 | 重点任务 | 完成情况 | 完成进度 | 进展情况 | 存在的问题 | 下步打算
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				List.of(ProgressWorkbookContract.TASK), book.header(), book.rows(), book.meta(), book.errorCells()));
		assertThat(codes(checked)).containsExactly("return.task-column-missing@");
		assertThat(checked.accepted()).isTrue();
		assertThat(checked.entries()).hasSize(2);
		// without the numbers as well, nothing tells the rows' tasks
		ValidatedReturn neither = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				List.of(ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.TASK), book.header(), book.rows(),
				book.meta(), book.errorCells()));
		assertThat(neither.accepted()).isFalse();
	}

	@Test
	void aRowAddedWithANumberTheTableHasNotIsLeftOutWhenTheUnitsOwnTasksAreAllThere() {
		// 27.1 added under 和平区's two tasks: a warning, the return counts
		ValidatedReturn extra = validator().validate(book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" }, new String[] { "27.1", "推进中", "50", "其他工作" }));
		assertThat(codes(extra)).containsExactly("return.task-unknown-extra@B9");
		assertThat(extra.accepted()).isTrue();
		assertThat(extra.entries()).hasSize(2);

		// 2.1 mistyped as 21: its own task is missing, so the number is an error
		ValidatedReturn mistyped = validator().validate(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "21", "持续推进", "", "进展" }));
		assertThat(codes(mistyped)).contains("return.task-unknown@B8", "return.task-missing@B7");
		assertThat(mistyped.accepted()).isFalse();
	}

	@Test
	void aLongTermTaskInProgressNeedsNoPercent() {
		// 2.1 is 长期坚持: 推进中 with the percent left blank is no problem
		ValidatedReturn checked = validator().validate(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "推进中", "", "进展" }));
		assertThat(codes(checked)).isEmpty();
	}

	@Test
	void 不涉及IsAnsweredWithWhomToAskNotWithTheListOfWords() {
		ValidatedReturn checked = validator().validate(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "不涉及", "/", "" }, new String[] { "2.1", "持续推进", "", "进展" }));
		assertThat(codes(checked)).containsExactly("return.status-not-ours@H7");
		assertThat(checked.findings().all().get(0).fix()).startsWith("如认为这项任务不属于本单位，请与汇总部门联系");
	}

	@Test
	void aTaskNumberMergedAwayIsSaidSo() {
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "", "持续推进", "", "进展" });
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				book.missingColumns(), book.header(), book.rows(), book.meta(), book.errorCells(), Map.of("B8", "B7:B8")));
		assertThat(codes(checked)).contains("return.task-id-merged@B8").doesNotContain("return.task-id-missing@B8");
		assertThat(checked.findings().all().get(0).message()).isEqualTo("任务编号单元格 B7:B8 合并在一起，这一行的任务编号被合并掉了");
		assertThat(checked.findings().all().get(0).fix()).startsWith("请取消合并").contains("在 B8 填写这一行的任务编号");
	}

	/** The book with each row's 主要任务 as given, and the task-number cells merged away as given. */
	static ReturnedWorkbook withTaskTexts(ReturnedWorkbook book, Map<String, String> mergedTaskIds, String... texts) {
		List<ReturnedRow> rows = new ArrayList<>();
		for (int i = 0; i < book.rows().size(); i++) {
			ReturnedRow r = book.rows().get(i);
			rows.add(new ReturnedRow(r.row(), r.taskId(), r.statusText(), r.percent(), r.progress(), r.problems(),
					r.nextSteps(), r.cells(), texts[i]));
		}
		return new ReturnedWorkbook(book.fileName(), book.sheetName(), book.missingColumns(), book.header(), rows,
				book.meta(), book.errorCells(), mergedTaskIds);
	}

	@Test
	void aRowWhoseNumberWasMergedAwayCountsForTheTaskItsTextNames() {
		// given 2.1's row with its number merged into 1.1's (B7:B8), its 主要任务 still 2.1's
		ReturnedWorkbook book = withTaskTexts(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "", "持续推进", "", "长期进展" }),
				Map.of("B8", "B7:B8"), "任务1.1", "任务2.1");

		ValidatedReturn checked = validator().validate(book);

		assertThat(checked.accepted()).isTrue();
		assertThat(codes(checked)).containsExactly("return.task-id-from-text@B8");
		assertThat(checked.findings().all().get(0).message()).isEqualTo("这一行的任务编号被合并掉了（B7:B8），按主要任务“任务2.1”计入任务 2.1");
		assertThat(checked.findings().all().get(0).fix()).isEqualTo("下次请在 B8 填写任务编号 2.1（不要合并或清空任务编号单元格）");
		assertThat(checked.entries()).extracting(ProgressEntry::taskId).containsExactly("1.1", "2.1");
		assertThat(checked.entries().get(1).progress()).isEqualTo("长期进展");
	}

	@Test
	void aRowWithoutNumberCountsForTheTaskItsTextNamesOnlyWhenThatTaskHasNoRow() {
		// an empty number on 2.1's row: counted for 2.1
		ValidatedReturn empty = validator().validate(withTaskTexts(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "", "持续推进", "", "长期进展" }), Map.of(),
				"任务1.1", "任务2.1"));
		assertThat(codes(empty)).containsExactly("return.task-id-from-text@B8");
		assertThat(empty.findings().all().get(0).message()).startsWith("这一行的任务编号是空的");

		// 1.1's text again on a row without a number, while 1.1 has its row: no task to give it, still an error
		ValidatedReturn twice = validator().validate(withTaskTexts(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" },
				new String[] { "", "已完成", "100", "另一项" }), Map.of(), "任务1.1", "任务2.1", "任务1.1"));
		assertThat(codes(twice)).containsExactly("return.task-id-missing@B9");
		assertThat(twice.accepted()).isFalse();
	}

	@Test
	void aRowGoingOnFromTheTaskAboveIsFoldedIntoIt() {
		// given a row under 1.1 with no number, no task, no status: only more of 1.1's progress
		ValidatedReturn checked = validator().validate(withTaskTexts(book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "", "", "", "（续上）进展的后半段" },
				new String[] { "2.1", "持续推进", "", "进展" }), Map.of(), "任务1.1", "（续上）", "任务2.1"));

		assertThat(checked.accepted()).isTrue();
		assertThat(codes(checked)).containsExactly("return.task-row-continued@B8");
		assertThat(checked.findings().all().get(0).message()).isEqualTo("第 8 行没有任务编号，是接在任务 1.1 下面的续行，其内容已并入第 7 行");
		assertThat(checked.entries()).extracting(ProgressEntry::taskId).containsExactly("1.1", "2.1");
		assertThat(checked.entries().get(0).progress()).isEqualTo("进展\n（续上）进展的后半段");
	}

	@Test
	void aRowUnderATaskWithItsOwnStatusIsNotAContinuationUnlessTheNumberIsMergedOverBoth() {
		String[] first = { "1.1", "推进中", "60", "进展" };
		String[] second = { "", "推进中", "60", "更多进展" };
		String[] last = { "2.1", "持续推进", "", "进展" };
		// a status of its own on a row without a number: a row of some task, its number missing
		ValidatedReturn own = validator().validate(withTaskTexts(book("和平区人民政府", "2023年10月", first, second, last),
				Map.of(), "任务1.1", "", "任务2.1"));
		assertThat(codes(own)).containsExactly("return.task-id-missing@B8");

		// the number merged over both rows, status and percent the same (merged too): one task's rows
		ValidatedReturn merged = validator().validate(withTaskTexts(book("和平区人民政府", "2023年10月", first, second, last),
				Map.of("B8", "B7:B8"), "任务1.1", "", "任务2.1"));
		assertThat(codes(merged)).containsExactly("return.task-row-continued@B8");
		assertThat(merged.entries().get(0).progress()).isEqualTo("进展\n更多进展");
	}

	@Test
	void aPhoneNumberTypedInFullWidthIsKeptInHalfWidth() {
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		Map<String, HeaderValue> header = new LinkedHashMap<>(book.header());
		header.put(ProgressWorkbookContract.PHONE, new HeaderValue("０２４－２２７２１２３４", "进展填报", "F4", null));
		ValidatedReturn checked = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				book.missingColumns(), header, book.rows(), book.meta(), book.errorCells()));
		assertThat(checked.phone()).isEqualTo("024-22721234");
	}

	@Test
	void aMissing填报日期IsGivenAnExampleInTheReturnsOwnMonth() {
		ReturnedWorkbook book = book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "", "进展" });
		Map<String, HeaderValue> header = new LinkedHashMap<>(book.header());
		header.remove(ProgressWorkbookContract.FILLED_ON);
		ValidatedReturn undated = validator().validate(new ReturnedWorkbook(book.fileName(), book.sheetName(),
				book.missingColumns(), header, book.rows(), book.meta(), book.errorCells()));

		assertThat(undated.findings().all()).filteredOn(f -> f.code() == FindingCode.FILLED_ON_MISSING)
			.singleElement()
			.satisfies(f -> assertThat(f.fix()).isEqualTo("请填写实际填报的日期，格式如 2023-10-26"));
	}

	@Test
	void aPeriodBeforeTheFormsOwnIsAnErrorALaterOneIsTakenAsWritten() {
		// 2023年9月 written on the form distributed for 2023-10 (a mistyped year or month): sent back
		ValidatedReturn earlier = validator().validate(onFormOf("2023-10", book("和平区人民政府", "2023年9月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(codes(earlier)).containsExactly("return.period-before-template@F3");
		assertThat(earlier.accepted()).isFalse();
		assertThat(earlier.findings().all().get(0).message()).isEqualTo("这份表格是为2023年10月下发的，报送期次却写的是更早的2023年9月");
		assertThat(earlier.findings().all().get(0).fix()).startsWith("请核对报送期次（很可能是月份写错了），改为2023年10月后重新报送");
		// and it is one of October's returns, where the office and the unit look for it
		assertThat(earlier.period()).isEqualTo(Period.of(2023, 10));

		// September's form used again for October: counted for October, with a hint
		ValidatedReturn later = validator().validate(onFormOf("2023-09", book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(codes(later)).containsExactly("return.period-other-template@F3");
		assertThat(later.accepted()).isTrue();
		assertThat(later.period()).isEqualTo(Period.of(2023, 10));
	}

	@Test
	void aReturnFilledInBeforeItsMonthBeganIsQuestioned() {
		// November's own form, filled in on 26 October: counted for November, with a hint
		ValidatedReturn early = validator().validate(onFormOf("2023-11", book("和平区人民政府", "2023年11月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(codes(early)).containsExactly("return.filled-on-before-period@H3");
		assertThat(early.accepted()).isTrue();
		assertThat(early.findings().all().get(0).message()).isEqualTo("填报日期是2023年10月26日，那时报送期次2023年11月还没有开始，按2023年11月计入");
		assertThat(early.findings().all().get(0).fix()).startsWith("如果报送的是2023年10月的进展，请使用2023年10月的进展情况表重新报送");
	}

	@Test
	void nextMonthWrittenBeforeItBeganIsSentBackAsOneOfTheFormsMonth() {
		// 2023年11月 on October's form, filled in on 26 October: November had not begun
		ValidatedReturn early = validator().validate(onFormOf("2023-10", book("和平区人民政府", "2023年11月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(codes(early)).containsExactly("return.period-before-its-month@F3");
		assertThat(early.accepted()).isFalse();
		assertThat(early.period()).isEqualTo(Period.of(2023, 10));
		assertThat(early.findings().all().get(0).message())
			.isEqualTo("报送期次写的是2023年11月，填报日期却是2023年10月26日，那时2023年11月还没有开始（这份表格是为2023年10月下发的）");
		assertThat(early.findings().all().get(0).fix())
			.isEqualTo("请核对报送期次，改为2023年10月后重新报送；如确是2023年11月的进展，请把填报日期改为实际填报的日期");
	}

	@Test
	void theMonthOfSendingWrittenForTheMonthReportedOnIsSentBackAsOneOfTheFormsMonth() {
		// 2023年10月 on September's form, filled in on 26 October: taken as October's (the form used again)
		// but on 3 October, when September's returns are sent, 2023年10月 is the month of sending
		ReturnedWorkbook book = onFormOf("2023-09", book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }));
		ValidatedReturn sent = validator().validate(withFilledOn(book, LocalDate.of(2023, 10, 3)));
		assertThat(codes(sent)).containsExactly("return.period-submission-month@F3");
		assertThat(sent.accepted()).isFalse();
		assertThat(sent.period()).isEqualTo(Period.of(2023, 9));
		assertThat(sent.findings().all().get(0).message())
			.isEqualTo("这份表格是为2023年9月下发的，报送期次却写的是2023年10月；填报日期是2023年10月3日，正是报送2023年9月进展的时候");
	}

	static ReturnedWorkbook named(String fileName, ReturnedWorkbook book) {
		return new ReturnedWorkbook(fileName, book.sheetName(), book.missingColumns(), book.header(), book.rows(),
				book.meta(), book.errorCells());
	}

	@Test
	void aFileNamedAfterAnotherUnitIsQuestioned() {
		// 司法局 filled in 和平区's form and kept its own file name: it counts for 和平区, and the clerk is told
		ValidatedReturn other = validator().validate(named("returns/沈阳市司法局-2023年10月进展情况表.xlsx",
				book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
						new String[] { "2.1", "持续推进", "", "进展" })));
		assertThat(codes(other)).containsExactly("return.unit-other-in-file-name@B3");
		assertThat(other.accepted()).isTrue();
		assertThat(other.findings().all().get(0).message())
			.isEqualTo("文件名中是“沈阳市司法局”，表内填报单位却是“和平区人民政府”，按和平区人民政府计入");

		// a file named after its own unit, or after none, is not
		assertThat(codes(validator().validate(named("和平区人民政府-2023年10月进展情况表.xlsx", book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }))))).isEmpty();
		assertThat(codes(validator().validate(named("10月进展.xlsx", book("和平区人民政府", "2023年10月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }))))).isEmpty();
	}

	@Test
	void aFileNamedForAnotherMonthThanTheReturnsIsQuestioned() {
		// 体育局 used September's form again for October and named the file so, its 报送期次 left as it was, filled in
		// on 30 October, long after September's returns were due: sent back, or it replaced September's figures
		ValidatedReturn reused = validator().validate(named("体育局10月报表.xlsx", withFilledOn(book("和平区人民政府", "2023年9月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }),
				LocalDate.of(2023, 10, 30))));
		assertThat(codes(reused)).containsExactly("return.period-later-in-file-name@F3");
		assertThat(reused.accepted()).isFalse();
		assertThat(reused.findings().all().get(0).message())
			.isEqualTo("文件名写的是10月，填报日期是2023年10月30日，表内报送期次却是2023年9月：像是用9月的表格填报了10月的进展");
		assertThat(reused.findings().all().get(0).fix())
			.isEqualTo("如报送的是10月的进展，请使用10月下发的进展情况表填写后重新报送；如确是2023年9月的进展，请把文件名中的月份改为9月后重新报送");

		// filled in while September's returns were being sent (named for the month of sending), a question only
		ValidatedReturn other = validator().validate(named("体育局10月报表.xlsx", withFilledOn(book("和平区人民政府", "2023年9月",
				new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" }),
				LocalDate.of(2023, 10, 4))));
		assertThat(codes(other)).containsExactly("return.period-other-in-file-name@F3");
		assertThat(other.accepted()).isTrue();
		assertThat(other.period()).isEqualTo(Period.of(2023, 9));
		assertThat(other.findings().all().get(0).message()).isEqualTo("文件名写的是10月，表内报送期次却是2023年9月，按2023年9月计入");
		assertThat(other.findings().all().get(0).fix())
			.isEqualTo("如报送的是10月的进展，请使用10月下发的进展情况表填写后重新报送；如确是2023年9月的进展，可不处理");

		// a name with the return's own month among others, in any writing, or with none, is not
		// nor the month of a date, the day it was sent
		for (String name : List.of("和平区-9月.xlsx", "和平区（9-10月）.xlsx", "和平区九月.xlsx", "和平区２０２３年９月.xlsx", "和平区.xlsx",
				"和平区2023.09.xlsx", "和平区（10月25日报送）.xlsx", "和平区2023年10月8号.xlsx")) {
			assertThat(codes(validator().validate(named(name, book("和平区人民政府", "2023年9月",
					new String[] { "1.1", "推进中", "60", "进展" }, new String[] { "2.1", "持续推进", "", "进展" })))))
				.as(name)
				.isEmpty();
		}
	}

	@Test
	void aFileThatCannotBeReadIsItsUnitsWhenItsNameSaysWhose() {
		Finding unreadable = FindingCode.FILE_UNREADABLE.at(org.workledger.findings.Location.file("x"), "", "文件已损坏");
		// the year written or not: 10月 alone is the latest October up to the run's as-of day (31 October 2023)
		assertThat(validator().byFileName("和平区人民政府-2023年9月进展情况表.xlsx", unreadable))
			.hasValueSatisfying(v -> assertThat(v.period()).isEqualTo(Period.of(2023, 9)));
		assertThat(validator().byFileName("和平区人民政府-10月.xlsx", unreadable)).hasValueSatisfying(v -> {
			assertThat(v.unit()).isEqualTo(HEPING);
			assertThat(v.period()).isEqualTo(Period.of(2023, 10));
		});
		assertThat(validator().byFileName("和平区人民政府十二月.xlsx", unreadable))
			.hasValueSatisfying(v -> assertThat(v.period()).isEqualTo(Period.of(2022, 12)));
		// no month: the month being consolidated; a short name only one unit has names it too
		assertThat(validator().byFileName("和平区人民政府.xlsx", unreadable))
			.hasValueSatisfying(v -> assertThat(v.period()).isEqualTo(Period.of(2023, 10)));
		assertThat(validator().byFileName("和平区-10月.xlsx", unreadable))
			.hasValueSatisfying(v -> assertThat(v.unit()).isEqualTo(HEPING));
		assertThat(validator().byFileName("司法局进展.xlsx", unreadable))
			.hasValueSatisfying(v -> assertThat(v.unit()).isEqualTo(SIFA));
		// no unit: nobody's
		assertThat(validator().byFileName("进展情况表-10月.xlsx", unreadable)).isEmpty();
	}

	@Test
	void aTidyReturnIsAcceptedWithoutFindings() {
		ValidatedReturn v = validator().validate(book("和平区人民政府", "2023年10月", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "持续推进", "80%", "进展" }));
		assertThat(v.findings().all()).isEmpty();
		assertThat(v.accepted()).isTrue();
		assertThat(v.unit()).isEqualTo(HEPING);
		assertThat(v.period()).isEqualTo(Period.of(2023, 10));
		assertThat(v.entries()).extracting(ProgressEntry::percent).containsExactly(60, 80);
	}

	@Test
	void aShortNameResolvesThroughTheRoster() {
		ValidatedReturn v = validator().validate(book("和平区", "2023.10", new String[] { "1.1", "推进中", "60", "进展" },
				new String[] { "2.1", "推进中", "60", "进展" }));
		assertThat(v.unit()).isEqualTo(HEPING);
		assertThat(v.accepted()).isTrue();
	}

	@Nested
	class Errors {

		@Test
		void collectsEveryProblemOfAFileInOnePass() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023年10月",
					new String[] { "1.1", "已完成", "100", "" }, new String[] { "9.9", "推进中", "60", "x" },
					new String[] { "1.1", "推进中", "60", "x" }, new String[] { "", "推进中", "60", "x" }));
			assertThat(v.accepted()).isFalse();
			assertThat(codes(v)).containsExactly("return.done-without-progress@J7", "return.task-unknown@B8",
					"return.task-duplicate@B9", "return.task-id-missing@B10", "return.task-missing@B7");
			assertThat(v.findings().all().get(4).message()).isEqualTo("缺少本单位任务 2.1“任务2.1”的填报行（应在任务 1.1 之后）");
			assertThat(v.findings().all().get(4).fix()).startsWith("请在任务 1.1 之后补上任务 2.1 这一行（可从下发的进展情况表复制整行；"
					+ "如无法插入行，请先点“审阅”→“撤销工作表保护”");
		}

		@Test
		void statusAndPercentMustBeReadable() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023年10月", new String[] { "1.1", "搞定了", "150", "x" },
					new String[] { "2.1", "", "0.8", "x" }));
			assertThat(codes(v)).containsExactly("return.status-invalid@H7", "return.percent-invalid@I7",
					"return.status-missing@H8", "return.percent-fraction@I8");
			Finding percent = v.findings().all().get(1);
			assertThat(percent.message()).isEqualTo("完成进度“150”不是 0–100 之间的数");
			assertThat(percent.fix()).isEqualTo("请填写 0–100 的整数，例如 80");
			assertThat(percent.location().sheetCell()).isEqualTo("进展填报!I7");
			// on a 已完成 row the example is the 100 the row wants, not an 80 the next check would question
			ValidatedReturn done = validator().validate(book("和平区人民政府", "2023年10月",
					new String[] { "1.1", "已完成", "全部", "已全部完成" }, new String[] { "2.1", "推进中", "60", "x" }));
			assertThat(done.findings().all()).filteredOn(f -> f.code() == FindingCode.PERCENT_INVALID)
				.singleElement()
				.satisfies(f -> assertThat(f.fix()).isEqualTo("请填写 0–100 的整数，例如 100"));
			// 0.8 is between 0 and 100: what is wrong with it is that it could mean 80% or 0.8%
			Finding fraction = v.findings().all().get(3);
			assertThat(fraction.message()).isEqualTo("完成进度“0.8”是小于 1 的小数，看不出是 80% 还是 0.8%");
			assertThat(fraction.fix()).isEqualTo("完成进度按 0–100 的整数填写（不带百分号）：如果是 80%，请填 80；如确是 0.8%（不到 1%），请填 1");
		}

		@Test
		void anUnknownUnitOrPeriodIsAnError() {
			ValidatedReturn v = validator().validate(book("和平区教育局", "十月", new String[] { "1.1", "推进中", "60", "x" }));
			assertThat(codes(v)).startsWith("return.unit-unknown@B3", "return.period-unreadable@F3");
			assertThat(v.unit()).isNull();
			assertThat(v.period()).isNull();
		}

	}

	@Nested
	class Warnings {

		@Test
		void synonymsAreAcceptedAndNamed() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "进行中", "60", "x" },
					new String[] { "2.1", "完成", "100", "已完成全部工作" }));
			assertThat(v.accepted()).isTrue();
			assertThat(v.entries()).extracting(ProgressEntry::status)
				.containsExactly(ProgressStatus.IN_PROGRESS, ProgressStatus.DONE);
			assertThat(v.findings().all()).extracting(Finding::message)
				.containsExactly("完成状态“进行中”已按“推进中”处理", "完成状态“完成”已按“已完成”处理");
		}

		@Test
		void inconsistentStatusAndPercentAreFlagged() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "已完成", "90", "x" },
					new String[] { "2.1", "推进中", "100", "x" }));
			assertThat(v.accepted()).isTrue();
			assertThat(codes(v)).containsExactly("return.done-not-full@I7", "return.full-not-done@H8");
		}

		@Test
		void aTaskNotStartedWithProgressIsFlagged() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "未启动", "80", "x" },
					new String[] { "2.1", "推进中", "60", "x" }));
			assertThat(v.accepted()).isTrue();
			assertThat(codes(v)).containsExactly("return.not-started-progress@I7");
			assertThat(v.findings().all().get(0).message()).isEqualTo("任务标为“未启动”但完成进度是 80%");
		}

		@Test
		void aTaskOfAnotherUnitIsNotCounted() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "推进中", "60", "x" },
					new String[] { "2.1", "推进中", "60", "x" }, new String[] { "3.1", "推进中", "60", "x" }));
			assertThat(v.accepted()).isTrue();
			assertThat(codes(v)).containsExactly("return.task-not-assigned@B9");
			assertThat(v.entries()).extracting(ProgressEntry::taskId).containsExactly("1.1", "2.1");
		}

		@Test
		void aBlankPercentIsQuestionedExceptForAnOngoingTask() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "推进中", "", "x" },
					new String[] { "2.1", "持续推进", "", "x" }));
			assertThat(v.accepted()).isTrue();
			assertThat(codes(v)).containsExactly("return.percent-missing@I7");
			assertThat(v.entries()).extracting(ProgressEntry::percent).containsExactly(null, null);
		}

		@Test
		void ongoingStatusOnADatedTaskIsQuestioned() {
			ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10", new String[] { "1.1", "持续推进", "60", "x" },
					new String[] { "2.1", "推进中", "60", "x" }));
			assertThat(codes(v)).containsExactly("return.status-ongoing-dated@H7");
			// written as 常态化推进: the same one hint, not a second about the word
			ValidatedReturn synonym = validator().validate(book("和平区人民政府", "2023-10",
					new String[] { "1.1", "常态化推进", "60", "x" }, new String[] { "2.1", "推进中", "60", "x" }));
			assertThat(codes(synonym)).containsExactly("return.status-ongoing-dated@H7");
		}

		@Test
		void comparesWithTheUnitsPreviousPeriod() {
			previous = Map.of("1.1", new ProgressEntry("1.1", ProgressStatus.IN_PROGRESS, "推进中", 70, "已部署", "", "", 7),
					"2.1", new ProgressEntry("2.1", ProgressStatus.DONE, "已完成", 100, "全部完成", "", "", 8));
			try {
				ValidatedReturn v = validator().validate(book("和平区人民政府", "2023-10",
						new String[] { "1.1", "推进中", "60", "已部署" }, new String[] { "2.1", "推进中", "90", "继续推进" }));
				assertThat(codes(v)).containsExactly("return.percent-decreased@I7", "return.progress-copied@J7",
						"return.percent-decreased@I8", "return.done-reverted@H8");
				assertThat(v.accepted()).isTrue();
				// a task done then and done now says what was done in the same words: not questioned
				ValidatedReturn stillDone = validator().validate(book("和平区人民政府", "2023-10",
						new String[] { "1.1", "推进中", "80", "已部署，正在推进" }, new String[] { "2.1", "已完成", "100", "全部完成" }));
				assertThat(codes(stillDone)).isEmpty();
			}
			finally {
				previous = Map.of();
			}
		}

	}

}
