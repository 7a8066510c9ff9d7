package org.workledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workledger.support.Samples;
import org.workledger.support.TestWorkspace;
import org.workledger.support.WorkbookBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a clerk meets it: exit codes and one-line Chinese reasons. */
class DistributeCommandTests {

	record Result(int exitCode, String err) {
	}

	static Result run(String... args) {
		StringWriter err = new StringWriter();
		int code = WorkledgerCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
		return new Result(code, err.toString().strip());
	}

	@Test
	void distributesTheShippedSamples() throws Exception {
		// given
		Path workspace = TestWorkspace.withSamples();
		Map<String, String> input = TestWorkspace.snapshot(workspace.resolve("input"));
		// when
		Result result = run("distribute", "--workspace", workspace.toString(), "--period", "2023-10");
		// then
		assertThat(result.exitCode()).isZero();
		assertThat(result.err()).isEmpty();
		try (var files = Files.list(workspace.resolve("output/2023-10"))) {
			assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".xlsx"))).hasSize(49)
				.contains("和平区人民政府-2023年10月进展情况表.xlsx", "沈阳市司法局-2023年10月进展情况表.xlsx");
		}
		assertThat(TestWorkspace.snapshot(workspace.resolve("input"))).isEqualTo(input);
	}

	@Test
	void anImpossiblePeriodIsAUsageError() {
		Result result = run("distribute", "--workspace", TestWorkspace.withSamples().toString(), "--period", "2023-13");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(result.err()).contains("2023-13").contains("月份应为 1–12").doesNotContain("\n");
	}

	@Test
	void anEmptyInputFolderIsExplained() {
		Path workspace = TestWorkspace.create();
		Result result = run("distribute", "--workspace", workspace.toString(), "--period", "2023-10");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.RUN_FAILED);
		assertThat(result.err()).startsWith("失败：input 文件夹是空的").doesNotContain("\n");
	}

	@Test
	void aBreakdownWithoutAColumnNamesTheColumnAndTheFile() throws Exception {
		// given a breakdown without 责任单位 and a good roster
		Path workspace = TestWorkspace.create();
		Files.copy(Samples.ROSTER, workspace.resolve("input/单位名册.xlsx"));
		WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "完成时限")
			.row("1. 甲", "任务", "市政府办公室", "长期坚持")
			.writeTo(workspace.resolve("input/分解表.xlsx"));
		Map<String, String> input = TestWorkspace.snapshot(workspace.resolve("input"));
		// when
		Result result = run("distribute", "--workspace", workspace.toString(), "--period", "2023-10");
		// then
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.RUN_FAILED);
		assertThat(result.err()).isEqualTo("失败：任务分解表缺少“责任单位”列（分解表.xlsx 任务分解表 第1行）");
		assertThat(workspace.resolve("output/2023-10/基础数据检查结果.xlsx")).exists();
		assertThat(TestWorkspace.snapshot(workspace.resolve("input"))).isEqualTo(input);
	}

	@Test
	void aRosterWithADuplicateUnitIsRefused() throws Exception {
		Path workspace = TestWorkspace.create();
		Files.copy(Samples.BREAKDOWN, workspace.resolve("input/分解表.xlsx"));
		WorkbookBuilder.roster(new String[] { "沈阳市人民政府办公室", "市政府办公室", "市政府有关部门" },
				new String[] { "沈阳市司法局", "市司法局", "市政府有关部门" }, new String[] { "沈阳市司法局", "", "市政府有关部门" })
			.writeTo(workspace.resolve("input/名册.xlsx"));
		Result result = run("distribute", "--workspace", workspace.toString(), "--period", "2023-10");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.RUN_FAILED);
		assertThat(result.err()).isEqualTo("失败：单位“沈阳市司法局”在名册中出现了两次（另见第 3 行）（名册.xlsx 单位名册!A4）");
	}

	@Test
	void aMissingRosterIsExplained() throws Exception {
		Path workspace = TestWorkspace.create();
		Files.copy(Samples.BREAKDOWN, workspace.resolve("input/分解表.xlsx"));
		Result result = run("distribute", "--workspace", workspace.toString(), "--period", "2023-10");
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.RUN_FAILED);
		assertThat(result.err()).startsWith("失败：input 文件夹中没有找到单位名册");
	}

	@Test
	void aMissingPeriodIsAUsageError() {
		Result result = run("distribute", "--workspace", TestWorkspace.create().toString());
		assertThat(result.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(result.err()).contains("缺少必填参数 --period");

		// and a mistyped --period is named, with the option meant
		Result mistyped = run("distribute", "--workspace", TestWorkspace.create().toString(), "--perod", "2023-10");
		assertThat(mistyped.exitCode()).isEqualTo(WorkledgerCommand.USAGE);
		assertThat(mistyped.err()).contains("无法识别的参数 --perod（是不是 --period？）；缺少必填参数 --period");
	}

}
