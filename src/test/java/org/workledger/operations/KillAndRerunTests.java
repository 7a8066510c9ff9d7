package org.workledger.operations;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workledger.cli.WorkledgerCommand;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.support.WorkledgerProcess;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety, proved on real processes: a consolidate run killed with SIGKILL at
 * several points and then run again leaves exactly what one clean run leaves — the same
 * ledger, the same reports, the same archive — with nothing lost, nothing counted twice
 * and no half-written file.
 */
class KillAndRerunTests {

	static Path template;

	static Path cleanRun;

	@BeforeAll
	static void prepare() throws Exception {
		// given 80 returns (two versions for 40 units) and two bad ones, written once
		template = TestWorkspace.withSamples();
		int code = WorkledgerCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
				"distribute", "-w", template.toString(), "-p", "2023-10");
		assertThat(code).isZero();
		List<Path> blanks;
		try (Stream<Path> files = Files.list(template.resolve("output/2023-10"))) {
			blanks = files.filter(f -> f.toString().endsWith("进展情况表.xlsx")).sorted().toList();
		}
		Path returns = Files.createDirectories(template.resolve("input/returns"));
		for (int i = 0; i < 40; i++) {
			Path blank = blanks.get(i);
			String unit = blank.getFileName().toString().replace("-2023年10月进展情况表.xlsx", "");
			int percent = 40 + i;
			ReturnFixtures.fill(blank, returns.resolve(unit + "-初稿.xlsx"), LocalDate.of(2023, 10, 20),
					(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, percent - 10));
			if (i == 20) {
				Files.writeString(returns.resolve("损坏的文件.xlsx"), "not a workbook");
				ReturnFixtures.fill(blanks.get(45), returns.resolve("退回样例.xlsx"), LocalDate.of(2023, 10, 20),
						(sheet, r) -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "搞定了"));
			}
			ReturnFixtures.fill(blank, returns.resolve(unit + "-终稿.xlsx"), LocalDate.of(2023, 10, 26),
					(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, percent));
		}
		cleanRun = copyOfInput();
		WorkledgerProcess clean = consolidate(cleanRun);
		assertThat(clean.waitFor(300)).isTrue();
		assertThat(clean.exitCode()).as(clean.output()).isZero();
	}

	@ParameterizedTest(name = "killed after “{0}”")
	@ValueSource(strings = { "任务分解表：", "退回：", "汇总完成", "通报：" })
	void aKilledRunFollowedByARerunEqualsOneCleanRun(String killPoint) throws Exception {
		// given
		Path workspace = copyOfInput();
		Map<String, String> input = TestWorkspace.snapshot(workspace.resolve("input"));

		// when the first run is killed (SIGKILL) at that point, and the run is started again
		WorkledgerProcess first = consolidate(workspace);
		assertThat(first.awaitLine(killPoint, 300)).as(first.output()).isTrue();
		if (killPoint.equals("退回：")) {
			// H2 writes what is committed to its file about every half second: killed sooner than that after the
			// first rejection, the run's own start could be lost with it, and status had no run to call interrupted
			// (seen once on a loaded machine); a second later the intake is still seconds from its end
			Thread.sleep(1_000);
		}
		first.kill();
		// status calls the killed run so, as the console does, not "going"
		java.io.StringWriter status = new java.io.StringWriter();
		org.workledger.cli.WorkledgerCommand.execute(new java.io.PrintWriter(status, true),
				new java.io.PrintWriter(new java.io.StringWriter(), true), "status", "-w", workspace.toString());
		if (killPoint.equals("退回：")) {
			// killed in the intake, with seconds of work to go (killed earlier, nothing is imported and status says
			// so; later, the run may have ended before the signal)
			assertThat(status.toString()).contains("已中断（进程被结束，重新运行即可补齐）");
		}
		WorkledgerProcess again = consolidate(workspace);
		assertThat(again.waitFor(300)).isTrue();

		// then
		assertThat(again.exitCode()).as(again.output()).isZero();
		assertThat(ledger(workspace)).isEqualTo(ledger(cleanRun));
		assertThat(reports(workspace)).isEqualTo(reports(cleanRun));
		assertThat(archive(workspace)).isEqualTo(archive(cleanRun));
		assertThat(TestWorkspace.snapshot(workspace.resolve("input"))).isEqualTo(input);
		try (Stream<Path> files = Files.walk(workspace.resolve("output"))) {
			assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
		}
	}

	@Test
	void aSecondRunOnTheSameWorkspaceStopsAtOnce() throws Exception {
		Path workspace = copyOfInput();
		WorkledgerProcess first = consolidate(workspace);
		assertThat(first.awaitLine("开始汇总", 120)).as(first.output()).isTrue();
		WorkledgerProcess second = consolidate(workspace);
		assertThat(second.waitFor(60)).isTrue();
		assertThat(second.exitCode()).isEqualTo(1);
		assertThat(second.output()).contains("该工作目录正在运行另一个 workledger 任务");
		assertThat(first.waitFor(300)).isTrue();
		assertThat(first.exitCode()).as(first.output()).isZero();
	}

	static WorkledgerProcess consolidate(Path workspace) throws IOException {
		return WorkledgerProcess.start("consolidate", "-w", workspace.toString(), "-p", "2023-10",
				"--workledger.intake.settle-time=0s");
	}

	static Path copyOfInput() throws IOException {
		Path workspace = TestWorkspace.create();
		try (Stream<Path> files = Files.walk(template.resolve("input"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = workspace.resolve("input").resolve(template.resolve("input").relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return workspace;
	}

	static List<List<String>> ledger(Path workspace) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory
			.create(workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx").toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					row.forEach(c -> cells.add(CellValues.text(c)));
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	/** Every PDF's text, by its path below the period folder. */
	static Map<String, String> reports(Path workspace) throws Exception {
		Path folder = workspace.resolve("output/2023-10");
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
				try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
					texts.put(folder.relativize(pdf).toString(), new PDFTextStripper().getText(document));
				}
			}
		}
		return texts;
	}

	static List<String> archive(Path workspace) throws IOException {
		try (Stream<Path> files = Files.walk(workspace.resolve("data/archive"))) {
			return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

}
