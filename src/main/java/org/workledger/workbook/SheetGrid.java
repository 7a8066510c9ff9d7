package org.workledger.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet's non-empty cells by zero-based row and column: small (a return is a few
 * hundred cells), and the same whether it came from POI's usermodel or from streaming
 * the sheet XML, so the return reader has one code path for both.
 */
public final class SheetGrid {

	private final String name;

	private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();

	private final List<CellRangeAddress> mergedRegions = new ArrayList<>();

	public SheetGrid(String name) {
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	public void put(int row, int column, GridCell cell) {
		if (cell.text().isEmpty() && !cell.error()) {
			return;
		}
		this.rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
	}

	public void addMergedRegion(CellRangeAddress region) {
		this.mergedRegions.add(region);
	}

	/** The sheet's merged blocks (their value is in the top-left cell). */
	public List<CellRangeAddress> mergedRegions() {
		return Collections.unmodifiableList(this.mergedRegions);
	}

	public GridCell cell(int row, int column) {
		NavigableMap<Integer, GridCell> cells = this.rows.get(row);
		return cells == null ? null : cells.get(column);
	}

	public String text(int row, int column) {
		GridCell cell = cell(row, column);
		return cell == null ? "" : cell.text();
	}

	/** The non-empty cells of a row by column; empty for a blank row. */
	public Map<Integer, GridCell> row(int row) {
		NavigableMap<Integer, GridCell> cells = this.rows.get(row);
		return cells == null ? Map.of() : Collections.unmodifiableMap(cells);
	}

	/** Rows that have at least one non-empty cell, in order. */
	public Iterable<Integer> rowIndexes() {
		return this.rows.keySet();
	}

	public int lastRow() {
		return this.rows.isEmpty() ? -1 : this.rows.lastKey();
	}

	public static String a1(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

}
