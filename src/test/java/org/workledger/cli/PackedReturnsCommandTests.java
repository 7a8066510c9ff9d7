package org.workledger.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/**
 * Returns that come packed in a zip: a city's bureaus' returns in one file, a district's in a
 * folder of a zip made on a Chinese Windows. Each workbook in it is taken in as if it had
 * been put into input/ by itself.
 */
@ExtendWith(OutputCaptureExtension.class)
class PackedReturnsCommandTests {

	@Test
	void theWorkbooksOfAZipAreTakenInOneByOneUnderTheZipsName(CapturedOutput output) throws Exception {
		// given two bureaus' returns in one zip, with a Mac's leftovers, and a district's in a folder of a GBK zip
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path filled = Files.createTempDirectory("packed");
		Path police = ReturnFixtures.fill(form(workspace, "沈阳市公安局"), filled.resolve("公安局.xlsx"),
				LocalDate.of(2023, 10, 26));
		Path civil = ReturnFixtures.fill(form(workspace, "沈阳市民政局"), filled.resolve("民政局.xlsx"),
				LocalDate.of(2023, 10, 26), (sheet, r) -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "不知道"));
		Path heping = ReturnFixtures.fill(form(workspace, "和平区人民政府"), filled.resolve("和平区.xlsx"),
				LocalDate.of(2023, 10, 26));
		zip(workspace.resolve("input/市直部门报表（公安、民政）.zip"), Charset.forName("UTF-8"),
				Map.of("沈阳市公安局-10月.xlsx", police, "沈阳市民政局-10月.xlsx", civil, "__MACOSX/._沈阳市公安局-10月.xlsx", police,
						"说明.txt", police));
		zip(workspace.resolve("input/和平区10月报表.zip"), Charset.forName("GBK"), Map.of("和平区/和平区10月.xlsx", heping));

		// when
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// then each workbook is taken in under the zip's name and its own, and counts for its unit
		assertThat(output.getOut()).contains("退回：市直部门报表（公安、民政）.zip/沈阳市民政局-10月.xlsx（")
			.contains("压缩包：和平区10月报表.zip、市直部门报表（公安、民政）.zip（其中的表格已解压、逐个处理")
			.doesNotContain("不是 Excel 工作簿")
			.doesNotContain("__MACOSX");
		var ledger = LedgerRows.read(workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx"));
		assertThat(LedgerRows.row(ledger, "1.1", "沈阳市公安局")).containsEntry("来源文件",
				"市直部门报表（公安、民政）.zip/沈阳市公安局-10月.xlsx");
		assertThat(ledger.stream().filter(r -> "和平区人民政府".equals(r.get("单位名称"))).findFirst().orElseThrow())
			.containsEntry("来源文件", "和平区10月报表.zip/和平区/和平区10月.xlsx");
		// the bureau whose return was sent back gets its notice and problem list; nobody is reminded of a return in a zip
		Path unitReports = workspace.resolve("output/2023-10/单位报告");
		assertThat(unitReports.resolve("沈阳市公安局-2023年10月进展报告.pdf")).exists();
		assertThat(unitReports.resolve("和平区人民政府-2023年10月进展报告.pdf")).exists();
		assertThat(workspace.resolve("output/2023-10/退回/市直部门报表（公安、民政）.zip_沈阳市民政局-10月-问题清单.xlsx"))
			.exists();
		// input/ holds what the clerk put there, and nothing else
		try (var files = Files.list(workspace.resolve("input"))) {
			assertThat(files.map(f -> f.getFileName().toString()))
				.noneMatch(name -> name.startsWith("沈阳市公安局") || name.startsWith("和平区10月.xlsx"));
		}

		// and a rerun takes nothing in twice
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--force").exitCode()).isZero();
		assertThat(output.getOut()).containsPattern("接收 0，退回 0，重复 0，此前已处理 3");
	}

	private static Path form(Path workspace, String unit) {
		return workspace.resolve("output/2023-10/" + unit + "-2023年10月进展情况表.xlsx");
	}

	private static void zip(Path target, Charset names, Map<String, Path> members) throws IOException {
		try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file, names)) {
			for (Map.Entry<String, Path> member : new java.util.TreeMap<>(members).entrySet()) {
				zip.putNextEntry(new ZipEntry(member.getKey()));
				zip.write(Files.readAllBytes(member.getValue()));
				zip.closeEntry();
			}
		}
	}

}
