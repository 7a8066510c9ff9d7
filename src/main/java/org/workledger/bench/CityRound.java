package org.workledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.workledger.period.Period;

/**
 * A city-scale round, timed as the clerk feels it: every command is its own fresh JVM,
 * timed from command to exit, started through the bundle's launcher when this one was
 * (so its options are measured), else with the options this JVM was started with. On a copy of a sample workspace (the real task
 * breakdown and roster): distribute, the units' returns dropped in, consolidate with every
 * report, the same again with nothing new, status, one more return and consolidate (its
 * unit's report, the circular and the lead tables are written, the other PDFs kept), and a
 * run with another as-of day (everything written).
 */
public final class CityRound {

	public static final Period PERIOD = Period.parse("2023-10");

	/** One command and how long it took. */
	public record Step(String label, List<String> command, double seconds, int exitCode, String lastLine) {
	}

	private final Path samples;

	private final Path root;

	private final int returns;

	private final PrintWriter out;

	/**
	 * @param samples a workspace whose {@code input/} holds the task breakdown and the roster
	 * @param root where the round's workspace is made afresh
	 */
	public CityRound(Path samples, Path root, int returns, PrintWriter out) {
		this.samples = samples;
		this.root = root;
		this.returns = returns;
		this.out = out;
	}

	public List<Step> run() throws IOException, InterruptedException {
		prepare();
		List<Step> steps = new ArrayList<>();
		String ws = this.root.toString();
		steps.add(time("distribute", "distribute", "-w", ws, "--period", PERIOD.key()));
		List<Path> filled = FilledReturns.fill(this.root.resolve("output").resolve(PERIOD.key()),
				this.root.resolve("input"), this.returns, PERIOD.lastDay().minusDays(2), 42);
		this.out.printf("已把 %d 份填好的进展情况表放入 input/%n", filled.size());
		steps.add(time("consolidate --reports all", "consolidate", "-w", ws, "--period", PERIOD.key(), "--reports",
				"all"));
		steps.add(time("consolidate again, nothing new", "consolidate", "-w", ws, "--period", PERIOD.key(),
				"--reports", "all"));
		steps.add(time("status", "status", "-w", ws));
		FilledReturns.fill(this.root.resolve("output").resolve(PERIOD.key()), this.root.resolve("input"), this.returns, 1,
				PERIOD.lastDay().minusDays(1), 43);
		this.out.println("又放入 1 份填好的进展情况表");
		steps.add(time("consolidate, one more return", "consolidate", "-w", ws, "--period", PERIOD.key(), "--reports",
				"all"));
		LocalDate asOf = PERIOD.lastDay().plusDays(5);
		steps.add(time("consolidate --as-of " + asOf + " (rebuilt)", "consolidate", "-w", ws, "--period",
				PERIOD.key(), "--reports", "all", "--as-of", asOf.toString()));
		return steps;
	}

	private void prepare() throws IOException {
		if (Files.exists(this.root)) {
			try (Stream<Path> walk = Files.walk(this.root)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Files.createDirectories(this.root.resolve("input"));
		try (Stream<Path> files = Files.list(this.samples.resolve("input"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).toList()) {
				Files.copy(file, this.root.resolve("input").resolve(file.getFileName()),
						StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		Path settings = this.samples.resolve("workledger.yml");
		if (Files.exists(settings)) {
			Files.copy(settings, this.root.resolve("workledger.yml"));
		}
	}

	private Step time(String label, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		String launcher = System.getenv("WORKLEDGER_LAUNCHER");
		if (launcher != null && Files.isRegularFile(Path.of(launcher))) {
			// started by the bundle's launcher: each command through it, with the options it gives that command
			if (launcher.endsWith(".bat")) {
				command.addAll(List.of("cmd", "/c"));
			}
			command.add(launcher);
		}
		else {
			command.add(ProcessHandle.current().info().command().orElse("java"));
			// the options this JVM was started with; not a debugger's agent
			ManagementFactory.getRuntimeMXBean()
				.getInputArguments()
				.stream()
				.filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent"))
				.forEach(command::add);
			command.add("-jar");
			command.add(jar().toString());
		}
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile("workledger-city-", ".log");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		List<String> lines = Files.readAllLines(log);
		Files.deleteIfExists(log);
		String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		this.out.printf("%-45s %6.2f s  退出码 %d  %s%n", label, seconds, exit, shorten(lines));
		this.out.flush();
		return new Step(label, command, seconds, exit, last);
	}

	private static String shorten(List<String> lines) {
		String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
		return first.length() > 60 ? first.substring(0, 60) + "…" : first;
	}

	/** The jar this JVM runs ({@code java -jar} puts only it on the class path). */
	static Path jar() {
		Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
		if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
			throw new IllegalStateException("城市规模的基准测试要从 jar 运行（java -jar workledger.jar bench --city）");
		}
		return jar;
	}

}
