package org.workledger.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.workledger.intake.InputFolder;

/**
 * The files of {@code input/} that an earlier run read as returns, known by their name
 * below {@code input/}, size and modification time (to the millisecond): telling a
 * workbook from a roster or a task breakdown means reading it, and a province's first round
 * leaves thousands of hand-made returns in {@code input/} that every later run would read
 * again before its intake passes them over as already taken in (10,000: 7 s of a rerun).
 * A file written since, even with the same name, is read again.
 */
public final class KnownReturns {

	private static final KnownReturns NONE = new KnownReturns(Set.of());

	private final Set<String> keys;

	private KnownReturns(Set<String> keys) {
		this.keys = keys;
	}

	public static KnownReturns none() {
		return NONE;
	}

	/** From the name, size and modification time of each file taken in as a return. */
	static KnownReturns of(Set<String> keys) {
		return new KnownReturns(Set.copyOf(keys));
	}

	static String key(String name, long size, Instant modified) {
		return name + "\t" + size + "\t" + modified.toEpochMilli();
	}

	/** True when {@code file} is, by name, size and time, a file an earlier run read as a return. */
	public boolean contains(InputFolder input, Path file) {
		if (this.keys.isEmpty()) {
			return false;
		}
		try {
			return this.keys.contains(key(input.displayName(file), Files.size(file), Files.getLastModifiedTime(file).toInstant()));
		}
		catch (IOException ex) {
			// gone or unreadable: the scan says what is wrong with it
			return false;
		}
	}

}
