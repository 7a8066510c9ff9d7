package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;
import org.workledger.support.Breakdowns;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.Rosters;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/**
 * Six months across a new year and a reorganisation, as an office lives them: September to
 * December 2023 on the 2023 table; in December the roster renames 大数据管理局 to 数据局 and
 * merges 房产局 and 城乡建设局 into 住房和城乡建设局; in January the 2024 table arrives.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class YearsAndReorganisationCommandTests {

	static final Period SEPTEMBER = Period.of(2023, 9);

	static final Period OCTOBER = Period.of(2023, 10);

	static final Period NOVEMBER = Period.of(2023, 11);

	static final Period DECEMBER = Period.of(2023, 12);

	static final Period JANUARY = Period.of(2024, 1);

	static final Period FEBRUARY = Period.of(2024, 2);

	@Test
	void eachPeriodHasItsOwnPairsAndHistoryFollowsTheRenamedUnit() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path oldRoster = workspace.resolve("input/单位名册.xlsx");
		Files.setLastModifiedTime(oldRoster, FileTime.from(Instant.now().minusSeconds(3600)));

		// September to November on the shipped tables
		for (Period period : List.of(SEPTEMBER, OCTOBER, NOVEMBER)) {
			distribute(ws, period);
			int percent = period.equals(NOVEMBER) ? 90 : 80;
			for (String unit : List.of(Rosters.BIG_DATA, Rosters.HOUSING, Rosters.CONSTRUCTION, "和平区人民政府")) {
				returnOf(workspace, period, unit, unit, percent);
			}
			consolidate(ws, period);
		}
		List<String> octoberBefore = LedgerRows.allCells(ledger(workspace, OCTOBER));

		// December: the reorganised roster arrives; 城乡建设局 still uses its November form, under its old name
		Rosters.reorganised(workspace.resolve("input/单位名册（机构改革后）.xlsx"));
		distribute(ws, DECEMBER);
		returnOf(workspace, DECEMBER, Rosters.DATA, Rosters.DATA, 60);
		ReturnFixtures.fill(blank(workspace, NOVEMBER, Rosters.CONSTRUCTION), workspace.resolve("input/城乡建设局12月.xlsx"),
				DECEMBER.lastDay().minusDays(5), (sheet, r) -> ReturnFixtures.set(sheet, 2, 5, "2023年12月"));
		consolidate(ws, DECEMBER);

		// January and February: the 2024 table arrives
		Breakdowns.of2024(workspace.resolve("input/沈阳市2024年政务公开重点工作任务分解表.xlsx"));
		for (Period period : List.of(JANUARY, FEBRUARY)) {
			distribute(ws, period);
			returnOf(workspace, period, Rosters.DATA, Rosters.DATA, 70);
			returnOf(workspace, period, Rosters.HOUSING_AND_CONSTRUCTION, "沈阳市房产局", 70);
			consolidate(ws, period);
		}

		// and October once more, after all of it
		consolidate(ws, OCTOBER);

		// then October's ledger is what it was, cell for cell
		assertThat(LedgerRows.allCells(ledger(workspace, OCTOBER))).isEqualTo(octoberBefore);

		// each period has exactly its pairs: the old roster's 49 units up to November, 48 after the reorganisation
		for (Period period : List.of(SEPTEMBER, OCTOBER, NOVEMBER)) {
			List<Map<String, String>> rows = LedgerRows.read(ledger(workspace, period));
			assertThat(rows).as(period.label()).hasSize(1650);
			assertThat(units(rows)).as(period.label()).hasSize(49).contains(Rosters.BIG_DATA, Rosters.CONSTRUCTION)
				.doesNotContain(Rosters.DATA);
		}
		List<Map<String, String>> december = LedgerRows.read(ledger(workspace, DECEMBER));
		assertThat(units(december)).hasSize(48).contains(Rosters.DATA, Rosters.HOUSING_AND_CONSTRUCTION)
			.doesNotContain(Rosters.BIG_DATA, Rosters.HOUSING, Rosters.CONSTRUCTION);
		// the merged unit has the tasks of both; nothing else changed
		List<Map<String, String>> november = LedgerRows.read(ledger(workspace, NOVEMBER));
		List<Map<String, String>> mergedBefore = november.stream()
			.filter(r -> Set.of(Rosters.HOUSING, Rosters.CONSTRUCTION).contains(r.get("单位名称")))
			.toList();
		assertThat(december).hasSize(1650 - mergedBefore.size() + tasks(mergedBefore).size());
		assertThat(tasks(december.stream().filter(r -> Rosters.HOUSING_AND_CONSTRUCTION.equals(r.get("单位名称"))).toList()))
			.isEqualTo(tasks(mergedBefore));
		assertThat(tasks(december)).contains("25.1").doesNotContain("27.1");
		for (Period period : List.of(JANUARY, FEBRUARY)) {
			List<Map<String, String>> rows = LedgerRows.read(ledger(workspace, period));
			assertThat(units(rows)).as(period.label()).hasSize(48).contains(Rosters.DATA);
			assertThat(tasks(rows)).as(period.label()).contains("27.1").doesNotContain("25.1");
		}

		// the renamed and the merged unit are credited under their new names
		assertThat(LedgerRows.row(december, "1.1", Rosters.DATA)).containsEntry("完成进度（%）", "60");
		assertThat(LedgerRows.row(december, "1.1", Rosters.HOUSING_AND_CONSTRUCTION)).containsEntry("完成状态", "推进中");
		List<Map<String, String>> february = LedgerRows.read(ledger(workspace, FEBRUARY));
		assertThat(LedgerRows.row(february, "1.1", Rosters.HOUSING_AND_CONSTRUCTION)).containsEntry("完成进度（%）", "70");

		// and the renamed unit's history is continuous: December is compared with 大数据管理局's November
		String status = run("status", "-w", ws, "-p", "2023-12").out();
		assertThat(status).contains("已报  " + Rosters.DATA, "已报  " + Rosters.HOUSING_AND_CONSTRUCTION + " ← 城乡建设局12月.xlsx");
		assertThat(warnings(workspace, DECEMBER)).contains("完成进度从上期的 90% 降到 60%");
		assertThat(warnings(workspace, DECEMBER))
			.contains("填报单位“沈阳市城乡建设局”是“沈阳市住房和城乡建设局”的曾用名，按“沈阳市住房和城乡建设局”计入");

		// status lists the months at work in full and the earlier ones a line each
		String all = run("status", "-w", ws).out();
		assertThat(all).containsPattern("【2023年9月】[^\\n]*（详见：status --period 2023-09）")
			.contains("【2024年2月】").contains("已报  " + Rosters.DATA + " ←")
			.doesNotContainPattern("【2024年2月】[^\\n]*（详见");
		assertThat(run("status", "-w", ws, "--all").out()).doesNotContain("（详见：status --period");

		// and so is its year: the 2023 report counts 大数据管理局's three months for 数据局 (the files of these
		// returns are dated today, so all four count as late)
		ConsolidateCommandTests.Result year = run("year-report", "-w", ws, "--year", "2023");
		assertThat(year.exitCode()).as(year.err()).isZero();
		String report = pdfText(workspace.resolve("output/2023年度/沈阳市2023年度政务公开重点工作任务完成情况.pdf"))
			.replace("\n", "");
		assertThat(report).containsPattern(Rosters.DATA + "[^0-9]* 4 0 4（9—12月） 0 0 ")
			// the merged unit owed two returns a month until the merger, one for each unit it was merged from
			.containsPattern(Rosters.HOUSING_AND_CONSTRUCTION + "[^0-9]* 7 0 7（9—12月） 0 0 ")
			.doesNotContain(Rosters.BIG_DATA + "（已不在名册）");
		// 49 units owed September to November, 48 December: 195 returns, of which these 14 came
		assertThat(report).contains("全年应报送进展情况表 195 份，按时报送 0 份、迟报 14 份、未报送 181 份");
	}

	@Test
	void aRosterThatArrivesWhileAnEarlierMonthIsRunAgainAppliesFromTheMonthBeingWorkedOn(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given November and December consolidated on the shipped roster
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"), FileTime.from(Instant.now().minusSeconds(3600)));
		for (Period period : List.of(NOVEMBER, DECEMBER)) {
			distribute(ws, period);
			returnOf(workspace, period, Rosters.BIG_DATA, Rosters.BIG_DATA, 80);
			returnOf(workspace, period, Rosters.CONSTRUCTION, Rosters.CONSTRUCTION, 70);
			consolidate(ws, period);
		}

		// when the reorganised roster arrives and November is run again for a late return
		Rosters.reorganised(workspace.resolve("input/单位名册（机构改革后）.xlsx"));
		returnOf(workspace, NOVEMBER, "和平区人民政府", "和平区人民政府", 80);
		// and 大数据管理局, renamed 数据局 by it, corrects its November return under its new name
		ReturnFixtures.fill(blank(workspace, NOVEMBER, Rosters.BIG_DATA), workspace.resolve("input/数据局11月更正.xlsx"),
				NOVEMBER.lastDay(), (sheet, r) -> {
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 85);
					ReturnFixtures.set(sheet, 2, 1, Rosters.DATA);
				});
		// and 房产局, merged with 城乡建设局 by it, sends November on its own form under the merged unit's name
		returnOf(workspace, NOVEMBER, Rosters.HOUSING, Rosters.HOUSING_AND_CONSTRUCTION, 60);
		consolidate(ws, NOVEMBER);

		// then November keeps the roster it was circulated with, and is told so
		assertThat(units(LedgerRows.read(ledger(workspace, NOVEMBER)))).hasSize(49).contains(Rosters.BIG_DATA)
			.doesNotContain(Rosters.DATA);
		assertThat(output.getOut()).contains("新的单位名册“单位名册（机构改革后）.xlsx”从2023年12月起使用：本次重新汇总的2023年11月已经汇总过");
		// with what it changes, as a line of the run
		assertThat(output.getOut()).contains("单位名册的变化（与此前使用的“单位名册.xlsx”相比）：更名或合并 2 处："
				+ Rosters.HOUSING + "、" + Rosters.CONSTRUCTION + " → " + Rosters.HOUSING_AND_CONSTRUCTION + "；"
				+ Rosters.BIG_DATA + " → " + Rosters.DATA);
		// the new name on November's form counts for the unit November knows, with a hint rather than a rejection
		assertThat(LedgerRows.row(LedgerRows.read(ledger(workspace, NOVEMBER)), "1.1", Rosters.BIG_DATA))
			.containsEntry("完成进度（%）", "85");
		assertThat(warnings(workspace, NOVEMBER)).contains("填报单位“沈阳市数据局”是“沈阳市大数据管理局”后来的名称，本期仍按“沈阳市大数据管理局”计入");
		// the merged unit's name on a form made for one of the units it was merged from counts for that unit,
		// and leaves the other's return alone
		List<Map<String, String>> november = LedgerRows.read(ledger(workspace, NOVEMBER));
		assertThat(november).filteredOn(r -> Rosters.HOUSING.equals(r.get("单位名称")))
			.isNotEmpty()
			.allMatch(r -> "60".equals(r.get("完成进度（%）")));
		assertThat(november).filteredOn(r -> Rosters.CONSTRUCTION.equals(r.get("单位名称")))
			.isNotEmpty()
			.allMatch(r -> "70".equals(r.get("完成进度（%）")));
		assertThat(warnings(workspace, NOVEMBER)).contains("填报单位“" + Rosters.HOUSING_AND_CONSTRUCTION + "”是“"
				+ Rosters.HOUSING + "”后来的名称，本期仍按“" + Rosters.HOUSING + "”计入");
		// and December, the month being worked on, takes it at its next run
		consolidate(ws, DECEMBER);
		assertThat(units(LedgerRows.read(ledger(workspace, DECEMBER)))).hasSize(48).contains(Rosters.DATA);

		// and December's forms made again set aside those of the units the roster no longer has
		distribute(ws, DECEMBER);
		assertThat(blank(workspace, DECEMBER, Rosters.BIG_DATA)).doesNotExist();
		assertThat(blank(workspace, DECEMBER, Rosters.DATA)).exists();
		assertThat(workspace.resolve("output/2023-12/已不在名册").resolve(blank(workspace, DECEMBER, Rosters.BIG_DATA).getFileName()))
			.exists();
		assertThat(output.getOut()).contains("2023年12月的表格中有 3 份属于已不在单位名册中的单位");
	}

	@Test
	void aRosterPutInTooEarlyAndTakenOutAgainLeavesTheReturnsItCreditedWithTheirUnits() throws Exception {
		// given December distributed on the shipped roster, 大数据管理局's return in input/, and next year's
		// reorganised roster put in before December is consolidated: December credits the return to 数据局
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"), FileTime.from(Instant.now().minusSeconds(3600)));
		distribute(ws, DECEMBER);
		returnOf(workspace, DECEMBER, Rosters.BIG_DATA, Rosters.BIG_DATA, 80);
		Path early = Rosters.reorganised(workspace.resolve("input/单位名册（机构改革后）.xlsx"));
		consolidate(ws, DECEMBER);
		assertThat(units(LedgerRows.read(ledger(workspace, DECEMBER)))).contains(Rosters.DATA);

		// when the clerk takes the new roster out again, as the README says to undo it, and runs December again
		Files.move(early, workspace.resolve("单位名册（机构改革后）.xlsx"));
		consolidate(ws, DECEMBER);

		// then December is on the shipped roster again, and the return it had is still 大数据管理局's
		List<Map<String, String>> december = LedgerRows.read(ledger(workspace, DECEMBER));
		assertThat(units(december)).contains(Rosters.BIG_DATA).doesNotContain(Rosters.DATA);
		assertThat(LedgerRows.row(december, "1.1", Rosters.BIG_DATA)).containsEntry("完成进度（%）", "80");
		assertThat(run("status", "-w", ws, "-p", DECEMBER.key()).out()).contains("已报  " + Rosters.BIG_DATA + " ←");
	}

	@Test
	void aRenamedUnitIsFoundUnderTheShortNameTheOldRosterGaveIt(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		// given November on the shipped roster, where 沈阳市大数据管理局 is also 市大数据局, the task table's name for it
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"), FileTime.from(Instant.now().minusSeconds(3600)));
		distribute(ws, NOVEMBER);
		consolidate(ws, NOVEMBER);
		List<Map<String, String>> november = LedgerRows.read(ledger(workspace, NOVEMBER));
		Set<String> itsTasks = tasks(november.stream().filter(r -> Rosters.BIG_DATA.equals(r.get("单位名称"))).toList());

		// when a roster renames it 沈阳市数据局, giving the old full name as 曾用名 but not the old short name
		Rosters.renamedWithoutOldShortName(workspace.resolve("input/单位名册（更名）.xlsx"));
		int seen = output.getAll().length();
		distribute(ws, DECEMBER);
		consolidate(ws, DECEMBER);

		// then the task table's 市大数据局 still reaches it: the same tasks, and no unit the roster cannot find
		List<Map<String, String>> december = LedgerRows.read(ledger(workspace, DECEMBER));
		assertThat(tasks(december.stream().filter(r -> Rosters.DATA.equals(r.get("单位名称"))).toList())).isEqualTo(itsTasks);
		assertThat(output.getAll().substring(seen)).doesNotContain("“市大数据局”在单位名册中找不到")
			// as the old roster's short name, not a variation the table should correct
			.doesNotContain("“市大数据局”按单位名册中的");
	}

	@Test
	void theCircularsComparisonLeavesOutAUnitAddedThisMonthAndATaskDoneBeforeASilentMonth() throws Exception {
		// given 和平区 reports every task done in October and is silent in November
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"), FileTime.from(Instant.now().minusSeconds(3600)));
		for (Period period : List.of(OCTOBER, NOVEMBER)) {
			distribute(ws, period);
			returnOf(workspace, period, "皇姑区人民政府", "皇姑区人民政府", 50);
		}
		ReturnFixtures.fill(blank(workspace, OCTOBER, "和平区人民政府"), workspace.resolve("input/和平区-10.xlsx"),
				OCTOBER.lastDay().minusDays(5), (sheet, r) -> {
					ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "已完成");
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 100);
				});
		consolidate(ws, OCTOBER);
		consolidate(ws, NOVEMBER);

		// when December's roster adds a unit, and both it and 和平区 (still all done) report
		Rosters.withUnit("沈阳市政务服务中心", "市政务服务中心", "市政府有关部门", workspace.resolve("input/单位名册（12月）.xlsx"));
		distribute(ws, DECEMBER);
		ReturnFixtures.fill(blank(workspace, DECEMBER, "和平区人民政府"), workspace.resolve("input/和平区-12.xlsx"),
				DECEMBER.lastDay().minusDays(5), (sheet, r) -> {
					ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "已完成");
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 100);
				});
		returnOf(workspace, DECEMBER, "沈阳市政务服务中心", "沈阳市政务服务中心", 50);
		ConsolidateCommandTests.Result result = run("consolidate", "-w", ws, "-p", DECEMBER.key(), "--reports", "circular");
		assertThat(result.exitCode()).as(result.err()).isZero();

		// then the comparison with November has 和平区 back, nothing newly done (its tasks were done before), and not
		// the new unit, which owed nothing then
		String circular = pdfText(workspace.resolve("output/2023-12/沈阳市政务公开重点工作任务进展情况通报（2023年12月）.pdf"))
			.replace("\n", "");
		String changes = circular.substring(circular.indexOf("与上期相比"), circular.indexOf("总体走势"));
		assertThat(changes).contains("新完成 0 无", "上期未报、本期已报 1 和平区政府", "上期已报、本期未报 1 皇姑区政府")
			.doesNotContain("市政务服务中心");
	}

	private static String pdfText(Path pdf) throws Exception {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	private static void distribute(String ws, Period period) {
		ConsolidateCommandTests.Result result = run("distribute", "-w", ws, "-p", period.key());
		assertThat(result.exitCode()).as(result.err()).isZero();
	}

	private static void consolidate(String ws, Period period) {
		ConsolidateCommandTests.Result result = run("consolidate", "-w", ws, "-p", period.key(), "--reports", "none");
		assertThat(result.exitCode()).as(result.err()).isZero();
	}

	/** A return made from the unit's own form of the period, 推进中 at the given percent, 填报单位 as written. */
	private static void returnOf(Path workspace, Period period, String unit, String written, int percent)
			throws Exception {
		String file = unit.replace("沈阳市", "") + "-" + period.key() + ".xlsx";
		ReturnFixtures.fill(blank(workspace, period, unit), workspace.resolve("input").resolve(file),
				period.lastDay().minusDays(5), (sheet, r) -> {
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, percent);
					ReturnFixtures.set(sheet, 2, 1, written);
				});
	}

	private static Path blank(Path workspace, Period period, String unit) {
		return workspace.resolve("output").resolve(period.key()).resolve(unit + "-" + period.label() + "进展情况表.xlsx");
	}

	private static Path ledger(Path workspace, Period period) {
		return workspace.resolve("output").resolve(period.key()).resolve("汇总台账（" + period.label() + "）.xlsx");
	}

	private static Set<String> units(List<Map<String, String>> rows) {
		return rows.stream().map(r -> r.get("单位名称")).collect(Collectors.toSet());
	}

	private static Set<String> tasks(List<Map<String, String>> rows) {
		return rows.stream().map(r -> r.get("任务编号")).collect(Collectors.toSet());
	}

	/** The warnings of the period's accepted returns, from the ledger's 填报提示 sheet, one text. */
	private static String warnings(Path workspace, Period period) throws Exception {
		return String.join("\n",
				LedgerRows.allCells(ledger(workspace, period)).stream().filter(c -> c.startsWith("填报提示!")).toList());
	}

}
