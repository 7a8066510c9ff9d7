package org.workledger.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.bundle.Bundle.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle's POSIX launcher, bin/workledger: finding Java and saying in Chinese what is
 * wrong when it cannot, and what it hands to Java. A stand-in {@code java} script prints
 * the arguments it was given, so these tests run in a second.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher bin/workledger")
class LauncherIT {

	@TempDir
	static Path installed;

	static Path bundle;

	@TempDir
	Path temp;

	@BeforeAll
	static void unpack() throws Exception {
		bundle = Bundle.untar(Bundle.tarGz(), installed);
	}

	@Test
	void saysInChineseThatJavaHomeHasNoJava() throws Exception {
		// given JAVA_HOME pointing at a folder without Java, and no java on the PATH
		Path notAJdk = Files.createDirectories(this.temp.resolve("jdk 17"));
		Map<String, String> environment = Bundle.environment(
				Map.of("JAVA_HOME", notAJdk.toString(), "PATH", tools().toString()));

		Result result = Bundle.run(this.temp, environment, launcher(), "distribute", "--period", "2023-10");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("错误：环境变量 JAVA_HOME 指向 " + notAJdk + "，但其中没有 bin/java，无法运行 workledger。",
				"Java 17 或更高版本的安装目录");
	}

	@Test
	void saysInChineseThatThereIsNoJava() throws Exception {
		Map<String, String> environment = new HashMap<>(Bundle.environment(Map.of("PATH", tools().toString())));
		environment.remove("JAVA_HOME");

		Result result = Bundle.run(this.temp, environment, launcher(), "status");

		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("错误：未找到 Java，无法运行 workledger。workledger 需要 Java 17 或更高版本。",
				"请安装 Java 17");
	}

	@Test
	void saysInChineseThatJavaIsTooOld() throws Exception {
		for (String version : List.of("1.8.0_381", "11.0.21")) {
			Path jdk = fakeJava(this.temp.resolve("java " + version), version);

			Result result = Bundle.run(this.temp, Bundle.environment(Map.of("JAVA_HOME", jdk.toString())), launcher(),
					"status");

			assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
			assertThat(result.output()).contains("错误：workledger 需要 Java 17 或更高版本，而 " + jdk.resolve("bin/java")
					+ " 是 Java " + version + "，版本过低。", "请安装 Java 17");
		}
	}

	@Test
	void runsTheJarWithTheReadmesOptionsAndEveryArgumentAsGiven() throws Exception {
		// given a Java 17 on the PATH only, no locale, and arguments with spaces and Chinese
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.9");
		Map<String, String> environment = new HashMap<>(
				Bundle.environment(Map.of("PATH", jdk.resolve("bin") + ":" + tools())));
		environment.remove("JAVA_HOME");
		Path workspace = this.temp.resolve("政务 公开/台账");

		Result result = Bundle.run(this.temp, environment, launcher(), "consolidate", "--workspace",
				workspace.toString(), "--period", "2023年10月", "--spring.datasource.url=jdbc:h2:mem:a b;MODE=x", "");

		// then Java runs the bundle's jar with the options for batch work, in UTF-8, and the arguments unchanged
		assertThat(result.exitCode()).as("java's own exit code").isEqualTo(3);
		assertThat(result.output().lines()).containsExactly("LC_ALL=C.UTF-8", "[-Xmx512m]", "[-XX:+UseParallelGC]",
				"[-XX:TieredStopAtLevel=1]", "[-Dspring.aot.enabled=true]", "[-Dfile.encoding=UTF-8]", "[-Dstdout.encoding=UTF-8]", "[-Dstderr.encoding=UTF-8]",
				"[-Dsun.stdout.encoding=UTF-8]", "[-Dsun.stderr.encoding=UTF-8]", "[-Djava.awt.headless=true]", "[-jar]",
				"[" + bundle.toRealPath().resolve("lib/workledger.jar") + "]", "[consolidate]", "[--workspace]",
				"[" + workspace + "]", "[--period]", "[2023年10月]", "[--spring.datasource.url=jdbc:h2:mem:a b;MODE=x]",
				"[]");
	}

	@Test
	void takesHeapAndCollectorFromWorkledgerJavaOpts() throws Exception {
		Path jdk = fakeJava(this.temp.resolve("jdk"), "21");
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString(), "LANG", "zh_CN.UTF-8",
				"WORKLEDGER_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC -Dworkledger.note=x"));

		Result result = Bundle.run(this.temp, environment, launcher(), "status");

		assertThat(result.output().lines()).contains("[-Xmx2g]", "[-XX:+UseG1GC]", "[-Dworkledger.note=x]", "[status]")
			.doesNotContain("[-Xmx512m]", "[-XX:+UseParallelGC]");
		// the options come after the defaults, so that any other one given twice is the user's
		assertThat(result.output().indexOf("[-Dworkledger.note=x]"))
			.isGreaterThan(result.output().indexOf("[-Dfile.encoding=UTF-8]"));
	}

	@Test
	void makesAClassDataArchiveForItsJavaOnceAndUsesIt() throws Exception {
		// given a Java of a version no archive was made for yet
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.42");
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString()));
		Path archive = bundle.toRealPath().resolve("lib/cds/workledger-" + build(launcherText()) + "-java-17.0.42.jsa");

		// when the first command runs, a training run is tried first (this fake java makes no archive)
		Result first = Bundle.run(this.temp, environment, launcher(), "status");

		// then the clerk is told once what the wait is, and the command runs without an archive
		assertThat(first.output()).contains("首次运行：正在为本机准备启动加速文件（约 20 秒，只做一次）", "[status]")
			.doesNotContain("SharedArchiveFile");
		assertThat(archive).doesNotExist();

		// a training run that failed is not tried again at the next command
		assertThat(archive.resolveSibling(archive.getFileName() + ".failed")).exists();
		assertThat(Bundle.run(this.temp, environment, launcher(), "status").output()).doesNotContain("首次运行");

		// once there is an archive for this Java, every command uses it, quietly
		Files.writeString(archive, "archive");
		Result later = Bundle.run(this.temp, environment, launcher(), "status");
		assertThat(later.output()).doesNotContain("首次运行")
			.contains("[-XX:SharedArchiveFile=" + archive + "]", "[-Xlog:cds=off]", "[status]");
		Result off = Bundle.run(this.temp, Bundle.environment(Map.of("JAVA_HOME", jdk.toString(), "WORKLEDGER_CDS", "off")),
				launcher(), "status");
		assertThat(off.output()).doesNotContain("SharedArchiveFile");
		Files.delete(archive);
		Files.delete(archive.resolveSibling(archive.getFileName() + ".failed"));
	}

	@Test
	void replacesTheArchiveOfAnotherBuildWithItsOwn() throws Exception {
		// given the archive this build made with a Java that makes one when asked (as a real one does),
		// and what an older bundle left: an archive named before builds were in the name, a
		// training run that failed, one that was interrupted
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.43", true);
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString()));
		Path cds = bundle.toRealPath().resolve("lib/cds");
		String launcher = launcherText();
		String build = build(launcher);
		assertThat(build).as("the build written in when the bundle was packaged")
			.matches(Pattern.quote(Bundle.folder().substring("workledger-".length())) + "-\\d{8}-\\d{6}");
		Path archive = cds.resolve("workledger-" + build + "-java-17.0.43.jsa");
		Result made = Bundle.run(this.temp, environment, launcher(), "status");
		assertThat(made.output()).contains("首次运行", "[-XX:SharedArchiveFile=" + archive + "]");
		assertThat(archive).hasContent("archive");
		List<Path> older = List.of(cds.resolve("workledger-java-17.0.43.jsa"), cds.resolve("workledger-java-17.0.9.jsa.failed"),
				cds.resolve("workledger-" + build + "-java-17.0.43.jsa.4242"));
		for (Path file : older) {
			Files.writeString(file, "older");
		}
		Path next = bundle.resolve("bin/workledger-next");
		try {
			// when the next build is unpacked over it: a launcher naming another build (the jar would be new too)
			Files.writeString(next, launcher.replace("workledger_build='" + build + "'", "workledger_build='0.2.0-20270101-000000'"));
			Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rwxr-xr-x"));
			Result upgraded = Bundle.run(this.temp, environment, next.toString(), "status");

			// then its first command makes the next build's archive and uses it, and the others are gone
			Path nextArchive = cds.resolve("workledger-0.2.0-20270101-000000-java-17.0.43.jsa");
			assertThat(upgraded.output()).contains("首次运行", "[-XX:SharedArchiveFile=" + nextArchive + "]", "[status]")
				.doesNotContain(archive.toString());
			try (var files = Files.list(cds)) {
				assertThat(files).containsExactly(nextArchive);
			}
			// and the next command uses it without a training run
			assertThat(Bundle.run(this.temp, environment, next.toString(), "status").output()).doesNotContain("首次运行")
				.contains("[-XX:SharedArchiveFile=" + nextArchive + "]");
		}
		finally {
			Files.deleteIfExists(next);
			try (var files = Files.list(cds)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void runsCommandsWithTheQuickCompilerAndTheServiceWithBoth() throws Exception {
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.9");
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString(), "WORKLEDGER_CDS", "off"));

		assertThat(Bundle.run(this.temp, environment, launcher(), "consolidate").output())
			.contains("[-XX:TieredStopAtLevel=1]");
		assertThat(Bundle.run(this.temp, environment, launcher(), "serve").output())
			.doesNotContain("TieredStopAtLevel");
		assertThat(Bundle.run(this.temp, environment, launcher(), "schedule").output())
			.doesNotContain("TieredStopAtLevel");
	}

	@Test
	void startsTheCommandsFromTheirAheadOfTimeContextAndTheConsoleAsUsual() throws Exception {
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.9");
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString(), "WORKLEDGER_CDS", "off"));

		for (String command : new String[] { "distribute", "consolidate", "status", "schedule", "bench", "check" }) {
			assertThat(Bundle.run(this.temp, environment, launcher(), command).output()).as(command)
				.contains("[-Dspring.aot.enabled=true]");
		}
		// the web console's context has beans the commands' has not (its conditions differ)
		assertThat(Bundle.run(this.temp, environment, launcher(), "serve").output()).doesNotContain("spring.aot");
	}

	@Test
	void givesALargeRoundBothCompilers() throws Exception {
		// given a workspace whose input folder holds a province's returns (5,000 files, some in a sub-folder)
		Path jdk = fakeJava(this.temp.resolve("jdk"), "17.0.9");
		Map<String, String> environment = Bundle.environment(Map.of("JAVA_HOME", jdk.toString(), "WORKLEDGER_CDS", "off"));
		Path workspace = this.temp.resolve("省 台账");
		Files.createDirectories(workspace.resolve("input/returns"));
		Files.createFile(workspace.resolve("input/单位名册.xlsx"));
		for (int i = 1; i < 5000; i++) {
			Files.createFile(workspace.resolve("input/returns/" + i + ".xlsx"));
		}

		// then consolidate and a bench of that size keep both compilers, with shallower inlining
		for (List<String> command : List.of(List.of("consolidate", "--workspace", workspace.toString()),
				List.of("consolidate", "--workspace=" + workspace), List.of("consolidate", "-w" + workspace),
				List.of("bench", "--returns", "10000"), List.of("bench", "-n", "5000"))) {
			List<String> arguments = new ArrayList<>(List.of(launcher()));
			arguments.addAll(command);
			assertThat(Bundle.run(this.temp, environment, arguments.toArray(String[]::new)).output()).as("%s", command)
				.contains("[-XX:InlineSmallCode=500]", "[-XX:MaxInlineLevel=6]")
				.doesNotContain("TieredStopAtLevel");
		}
		// a smaller round, or another command on the same workspace, runs with the quick compiler
		Files.delete(workspace.resolve("input/returns/1.xlsx"));
		assertThat(Bundle.run(this.temp, environment, launcher(), "consolidate", "--workspace", workspace.toString())
			.output()).contains("[-XX:TieredStopAtLevel=1]").doesNotContain("InlineSmallCode");
		assertThat(Bundle.run(this.temp, environment, launcher(), "bench", "--returns", "1000").output())
			.contains("[-XX:TieredStopAtLevel=1]");
		assertThat(Bundle.run(this.temp, environment, launcher(), "status", "--workspace", workspace.toString()).output())
			.contains("[-XX:TieredStopAtLevel=1]");
	}

	private static String launcher() {
		return bundle.resolve("bin/workledger").toString();
	}

	private static String launcherText() throws IOException {
		return Files.readString(bundle.resolve("bin/workledger"));
	}

	/** The build the launcher names its class data sharing archive after. */
	private static String build(String launcher) {
		Matcher build = Pattern.compile("(?m)^workledger_build='([^']*)'$").matcher(launcher);
		assertThat(build.find()).as("workledger_build in bin/workledger").isTrue();
		return build.group(1);
	}

	/** What the launcher needs besides sh's built-ins, and no java. */
	private Path tools() throws IOException {
		Path tools = this.temp.resolve("tools");
		return Files.isDirectory(tools) ? tools : Bundle.toolsWithoutJava(tools, "dirname", "readlink", "sed");
	}

	private static Path fakeJava(Path home, String version) throws IOException {
		return fakeJava(home, version, false);
	}

	/**
	 * A JAVA_HOME whose bin/java says it is {@code version} (as java -version does, after a
	 * JAVA_TOOL_OPTIONS line) and otherwise prints LC_ALL and each argument, and exits 3;
	 * or, when it {@code archives} and is asked for a class data sharing archive, writes
	 * "archive" there and exits 0.
	 */
	private static Path fakeJava(Path home, String version, boolean archives) throws IOException {
		Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
		Files.writeString(java, """
				#!/bin/sh
				if [ "$1" = "-version" ]; then
					echo 'Picked up JAVA_TOOL_OPTIONS: -Dsomething=1' >&2
					echo 'openjdk version "%s" 2023-10-17' >&2
					echo 'OpenJDK Runtime Environment (build %s)' >&2
					exit 0
				fi
				for argument in "$@"; do
					case $argument in
						-XX:ArchiveClassesAtExit=*) %s ;;
					esac
				done
				printf 'LC_ALL=%%s\\n' "$LC_ALL"
				for argument in "$@"; do
					printf '[%%s]\\n' "$argument"
				done
				exit 3
				""".formatted(version, version, archives ? "printf archive >\"${argument#*=}\"; exit 0" : ":"));
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return home;
	}

}
