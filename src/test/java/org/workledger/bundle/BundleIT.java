package org.workledger.bundle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.bundle.Bundle.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle IT installs, as {@code package} writes it: unpacked into a folder whose path
 * has spaces and Chinese in it, and the shipped samples run through its launcher.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher bin/workledger")
class BundleIT {

	private static final String PERIOD_FOLDER = "output/2023-10";

	@TempDir
	Path temp;

	@Test
	void zipRunsTheSamplesThroughALinkFromAnyFolder() throws Exception {
		// given the zip unpacked where the path has spaces, and bin/workledger linked from elsewhere
		Path bundle = Bundle.unzip(Bundle.zip(), Files.createDirectories(this.temp.resolve("安装 目录 (含空格)")));
		Path launcher = bundle.resolve("bin/workledger");
		assertThat(launcher).isExecutable();
		Path link = Files.createDirectories(this.temp.resolve("usr local/bin")).resolve("workledger");
		Files.createSymbolicLink(link, launcher);
		Path sample = bundle.resolve("sample-workspace");

		// when distribute runs through the link, in the sample workspace (the default workspace: the current folder)
		Result distribute = Bundle.run(sample, Bundle.environment(Map.of()), link.toString(), "distribute",
				"--period", "2023-10");

		// then the 49 progress workbooks are there
		assertThat(distribute.exitCode()).as(distribute.output()).isZero();
		try (var files = Files.list(sample.resolve(PERIOD_FOLDER))) {
			assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-2023年10月进展情况表.xlsx")))
				.as(distribute.output())
				.hasSize(49)
				.contains("沈阳市人民政府办公室-2023年10月进展情况表.xlsx");
		}

		// when consolidate runs as the quick start says, from the bundle's folder with --workspace
		Result consolidate = Bundle.run(bundle, Bundle.environment(Map.of()), "bin/workledger", "consolidate",
				"--workspace", "sample-workspace", "--period", "2023-10", "--reports", "circular");

		// then the ledger and the circular are written
		assertThat(consolidate.exitCode()).as(consolidate.output()).isZero();
		assertThat(consolidate.output()).contains("单位：应报 49，已报 0，未报 49");
		assertThat(sample.resolve(PERIOD_FOLDER).resolve("汇总台账（2023年10月）.xlsx")).isNotEmptyFile();
		assertThat(sample.resolve(PERIOD_FOLDER).resolve("沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf"))
			.isNotEmptyFile();
	}

	@Test
	void tarGzKeepsTheExecutableBitAndHoldsWhatTheZipHolds() throws Exception {
		// given the tar.gz unpacked with tar
		Path bundle = Bundle.untar(Bundle.tarGz(), Files.createDirectories(this.temp.resolve("opt")));

		// then the launcher is executable for everyone, and the files are the zip's
		assertThat(Files.getPosixFilePermissions(bundle.resolve("bin/workledger"))).contains(
				PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
		assertThat(Bundle.listing(bundle)).isEqualTo(Bundle.zipListing(Bundle.zip()));

		// when the launcher runs by itself from another folder, with the workspace in WORKLEDGER_WORKSPACE
		Path sample = bundle.resolve("sample-workspace");
		Result status = Bundle.run(this.temp, Bundle.environment(Map.of("WORKLEDGER_WORKSPACE", sample.toString())),
				bundle.resolve("bin/workledger").toString(), "status");

		// then that is the workspace it uses
		assertThat(status.exitCode()).as(status.output()).isZero();
		assertThat(status.output()).contains("该工作目录还没有运行过 distribute 或 consolidate：" + sample);

		// and a WORKLEDGER_WORKSPACE that names no folder is called so
		Path missing = this.temp.resolve("台账");
		Result wrong = Bundle.run(this.temp, Bundle.environment(Map.of("WORKLEDGER_WORKSPACE", missing.toString())),
				bundle.resolve("bin/workledger").toString(), "status");
		assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(2);
		assertThat(wrong.output()).contains("工作目录不存在：" + missing + "（请检查环境变量 WORKLEDGER_WORKSPACE，或用 --workspace 指定）");
	}

	@Test
	void benchCityTimesACityRoundCommandByCommandThroughTheLauncher() throws Exception {
		// given the bundle unpacked
		Path bundle = Bundle.untar(Bundle.tarGz(), Files.createDirectories(this.temp.resolve("city")));
		Path round = this.temp.resolve("round");

		// when the city bench runs on its sample workspace with three returns
		Result bench = Bundle.run(bundle, Bundle.environment(Map.of()), "bin/workledger", "bench", "--city", "--samples",
				"sample-workspace", "--returns", "3", "--workspace", round.toString());

		// then every command ran through the launcher and ended well, the rerun with nothing new among them
		assertThat(bench.exitCode()).as(bench.output()).isZero();
		assertThat(bench.output()).contains("报送表 3 份", "已把 3 份填好的进展情况表放入 input/", "consolidate again, nothing new",
				"自上次汇总（运行编号 2", "consolidate, one more return", "README 表格行（秒）：")
			.doesNotContain("退出码 1", "退出码 2");
		assertThat(round.resolve("output/2023-10/汇总台账（2023年10月）.xlsx")).isNotEmptyFile();
	}

	@Test
	void holdsTheSamplesTheUnitAndAQuickStartNotepadShowsRight() throws Exception {
		Path bundle = Bundle.unzip(Bundle.zip(), this.temp);

		assertThat(Bundle.listing(bundle)).containsKeys("bin/workledger", "bin/workledger.bat", "lib/workledger.jar",
				"sample-workspace/input/沈阳市政务公开重点工作任务分解表.xlsx", "sample-workspace/input/单位名册.xlsx",
				"sample-workspace/workledger.yml", "systemd/workledger.service", "快速上手.txt", "README.md");
		// the repository's samples and settings, as they are
		for (String sample : new String[] { "input/沈阳市政务公开重点工作任务分解表.xlsx", "input/单位名册.xlsx", "workledger.yml" }) {
			assertThat(bundle.resolve("sample-workspace").resolve(sample)).hasSameBinaryContentAs(Path.of(sample));
		}

		// the quick start: UTF-8 with a BOM, CRLF only, the commands it tells the clerk to type
		byte[] quickStart = Files.readAllBytes(bundle.resolve("快速上手.txt"));
		assertThat(quickStart).startsWith(0xEF, 0xBB, 0xBF);
		assertCrlfOnly(quickStart, "快速上手.txt");
		String text = new String(quickStart, StandardCharsets.UTF_8);
		assertThat(text).contains("bin\\workledger.bat distribute --workspace sample-workspace --period 2023-10",
				"bin\\workledger.bat consolidate --workspace sample-workspace --period 2023-10",
				"systemd/workledger.service", Bundle.folder() + ".tar.gz")
			.doesNotContain("${");

		// the Windows launcher: CRLF, plain ASCII until the console is switched to UTF-8, the README's JVM options
		byte[] bat = Files.readAllBytes(bundle.resolve("bin/workledger.bat"));
		assertCrlfOnly(bat, "workledger.bat");
		String batText = new String(bat, StandardCharsets.UTF_8);
		int chcp = batText.indexOf("chcp 65001 >nul");
		assertThat(chcp).as("chcp 65001").isPositive();
		assertThat(batText.substring(0, chcp).chars().allMatch(c -> c < 128)).as("ASCII before chcp 65001").isTrue();
		assertThat(batText).contains("-XX:+UseParallelGC", "-Xmx512m", "-Dfile.encoding=UTF-8",
				"-Dsun.stdout.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar \"%WL_JAR%\" %*", "JAVA_HOME",
				"LSS 17");

		// the systemd unit starts the bundle's launcher where the quick start installs it
		String unit = Files.readString(bundle.resolve("systemd/workledger.service"));
		Matcher execStart = Pattern.compile("(?m)^ExecStart=/opt/workledger/(\\S+) (?:serve|schedule) --workspace (\\S+)$")
			.matcher(unit);
		assertThat(execStart.find()).as(unit).isTrue();
		assertThat(bundle.resolve(execStart.group(1))).isExecutable();
		assertThat(unit).contains("WorkingDirectory=" + execStart.group(2), "TimeoutStopSec=660");
		// and is the one the README shows, but for the comments
		String readme = Files.readString(bundle.resolve("README.md"));
		Matcher shown = Pattern.compile("A systemd unit.*?```ini\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertThat(shown.find()).as("the unit in README.md").isTrue();
		assertThat(settings(unit)).isEqualTo(settings(shown.group(1)));
	}

	/** A unit's lines without explanations and blank lines (options left commented out stay). */
	private static java.util.List<String> settings(String unit) {
		return unit.lines().filter(l -> !l.isBlank() && !l.equals("#") && !l.startsWith("# ")).toList();
	}

	private static void assertCrlfOnly(byte[] bytes, String name) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				assertThat(i > 0 && bytes[i - 1] == '\r').as(name + ": a line feed without carriage return at byte " + i)
					.isTrue();
			}
		}
		assertThat(bytes).as(name).contains(0x0D, 0x0A);
	}

}
