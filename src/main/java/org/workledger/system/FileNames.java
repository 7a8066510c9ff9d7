package org.workledger.system;

import java.nio.charset.StandardCharsets;

/**
 * File names that are safe on Windows and Linux whatever a unit is called: no reserved
 * characters, no trailing dots or spaces, no device names, and not too long.
 */
public final class FileNames {

	/**
	 * Linux allows 255 bytes in a name and a Chinese character takes three: a unit's file
	 * named with a whole sentence once made its 问题清单's name too long to write. 150 bytes
	 * leave room for what is added (-退回修改.xlsx, a temporary suffix while writing).
	 */
	static final int MAX_BYTES = 150;

	private FileNames() {
	}

	/**
	 * The start of a long name, then a mark of the whole one: two long names that begin alike
	 * (a unit's first and second try) still give two files.
	 */
	private static String shortened(String name) {
		String mark = "…" + String.format("%06x", name.hashCode() & 0xffffff);
		int budget = MAX_BYTES - mark.getBytes(StandardCharsets.UTF_8).length;
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int i = 0; i < name.length();) {
			int codePoint = name.codePointAt(i);
			int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + bytes > budget) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += bytes;
			i += Character.charCount(codePoint);
		}
		return kept.toString().strip() + mark;
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
		if (safe.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			safe = shortened(safe);
		}
		if (safe.isEmpty() || safe.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?")) {
			safe = "_" + safe;
		}
		return safe;
	}

}
