package org.workledger.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.period.Period;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Returns made from the distributed templates, filled in the way people do: the unit's
 * name with the city in front, 政府 for 人民政府, 区区政府, spaces, no 市, and everyday words
 * for the statuses. Each is credited to the right unit with a warning that says what was
 * assumed; what cannot be told apart is rejected with the nearest units named.
 */
@SpringBootTest
class NamesAndWordsFunctionalTests {

	static final Path WORKSPACE = TestWorkspace.withSamples();

	static final Period OCTOBER = Period.of(2023, 10);

	static boolean consolidated;

	static List<Map<String, String>> ledger;

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("distributeJob")
	Job distributeJob;

	@Autowired
	@Qualifier("consolidateJob")
	Job consolidateJob;

	@Autowired
	JdbcClient jdbc;

	/** One distribute and one consolidate for all tests of the class: every return lies in input/ together. */
	@BeforeEach
	void givenTheReturnsAsUnitsFilledThem() throws Exception {
		if (consolidated) {
			return;
		}
		assertThat(run(this.distributeJob).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		unitWrites("和平区人民政府", "和平区.xlsx", "沈阳市和平区人民政府");
		unitWrites("沈阳市人民政府国有资产监督管理委员会", "国资委.xlsx", "沈阳市政府国有资产监督管理委员会");
		unitWrites("皇姑区人民政府", "皇姑区.xlsx", "皇姑区区政府");
		unitWrites("法库县人民政府", "法库县.xlsx", "法库县\u3000人民政府 ");
		unitWrites("沈阳市教育局", "教育局.xlsx", "教育局");
		unitWrites("大东区人民政府", "大东区.xlsx", "大冬区人民政付");
		unitWrites("新民市人民政府", "新民市.xlsx", "新民市人民正府");
		unitWrites("浑南区人民政府", "浑南区.xlsx", "政府办公室");
		unitWrites("沈阳市城市管理行政执法局", "城管局.xlsx", "市城管局");
		unitWrites("沈阳市商务局", "商务局.xlsx", "市城管局");
		unitWrites("于洪区人民政府", "于洪区.xlsx", "区政府");
		ReturnFixtures.fill(blank("沈河区人民政府"), input("沈河区.xlsx"), LocalDate.of(2023, 10, 26), (sheet, r) -> {
			String id = ReturnFixtures.taskId(sheet, r);
			// 2.1 is 长期坚持; 1.1 has a deadline
			ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "2.1".equals(id) ? "常态化推进" : "正在落实");
		});
		ReturnFixtures.fill(blank("铁西区人民政府"), input("铁西区.xlsx"), LocalDate.of(2023, 10, 26), (sheet, r) -> {
			if ("3.1".equals(ReturnFixtures.taskId(sheet, r))) {
				ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "即将完成");
			}
		});
		// two returns written by scripts: their formulas are saved without results, as POI and openpyxl save them
		ReturnFixtures.withoutFormulaResults(ReturnFixtures.fill(blank("苏家屯区人民政府"), input("苏家屯区.xlsx"),
				LocalDate.of(2023, 10, 26), NamesAndWordsFunctionalTests::doneByFormulas), false);
		ReturnFixtures.withoutFormulaResults(ReturnFixtures.fill(blank("辽中区人民政府"), input("辽中区.xlsx"),
				LocalDate.of(2023, 10, 26), NamesAndWordsFunctionalTests::doneByFormulas), true);
		ReturnFixtures.withoutFormulaResults(ReturnFixtures.fill(blank("康平县人民政府"), input("康平县.xlsx"),
				LocalDate.of(2023, 10, 26), (sheet, r) -> {
					// INFO is a function Excel has and POI cannot work out
					sheet.getRow(r).getCell(ReturnFixtures.PERCENT).setCellFormula("IF(INFO(\"system\")=\"pcdos\",60,60)");
				}), false);
		// a unit sorted the columns 事项名称 … 本单位角色 of its first two rows and not their 任务编号, then filled each row
		// for the task it showed
		ReturnFixtures.fill(blank("沈北新区人民政府"), input("沈北新区.xlsx"), LocalDate.of(2023, 10, 26), (sheet, r) -> {
			if (r == ReturnFixtures.FIRST_TASK_ROW) {
				var first = sheet.getRow(r).getCell(3);
				var second = sheet.getRow(r + 1).getCell(3);
				String text = first.getStringCellValue();
				first.setCellValue(second.getStringCellValue());
				second.setCellValue(text);
			}
		});
		// the form's sheet copied (进展填报 (2)), the copy filled in and the sheet itself left blank
		Path copied = ReturnFixtures.fill(blank("沈阳市医疗保障局"), Files.createTempFile("copied", ".xlsx"),
				LocalDate.of(2023, 10, 26));
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(copied))) {
			workbook.cloneSheet(0);
			org.apache.poi.ss.usermodel.Sheet original = workbook.getSheetAt(0);
			for (int r = ReturnFixtures.FIRST_TASK_ROW; r <= original.getLastRowNum(); r++) {
				for (int c = ReturnFixtures.STATUS; c <= ReturnFixtures.NEXT_STEPS; c++) {
					var cell = original.getRow(r) == null ? null : original.getRow(r).getCell(c);
					if (cell != null) {
						cell.setBlank();
					}
				}
			}
			try (var out = Files.newOutputStream(input("医疗保障局.xlsx"))) {
				workbook.write(out);
			}
		}
		// 司法局's first progress did not fit: a row inserted under it, the number merged over both, the rest typed there
		edited(ReturnFixtures.fill(blank("沈阳市司法局"), Files.createTempFile("continued", ".xlsx"), LocalDate.of(2023, 10, 26)),
				input("司法局.xlsx"), sheet -> {
					int r = ReturnFixtures.FIRST_TASK_ROW;
					sheet.shiftRows(r + 1, sheet.getLastRowNum(), 1);
					ReturnFixtures.set(sheet, r + 1, ReturnFixtures.PROGRESS, "（续上）另已完成第二批公开事项的梳理。");
					sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r + 1, ReturnFixtures.TASK_ID,
							ReturnFixtures.TASK_ID));
				});
		// 财政局 merged its first two task numbers into one cell: the second row still says its task
		edited(ReturnFixtures.fill(blank("沈阳市财政局"), Files.createTempFile("merged", ".xlsx"), LocalDate.of(2023, 10, 26)),
				input("财政局.xlsx"), sheet -> {
					int r = ReturnFixtures.FIRST_TASK_ROW;
					sheet.getRow(r + 1).getCell(ReturnFixtures.TASK_ID).setBlank();
					sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r + 1, ReturnFixtures.TASK_ID,
							ReturnFixtures.TASK_ID));
				});
		// 民政局 filled down from one row too high: its header row's fill-in labels typed over with its first task's
		edited(ReturnFixtures.fill(blank("沈阳市民政局"), Files.createTempFile("header", ".xlsx"), LocalDate.of(2023, 10, 26)),
				input("民政局.xlsx"), sheet -> {
					var header = sheet.getRow(ReturnFixtures.FIRST_TASK_ROW - 1);
					var first = sheet.getRow(ReturnFixtures.FIRST_TASK_ROW);
					for (int c = ReturnFixtures.STATUS; c <= ReturnFixtures.NEXT_STEPS; c++) {
						header.getCell(c).setBlank();
						var value = first.getCell(c);
						if (value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
							header.getCell(c).setCellValue(value.getNumericCellValue());
						}
						else {
							header.getCell(c).setCellValue(value.getStringCellValue());
						}
					}
				});
		assertThat(run(this.consolidateJob).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		ledger = LedgerRows.read(WORKSPACE.resolve("output/2023-10/汇总台账（2023年10月）.xlsx"));
		consolidated = true;
	}

	@Test
	void theCityInFrontOfADistrict() {
		assertCreditedWithWarning("和平区.xlsx", "和平区人民政府",
				"填报单位“沈阳市和平区人民政府”按单位名册中的“和平区人民政府”计入");
	}

	@Test
	void governmentForPeoplesGovernment() {
		assertCreditedWithWarning("国资委.xlsx", "沈阳市人民政府国有资产监督管理委员会",
				"填报单位“沈阳市政府国有资产监督管理委员会”按单位名册中的“沈阳市人民政府国有资产监督管理委员会”计入");
	}

	@Test
	void aDoubledDistrictGovernment() {
		assertCreditedWithWarning("皇姑区.xlsx", "皇姑区人民政府", "填报单位“皇姑区区政府”按单位名册中的“皇姑区人民政府”计入");
	}

	@Test
	void theCitysBureauWithoutTheCity() {
		assertCreditedWithWarning("教育局.xlsx", "沈阳市教育局", "填报单位“教育局”按单位名册中的“沈阳市教育局”计入");
	}

	@Test
	void spacesInsideTheNameAreTheNameItself() {
		assertThat(outcome("法库县.xlsx")).isEqualTo("ACCEPTED");
		assertThat(credited("法库县人民政府")).isEqualTo("推进中");
		assertThat(messages("法库县.xlsx")).noneMatch(m -> m.contains("填报单位"));
	}

	@Test
	void everydayStatusWordsAreTakenWithAWarning() {
		assertThat(outcome("沈河区.xlsx")).isEqualTo("ACCEPTED");
		assertThat(LedgerRows.row(ledger, "2.1", "沈河区人民政府")).containsEntry("完成状态", "持续推进");
		assertThat(LedgerRows.row(ledger, "1.1", "沈河区人民政府")).containsEntry("完成状态", "推进中");
		assertThat(messages("沈河区.xlsx")).contains("完成状态“常态化推进”已按“持续推进”处理", "完成状态“正在落实”已按“推进中”处理");
	}

	@Test
	void anUnknownStatusWordRejectsAndNamesTheFourWordsAndTheNearest() {
		assertThat(outcome("铁西区.xlsx")).isEqualTo("REJECTED");
		assertThat(findings("铁西区.xlsx")).anySatisfy(f -> {
			assertThat(f.get("message")).isEqualTo("完成状态“即将完成”不是规定的填法（最接近的是“推进中”）");
			assertThat(f.get("fix")).isEqualTo("请从下拉列表选择：已完成、推进中、未启动、持续推进");
		});
		assertThat(credited("铁西区人民政府")).isEqualTo("未报送");
	}

	@Test
	void aSlipOfOneCharacterInTheFormsOwnUnitIsCredited() {
		// 新民市's own form, one character typed wrong: sent back, it cost a round trip and a late return
		assertCreditedWithWarning("新民市.xlsx", "新民市人民政府",
				"填报单位“新民市人民正府”与这份表格下发给的“新民市人民政府”只差一个字，按“新民市人民政府”计入");
	}

	@Test
	void theFormsOwnUnitShortenedItsOwnWayIsCredited() {
		// 市城管局 is in no 简称及别名 column (the roster has 市城管执法局), but it shortens 沈阳市城市管理行政执法局 and
		// no other unit, and it is written on that unit's own form
		assertCreditedWithWarning("城管局.xlsx", "沈阳市城市管理行政执法局",
				"填报单位“市城管局”是这份表格下发给的“沈阳市城市管理行政执法局”的简称，按“沈阳市城市管理行政执法局”计入");
		assertThat(findings("城管局.xlsx")).anySatisfy(f -> assertThat(f.get("fix"))
			.isEqualTo("下次请按单位名册写作“沈阳市城市管理行政执法局”，或请汇总部门在单位名册“简称及别名”列登记“市城管局”"));
	}

	@Test
	void aFormWhoseHeaderRowWasTypedOverIsSentBackSayingWhere() {
		// its header row looks like a task breakdown's (事项名称, 主要任务, 牵头单位, 完成时限): taken for one, it was
		// never sent back, and 民政局 was chased as not reported
		assertThat(outcome("民政局.xlsx")).isEqualTo("REJECTED");
		assertThat(unitOf("民政局.xlsx")).isEqualTo("沈阳市民政局");
		assertThat(findings("民政局.xlsx")).singleElement().satisfies(f -> {
			assertThat(f.get("code")).isEqualTo("return.header-typed-over");
			assertThat(f.get("cell")).isEqualTo("H6");
			assertThat(f.get("message")).startsWith("表头第 6 行被填上了内容：H6“推进中”、I6“60”")
				.endsWith("（这些单元格应为表头 完成状态、完成进度（%）、工作进展、存在问题、下步计划）");
			assertThat(f.get("fix")).isEqualTo("请把 H6:L6 改回表头（可从下发的空白表第 6 行复制），各项任务的进展从第 7 行起逐行填在本任务所在行，然后重新报送");
		});
		// and the marked-up copy the notice points to is there, with the cell marked
		assertThat(WORKSPACE.resolve("output/2023-10/退回/民政局-退回修改.xlsx")).exists();
	}

	@Test
	void anotherUnitsShortenedNameOnAFormIsNotCredited() {
		// the same words on 商务局's form: whose return it is cannot be told
		assertThat(outcome("商务局.xlsx")).isEqualTo("REJECTED");
		assertThat(credited("沈阳市城市管理行政执法局")).isEqualTo("推进中");
		assertThat(credited("沈阳市商务局")).isEqualTo("未报送");
	}

	@Test
	void anUnknownNameStaysRejectedAndSaysWhomTheTemplateWasFor() throws Exception {
		// more than a slip of one character is never credited on a guess
		assertThat(outcome("大东区.xlsx")).isEqualTo("REJECTED");
		assertThat(credited("大东区人民政府")).isEqualTo("未报送");
		String message = "填报单位“大冬区人民政付”不在单位名册中（此表格是为“大东区人民政府”下发的）";
		assertThat(messages("大东区.xlsx")).contains(message);
		// and the problem list the unit gets back says the same
		Path problems = WORKSPACE.resolve("output/2023-10/退回/大东区-问题清单.xlsx");
		assertThat(problemListText(problems)).contains(message)
			.contains("如确为“大东区人民政府”报送，请把填报单位改为“大东区人民政府”后重新报送");
	}

	@Test
	void aVariationThatPointsAwayFromTheTemplatesUnitIsNotCredited() {
		// 政府办公室 is a plain variation of 沈阳市人民政府办公室, but the form was sent to 浑南区
		assertThat(outcome("浑南区.xlsx")).isEqualTo("REJECTED");
		assertThat(credited("沈阳市人民政府办公室")).isEqualTo("未报送");
		assertThat(credited("浑南区人民政府")).isEqualTo("未报送");
		assertThat(findings("浑南区.xlsx")).anySatisfy(f -> {
			assertThat(f.get("message"))
				.isEqualTo("填报单位“政府办公室”像是“沈阳市人民政府办公室”的简写，但此表格是为“浑南区人民政府”下发的，无法确定是哪个单位");
			assertThat(f.get("fix")).startsWith("如确为“浑南区人民政府”报送，请把填报单位改为“浑南区人民政府”后重新报送");
		});
		// the rejection goes back to whom the form was made for
		assertThat(unitOf("浑南区.xlsx")).isEqualTo("浑南区人民政府");
	}

	@Test
	void aWordThatNamesNoUnitSaysSo() {
		assertThat(outcome("于洪区.xlsx")).isEqualTo("REJECTED");
		assertThat(messages("于洪区.xlsx")).contains("填报单位“区政府”太笼统，看不出是哪个单位（此表格是为“于洪区人民政府”下发的）");
		assertThat(unitOf("于洪区.xlsx")).isEqualTo("于洪区人民政府");
	}

	@Test
	void formulasSavedWithoutTheirResultsAreWorkedOutAsExcelWould() {
		// a script wrote 完成状态 and 完成进度 as formulas and saved no results (read as empty and 0 before)
		for (String file : List.of("苏家屯区.xlsx", "辽中区.xlsx")) {
			assertThat(outcome(file)).as(file).isEqualTo("ACCEPTED");
			assertThat(findings(file)).as(file).isEmpty();
		}
		for (String unit : List.of("苏家屯区人民政府", "辽中区人民政府")) {
			List<Map<String, String>> rows = ledger.stream().filter(r -> unit.equals(r.get("单位名称"))).toList();
			assertThat(rows).as(unit).isNotEmpty().allSatisfy(r -> {
				assertThat(r).containsEntry("完成状态", "已完成");
				assertThat(r.get("完成进度（%）")).isEqualTo("100");
			});
		}
	}

	@Test
	void aFormulaThatCannotBeWorkedOutAsksForTheFileToBeSavedInExcel() {
		assertThat(outcome("康平县.xlsx")).isEqualTo("REJECTED");
		assertThat(findings("康平县.xlsx")).first().satisfies(f -> {
			assertThat(f.get("code")).isEqualTo("return.formula-uncalculated");
			assertThat(f.get("message")).startsWith("单元格中的公式 =IF(INFO(\"system\")=\"pcdos\",60,60) 没有保存计算结果");
			assertThat(f.get("fix")).startsWith("请用 Excel 或 WPS 打开此文件、保存后重新报送");
		});
	}

	@Test
	void aRowShowingAnotherTasksWordingIsNotBookedUnderItsNumber() {
		// 沈北新区's first two rows swapped their 主要任务: each row's progress is another task's
		assertThat(outcome("沈北新区.xlsx")).isEqualTo("REJECTED");
		List<Map<String, String>> found = findings("沈北新区.xlsx");
		assertThat(found).extracting(f -> f.get("code")).containsExactly("return.task-text-of-other", "return.task-text-of-other");
		assertThat(found.get(0).get("message")).matches("任务编号 \\S+ 这一行的主要任务是任务 \\S+ 的内容（“.+”），这一行的进展会记到别的任务下");
		assertThat(found.get(0).get("fix")).startsWith("请核对：排序或复制时可能只移动了部分列");
	}

	@Test
	void aRowGoingOnFromTheTaskAboveIsPartOfThatTasksProgress() {
		assertThat(outcome("司法局.xlsx")).isEqualTo("ACCEPTED");
		assertThat(findings("司法局.xlsx")).extracting(f -> f.get("code")).containsExactly("return.task-row-continued");
		assertThat(messages("司法局.xlsx").get(0)).matches("第 8 行没有任务编号，是接在任务 \\S+ 下面的续行，其内容已并入第 7 行");
		assertThat(ledger.stream().filter(r -> "沈阳市司法局".equals(r.get("单位名称"))).findFirst().orElseThrow().get("工作进展"))
			.endsWith("本月完成阶段性工作。\n（续上）另已完成第二批公开事项的梳理。");
	}

	@Test
	void aTaskNumberMergedAwayCountsForTheTaskItsRowNames() {
		assertThat(outcome("财政局.xlsx")).isEqualTo("ACCEPTED");
		assertThat(findings("财政局.xlsx")).singleElement().satisfies(f -> {
			assertThat(f.get("code")).isEqualTo("return.task-id-from-text");
			assertThat(f.get("message")).matches("这一行的任务编号被合并掉了（B7:B8），按主要任务“.+”计入任务 \\S+");
		});
		long rows = ledger.stream().filter(r -> "沈阳市财政局".equals(r.get("单位名称")) && "推进中".equals(r.get("完成状态"))).count();
		assertThat(rows).isEqualTo(ledger.stream().filter(r -> "沈阳市财政局".equals(r.get("单位名称"))).count());
	}

	private static void edited(Path filled, Path target, java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> edit)
			throws Exception {
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(filled))) {
			edit.accept(workbook.getSheet(org.workledger.contract.ProgressWorkbookContract.SHEET));
			try (var out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	@Test
	void aFormFilledInOnACopyOfItsSheetIsReadFromTheCopy() {
		assertThat(outcome("医疗保障局.xlsx")).isEqualTo("ACCEPTED");
		assertThat(LedgerRows.row(ledger, ledger.stream()
			.filter(r -> "沈阳市医疗保障局".equals(r.get("单位名称")))
			.findFirst()
			.orElseThrow()
			.get("任务编号"), "沈阳市医疗保障局")).containsEntry("完成状态", "推进中").containsEntry("来源工作表", "进展填报 (2)");
	}

	private static void doneByFormulas(org.apache.poi.ss.usermodel.Sheet sheet, int r) {
		sheet.getRow(r).getCell(ReturnFixtures.STATUS).setCellFormula("\"已\"&\"完成\"");
		sheet.getRow(r).getCell(ReturnFixtures.PERCENT).setCellFormula("40+60");
	}

	private String unitOf(String file) {
		return this.jdbc.sql("select unit_name from input_file where file_name = ?").param(file).query(String.class).single();
	}

	private void unitWrites(String templateUnit, String file, String writtenName) throws Exception {
		ReturnFixtures.fill(blank(templateUnit), input(file), LocalDate.of(2023, 10, 26),
				(sheet, r) -> ReturnFixtures.set(sheet, 2, 1, writtenName));
	}

	private void assertCreditedWithWarning(String file, String unit, String warning) {
		assertThat(outcome(file)).isEqualTo("ACCEPTED");
		assertThat(credited(unit)).isEqualTo("推进中");
		assertThat(findings(file)).anySatisfy(f -> {
			assertThat(f.get("code")).isIn("return.unit-variant", "return.unit-typo", "return.unit-short-form");
			assertThat(f.get("severity")).isEqualTo("WARNING");
			assertThat(f.get("message")).isEqualTo(warning);
			assertThat(f.get("fix")).startsWith("下次请按单位名册写作“" + unit + "”");
		});
	}

	/** The status of the unit's first ledger row: 推进中 when its return was credited, 未报送 when not. */
	private static String credited(String unit) {
		return ledger.stream()
			.filter(r -> unit.equals(r.get("单位名称")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ledger row of " + unit))
			.get("完成状态");
	}

	private String outcome(String file) {
		return this.jdbc.sql("select outcome from input_file where file_name = ?").param(file).query(String.class).single();
	}

	private List<Map<String, String>> findings(String file) {
		return this.jdbc
			.sql("select f.code, f.severity, f.message, f.fix, f.cell from return_finding f join input_file i on i.sha256 = f.sha256"
					+ " where i.file_name = ? order by f.ordinal")
			.param(file)
			.query((rs, n) -> Map.of("code", rs.getString(1), "severity", rs.getString(2), "message", rs.getString(3),
					"fix", rs.getString(4), "cell", rs.getString(5)))
			.list();
	}

	private List<String> messages(String file) {
		return findings(file).stream().map(f -> f.get("message")).toList();
	}

	private static String problemListText(Path file) throws Exception {
		StringBuilder text = new StringBuilder();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(CellValues.text(cell)).append('\n')));
		}
		return text.toString();
	}

	private org.springframework.batch.core.job.JobExecution run(Job job) throws Exception {
		return this.jobOperator.start(job, new RunParameters(new Workspace(WORKSPACE), OCTOBER, OCTOBER.lastDay(),
				LocalDateTime.now().plusNanos(System.nanoTime() % 1000)).toJobParameters());
	}

	private static Path blank(String unit) {
		return WORKSPACE.resolve("output/2023-10/" + unit + "-" + OCTOBER.label() + "进展情况表.xlsx");
	}

	private static Path input(String name) {
		return WORKSPACE.resolve("input").resolve(name);
	}

}
