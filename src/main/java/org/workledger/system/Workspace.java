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

	public Path createDirectories(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法创建文件夹 " + dir, ex);
		}
	}

}
