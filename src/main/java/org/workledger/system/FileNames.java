package org.workledger.system;

/**
 * File names that are safe on Windows and Linux whatever a unit is called: no reserved
 * characters, no trailing dots or spaces, no device names, and not too long.
 */
public final class FileNames {

	private static final int MAX_LENGTH = 120;

	private FileNames() {
	}

	public static String safe(String name) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 32 || "\\/:*?\"<>|".indexOf(c) >= 0) {
				out.append('_');
			}
			else {
				out.append(c);
			}
		}
		String safe = out.toString().strip();
		while (safe.endsWith(".") || safe.endsWith(" ")) {
			safe = safe.substring(0, safe.length() - 1);
		}
		while (safe.startsWith(".")) {
			safe = safe.substring(1);
		}
		if (safe.length() > MAX_LENGTH) {
			safe = safe.substring(0, MAX_LENGTH);
		}
		if (safe.isEmpty() || safe.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?")) {
			safe = "_" + safe;
		}
		return safe;
	}

}
