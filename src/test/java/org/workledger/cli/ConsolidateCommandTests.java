package org.workledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

/** consolidate and status as a clerk runs them. */
@ExtendWith(OutputCaptureExtension.class)
class ConsolidateCommandTests {

	record Result(int exitCode, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = WorkledgerCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Result(code, out.toString(), err.toString().strip());
	}

	@Test
	void aRunWithRejectedReturnsStillSucceedsAndStatusTellsWhy(CapturedOutput output) throws Exception {
		// given one good and one bad return and a file that is not a workbook
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path folder = workspace.resolve("output/2023-10");
		ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/康平县.xlsx"),
				LocalDate.of(2023, 10, 25));
		ReturnFixtures.fill(folder.resolve("新民市人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/新民市.xlsx"),
				LocalDate.of(2023, 10, 25), (sheet, r) -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "不知道"));
		Files.writeString(workspace.resolve("input/说明.txt"), "各单位请于月底前报送");
		// and October's form with the year mistyped in 报送期次
		ReturnFixtures.fill(folder.resolve("铁西区人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/铁西区.xlsx"),
				LocalDate.of(2023, 10, 26), (sheet, r) -> ReturnFixtures.set(sheet, 2, 5, "2022年10月"));
		// and the lock file Excel leaves while a return is open
		Files.write(workspace.resolve("input/~$康平县.xlsx"), new byte[] { 1, 2, 3 });
		// and an earlier draft of 康平县's, also good
		ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/康平县-初稿.xlsx"),
				LocalDate.of(2023, 10, 20));

		// when
		Result consolidate = run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-10-31");
		// (status with a Spring setting mistyped on the command line, which is said, not ignored)
		Result status = run("status", "-w", ws, "-p", "2023-10", "--spring.mail.hots=mail.example.gov.cn");
		assertThat(output.getErr()).contains("注意：命令行中的 --spring.mail.hots（是不是 spring.mail.host？） 不是 Spring 的设置，不会生效");

		// then
		assertThat(consolidate.exitCode()).isZero();
		assertThat(consolidate.err()).isEmpty();
		// a clean return is named as the ones with hints are
		assertThat(output.getOut()).contains("接收：康平县.xlsx（康平县人民政府，2023年10月，没有问题）");
		assertThat(output.getOut()).contains("忽略的文件：~$康平县.xlsx（Excel/WPS 打开表格时产生的锁定文件")
			.contains("本期有多份合格表格的单位（后一次运行收到的为准；同一次运行收到的，取填报日期最晚的一份，同一天的取文件时间最新的；其余不计）：康平县人民政府 2 份，计入“康平县.xlsx”");
		assertThat(folder.resolve("汇总台账（2023年10月）.xlsx")).exists();
		assertThat(workspace.resolve("output/2022-10")).doesNotExist();
		assertThat(status.exitCode()).isZero();
		assertThat(status.out()).contains("【2023年10月】应报 49 个单位，已报 1，未报 48")
			.contains("已报  康平县人民政府 ← 康平县.xlsx")
			.contains("退回  新民市.xlsx（新民市人民政府）")
			// sent back as one of October's, not filed under a 2022 nobody asked for
			.contains("退回  铁西区.xlsx（铁西区人民政府）")
			.contains("报送期次却写的是更早的2022年10月")
			.contains("完成状态“不知道”不是规定的填法")
			// the office's note is no return: left in input/, not sent back to anybody
			.doesNotContain("说明.txt")
			.contains("汇总 2023年10月（截止 2023-10-31）  完成");
		assertThat(output.getOut()).contains("不是表格、未作为报表处理的文件：说明.txt（报送说明、扫描件、Word 文档等");
		assertThat(workspace.resolve("output/2023-10/退回/说明-退回通知.pdf")).doesNotExist();
		assertThat(workspace.resolve("input/说明.txt")).exists();
		// the run listed on the office's clock (Asia/Shanghai), as the console and the run log show it, whatever the server's zone
		java.util.regex.Matcher listed = java.util.regex.Pattern
			.compile("  (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)  汇总 2023年10月（截止 2023-10-31）  完成")
			.matcher(status.out());
		assertThat(listed.find()).isTrue();
		java.time.LocalDateTime at = java.time.LocalDateTime.parse(listed.group(1).replace(' ', 'T'));
		assertThat(java.time.Duration.between(at, java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))).abs())
			.isLessThan(java.time.Duration.ofMinutes(10));
	}

	@Test
	void aConsolidationOfTheMonthStillGoingOnSaysItsDocumentsAreDatedItsLastDay(CapturedOutput output) throws Exception {
		// given next month's table and forms (next month: this month's last day may be today)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		java.time.YearMonth now = java.time.YearMonth.now().plusMonths(1);
		Files.delete(workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx"));
		org.workledger.support.Breakdowns.ofYear(now.getYear(), workspace.resolve("input/本年度任务分解表.xlsx"));
		String period = now.toString();
		assertThat(run("distribute", "-w", ws, "-p", period).exitCode()).isZero();

		// when it is consolidated before the month is out (as offices do to see where the month stands)
		assertThat(run("consolidate", "-w", ws, "-p", period).exitCode()).isZero();

		// then the clerk is told the circular and reminders are dated the month's last day, and how to date them today
		assertThat(output.getOut()).contains("注意：统计截止日 " + now.atEndOfMonth() + " 还没有到")
			.contains("要按今天出报告请加 --as-of");
	}

	@Test
	void aReturnRejectedForAnUnknownNameIsCheckedAgainOnceTheRosterKnowsIt() throws Exception {
		// given a return whose 填报单位 the roster does not know yet
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/皇姑区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/皇姑区.xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, 2, 1, "沈阳皇姑"));
		run("consolidate", "-w", ws, "-p", "2023-10");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("退回  皇姑区.xlsx", "填报单位“沈阳皇姑”不在单位名册中");

		// when the office adds the name to the roster and runs again
		Path roster = workspace.resolve("input/单位名册.xlsx");
		try (var in = Files.newInputStream(roster);
				var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			var sheet = workbook.getSheetAt(0);
			for (var row : sheet) {
				if ("皇姑区人民政府".equals(row.getCell(0).getStringCellValue())) {
					// a new cell: the sample stores inline strings, which POI does not rewrite in place
					String aliases = row.getCell(1).getStringCellValue();
					row.removeCell(row.getCell(1));
					row.createCell(1).setCellValue(aliases + ";沈阳皇姑");
				}
			}
			try (var out = Files.newOutputStream(roster)) {
				workbook.write(out);
			}
		}
		Result again = run("consolidate", "-w", ws, "-p", "2023-10");

		// then the same file is read again and accepted, without the unit sending it again
		assertThat(again.exitCode()).isZero();
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  皇姑区人民政府 ← 皇姑区.xlsx")
			.doesNotContain("退回  皇姑区.xlsx");
	}

	@Test
	void unitsATableNamesThatCannotBeToldAreSaidToBeLeftOutOfTheFormsBeforeTheyGoOut(CapturedOutput output)
			throws Exception {
		// given the sample breakdown with one unit the roster does not have among the first task's units
		Path workspace = TestWorkspace.withSamples();
		Path breakdown = workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx");
		try (var in = Files.newInputStream(breakdown); var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			var sheet = workbook.getSheetAt(0);
			boolean changed = false;
			for (var row : sheet) {
				for (var cell : row) {
					if (!changed && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().equals("区县（市）政府")) {
						// set afresh: POI would keep the inline string beside a new value
						cell.setBlank();
						cell.setCellValue("区县（市）政府、市不存在局");
						changed = true;
					}
				}
			}
			assertThat(changed).isTrue();
			try (var out = Files.newOutputStream(breakdown)) {
				workbook.write(out);
			}
		}
		// when
		assertThat(run("distribute", "-w", workspace.toString(), "-p", "2023-10").exitCode()).isZero();
		// then the clerk is told before the forms go out
		assertThat(output.getAll()).contains("责任单位“市不存在局”在单位名册中找不到")
			.contains("注意：有 1 处单位名称或统称没有认出，这些单位的相应任务不在它们的进展情况表中");
	}

	@Test
	void theRejectionNoticeNamesTheTaskOfEachCellItPointsTo(CapturedOutput output) throws Exception {
		// given a return with a status that is not one of the four words on its first task's row
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/康平县人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/康平县.xlsx"), LocalDate.of(2023, 10, 25), (sheet, r) -> {
					if ("1.1".equals(ReturnFixtures.taskId(sheet, r))) {
						ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "差不多了");
					}
				});
		// when
		Result consolidated = run("consolidate", "-w", ws, "-p", "2023-10");
		assertThat(consolidated.exitCode()).isZero();
		// then a workspace without an issuer is told its documents end without one
		// and the unit sent back is named first among those not reported, as waiting to put its return right
		assertThat(output.getOut()).contains("未报送单位：康平县人民政府（退回待改）、沈阳市人民政府办公室、");
		assertThat(output.getOut()).contains("通报和各类通知没有落款：请在工作目录的 workledger.yml 中设置 workledger.reports.issuer");
		// and the unit's clerk finds the row by its task, as the 问题清单 gives it in a column of its own
		Path notice = workspace.resolve("output/2023-10/退回/康平县-退回通知.pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(notice.toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("进展填报!H7任务1.1");
		}
	}

	@Test
	void aReturnTakenAfterARosterChangeHasItsRejectionFilesSetAside(CapturedOutput output) throws Exception {
		// given a return sent back because its 填报单位 is a name the roster does not know, with its notice
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/康平县人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/康平县.xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, 2, 1, "康平县政务服务中心"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path rejected = workspace.resolve("output/2023-10/退回");
		assertThat(rejected.resolve("康平县-问题清单.xlsx")).exists();
		assertThat(rejected.resolve("康平县-退回通知.pdf")).exists();

		// when the office adds that name to the unit's aliases and runs the month again
		Path roster = workspace.resolve("input/单位名册.xlsx");
		try (var in = Files.newInputStream(roster);
				var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			var sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row != null && "康平县人民政府".equals(row.getCell(0).getStringCellValue())) {
					String aliases = row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue();
					if (row.getCell(1) != null) {
						row.removeCell(row.getCell(1));
					}
					row.createCell(1).setCellValue(aliases + ";康平县政务服务中心");
				}
			}
			try (var out = Files.newOutputStream(roster)) {
				workbook.write(out);
			}
		}
		int before = output.getAll().length();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then the return counts, and what told the unit it did not is set aside, kept, and the clerk is told
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("康平县人民政府 ← 康平县.xlsx");
		assertThat(rejected.resolve("康平县-问题清单.xlsx")).doesNotExist();
		assertThat(rejected.resolve("康平县-退回修改.xlsx")).doesNotExist();
		assertThat(rejected.resolve("康平县-退回通知.pdf")).doesNotExist();
		assertThat(rejected.resolve("重新核对后已接收/康平县-退回通知.pdf")).exists();
		assertThat(rejected.resolve("重新核对后已接收/康平县-问题清单.xlsx")).exists();
		assertThat(output.getAll().substring(before))
			.contains("此前退回的 康平县.xlsx 按现行任务分解表和单位名册重新核对后已接收；此前的退回文件已移到 退回/重新核对后已接收/");
	}

	@Test
	void aReturnStillRejectedAfterARosterChangeIsNotANewRejectionAndAnUnreadableFileIsNotReadAgain(CapturedOutput output)
			throws Exception {
		// given a return with a percent of 120 and a file that is no workbook, both rejected
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/康平县人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/康平县.xlsx"), LocalDate.of(2023, 10, 25), (sheet, r) -> {
					if ("1.1".equals(ReturnFixtures.taskId(sheet, r))) {
						ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 120);
					}
				});
		Files.writeString(workspace.resolve("input/损坏的表格.xlsx"), "not a workbook");
		run("consolidate", "-w", ws, "-p", "2023-10");
		assertThat(output.getAll()).contains("退回：康平县.xlsx", "退回：损坏的表格.xlsx");
		int before = output.getAll().length();

		// when the roster changes (an alias added) and the period is run again
		Path roster = workspace.resolve("input/单位名册.xlsx");
		try (var in = Files.newInputStream(roster);
				var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			var row = workbook.getSheetAt(0).getRow(1);
			String aliases = row.getCell(1).getStringCellValue();
			row.removeCell(row.getCell(1));
			row.createCell(1).setCellValue(aliases + ";新别名");
			try (var out = Files.newOutputStream(roster)) {
				workbook.write(out);
			}
		}
		run("consolidate", "-w", ws, "-p", "2023-10");
		String again = output.getAll().substring(before);

		// then the return is looked at again, still rejected for the same reason: listed with the files waiting for
		// their units, not told again line by line (every switch between two years' tables told them all again)
		assertThat(again).doesNotContain("重新核对后仍退回：康平县.xlsx").contains("接收 0，退回 0")
			.contains("此前已退回、仍在 input 中的文件：康平县.xlsx、损坏的表格.xlsx")
			// neither unit has sent anything since: none is said to have been put right
			.doesNotContain("其单位已重新报送并通过")
			.doesNotContainPattern("(?m)^退回：");

		// and the unreadable file, whose unit nobody can tell, is the office's to look into: the circulated circulars
		// name the unit's rejected return, not it (the run log and the console do)
		run("consolidate", "-w", ws, "-p", "2023-11");
		assertThat(circularText(workspace, "2023-10", "2023年10月")).contains("康平县.xlsx").doesNotContain("损坏的表格.xlsx");
		assertThat(circularText(workspace, "2023-11", "2023年11月")).doesNotContain("损坏的表格.xlsx");
	}

	@Test
	void aCorrectionReceivedByALaterRunCountsEvenWithAnEarlier填报日期() throws Exception {
		// given 和平区's return, dated 31 October, taken in
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path form = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		ReturnFixtures.fill(form, workspace.resolve("input/和平区.xlsx"), LocalDate.of(2023, 10, 31));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// when it sends a correction with 90% on 1.1, dated 28 October (the first date was wrong)
		withPercentOn11(form, workspace.resolve("input/和平区-更正.xlsx"), LocalDate.of(2023, 10, 28), 90);
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then the correction counts: it was received last
		Path ledger = workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx");
		assertThat(LedgerRows.row(LedgerRows.read(ledger), "1.1", "和平区人民政府")).containsEntry("完成进度（%）", "90");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  和平区人民政府 ← 和平区-更正.xlsx");
	}

	@Test
	void aRunKilledInItsIntakeAndItsRerunAreOneRound() throws Exception {
		// given 和平区's final version, dated 26 October, taken in by a run that was then killed in its intake
		// (its intake step never finished)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path form = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		withPercentOn11(form, workspace.resolve("input/和平区-终稿.xlsx"), LocalDate.of(2023, 10, 26), 90);
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();
		try (SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:file:" + workspace.resolve("data/workledger"), "sa", "", true)) {
			new JdbcTemplate(database).update("update batch_step_execution set status = 'STARTED'"
					+ " where step_name = 'intakeReturnsStep'");
		}

		// when the rerun takes in its draft, dated 20 October, which was waiting in input/ with it
		withPercentOn11(form, workspace.resolve("input/和平区-初稿.xlsx"), LocalDate.of(2023, 10, 20), 40);
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then the two arrived together, and the later 填报日期 counts: the final version, not the draft the rerun read
		Path ledger = workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx");
		assertThat(LedgerRows.row(LedgerRows.read(ledger), "1.1", "和平区人民政府")).containsEntry("完成进度（%）", "90");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  和平区人民政府 ← 和平区-终稿.xlsx");
	}

	@Test
	void noUnitIsRemindedBeforeItsMonthIsOver(CapturedOutput output) throws Exception {
		// given October's forms just handed out and one return in
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/和平区.xlsx"), LocalDate.of(2023, 10, 12));

		// when October is consolidated in the middle of October (a service's first run, a daily run)
		int before = output.getAll().length();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-10-15").exitCode()).isZero();

		// then the unit that reported has its report, and the 48 others no 催报通知 yet, and the run says why
		Path units = workspace.resolve("output/2023-10/单位报告");
		assertThat(units.resolve("和平区人民政府-2023年10月进展报告.pdf")).exists();
		try (var pdfs = Files.list(units)) {
			assertThat(pdfs.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith("催报通知.pdf"));
		}
		assertThat(output.getAll().substring(before))
			.contains("催报通知 0 份（统计截止日在2023年10月结束之前，尚未报送的 48 个单位暂不催报）");

		// and from the month's last day they are reminded
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-10-31").exitCode()).isZero();
		assertThat(units.resolve("沈河区人民政府-2023年10月催报通知.pdf")).exists();
	}

	@Test
	void lastMonthsFormSentAgainInTheNextMonthsRunIsSaidToReplaceTheReturnItsUnitSentBefore(CapturedOutput output)
			throws Exception {
		// given 和平区's October return consolidated in October
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path form = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		ReturnFixtures.fill(form, workspace.resolve("input/和平区10月.xlsx"), LocalDate.of(2023, 10, 26));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();

		// when its October form comes again, filled in late in November, and November is consolidated
		assertThat(run("distribute", "-w", ws, "-p", "2023-11").exitCode()).isZero();
		ReturnFixtures.fill(form, workspace.resolve("input/和平区10月(1).xlsx"), LocalDate.of(2023, 11, 28));
		int before = output.getAll().length();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-11", "--as-of", "2023-11-30", "--reports", "none").exitCode())
			.isZero();

		// then the run says it takes the place of the October return the unit sent before
		assertThat(output.getAll().substring(before)).contains(
				"本次接收的报表中属于其他期次的：2023年10月：和平区10月(1).xlsx（和平区人民政府；替换此前收到的“和平区10月.xlsx”）");
	}

	@Test
	void theLedgerSavedIntoInputIsNotTakenForTheRoster(CapturedOutput output) throws Exception {
		// given a period consolidated once
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/和平区.xlsx"), LocalDate.of(2023, 10, 26));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();

		// when the clerk files its ledger into input/ (its columns look like a roster's) and runs again
		Files.copy(workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx"),
				workspace.resolve("input/汇总台账（2023年10月）.xlsx"));
		int before = output.getAll().length();
		Result again = run("consolidate", "-w", ws, "-p", "2023-10");

		// then the run goes on with the roster it has, and says what the file is, with no 退回通知 to nobody
		String said = output.getAll().substring(before);
		assertThat(again.exitCode()).as(said).isZero();
		assertThat(said).doesNotContain("发现多份单位名册").contains("这是本系统生成的汇总台账，不是进展情况表");
		assertThat(workspace.resolve("output/2023-10/退回/汇总台账（2023年10月）-退回通知.pdf")).doesNotExist();
		assertThat(workspace.resolve("output/2023-10/单位报告/和平区人民政府-2023年10月进展报告.pdf")).exists();
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  和平区人民政府 ← 和平区.xlsx")
			.doesNotContain("汇总台账（2023年10月）.xlsx");
		// and it is no rejected return: not counted as one, no 问题清单 to mail to a unit, left alone by the next run
		assertThat(said).contains("退回 0，").contains("忽略 1")
			.contains("本系统生成的文件，未作为报表处理：汇总台账（2023年10月）.xlsx");
		assertThat(workspace.resolve("output/2023-10/退回/汇总台账（2023年10月）-问题清单.xlsx")).doesNotExist();
		int third = output.getAll().length();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-11-06").exitCode()).isZero();
		assertThat(output.getAll().substring(third)).contains("此前已处理 2").doesNotContain("此前已退回");
	}

	@Test
	void aFileThatCannotBeReadNamedLikeAUnitsFormIsThatUnitsReturnSentBack() throws Exception {
		// given 和平区's October form come back as something that is no workbook (a transfer gone wrong)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Files.writeString(workspace.resolve("input/和平区人民政府-2023年10月进展情况表.xlsx"), "not a workbook");

		// when
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then it is 和平区's return, sent back: status and the circular say so, and its reminder asks for a new one
		assertThat(run("status", "-w", ws, "-p", "2023-10").out())
			.contains("退回  和平区人民政府-2023年10月进展情况表.xlsx（和平区人民政府）");
		assertThat(circularText(workspace, "2023-10", "2023年10月")).contains("和平区人民政府-2023年10月进展情况表.xlsx");
		Path reminder = workspace.resolve("output/2023-10/单位报告/和平区人民政府-2023年10月催报通知.pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(reminder.toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("无法作为Excel进展情况表打开，已退回，能打开的表格尚未收到")
				.contains("使用下发的进展情况表（.xlsx或.xls）填写")
				.doesNotContain("你单位尚未报送")
				.doesNotContain("逐条改正");
		}
		// and its notice, with no marked-up copy of a file that could not be opened
		assertThat(workspace.resolve("output/2023-10/退回/和平区人民政府-2023年10月进展情况表-退回通知.pdf")).exists();
		assertThat(workspace.resolve("output/2023-10/退回/和平区人民政府-2023年10月进展情况表-退回修改.xlsx")).doesNotExist();
	}

	/** The form filled in, with {@code percent} on task 1.1. */
	private static void withPercentOn11(Path form, Path target, LocalDate filledOn, int percent) throws Exception {
		ReturnFixtures.fill(form, target, filledOn, (sheet, r) -> {
			if ("1.1".equals(ReturnFixtures.taskId(sheet, r))) {
				ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, percent);
			}
		});
	}

	private static String circularText(Path workspace, String folder, String label) throws Exception {
		Path pdf = workspace.resolve("output/" + folder + "/沈阳市政务公开重点工作任务进展情况通报（" + label + "）.pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
	}

	@Test
	void anOfficesOwnStatusWordTakesEffectFromWorkledgerYmlAndRejectedReturnsAreCheckedAgain() throws Exception {
		// given a return whose units write 按序时推进 for every task, which no list knows
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/康平县人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/康平县.xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "按序时推进"));
		run("consolidate", "-w", ws, "-p", "2023-10");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("完成状态“按序时推进”不是规定的填法");

		// when the office adds the word in the workspace's settings, no rebuild
		Files.writeString(workspace.resolve("workledger.yml"), """
				workledger:
				  vocabulary:
				    status-synonyms:
				      in-progress: [按序时推进, 按时序推进]
				""");
		Result again = run("consolidate", "-w", ws, "-p", "2023-10");

		// then the same file is read again and accepted, with the word named in a warning
		assertThat(again.exitCode()).isZero();
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  康平县人民政府 ← 康平县.xlsx");
	}

	@Test
	void aWrongVocabularySettingStopsTheRunWithOneLineSayingWhatToFix() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		Files.writeString(workspace.resolve("workledger.yml"), """
				workledger:
				  vocabulary:
				    status-synonyms:
				      finished: [了结]
				""");
		Result result = run("consolidate", "-w", workspace.toString(), "-p", "2023-10");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("workledger.yml 设置有误").contains("“finished”应写成 done（已完成）");
	}

	@Test
	void aSlipInWorkledgerYmlIsToldInOneLineWithItsLine() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  vocabulary:\n\tstatus-synonyms:\n");
		Result tab = run("consolidate", "-w", workspace.toString(), "-p", "2023-10");
		assertThat(tab.exitCode()).isEqualTo(1);
		assertThat(tab.err()).contains("workledger.yml 格式有误（第 3 行附近）").doesNotContain("Exception");

		// a status word as the key, which Spring cannot keep: said plainly, not as a setting quietly lost
		Files.writeString(workspace.resolve("workledger.yml"), """
				workledger:
				  vocabulary:
				    status-synonyms:
				      推进中: [按序时推进]
				""");
		Result key = run("consolidate", "-w", workspace.toString(), "-p", "2023-10");
		assertThat(key.exitCode()).isEqualTo(1);
		assertThat(key.err()).contains("status-synonyms 下的“推进中”应写成 done（已完成）、in-progress（推进中）");
	}

	@Test
	void aMisspeltOrMisplacedSettingOrAFileNotInUtf8IsToldNotIgnored() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		// report: for reports: (the circular went out without the office's name)
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  report:\n    issuer: 沈阳市政务公开领导小组办公室\n");
		Result concern = run("consolidate", "-w", workspace.toString(), "-p", "2023-10");
		assertThat(concern.exitCode()).isEqualTo(1);
		assertThat(concern.err()).contains("workledger.yml 设置有误：workledger 下没有“report”这一项", "reports");

		// a setting indented under the wrong concern
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  reports:\n    warnig-days: 10\n");
		assertThat(run("consolidate", "-w", workspace.toString(), "-p", "2023-10").err())
			.contains("workledger.reports 下没有“warnig-days”这一项", "warning-days");

		// a value Spring cannot take, and a time zone that does not exist
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  reports:\n    warning-days: fifteen\n");
		assertThat(run("status", "-w", workspace.toString()).err())
			.contains("workledger.reports.warning-days 的值“fifteen”无法识别：应是整数");
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  intake:\n    settle-time: 10 秒\n");
		assertThat(run("status", "-w", workspace.toString()).err())
			.contains("workledger.intake.settle-time 的值“10 秒”无法识别：应写成 10s、5m、1h 这样的时长");
		// and an option's value of the wrong kind, in Chinese
		assertThat(run("serve", "-w", workspace.toString(), "--port", "abc").err()).contains("--port 的值“abc”不对，应是整数");
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  schedule:\n    zone: Asia/Shenyang\n");
		assertThat(run("consolidate", "-w", workspace.toString(), "-p", "2023-10").err())
			.contains("时区“Asia/Shenyang”无法识别").doesNotContain("Exception");

		// a schedule mistyped: said by any command, not only when the service next starts
		Files.writeString(workspace.resolve("workledger.yml"), "workledger:\n  schedule:\n    cron: 0 0 7 * * MON-FRX\n");
		assertThat(run("consolidate", "-w", workspace.toString(), "-p", "2023-10").err())
			.contains("workledger.yml 定时设置有误：workledger.schedule.cron“0 0 7 * * MON-FRX”不是有效的定时写法");

		// saved by Notepad as ANSI (GBK)
		Files.write(workspace.resolve("workledger.yml"),
				"workledger:\n  reports:\n    issuer: 沈阳市政务公开领导小组办公室\n".getBytes(java.nio.charset.Charset.forName("GBK")));
		assertThat(run("consolidate", "-w", workspace.toString(), "-p", "2023-10").err()).contains("workledger.yml 不是 UTF-8 编码");
	}

	@Test
	void aNameTwoUnitsOfTheRosterCouldBeIsNotResolvedAndTheRunLogSaysWhy(CapturedOutput output) throws Exception {
		// given a roster that lists 和平区 twice, once with the city in front (a common slip in a reorganisation)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path roster = workspace.resolve("input/单位名册.xlsx");
		try (var in = Files.newInputStream(roster);
				var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			var sheet = workbook.getSheetAt(0);
			var row = sheet.createRow(sheet.getLastRowNum() + 1);
			row.createCell(0).setCellValue("沈阳市和平区人民政府");
			row.createCell(2).setCellValue("区县（市）政府");
			try (var out = Files.newOutputStream(roster)) {
				workbook.write(out);
			}
		}
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/和平区.xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, 2, 1, "沈阳和平区人民政府"));

		// when
		Result result = run("consolidate", "-w", ws, "-p", "2023-10");

		// then the return is not credited to either unit on a guess
		assertThat(result.exitCode()).isZero();
		assertThat(output.getOut()).contains(
				"填报单位“沈阳和平区人民政府”可能是“和平区人民政府”、“沈阳市和平区人民政府”，无法确定是哪一个（此表格是为“和平区人民政府”下发的）");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报 0").contains("退回  和平区.xlsx");
	}

	@Test
	void theRunLogSaysWhomTheTemplateWasForWhenTheNameIsUnknown(CapturedOutput output) throws Exception {
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/大东区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/大东区.xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, 2, 1, "大东区政务服务中心"));
		run("consolidate", "-w", ws, "-p", "2023-10");
		assertThat(output.getOut()).contains("填报单位“大东区政务服务中心”不在单位名册中（此表格是为“大东区人民政府”下发的）");
	}

	@Test
	void fileNamesJavaCannotSpellOrTooLongToRepeatOrOfBackupsAreToldAndTheRunGoesOn(CapturedOutput output)
			throws Exception {
		// given a return unpacked from a zip made on a Chinese Windows (its name in GBK bytes: 和平区.xlsx)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path folder = workspace.resolve("output/2023-10");
		Path good = ReturnFixtures.fill(folder.resolve("和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("和平区.xlsx"), LocalDate.of(2023, 10, 25));
		Process gbk = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf '\\272\\315\\306\\275\\307\\370').xlsx\"", "sh",
				good.toString(), workspace.resolve("input").toString())
			.start();
		assertThat(gbk.waitFor()).isZero();
		// and a rejected return named with a whole sentence (70 characters, 210 bytes)
		String sentence = "沈河区人民政府关于报送二〇二三年十月份全市营商环境建设重点任务推进落实情况进展情况表的函（第二次修改稿，请审阅后反馈意见）最终版";
		ReturnFixtures.fill(folder.resolve("沈河区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/" + sentence + ".xlsx"), LocalDate.of(2023, 10, 25),
				(sheet, r) -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "不知道"));
		// and a copy kept aside
		Files.copy(good, workspace.resolve("input/和平区.xlsx.bak"));

		// when
		Result result = run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-10-31");

		// then
		assertThat(result.exitCode()).isZero();
		assertThat(output.getOut()).contains("文件名编码不对、未读取的文件：和平区.xlsx（GBK 文件名）（共 1 个")
			.contains("unzip -O GBK")
			.contains("忽略的文件：和平区.xlsx.bak（Excel/WPS 打开表格时产生的锁定文件、备份文件");
		try (var sentBack = Files.list(folder.resolve("退回"))) {
			assertThat(sentBack.map(f -> f.getFileName().toString()))
				.anyMatch(name -> name.startsWith("沈河区人民政府关于报送") && name.endsWith("-问题清单.xlsx")
						&& name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 200);
		}
		// nothing in input/ was touched
		try (var input = Files.list(workspace.resolve("input"))) {
			assertThat(input.count()).isEqualTo(5);
		}
	}

	@Test
	void aFileStillBeingCopiedIsNamedAndLeftForTheNextRun(CapturedOutput output) throws Exception {
		// given a return still being written (half of it there, its time moving on) while the run waits its settle time
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path whole = ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("和平区.xlsx"), LocalDate.of(2023, 10, 25));
		byte[] bytes = Files.readAllBytes(whole);
		Path copying = Files.write(workspace.resolve("input/和平区.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		// and one copied in whole a moment ago: read at once, not waited for
		ReturnFixtures.fill(workspace.resolve("output/2023-10/沈河区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/沈河区.xlsx"), LocalDate.of(2023, 10, 25));
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Thread copier = new Thread(() -> {
			while (!done.get()) {
				try {
					Files.setLastModifiedTime(copying, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
					Thread.sleep(100);
				}
				catch (Exception ex) {
					return;
				}
			}
		});
		copier.start();

		// when
		Result result;
		try {
			result = run("consolidate", "-w", ws, "-p", "2023-10", "--workledger.intake.settle-time=2s");
		}
		finally {
			done.set(true);
			copier.join();
		}

		// then
		assertThat(result.exitCode()).isZero();
		assertThat(output.getOut()).contains("另有 1 个文件刚刚发生变化（可能还在复制中），留待下次运行处理：和平区.xlsx");
		assertThat(output.getOut()).contains("接收 1，");
	}

	@Test
	void aRosterWithoutACategoryColumnIsNamedWithWhatItLacks() throws Exception {
		// given the office's contact list grouped under sub-headings, in place of the roster
		Path workspace = TestWorkspace.withSamples();
		Files.delete(workspace.resolve("input/单位名册.xlsx"));
		try (Workbook list = org.workledger.support.WorkbookBuilder.sheet("名册")
			.row("沈阳市政务公开工作联络员名册")
			.row("序号", "单位名称", "联系人", "电话")
			.row("一、市政府有关部门")
			.row("1", "沈阳市教育局", "张敏", "024-1234567")
			.build(); var out = Files.newOutputStream(workspace.resolve("input/联络员名册.xlsx"))) {
			list.write(out);
		}

		// when
		Result result = run("distribute", "-w", workspace.toString(), "-p", "2023-10");

		// then
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.err()).contains("input 文件夹中没有找到单位名册（“联络员名册.xlsx”的表头中没有“类别”列）");
	}

	@Test
	void poisEnglishWarningsAboutADamagedFileGoToTheTechnicalLogNotToTheClerk(CapturedOutput output) throws Exception {
		// given a return cut short in transfer: POI warns (in English) and falls back to stream processing
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path whole = ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("和平区.xlsx"), LocalDate.of(2023, 10, 25));
		byte[] bytes = Files.readAllBytes(whole);
		Files.write(workspace.resolve("input/和平区（传输中断）.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length - 30));

		// when
		Result result = run("consolidate", "-w", ws, "-p", "2023-10");

		// then the clerk's run log says in Chinese what happened to the file, and nothing of POI's
		assertThat(result.exitCode()).isZero();
		Path runLog;
		try (var logs = Files.list(workspace.resolve("output/2023-10/运行日志"))) {
			runLog = logs.filter(f -> f.getFileName().toString().startsWith("consolidate-")).findFirst().orElseThrow();
		}
		String clerk = Files.readString(runLog);
		assertThat(clerk).contains("和平区（传输中断）.xlsx").contains("文件已损坏或格式不完整");
		assertThat(clerk).doesNotContain("Error in zip file", "falling back", "org.apache.poi", "ZipPackage");
		// each line stamped on the office's clock (Asia/Shanghai by default) with its level in Chinese
		assertThat(clerk).containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 信息 开始汇总").doesNotContain(" INFO ", " WARN ");
		assertThat(clerk.lines()).noneMatch(line -> line.matches(".*\\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+\\b.*"));
		assertThat(output.getOut()).doesNotContain("Error in zip file", "falling back");
		// and the technical log keeps it for IT staff, with the logger
		String technical = Files.readString(workspace.resolve("data/logs/technical.log"));
		assertThat(technical).contains("org.apache.poi.openxml4j.opc.ZipPackage")
			.contains("Error in zip file")
			.contains("和平区（传输中断）.xlsx")
			.contains("falling back to stream processing");
	}

	@Test
	void aFilledOnDateInAChineseExcelDateFormatIsADateInTheLedger(CapturedOutput output) throws Exception {
		// given returns whose 填报日期 is a date in the formats Chinese Excel and WPS write (POI alone reads 45224)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path folder = workspace.resolve("output/2023-10");
		LocalDate filledOn = LocalDate.of(2023, 10, 25);
		Map<String, Path> returns = new LinkedHashMap<>();
		// built-in 31, yyyy"年"m"月"d"日" in a Chinese Excel, stored as the number alone
		returns.put("和平区人民政府", withFilledOnFormat(ReturnFixtures.fill(folder.resolve("和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/和平区.xlsx"), filledOn), (short) 31));
		// built-in 58, m"月"d"日"
		returns.put("沈河区人民政府", withFilledOnFormat(ReturnFixtures.fill(folder.resolve("沈河区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/沈河区.xlsx"), filledOn), (short) 58));
		// the era year of a Chinese locale
		returns.put("大东区人民政府", withFilledOnFormat(ReturnFixtures.fill(folder.resolve("大东区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/大东区.xlsx"), filledOn), "[$-804]e\"年\"m\"月\"d\"日\""));
		// 时 and 分 without quotes
		returns.put("皇姑区人民政府", withFilledOnFormat(ReturnFixtures.fill(folder.resolve("皇姑区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/皇姑区.xlsx"), filledOn), "[$-804]yyyy年m月d日 h时mm分"));
		// a legacy .xls (read by POI's usermodel) with built-in 31
		Path xlsx = ReturnFixtures.fill(folder.resolve("铁西区人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("铁西区.xlsx"),
				filledOn);
		returns.put("铁西区人民政府", withFilledOnFormat(ReturnFixtures.toXls(xlsx, workspace.resolve("input/铁西区.xls")),
				(short) 31));

		// and 沈河区's came in on 28 October, 和平区's on 20 November (the rest today)
		Files.setLastModifiedTime(workspace.resolve("input/沈河区.xlsx"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2023-10-28T02:00:00Z")));
		Files.setLastModifiedTime(workspace.resolve("input/和平区.xlsx"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2023-11-20T02:00:00Z")));

		// when
		Result result = run("consolidate", "-w", ws, "-p", "2023-10");

		// then each is read as the date it shows, and the ledger has it as a date cell
		assertThat(result.exitCode()).isZero();
		assertThat(output.getOut()).doesNotContain("填报日期“4522").doesNotContain("无法识别");
		Map<String, Cell> ledger = filledOnCells(folder.resolve("汇总台账（2023年10月）.xlsx"), returns.keySet());
		assertThat(ledger).hasSize(returns.size());
		ledger.forEach((unit, cell) -> {
			assertThat(cell.getCellType()).as(unit).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(cell)).as(unit).isTrue();
			assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(unit).isEqualTo(filledOn);
			assertThat(new DataFormatter().formatCellValue(cell)).as(unit).isEqualTo("2023-10-25");
		});
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报 5")
			.contains("已报  和平区人民政府 ← 和平区.xlsx（填报日期 2023-10-25），迟报（2023-11-20 收到，应于 2023-11-05 前）")
			// a return received within the days allowed after the month is not marked
			.containsPattern("已报  沈河区人民政府 ← 沈河区.xlsx（填报日期 2023-10-25）\\R");
	}

	/** Gives the 填报日期 cell (进展填报!H3) of a return another number format, as a unit's Excel would. */
	static Path withFilledOnFormat(Path file, String format) throws Exception {
		return withFilledOnFormat(file, (workbook, style) -> style.setDataFormat(workbook.createDataFormat().getFormat(format)));
	}

	/** As above, with a built-in format by its number only. */
	static Path withFilledOnFormat(Path file, short builtin) throws Exception {
		return withFilledOnFormat(file, (workbook, style) -> style.setDataFormat(builtin));
	}

	static Path withFilledOnFormat(Path file, java.util.function.BiConsumer<Workbook, CellStyle> format) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
			Cell cell = workbook.getSheet("进展填报").getRow(2).getCell(7);
			assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
			CellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(cell.getCellStyle());
			format.accept(workbook, style);
			cell.setCellStyle(style);
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	/** The 填报日期 cell of each unit's first ledger row. */
	static Map<String, Cell> filledOnCells(Path ledger, java.util.Collection<String> units) throws Exception {
		Map<String, Cell> cells = new LinkedHashMap<>();
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(ledger)))) {
			Sheet sheet = workbook.getSheetAt(0);
			int unitColumn = -1;
			int dateColumn = -1;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if ("单位名称".equals(CellValues.text(cell))) {
						unitColumn = cell.getColumnIndex();
					}
					if ("填报日期".equals(CellValues.text(cell))) {
						dateColumn = cell.getColumnIndex();
					}
				}
				if (unitColumn >= 0 && dateColumn >= 0 && row.getRowNum() > 0) {
					String unit = CellValues.text(row.getCell(unitColumn));
					if (units.contains(unit) && !cells.containsKey(unit)) {
						cells.put(unit, row.getCell(dateColumn));
					}
				}
			}
		}
		return cells;
	}

	@Test
	void anUnreadableAsOfDateIsAUsageError() {
		Result result = run("consolidate", "-w", TestWorkspace.withSamples().toString(), "-p", "2023-10", "--as-of",
				"月底");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(result.err()).contains("--as-of").contains("月底");
	}

	@Test
	void anAsOfDateBeforeThePeriodBeganIsAUsageError() {
		Result result = run("consolidate", "-w", TestWorkspace.withSamples().toString(), "-p", "2023-10", "--as-of",
				"2023-09-01");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(result.err()).contains("--as-of 2023-09-01 早于2023年10月的第一天");
	}

	@Test
	void aMistypedCommandIsToldTheNearestAndEveryCommand() {
		Result result = run("consolidat", "-w", TestWorkspace.withSamples().toString());
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(result.err()).contains("没有“consolidat”这个命令", "您是不是要用 consolidate", "check", "year-report", "serve");
	}

	@Test
	void aPeriodBeforeTheFirstRosterIsToldItUsesTheFirstOne() {
		// given November distributed first (the roster is taken in for November on), then October consolidated
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-11").exitCode()).isZero();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none").exitCode()).isZero();

		// then October's tables line does not say the roster it used is one "used from November"
		Result status = run("status", "-w", ws, "-p", "2023-10");
		assertThat(status.out()).contains("单位名册 单位名册.xlsx（最早导入的一版）").doesNotContain("2023年11月起使用");
	}

	@Test
	void statusOfAnEmptyWorkspaceSaysWhatToDo() {
		Result result = run("status", "-w", TestWorkspace.create().toString());
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("该工作目录还没有运行过 distribute 或 consolidate");
	}

	@Test
	void aTaskFinishedInAnEarlierMonthIsNotOverdueWhenTheUnitIsSilentNow() throws Exception {
		// given 康平县 reported every task 已完成 in September, and 新民市 reported nothing in either month
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-09").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-09/康平县人民政府-2023年9月进展情况表.xlsx"),
				workspace.resolve("input/康平县-9月.xlsx"), LocalDate.of(2023, 9, 28), (sheet, r) -> {
					ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "已完成");
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 100);
				});
		assertThat(run("consolidate", "-w", ws, "-p", "2023-09").exitCode()).isZero();

		// when October is consolidated as of 15 November without a word from either
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-11-15").exitCode()).isZero();

		// then 康平县's tasks are 未报送 but not overdue, while 新民市's past their deadline are
		var rows = org.workledger.support.LedgerRows.read(workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx"));
		var kangping = rows.stream().filter(r -> "康平县人民政府".equals(r.get("单位名称"))).toList();
		var xinmin = rows.stream().filter(r -> "新民市人民政府".equals(r.get("单位名称"))).toList();
		assertThat(kangping).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get("完成状态")).isEqualTo("未报送");
			assertThat(r.get("是否逾期")).isEqualTo("否");
		});
		assertThat(xinmin).anySatisfy(r -> assertThat(r.get("是否逾期")).isEqualTo("是"));
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报 0");

		// and the year so far counts 康平县's tasks done by the end of October, not 0 because it was silent then
		assertThat(run("year-report", "-w", ws, "--year", "2023").exitCode()).isZero();
		String year;
		try (var document = org.apache.pdfbox.Loader
			.loadPDF(workspace.resolve("output/2023年度/沈阳市2023年度政务公开重点工作任务完成情况.pdf").toFile())) {
			year = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
		int kangpingTasks = kangping.size();
		assertThat(year).contains("其中已完成" + kangpingTasks + "（含10月未报送、此前已报已完成的" + kangpingTasks + "项）")
			.containsPattern("康平县人民政府区县（市）政府[^/]*" + kangpingTasks + "/" + kangpingTasks);
	}

}
