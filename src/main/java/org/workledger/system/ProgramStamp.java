package org.workledger.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
			try {
				BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
				if (attributes.isRegularFile()) {
					program.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
				}
			}
			catch (IOException ex) {
				// the entry is named only
			}
			program.append('\n');
		}
		return program.toString();
	}

}
