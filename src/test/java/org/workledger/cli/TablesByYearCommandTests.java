package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workledger.support.Breakdowns;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.Rosters;
import org.workledger.support.TestWorkspace;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/** A task breakdown per year, side by side in input/, and revisions that leave earlier periods alone. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class TablesByYearCommandTests {

	@Test
	void eachPeriodIsJudgedByTheTableOfItsYearAndAnEarlierPeriodKeepsItsLedger() throws Exception {
		// given October 2023 consolidated on the shipped table (its year told by its deadlines)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("input/和平区10月.xlsx"), LocalDate.of(2023, 10, 26));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path october = workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx");
		List<String> before = LedgerRows.allCells(october);

		// when the 2024 table arrives beside it, January 2024 is distributed and consolidated, and October again
		Breakdowns.of2024(workspace.resolve("input/沈阳市2024年政务公开重点工作任务分解表.xlsx"));
		assertThat(run("distribute", "-w", ws, "-p", "2024-01").exitCode()).isZero();
		ReturnFixtures.fill(workspace.resolve("output/2024-01/和平区人民政府-2024年1月进展情况表.xlsx"),
				workspace.resolve("input/和平区1月.xlsx"), LocalDate.of(2024, 1, 25));
		assertThat(run("consolidate", "-w", ws, "-p", "2024-01").exitCode()).isZero();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then October's ledger is the same, cell for cell
		assertThat(LedgerRows.allCells(october)).isEqualTo(before);
		// January's has 2024's tasks: the dropped item is gone, the added one is there, 1.1 reworded
		List<Map<String, String>> january = LedgerRows
			.read(workspace.resolve("output/2024-01/汇总台账（2024年1月）.xlsx"));
		assertThat(january).extracting(r -> r.get("任务编号")).contains("27.1").doesNotContain("25.1");
		assertThat(LedgerRows.row(january, "1.1", "和平区人民政府").get("主要任务")).endsWith("（2024年继续深化）");
		assertThat(LedgerRows.row(january, "1.1", "和平区人民政府")).containsEntry("完成状态", "推进中")
			.containsEntry("完成时限", "2024年10月底前");
		assertThat(LedgerRows.row(january, "27.1", "和平区人民政府")).containsEntry("完成状态", "推进中");
		// the 2024 template lists the 2024 tasks
		assertThat(templateTaskIds(workspace.resolve("output/2024-01/和平区人民政府-2024年1月进展情况表.xlsx")))
			.contains("27.1")
			.doesNotContain("25.1");
		// status says which table each period was judged by, and how its year was told
		String status = run("status", "-w", ws).out();
		assertThat(status).contains("依据  任务分解表 沈阳市政务公开重点工作任务分解表.xlsx（2023 年，依据多数完成时限所在的年份）")
			.contains("依据  任务分解表 沈阳市2024年政务公开重点工作任务分解表.xlsx（2024 年，依据标题中的年份）");
	}

	@Test
	void nextYearsRosterPutInWhileDecemberIsStillRunAppliesFromJanuaryAndTakingItOutLeavesNovemberAlone()
			throws Exception {
		// given November and December 2023 consolidated, with 房产局's and 城乡建设局's returns accepted in both
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		for (int month : new int[] { 11, 12 }) {
			String period = "2023-" + month;
			assertThat(run("distribute", "-w", ws, "-p", period).exitCode()).isZero();
			for (String unit : List.of(Rosters.HOUSING, Rosters.CONSTRUCTION)) {
				ReturnFixtures.fill(workspace.resolve("output/" + period + "/" + unit + "-2023年" + month + "月进展情况表.xlsx"),
						workspace.resolve("input/" + period + "/" + unit + ".xlsx"), LocalDate.of(2023, month, 26));
			}
			assertThat(run("consolidate", "-w", ws, "-p", period).exitCode()).isZero();
		}
		String november = periodPart(run("status", "-w", ws, "-p", "2023-11").out());
		assertThat(november).contains("已报 2");

		// when the office puts in 2024's roster (房产局 and 城乡建设局 merged), as the year's routine says, and runs
		// December again for its late returns
		Rosters.reorganised(workspace.resolve("input/单位名册（2024年）.xlsx"));
		ConsolidateCommandTests.Result again = run("consolidate", "-w", ws, "-p", "2023-12");

		// then December keeps the units it was issued to: the two returns stay accepted
		assertThat(again.exitCode()).isZero();
		String december = run("status", "-w", ws, "-p", "2023-12").out();
		assertThat(december).contains("应报 49 个单位，已报 2", "单位名册 单位名册.xlsx");
		// and January is distributed to the new roster
		assertThat(run("distribute", "-w", ws, "-p", "2024-01").exitCode()).isOne();
		// (2024's table is not in yet; the roster it would use is the new one)

		// when the roster is taken out again and December run once more
		Files.move(workspace.resolve("input/单位名册（2024年）.xlsx"), workspace.resolve("单位名册（2024年）.xlsx"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();

		// then November, never run again, is as it was, and so is December
		assertThat(periodPart(run("status", "-w", ws, "-p", "2023-11").out())).isEqualTo(november);
		assertThat(run("status", "-w", ws, "-p", "2023-12").out()).contains("应报 49 个单位，已报 2");

		// when a roster that names no year is put in by mistake, December run on it (the month being worked on takes
		// a revised roster), then it is taken out again and December run once more, as the README says to undo it
		Rosters.reorganised(workspace.resolve("input/单位名册（调整）.xlsx"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		assertThat(run("status", "-w", ws, "-p", "2023-12").out()).contains("应报 48 个单位");
		Files.move(workspace.resolve("input/单位名册（调整）.xlsx"), workspace.resolve("单位名册（调整）.xlsx"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();

		// then December has its roster back, and November's returns were not checked again against the mistaken one
		assertThat(run("status", "-w", ws, "-p", "2023-12").out()).contains("应报 49 个单位，已报 2");
		assertThat(periodPart(run("status", "-w", ws, "-p", "2023-11").out())).isEqualTo(november);
	}

	/**
	 * What status says of a period's units and returns: without the list of the latest runs below
	 * it, nor the line naming its tables (the roster put back is named as the first taken in).
	 */
	private static String periodPart(String status) {
		return status.substring(0, status.indexOf("最近的运行")).replaceAll("(?m)^\\s*依据.*\\n", "");
	}

	@Test
	void aTableWhoseYearCannotBeToldIsNotUsedAndTheRunSaysHowToNameIt() throws Exception {
		Path workspace = TestWorkspace.create();
		TestWorkspace.copySamples(workspace);
		Files.delete(workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx"));
		Breakdowns.withoutYear(workspace.resolve("input/任务分解表.xlsx"));

		ConsolidateCommandTests.Result result = run("distribute", "-w", workspace.toString(), "-p", "2023-10");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("input 文件夹中没有 2023 年的任务分解表");
		assertThat(LedgerRows.allCells(workspace.resolve("output/2023-10/基础数据检查结果.xlsx")))
			.anyMatch(c -> c.contains("看不出这份任务分解表适用于哪一年，本次未使用"))
			.anyMatch(c -> c.contains("或在表头上方加一行“年度：2024”"));
	}

	@Test
	void aMissingYearsTableNamesTheTablesTakenForOtherYearsAndWhy() throws Exception {
		// given only the shipped table, whose title has no year and whose deadlines are in 2023, and two rosters
		Path workspace = TestWorkspace.withSamples();
		Files.copy(workspace.resolve("input/单位名册.xlsx"), workspace.resolve("input/单位名册（调整）.xlsx"));
		// and a unit's cover note and signed scan, dropped in with its return
		Files.writeString(workspace.resolve("input/请查收.txt"), "附件为我单位进展情况表，请查收。");
		Files.write(workspace.resolve("input/盖章扫描件.pdf"), "%PDF-1.4\n%".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		// and two units' returns packed together, which the intake takes in one by one
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(workspace.resolve("input/两个区的报表.zip")))) {
			for (String name : List.of("和平区.xlsx", "沈河区.xlsx")) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write(Files.readAllBytes(workspace.resolve("input/单位名册.xlsx")));
				zip.closeEntry();
			}
		}

		// when January 2024 is distributed, as if it were 2024's table with the deadlines not yet moved on
		ConsolidateCommandTests.Result result = run("distribute", "-w", workspace.toString(), "-p", "2024-01");

		// then the clerk learns which file was taken for which year, and how to say it is 2024's
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("input 文件夹中没有 2024 年的任务分解表（input 中的“沈阳市政务公开重点工作任务分解表.xlsx”"
				+ "按多数完成时限所在的年份认定为 2023 年的表；如其中有 2024 年的表，请在标题中写明“2024年”）");
		// and neither a second roster, an attachment nor the units' zip is a file that could not be read (and might be
		// the table); the zip is not told to be sent again unpacked
		assertThat(result.err()).doesNotContain("个文件无法读取").doesNotContain("两个区的报表.zip");
	}

	@Test
	void aDocumentThatCannotBeOpenedIsAnAttachmentAndACsvIsNotCalledRenamed(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given a Word document cut short (a zip with no parts list) and a unit's own CSV export
		Path workspace = TestWorkspace.withSamples();
		try (var zip = new java.util.zip.ZipOutputStream(
				Files.newOutputStream(workspace.resolve("input/自然资源局11月进展情况.docx")))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Files.writeString(workspace.resolve("input/生态环境局进展.csv"), "任务编号,完成状态,完成进度\n1.1,推进中,60\n");
		assertThat(run("distribute", "-w", workspace.toString(), "-p", "2023-10").exitCode()).isZero();

		// when
		assertThat(run("consolidate", "-w", workspace.toString(), "-p", "2023-10").exitCode()).isZero();

		// then the document goes with the attachments, not back to a unit as a broken workbook
		assertThat(output.getOut()).contains("不是表格、未作为报表处理的文件：自然资源局11月进展情况.docx")
			.doesNotContain("退回：自然资源局11月进展情况.docx");
		// and the CSV is said to be a CSV, not a file whose extension was changed
		assertThat(output.getOut()).contains("退回：生态环境局进展.csv（1 个错误）：不是 Excel 工作簿（这是一个 CSV 文本文件）")
			.doesNotContain("改了扩展名");
		// named after the bureau by a short name only it has: its reminder says what it sent was sent back
		try (var reminder = org.apache.pdfbox.Loader
			.loadPDF(workspace.resolve("output/2023-10/单位报告/沈阳市生态环境局-2023年10月催报通知.pdf").toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(reminder).replaceAll("\\s", ""))
				.contains("你单位报送的2023年10月工作进展情况表（生态环境局进展.csv）无法作为Excel进展情况表打开，已退回");
		}
	}

	@Test
	void aRunStoppedForAMissingTableSaysWhyOnceOnItsOutputAndOnceForScripts(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		Path workspace = TestWorkspace.withSamples();

		ConsolidateCommandTests.Result result = run("consolidate", "-w", workspace.toString(), "-p", "2024-01");

		assertThat(result.exitCode()).isEqualTo(1);
		String reason = "input 文件夹中没有 2024 年的任务分解表";
		// the [错误] line, and the last line points to it
		assertThat(output.getOut().split(reason, -1)).hasSize(2);
		assertThat(output.getOut()).contains("结束：失败，原因见上面的[错误]");
		// standard error has it for a scheduled job's mail
		assertThat(result.err()).contains("失败：" + reason);
	}

	@Test
	void aWrongTableTakenOutOfInputGivesTheMonthItsOwnTableBack(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		// given December consolidated on the shipped table
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path shipped = workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx");
		java.nio.file.Files.setLastModifiedTime(shipped,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
		assertThat(run("distribute", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		Path ledger = workspace.resolve("output/2023-12/汇总台账（2023年12月）.xlsx");
		String issued = LedgerRows.row(LedgerRows.read(ledger), "1.1", "和平区人民政府").get("主要任务");

		// and next year's table put in without its year, read as a new 2023 table, and December run again
		Path wrong = workspace.resolve("input/任务分解表（新）.xlsx");
		try (var in = Files.newInputStream(shipped); var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			Breakdowns.rewrite(workbook.getSheetAt(0), 2, 1, t -> t + "（新一年）");
			try (var out = Files.newOutputStream(wrong)) {
				workbook.write(out);
			}
		}
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		assertThat(LedgerRows.row(LedgerRows.read(ledger), "1.1", "和平区人民政府").get("主要任务")).endsWith("（新一年）");
		// the run said what the new table changes
		assertThat(output.getOut()).contains("2023年的任务分解表的变化（与此前使用的“沈阳市政务公开重点工作任务分解表.xlsx”相比）：任务内容改动 1 项：1.1");

		// when the clerk takes the wrong table out and runs December again
		Files.delete(wrong);
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();

		// then December is back on the table it was issued with, and the run says so
		assertThat(LedgerRows.row(LedgerRows.read(ledger), "1.1", "和平区人民政府").get("主要任务")).isEqualTo(issued);
		assertThat(output.getOut()).contains("2023年的任务分解表“沈阳市政务公开重点工作任务分解表.xlsx”是 input 中最新的一份，从2023年12月起重新按它");
	}

	@Test
	void aNewYearsTableWhoseDeadlinesStillSayLastYearIsQuestioned() throws Exception {
		// given last year's table with only its title changed to 2024
		Path workspace = TestWorkspace.withSamples();
		Path table = workspace.resolve("input/沈阳市2024年政务公开重点工作任务分解表.xlsx");
		try (var in = Files.newInputStream(workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx"));
				var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
			Breakdowns.rewrite(workbook.getSheetAt(0), 0, 0, t -> "沈阳市2024年政务公开重点工作任务分解表");
			try (var out = Files.newOutputStream(table)) {
				workbook.write(out);
			}
		}

		// when January 2024 is distributed
		ConsolidateCommandTests.Result distribute = run("distribute", "-w", workspace.toString(), "-p", "2024-01");
		assertThat(distribute.exitCode()).as(distribute.out() + distribute.err()).isZero();

		// then the check of the reference tables says what looks wrong and what it would do
		assertThat(LedgerRows.allCells(workspace.resolve("output/2024-01/基础数据检查结果.xlsx")))
			.anyMatch(c -> c.contains("按标题中的年份，这是 2024 年的任务分解表，但多数完成时限在 2023 年"))
			.anyMatch(c -> c.contains("请把完成时限改为 2024 年的日期"));
	}

	@Test
	void twoTablesOfOneYearTheNewerWinsAndAWarningNamesBoth() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		Path older = workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx");
		Files.setLastModifiedTime(older, FileTime.from(Instant.now().minusSeconds(3600)));
		Path newer = Breakdowns.ofYear(2023, workspace.resolve("input/2023年任务分解表（修订）.xlsx"));

		run("distribute", "-w", workspace.toString(), "-p", "2023-10");

		List<String> problems = LedgerRows.allCells(workspace.resolve("output/2023-10/基础数据检查结果.xlsx"));
		assertThat(problems).anyMatch(c -> c.contains("沈阳市政务公开重点工作任务分解表.xlsx"))
			.anyMatch(c -> c.contains("发现多份2023年的任务分解表，以最新的“" + newer.getFileName() + "”为准"));
		assertThat(run("status", "-w", workspace.toString()).out())
			.contains("依据  任务分解表 " + newer.getFileName() + "（2023 年，依据标题中的年份）");
	}

	@Test
	void anOldTableKeptBesideTheNewOneIsToldOnceNotInEveryRunAfter(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		// given October consolidated on the shipped table, and a revision put beside it in November
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path shipped = workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx");
		Files.setLastModifiedTime(shipped, FileTime.from(Instant.now().minusSeconds(3600)));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Breakdowns.ofYear(2023, workspace.resolve("input/2023年任务分解表（修订）.xlsx"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-11").exitCode()).isZero();
		assertThat(output.getAll()).contains("发现多份2023年的任务分解表，以最新的“2023年任务分解表（修订）.xlsx”为准");
		int seen = output.getAll().length();

		// when November and October are run again with both tables still there
		assertThat(run("consolidate", "-w", ws, "-p", "2023-11", "--force").exitCode()).isZero();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--force").exitCode()).isZero();

		// then neither run warns again, nor leaves a problems list in its folder
		assertThat(output.getAll().substring(seen)).doesNotContain("发现多份");
		assertThat(workspace.resolve("output/2023-10/基础数据检查结果.xlsx")).doesNotExist();
		assertThat(workspace.resolve("output/2023-11/基础数据检查结果.xlsx")).doesNotExist();
	}

	@Test
	void aNewTableWithFewerThanHalfTheTasksIsHeldWhileTheOneInForceIsStillInInput(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given October consolidated on the shipped table (35 tasks)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path shipped = workspace.resolve("input/沈阳市政务公开重点工作任务分解表.xlsx");
		Files.setLastModifiedTime(shipped, FileTime.from(Instant.now().minusSeconds(3600)));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// when a newer table with only the first 4 tasks is put beside it and November is consolidated
		Breakdowns.firstRows(4, workspace.resolve("input/任务分解表（摘录）.xlsx"));
		ConsolidateCommandTests.Result november = run("consolidate", "-w", ws, "-p", "2023-11");

		// then November keeps the 35 tasks, and the clerk is told why and how to take the new table
		assertThat(november.exitCode()).isZero();
		Path ledger = workspace.resolve("output/2023-11/汇总台账（2023年11月）.xlsx");
		assertThat(LedgerRows.read(ledger)).extracting(r -> r.get("任务编号")).contains("26.1");
		assertThat(output.getAll()).contains("这份2023年的任务分解表是 input 中最新的，但只有 4 项任务，"
				+ "不到现行的“沈阳市政务公开重点工作任务分解表.xlsx”（35 项）的一半，为防放错文件，本次仍按“沈阳市政务公开重点工作任务分解表.xlsx”")
			.contains("如确要改用这份表，请把“沈阳市政务公开重点工作任务分解表.xlsx”移出 input 文件夹（已存档，不会丢失）后重新运行")
			.doesNotContain("发现多份");

		int seen = output.getAll().length();
		// when the clerk means it and moves the shipped table out
		Files.move(shipped, workspace.resolve("沈阳市政务公开重点工作任务分解表.xlsx"));
		ConsolidateCommandTests.Result again = run("consolidate", "-w", ws, "-p", "2023-11");

		// then November is consolidated on the 4 tasks, with a note of what it replaced
		assertThat(again.exitCode()).isZero();
		assertThat(LedgerRows.read(ledger)).extracting(r -> r.get("任务编号")).doesNotContain("26.1").contains("1.1");
		assertThat(output.getAll().substring(seen)).contains("这份2023年的任务分解表只有 4 项任务，此前使用的“沈阳市政务公开重点工作任务分解表.xlsx”有 35 项，已改按这份表");
	}

	@Test
	void aNewRosterOfAFewUnitsIsHeldWhileTheOneInForceIsStillInInput(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given October consolidated on the shipped roster (49 units)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"), FileTime.from(Instant.now().minusSeconds(3600)));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// when a contact list of 10 of the units is put in beside it
		int seen = output.getAll().length();
		org.workledger.support.Rosters.firstUnits(10, workspace.resolve("input/联络员名单.xlsx"));
		ConsolidateCommandTests.Result november = run("consolidate", "-w", ws, "-p", "2023-11");

		// then the 49 units stay, and the clerk is told
		assertThat(november.exitCode()).isZero();
		assertThat(output.getAll().substring(seen)).contains("单位名册：单位名册.xlsx（49 个单位）")
			.contains("这份单位名册是 input 中最新的，但只有 10 个单位，不到现行的“单位名册.xlsx”（49 个）的一半");
	}

	@Test
	void aReturnOfAYearWithoutATableWaitsForItThenIsCheckedByItsOwnYear() throws Exception {
		// given a January 2024 return, made from a 2024 template, in a workspace that only has 2023's table
		Path elsewhere = TestWorkspace.withSamples();
		Breakdowns.of2024(elsewhere.resolve("input/2024.xlsx"));
		assertThat(run("distribute", "-w", elsewhere.toString(), "-p", "2024-01").exitCode()).isZero();
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		ReturnFixtures.fill(elsewhere.resolve("output/2024-01/和平区人民政府-2024年1月进展情况表.xlsx"),
				workspace.resolve("input/和平区1月.xlsx"), LocalDate.of(2024, 1, 25));

		// when December 2023 is consolidated
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();

		// then the return is rejected, naming the missing table, and filed under its own period
		assertThat(run("status", "-w", ws).out()).contains("【2024年1月】")
			.contains("退回  和平区1月.xlsx（和平区人民政府）：进展填报!F3：报送期次为2024年1月，但还没有 2024 年的任务分解表，无法核对");

		// and when the 2024 table arrives, the next run checks it again by 2024's tasks, without the unit re-sending it
		Breakdowns.of2024(workspace.resolve("input/沈阳市2024年政务公开重点工作任务分解表.xlsx"));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		assertThat(run("status", "-w", ws, "-p", "2024-01").out()).contains("已报  和平区人民政府 ← 和平区1月.xlsx")
			.doesNotContain("退回  和平区1月.xlsx");
	}

	private static List<String> templateTaskIds(Path template) throws Exception {
		try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(template.toFile(), null, true)) {
			var sheet = workbook.getSheet("进展填报");
			List<String> ids = new java.util.ArrayList<>();
			for (int r = ReturnFixtures.FIRST_TASK_ROW; r <= sheet.getLastRowNum(); r++) {
				ids.add(CellValues.text(sheet, r, ReturnFixtures.TASK_ID));
			}
			return ids;
		}
	}

}
