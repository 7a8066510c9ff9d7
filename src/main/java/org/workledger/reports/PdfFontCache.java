package org.workledger.reports;

import com.lowagie.text.pdf.BaseFont;

/**
 * The PDF library keeps every font it has parsed in a static cache, and JasperReports asks
 * it to. For the embedded CJK fonts that is about 100 MB of heap (the font files and a
 * metrics entry per glyph), held for the life of the process. Within a run the cache is
 * what makes thousands of PDFs cheap; after the run it would crowd out the next run of a
 * long-lived {@code schedule} process, whose ledger step needs that memory at province
 * scale. So the reports step empties it when it is done.
 */
abstract class PdfFontCache extends BaseFont {

	private PdfFontCache() {
	}

	static void clear() {
		fontCache.clear();
	}

}
