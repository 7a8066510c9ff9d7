package org.workledger.returns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file found in {@code input/}.
 *
 * @param name path below input/, as the clerk sees it
 * @param ignored lock, hidden or temporary files: recorded, never read
 * @param settling changed within the settle time, maybe still being copied: left for the next run
 * @param sha256 content hash when already known, else empty
 * @param packed a zip whose workbooks were unpacked and are taken in one by one (see
 * {@link org.workledger.intake.PackedReturns}): not itself read
 */
public record InputCandidate(Path path, String name, boolean ignored, boolean settling, String sha256, boolean packed) {

	public InputCandidate(Path path, String name, boolean ignored, boolean settling, String sha256) {
		this(path, name, ignored, settling, sha256, false);
	}

	public InputCandidate(Path path, String name, boolean ignored, boolean settling) {
		this(path, name, ignored, settling, "");
	}

	/** One line of a partition's file list (tab never occurs in a path a clerk can type). */
	static String encode(Path path, String name, boolean ignored, boolean settling, String sha256) {
		return encode(path, name, ignored, settling, sha256, false);
	}

	static String encode(Path path, String name, boolean ignored, boolean settling, String sha256, boolean packed) {
		return (ignored ? "I" : "-") + (settling ? "S" : "-") + (packed ? "P" : "-") + "\t" + sha256 + "\t" + name
				+ "\t" + path;
	}

	static List<InputCandidate> decode(String lines) {
		List<InputCandidate> candidates = new ArrayList<>();
		if (lines == null || lines.isEmpty()) {
			return candidates;
		}
		for (String line : lines.split("\n")) {
			String[] parts = line.split("\t", 4);
			candidates.add(new InputCandidate(Path.of(parts[3]), parts[2], parts[0].charAt(0) == 'I',
					parts[0].charAt(1) == 'S', parts[1], parts[0].charAt(2) == 'P'));
		}
		return candidates;
	}

}
