package org.workledger.workbook;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compares labels the way a person reads them: full-width and half-width forms are the
 * same ({@code （%）} = {@code (%)}), whitespace anywhere is ignored and a trailing colon
 * ({@code 填报单位：}) does not count.
 */
public final class Labels {

	private static final Pattern SPACES = Pattern.compile("[ \\t]+");

	/**
	 * Short texts already normalised. Every row of a return is checked for a repeated header,
	 * and its short cells (牵头单位 lists, deadlines, item names) are the same in thousands of
	 * returns: their NFKC normalisation was a twentieth of a first round's intake. Bounded:
	 * once full, texts not in it are normalised each time.
	 */
	private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

	private static final int REMEMBERED = 4096;

	private static final int REMEMBERED_LENGTH = 64;

	private Labels() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		if (isPlain(text)) {
			return text;
		}
		if (text.length() > REMEMBERED_LENGTH) {
			return normalizeNow(text);
		}
		String normalized = NORMALIZED.get(text);
		if (normalized == null) {
			normalized = normalizeNow(text);
			if (NORMALIZED.size() < REMEMBERED) {
				NORMALIZED.put(text, normalized);
			}
		}
		return normalized;
	}

	private static String normalizeNow(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
				out.append(c);
			}
		}
		int end = out.length();
		while (end > 0 && (out.charAt(end - 1) == ':' || out.charAt(end - 1) == '*')) {
			end--;
		}
		int start = 0;
		while (start < end && out.charAt(start) == '*') {
			start++;
		}
		return out.substring(start, end);
	}

	/**
	 * True when normalising cannot change the text: printable ASCII other than the colon and
	 * the asterisk, and the unified ideographs, all of which NFKC leaves alone. Most cells of
	 * a return (numbers, dates, task numbers, status words) are such, and the full
	 * normalisation of every short cell was a noticeable part of reading a return.
	 */
	private static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plain = (c > ' ' && c < 0x7F && c != ':' && c != '*') || (c >= 0x4E00 && c <= 0x9FFF);
			if (!plain) {
				return false;
			}
		}
		return true;
	}

	/** The text without any of these characters at either end (quotes, a full stop …). */
	public static String strip(String text, String characters) {
		int start = 0;
		int end = text.length();
		while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
	}

	public static boolean same(String a, String b) {
		return normalize(a).equals(normalize(b));
	}

	/** Collapses runs of whitespace to one space and trims: for values, not labels. */
	public static String tidy(String text) {
		if (text == null) {
			return "";
		}
		String spaced = text.replace('\u3000', ' ').replace('\u00a0', ' ');
		if (spaced.indexOf('\t') < 0 && !spaced.contains("  ")) {
			// nothing to collapse, as in most cells: no regular expression for them
			return spaced.strip();
		}
		return SPACES.matcher(spaced).replaceAll(" ").strip();
	}

}
