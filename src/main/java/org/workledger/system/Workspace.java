package org.workledger.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.workledger.period.Period;

/**
 * The folder an office works in: {@code input/} (what units sent, never modified),
 * {@code output/} (one folder per period), {@code templates/} (report overrides) and
 * {@code data/} (the embedded database and the archive of every file read).
 */
public record Workspace(Path root) {

	public Workspace {
		root = root.toAbsolutePath().normalize();
	}

	public Path input() {
		return this.root.resolve("input");
	}

	public Path output() {
		return this.root.resolve("output");
	}

	public Path templates() {
		return this.root.resolve("templates");
	}

	public Path data() {
		return this.root.resolve("data");
	}

	/**
	 * {@code output/账号}: the unit accounts' initial passwords ({@code user add-units}), for
	 * the clerk to hand out from the folder; never served by the web console.
	 */
	public Path accountsOutput() {
		return output().resolve("账号");
	}

	/** {@code output/2023-10}: everything a run for that period writes. */
	public Path periodOutput(Period period) {
		return output().resolve(period.key());
	}

	/** Whether distribute has written the period's blank workbooks into its output folder. */
	public boolean formsHandedOut(Period period) {
		return anyFileIn(periodOutput(period), name -> name.endsWith("进展情况表.xlsx") || name.endsWith("进展情况表.xls"));
	}

	/** Whether the period was handed out or consolidated: its folder holds its forms or its ledger. */
	public boolean handedOutOrConsolidated(Period period) {
		return formsHandedOut(period) || anyFileIn(periodOutput(period), name -> name.startsWith("汇总台账"));
	}

	private static boolean anyFileIn(Path folder, java.util.function.Predicate<String> name) {
		if (!java.nio.file.Files.isDirectory(folder)) {
			return false;
		}
		try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
			return files.anyMatch(f -> name.test(f.getFileName().toString()));
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	public Path createDirectories(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法创建文件夹 " + dir, ex);
		}
	}

}
