package org.workledger.workbook;

/**
 * Text for the XML parts of a workbook written by hand: escaped, and characters XML 1.0
 * cannot hold (control characters a unit pasted, broken surrogates) replaced by {@code ?},
 * as the ledger's writer does.
 */
public final class XmlText {

	/** A worksheet's {@code headerFooter}: 第 N 页 共 M 页 at the foot, as {@link PrintLayout} gives the sheets POI writes. */
	public static final String PAGE_NUMBERS_FOOTER = "<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>";

	private XmlText() {
	}

	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						out.append(c).append(text.charAt(++i));
					}
					else {
						boolean valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
								|| (c >= 0xE000 && c <= 0xFFFD);
						out.append(valid ? c : '?');
					}
				}
			}
		}
		return out.toString();
	}

}
