package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workledger.period.Period;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/**
 * September to December 2023 as an office lives them, then the year report: 和平区 reports
 * every month on time and moves forward, 沈河区 is late in October and silent in November,
 * 大数据管理局 has a return rejected in October before a good one; the other units never report.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TrendsAndYearReportCommandTests {

	static final String HEPING = "和平区人民政府";

	static final String SHENHE = "沈河区人民政府";

	static final String BIG_DATA = "沈阳市大数据管理局";

	static Path workspace;

	@BeforeAll
	static void aYearOfRuns() throws Exception {
		workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		int[] percents = { 30, 50, 70, 90 };
		for (int m = 9; m <= 12; m++) {
			Period period = Period.of(2023, m);
			assertThat(run("distribute", "-w", ws, "-p", period.key()).exitCode()).isZero();
			int percent = percents[m - 9];
			returnOf(period, HEPING, percent, period.lastDay().minusDays(3));
			returnOf(period, BIG_DATA, percent, period.lastDay().minusDays(2));
			if (m == 9 || m == 12) {
				returnOf(period, SHENHE, percent, period.lastDay());
			}
			if (m == 10) {
				// 大数据管理局's first October return has a status nobody can read: rejected
				Path bad = workspace.resolve("input/大数据管理局-有误-" + period.key() + ".xlsx");
				ReturnFixtures.fill(blank(period, BIG_DATA), bad, period.lastDay().minusDays(10), (sheet, r) -> {
					if (r == ReturnFixtures.FIRST_TASK_ROW) {
						ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "差不多了");
					}
				});
				touch(bad, period.lastDay().minusDays(10));
			}
			if (m == 11) {
				// 沈河区's October return arrives on 20 November, after October's circular
				returnOf(Period.of(2023, 10), SHENHE, 50, LocalDate.of(2023, 11, 20));
			}
			String reports = m == 12 ? "all" : "none";
			ConsolidateCommandTests.Result result = run("consolidate", "-w", ws, "-p", period.key(), "--reports",
					reports);
			assertThat(result.exitCode()).as(result.err()).isZero();
		}
	}

	@Test
	void theCircularShowsHowTheYearWentSoFar() throws Exception {
		String text = text(workspace.resolve("output/2023-12/沈阳市政务公开重点工作任务进展情况通报（2023年12月）.pdf"));
		assertThat(text).contains("2023年以来总体走势", "报送率", "已完成占比", "平均完成进度", "2023年以来各事项走势");
		assertThat(text).contains("9月", "10月", "11月", "12月");
	}

	@Test
	void theUnitReportShowsTheUnitsOwnMonths() throws Exception {
		String text = text(workspace.resolve("output/2023-12/单位报告/" + HEPING + "-2023年12月进展报告.pdf"));
		assertThat(text).contains("你单位本年度各期报送情况", "2023年9月：已报送（9月27日收到）", "平均完成进度 30%",
				"2023年12月：已报送（12月28日收到）", "平均完成进度 90%");
		String shenhe = text(workspace.resolve("output/2023-12/单位报告/" + SHENHE + "-2023年12月进展报告.pdf"));
		assertThat(shenhe).contains("2023年10月：已补报（11月20日收到，当期汇总时尚未报送）", "2023年11月：未报送");
	}

	@Test
	void aReminderNamesTheEarlierMonthsTheUnitHasNotReportedEither() throws Exception {
		// 康平县 never reported: December's reminder says September to November are missing too
		String text = text(workspace.resolve("output/2023-12/单位报告/康平县人民政府-2023年12月催报通知.pdf")).replaceAll("\\s", "");
		assertThat(text).contains("你单位尚未报送2023年12月工作进展情况（2023年9月、2023年10月、2023年11月的也未报送）");
	}

	@Test
	void theYearReportGivesEachTaskItsEndAndEachUnitItsRecord() throws Exception {
		// when
		ConsolidateCommandTests.Result result = run("year-report", "-w", workspace.toString(), "--year", "2023");

		// then
		assertThat(result.exitCode()).as(result.err()).isZero();
		Path report = workspace.resolve("output/2023年度/沈阳市2023年度政务公开重点工作任务完成情况.pdf");
		String text = text(report);
		assertThat(text).contains("沈阳市2023年度政务公开重点工作任务完成情况", "2023年9月至12月，共 4 个期次");
		assertThat(text).contains("各项任务年末完成情况", "各单位全年报送情况", "逾期情况（按月）", "全年总体走势", "各事项全年走势");
		// 49 units over 4 periods; 和平区 and 大数据管理局 4 on time, 沈河区 2 on time, 1 late, 1 missing
		String flat = text.replace("\n", "");
		assertThat(flat).contains("全年应报送进展情况表 196 份，按时报送 10 份、迟报 1 份、未报送 185 份；退回不合格报表 1 份");
		assertThat(flat).containsPattern(SHENHE + "[^0-9]* 4 2 1（10月） 1（11月） 0 ")
			.containsPattern(BIG_DATA + "[^0-9]* 4 4 0 0 1 ")
			.containsPattern(HEPING + "[^0-9]* 4 4 0 0 0 ")
			.containsPattern("辽中区人民政府[^0-9]* 4 0 0 4（9—12月） 0 ");
	}

	@Test
	void aYearReportMadeBeforeDecemberHeadsItsFiguresAndColumnsByTheLastMonth() throws Exception {
		// given a year whose last consolidated period is October
		Path early = TestWorkspace.withSamples();
		String ws = early.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		returnOf(early, Period.of(2023, 10), HEPING, 60, LocalDate.of(2023, 10, 28));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();

		// when
		ConsolidateCommandTests.Result result = run("year-report", "-w", ws, "--year", "2023");

		// then the front figures, the task section and both tables' columns say 10月末, not 年末
		assertThat(result.exitCode()).as(result.err()).isZero();
		String text = text(early.resolve("output/2023年度/沈阳市2023年度政务公开重点工作任务完成情况.pdf"));
		assertThat(text).contains("10月末已完成", "各项任务完成情况（截至10月）", "10月末\n情况", "10月末\n已完成",
				"10月末\n进度")
			.doesNotContain("年末");
		assertThat(text.replace("\n", "")).contains("10月末进度为最近一期的平均完成进度");
	}

	@Test
	void aYearReportSaysWhichMonthHasReturnsItsLastConsolidationDidNotCount(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given October consolidated, then a late October return taken in by November's run
		Path late = TestWorkspace.withSamples();
		String ws = late.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		returnOf(late, Period.of(2023, 10), HEPING, 60, LocalDate.of(2023, 10, 28));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();
		assertThat(run("distribute", "-w", ws, "-p", "2023-11").exitCode()).isZero();
		returnOf(late, Period.of(2023, 10), "沈河区人民政府", 50, LocalDate.of(2023, 11, 10));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-11", "--reports", "none").exitCode()).isZero();

		// when
		ConsolidateCommandTests.Result result = run("year-report", "-w", ws, "--year", "2023");

		// then the clerk is told October is to be run again first
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(output.getAll())
			.contains("注意：2023年10月上次汇总之后又接收了 1 份该月的表格，年度报告按上次汇总的结果；请先运行 consolidate --period 2023-10");
	}

	@Test
	void aYearWithoutConsolidatedPeriodsIsSaidSo() {
		ConsolidateCommandTests.Result result = run("year-report", "-w", workspace.toString(), "--year", "2022");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(workspace.resolve("output/2022年度")).doesNotExist();
	}

	private static void returnOf(Period period, String unit, int percent, LocalDate received) throws Exception {
		returnOf(workspace, period, unit, percent, received);
	}

	private static void returnOf(Path workspace, Period period, String unit, int percent, LocalDate received)
			throws Exception {
		Path file = workspace.resolve("input").resolve(unit + "-" + period.key() + "-" + received + ".xlsx");
		ReturnFixtures.fill(blank(workspace, period, unit), file, received.minusDays(1),
				(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, percent));
		touch(file, received);
	}

	private static void touch(Path file, LocalDate on) throws Exception {
		Files.setLastModifiedTime(file,
				FileTime.from(on.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
	}

	private static Path blank(Period period, String unit) {
		return blank(workspace, period, unit);
	}

	private static Path blank(Path workspace, Period period, String unit) {
		return workspace.resolve("output").resolve(period.key()).resolve(unit + "-" + period.label() + "进展情况表.xlsx");
	}

	private static String text(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
