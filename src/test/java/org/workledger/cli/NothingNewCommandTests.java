package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.workledger.cli.ConsolidateCommandTests.Result;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/**
 * A rerun with nothing new keeps the period's ledger and reports as they are and says so;
 * anything a run's results depend on — a new file, another as-of day, a template, a
 * result the clerk deleted, a run of another period, {@code --force} — builds them again.
 */
class NothingNewCommandTests {

	static final String KEPT = "没有新的或改动过的文件";

	@Test
	void aRerunWithNothingNewKeepsWhatIsThereAndEveryChangeBuildsAgain() throws Exception {
		// given a consolidated period with one return
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path folder = workspace.resolve("output/2023-10");
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/康平县.xlsx"),
				LocalDate.of(2023, 10, 25));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular").exitCode()).isZero();
		Path ledger = folder.resolve("汇总台账（2023年10月）.xlsx");
		Path circular = folder.resolve("沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf");
		FileTime written = Files.getLastModifiedTime(circular);

		// when it runs again with nothing new
		Result again = run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular");

		// then it says so, repeats what the last run said, and leaves the files alone
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).contains("2023年10月：自上次汇总（运行编号 2", KEPT, "统计截止日（2023-10-31）",
				"单位：应报 49，已报 1，未报 48", "汇总台账：" + ledger, "如需重新生成，请加 --force。")
			.doesNotContain("开始汇总");
		assertThat(Files.getLastModifiedTime(circular)).isEqualTo(written);

		// a new return is taken in
		ReturnFixtures.fill(folder.resolve("新民市人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/新民市.xlsx"),
				LocalDate.of(2023, 10, 26));
		assertBuilt(ws, "2023-10");
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报 2，未报 47");
		assertKept(ws, "2023-10");

		// another as-of day, a deleted result, --force, a template of the office's own
		assertBuilt(ws, "2023-10", "--as-of", "2023-11-05");
		assertKept(ws, "2023-10", "--as-of", "2023-11-05");
		assertBuilt(ws, "2023-10");
		Files.delete(circular);
		assertBuilt(ws, "2023-10");
		assertThat(circular).exists();
		assertBuilt(ws, "2023-10", "--force");
		assertKept(ws, "2023-10");
		Files.createDirectories(workspace.resolve("templates"));
		Files.copy(Path.of("src/main/resources/templates/circular.jrxml"), workspace.resolve("templates/circular.jrxml"));
		assertBuilt(ws, "2023-10");
		assertKept(ws, "2023-10", "--reports", "circular");
		assertBuilt(ws, "2023-10", "--reports", "none");

		// a run of another period may change what this one's reports show
		assertBuilt(ws, "2023-11");
		assertBuilt(ws, "2023-10", "--reports", "circular");
		assertKept(ws, "2023-10", "--reports", "circular");
	}

	@Test
	void aNewReturnRewritesItsUnitsReportAndKeepsTheOtherUnitsPdfs() throws Exception {
		// given a period consolidated with every report, one unit having reported
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path folder = workspace.resolve("output/2023-10");
		Path units = folder.resolve("单位报告");
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/康平县.xlsx"),
				LocalDate.of(2023, 10, 25));
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path kangping = units.resolve("康平县人民政府-2023年10月进展报告.pdf");
		Path heping = units.resolve("和平区人民政府-2023年10月催报通知.pdf");
		Path xinmin = units.resolve("新民市人民政府-2023年10月催报通知.pdf");
		FileTime kangpingWritten = Files.getLastModifiedTime(kangping);
		FileTime hepingWritten = Files.getLastModifiedTime(heping);
		assertThat(xinmin).exists();

		// when 新民市 reports too
		ReturnFixtures.fill(folder.resolve("新民市人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/新民市.xlsx"),
				LocalDate.of(2023, 10, 26));
		Result second = run("consolidate", "-w", ws, "-p", "2023-10");

		// then 新民市's report replaces its reminder, and the other 48 units' PDFs are kept as they were
		assertThat(second.exitCode()).isZero();
		assertThat(units.resolve("新民市人民政府-2023年10月进展报告.pdf")).exists();
		assertThat(xinmin).doesNotExist();
		assertThat(Files.getLastModifiedTime(kangping)).isEqualTo(kangpingWritten);
		assertThat(Files.getLastModifiedTime(heping)).isEqualTo(hepingWritten);

		// --force writes every PDF again, changed or not
		FileTime hepingKept = Files.getLastModifiedTime(heping);
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--force").exitCode()).isZero();
		assertThat(Files.getLastModifiedTime(heping)).isNotEqualTo(hepingKept);

		// and another as-of day changes every unit's PDF: all are written again
		Result asOf = run("consolidate", "-w", ws, "-p", "2023-10", "--as-of", "2023-11-10");
		assertThat(asOf.exitCode()).isZero();
		assertThat(Files.getLastModifiedTime(kangping)).isNotEqualTo(kangpingWritten);
		assertThat(Files.getLastModifiedTime(heping)).isNotEqualTo(hepingWritten);
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(heping.toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("2023年11月10日");
		}
	}

	private static void assertKept(String ws, String period, String... more) {
		Result result = consolidate(ws, period, more);
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).as("consolidate %s %s", period, String.join(" ", more)).contains(KEPT);
	}

	private static void assertBuilt(String ws, String period, String... more) {
		Result result = consolidate(ws, period, more);
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).as("consolidate %s %s", period, String.join(" ", more)).doesNotContain(KEPT);
	}

	/** {@code --reports circular} unless said otherwise: the unit reports would only make it slow. */
	private static Result consolidate(String ws, String period, String... more) {
		if (!java.util.Arrays.asList(more).contains("--reports")) {
			String[] withReports = java.util.Arrays.copyOf(more, more.length + 2);
			withReports[more.length] = "--reports";
			withReports[more.length + 1] = "circular";
			more = withReports;
		}
		String[] args = new String[5 + more.length];
		args[0] = "consolidate";
		args[1] = "-w";
		args[2] = ws;
		args[3] = "-p";
		args[4] = period;
		System.arraycopy(more, 0, args, 5, more.length);
		return run(args);
	}

}
