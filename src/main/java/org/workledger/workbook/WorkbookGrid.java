package org.workledger.workbook;

import java.util.List;

/**
 * A workbook's sheets as grids, with which of them are very hidden (our metadata sheet).
 */
public record WorkbookGrid(List<SheetGrid> sheets, List<String> veryHidden) {

	public SheetGrid sheet(String name) {
		return this.sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}

	public boolean isVeryHidden(SheetGrid sheet) {
		return this.veryHidden.contains(sheet.name());
	}

}
