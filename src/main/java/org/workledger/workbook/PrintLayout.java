package org.workledger.workbook;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How every sheet workledger writes comes out of the office's printer: A4, as wide as the
 * page and as many pages long as it needs, centred, with 第 N 页 共 M 页 at the foot. The
 * blank forms, the ledger and the problem list handed back with a rejected return print
 * alike.
 */
public final class PrintLayout {

	private PrintLayout() {
	}

	/** @param sideMargin left and right, in inches: narrower for the ledger's many columns */
	public static void onA4(Sheet sheet, boolean landscape, double sideMargin) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(landscape);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setMargin(PageMargin.LEFT, sideMargin);
		sheet.setMargin(PageMargin.RIGHT, sideMargin);
		sheet.setMargin(PageMargin.TOP, 0.6);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.setMargin(PageMargin.HEADER, 0.3);
		sheet.setMargin(PageMargin.FOOTER, 0.3);
		sheet.setHorizontallyCenter(true);
		sheet.getFooter().setCenter("第 &P 页 共 &N 页");
	}

}
