package org.workledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.workledger.intake.Sha256;

/** A throw-away workspace with the shipped samples in {@code input/}. */
public final class TestWorkspace {

	private TestWorkspace() {
	}

	public static Path create() {
		try {
			Path root = Files.createTempDirectory("workledger-");
			Files.createDirectories(root.resolve("input"));
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path withSamples() {
		Path root = create();
		copySamples(root);
		return root;
	}

	public static void copySamples(Path root) {
		try {
			Files.createDirectories(root.resolve("input"));
			Files.copy(Samples.BREAKDOWN, root.resolve("input").resolve(Samples.BREAKDOWN.getFileName()),
					StandardCopyOption.REPLACE_EXISTING);
			Files.copy(Samples.ROSTER, root.resolve("input").resolve(Samples.ROSTER.getFileName()),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every file below {@code dir} with its hash: proves a command left a folder alone. */
	public static Map<String, String> snapshot(Path dir) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(dir)) {
			files.filter(Files::isRegularFile).forEach(f -> hashes.put(dir.relativize(f).toString(), Sha256.of(f)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return hashes;
	}

}
