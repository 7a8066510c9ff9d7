package org.workledger.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a cell inside a merged block as the block's value. Excel stores the value only in
 * the top-left cell; a person sees it in every cell.
 */
public final class MergedCells {

	private final SheetGrid sheet;

	private final Map<Long, CellRangeAddress> regionOfCell = new HashMap<>();

	public MergedCells(SheetGrid sheet) {
		this.sheet = sheet;
		for (CellRangeAddress region : sheet.mergedRegions()) {
			// title rows merged over whole columns are huge; only small blocks carry table values
			if ((long) (region.getLastRow() - region.getFirstRow() + 1) * (region.getLastColumn() - region.getFirstColumn() + 1) > 10_000) {
				continue;
			}
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					this.regionOfCell.put(key(r, c), region);
				}
			}
		}
	}

	public String text(int row, int column) {
		CellRangeAddress region = this.regionOfCell.get(key(row, column));
		if (region == null) {
			return this.sheet.text(row, column);
		}
		return this.sheet.text(region.getFirstRow(), region.getFirstColumn());
	}

	/** True when the cell continues a merged block started in an earlier row. */
	public boolean continuesFromAbove(int row, int column) {
		CellRangeAddress region = this.regionOfCell.get(key(row, column));
		return region != null && region.getFirstRow() < row;
	}

	/** True when one merged block covers both cells of the row: a heading merged across the table. */
	public boolean joins(int row, int column, int otherColumn) {
		CellRangeAddress region = this.regionOfCell.get(key(row, column));
		return region != null && region == this.regionOfCell.get(key(row, otherColumn));
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

}
