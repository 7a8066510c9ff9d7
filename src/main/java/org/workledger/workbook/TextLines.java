package org.workledger.workbook;

/**
 * How many lines a wrapped text takes in a column, counting CJK characters double: the
 * workbooks we write set row heights from it, because Excel does not grow rows of a file
 * it opens and LibreOffice and WPS measure differently.
 */
public final class TextLines {

	private TextLines() {
	}

	/** Lines {@code text} needs in a column {@code width} digit-widths wide; at least 1. */
	public static int count(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		// cell padding and word wrapping leave a little less than the full width
		double usable = Math.max(1, width - 1.5);
		int total = 0;
		int units = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				total += Math.max(1, (int) Math.ceil(units / usable));
				units = 0;
			}
			else if (!Character.isLowSurrogate(c)) {
				units += isWide(Character.codePointAt(text, i)) ? 2 : 1;
			}
		}
		return total + Math.max(1, (int) Math.ceil(units / usable));
	}

	/**
	 * Full-width on screen: CJK ideographs and punctuation, full-width forms, Chinese
	 * quotes. Plain ranges: this runs for every character of a 350,000-row ledger.
	 */
	static boolean isWide(int codePoint) {
		if (codePoint < 0x2018) {
			return false;
		}
		if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
			// the common ideographs: nearly every character of a narrative
			return true;
		}
		return codePoint <= 0x201D || (codePoint >= 0x3000 && codePoint <= 0x303F)
				|| (codePoint >= 0xFF00 && codePoint <= 0xFFEF) || Character.isIdeographic(codePoint);
	}

}
