package org.workledger.findings;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a finding is, as Excel shows it: file name, sheet and A1 cell. Sheet and cell
 * are empty for findings about a whole file.
 */
public record Location(String file, String sheet, String cell) {

	public Location {
		file = file == null ? "" : file;
		sheet = sheet == null ? "" : sheet;
		cell = cell == null ? "" : cell;
	}

	public static Location file(String file) {
		return new Location(file, "", "");
	}

	public static Location sheet(String file, String sheet) {
		return new Location(file, sheet, "");
	}

	/** Zero-based row and column, as POI counts them. */
	public static Location cell(String file, String sheet, int row, int column) {
		return new Location(file, sheet, new CellReference(row, column).formatAsString(false));
	}

	public static Location row(String file, String sheet, int row) {
		return new Location(file, sheet, "第" + (row + 1) + "行");
	}

	/** {@code 任务分解表!E7}: the reference a clerk can type into Excel's name box. */
	public String sheetCell() {
		if (this.sheet.isEmpty()) {
			return "";
		}
		if (this.cell.isEmpty()) {
			return this.sheet;
		}
		// "第3行" is a whole row, not something to type into the name box
		return this.cell.startsWith("第") ? this.sheet + " " + this.cell : this.sheet + "!" + this.cell;
	}

	@Override
	public String toString() {
		String where = sheetCell();
		return where.isEmpty() ? this.file : this.file + " " + where;
	}

}
