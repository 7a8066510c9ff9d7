package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/** {@code check FILE…}: the batch's checks at once, nothing stored, exit 3 on errors. */
class CheckCommandTests {

	static Path workspace;

	static Path good;

	static Path bad;

	@BeforeAll
	static void distributed() throws Exception {
		workspace = TestWorkspace.withSamples();
		assertThat(run("distribute", "-w", workspace.toString(), "-p", "2023-10").exitCode()).isZero();
		Path blank = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		Path outside = Files.createTempDirectory("returns-");
		good = ReturnFixtures.fill(blank, outside.resolve("和平区10月.xlsx"), LocalDate.of(2023, 10, 26));
		bad = ReturnFixtures.fill(blank, outside.resolve("和平区10月-有误.xlsx"), LocalDate.of(2023, 10, 26),
				(sheet, r) -> {
					if (r == ReturnFixtures.FIRST_TASK_ROW) {
						ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "差不多了");
					}
				});
	}

	@Test
	void aGoodReturnPassesWithExitZero() {
		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), good.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("检查：和平区10月.xlsx（和平区人民政府，2023年10月）", "结果：没有问题，可以报送。");
	}

	@Test
	void aBadReturnIsToldWhereAndHowToFixWithExitThree() throws Exception {
		Path marked = Files.createTempDirectory("marked-");

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), good.toString(),
				bad.toString(), "-o", marked.toString());

		assertThat(result.exitCode()).isEqualTo(CheckCommand.ERRORS_FOUND);
		assertThat(result.out()).contains("结果：有 1 个错误，汇总时会被退回",
				"[错误] 进展填报!H7（任务 1.1）：完成状态“差不多了”不是规定的填法。处理建议：请从下拉列表选择：已完成、推进中、未启动、持续推进");
		assertThat(marked.resolve("和平区10月-有误-问题清单.xlsx")).exists();
		// the list says which task H7 is in
		try (var list = org.apache.poi.ss.usermodel.WorkbookFactory.create(marked.resolve("和平区10月-有误-问题清单.xlsx").toFile(),
				null, true)) {
			var row = list.getSheetAt(0).getRow(2);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("H7");
			assertThat(list.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("任务编号");
			assertThat(row.getCell(5).getStringCellValue()).isNotBlank();
		}
		assertThat(marked.resolve("和平区10月-有误-退回修改.xlsx")).exists();
		// nothing was stored or taken in: the next consolidate sees no return
		assertThat(run("status", "-w", workspace.toString(), "-p", "2023-10").out()).doesNotContain("和平区10月");
		assertThat(workspace.resolve("input").toFile().list()).hasSize(2);
	}

	@Test
	void aFileThatCannotBeOpenedNamedLikeAFormIsToldWithoutAMarkedCopy() throws Exception {
		Path broken = Files.createTempDirectory("returns-").resolve("和平区人民政府-2023年10月进展情况表.xlsx");
		Files.writeString(broken, "not a workbook");
		Path marked = Files.createTempDirectory("marked-");

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), broken.toString(), "-o",
				marked.toString());

		assertThat(result.exitCode()).isEqualTo(CheckCommand.ERRORS_FOUND);
		assertThat(result.out()).contains("不是 Excel 工作簿");
		assertThat(marked.resolve("和平区人民政府-2023年10月进展情况表-问题清单.xlsx")).exists();
		assertThat(marked.resolve("和平区人民政府-2023年10月进展情况表-退回修改.xlsx")).doesNotExist();
	}

	@Test
	void aTableThatIsNotAReturnIsSaidSo() {
		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(),
				workspace.resolve("input/单位名册.xlsx").toString());

		assertThat(result.exitCode()).isEqualTo(CheckCommand.ERRORS_FOUND);
		assertThat(result.out()).contains("这是单位名册，不是进展情况表");
	}

	@Test
	void aListOfProblemsThisToolWroteIsSaidToBeOneNotCalledABadReturn() throws Exception {
		// given the 问题清单 check -o wrote for a bad return, saved by mistake where returns go
		Path marked = Files.createTempDirectory("marked-");
		run("check", "-w", workspace.toString(), bad.toString(), "-o", marked.toString());

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(),
				marked.resolve("和平区10月-有误-问题清单.xlsx").toString());

		assertThat(result.out()).contains("这是本系统生成的问题清单").doesNotContain("没有找到进展填报表格");
	}

	@Test
	void aDeletedColumnIsOneErrorNotOnePerRow() throws Exception {
		// given: the 完成状态 header cleared, the statuses below it left as they were
		Path blank = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		Path noStatus = ReturnFixtures.fill(blank, Files.createTempDirectory("returns-").resolve("和平区-无状态列.xlsx"),
				LocalDate.of(2023, 10, 26), (sheet, r) -> {
					if (r == ReturnFixtures.FIRST_TASK_ROW) {
						ReturnFixtures.set(sheet, r - 1, ReturnFixtures.STATUS, null);
					}
				});

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), noStatus.toString());

		assertThat(result.exitCode()).isEqualTo(CheckCommand.ERRORS_FOUND);
		assertThat(result.out()).contains("结果：有 1 个错误", "填报表格缺少“完成状态”列").doesNotContain("没有填写完成状态");
	}

	@Test
	void aDistributedWorkbookWithItsPeriodLeftEmptyCountsForThePeriodItWasMadeFor() throws Exception {
		// given: 报送期次 (F3) cleared in 和平区's October workbook
		Path blank = workspace.resolve("output/2023-10/和平区人民政府-2023年10月进展情况表.xlsx");
		Path noPeriod = ReturnFixtures.fill(blank, Files.createTempDirectory("returns-").resolve("和平区-无期次.xlsx"),
				LocalDate.of(2023, 10, 26), (sheet, r) -> {
					if (r == ReturnFixtures.FIRST_TASK_ROW) {
						ReturnFixtures.set(sheet, 2, 5, null);
					}
				});

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), noPeriod.toString());

		assertThat(result.exitCode()).as(result.out()).isZero();
		assertThat(result.out()).contains("（和平区人民政府，2023年10月）", "没有填写报送期次，已按这份表格下发时的期次2023年10月计入");
	}

	@Test
	void aWorkbookWithoutAProgressTableIsToldSoNotCalledDamaged() throws Exception {
		// given: an expense form, a perfectly good workbook with no progress table
		java.nio.file.Path other = java.nio.file.Files.createTempDirectory("check").resolve("报销单.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = java.nio.file.Files.newOutputStream(other)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("报销单");
			workbook.write(out);
		}

		ConsolidateCommandTests.Result result = run("check", "-w", workspace.toString(), other.toString());

		assertThat(result.exitCode()).isEqualTo(CheckCommand.ERRORS_FOUND);
		assertThat(result.out()).contains("没有找到进展填报表格", "完成进度（%）").doesNotContain("Exception");
	}

	@Test
	void aWorkspaceThatNeverRanIsToldWhatToDoFirst() {
		ConsolidateCommandTests.Result result = run("check", "-w", TestWorkspace.withSamples().toString(),
				good.toString());

		assertThat(result.exitCode()).isEqualTo(1);
		// it names the folder it took as the workspace: run from the program's folder, that is the hint
		assertThat(result.err()).startsWith("工作目录 /")
			.contains("用 --workspace 指定", "请先运行一次 distribute 或 consolidate");
	}

}
