package org.workledger.system;

import java.io.File;
import java.nio.file.Path;

/**
 * This build of workledger, as the class path's files and their sizes and modification
 * times: a new build may read, check or write differently, so what an earlier build made
 * is not kept as it is.
 */
public final class ProgramStamp {

	private static final String STAMP = compute();

	private ProgramStamp() {
	}

	public static String current() {
		return STAMP;
	}

	private static String compute() {
		StringBuilder program = new StringBuilder();
		for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
			Path path = Path.of(entry).toAbsolutePath();
			program.append(path);
			String stamp = PropertiesFiles.stamp(path);
			if (stamp != null) {
				program.append(' ').append(stamp);
			}
			program.append('\n');
		}
		return program.toString();
	}

}
