package org.workledger.workbook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A table's header row found by its labels rather than its position: units insert
 * title rows, reorder and hide columns, so readers ask "which column says 主要任务".
 *
 * @param rowIndex zero-based row of the header
 * @param columns normalized label to zero-based column, for the labels that were found
 */
public record HeaderRow(Sheet sheet, int rowIndex, Map<String, Integer> columns) {

	/** How far down a sheet a header row may be. */
	public static final int SEARCH_ROWS = 30;

	/**
	 * Finds the first row within {@link #SEARCH_ROWS} that holds at least
	 * {@code minimum} of the given labels.
	 */
	public static Optional<HeaderRow> find(Sheet sheet, Collection<String> labels, int minimum) {
		int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS);
		for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
			Map<String, Integer> found = match(sheet.getRow(r), labels);
			if (found.size() >= minimum) {
				return Optional.of(new HeaderRow(sheet, r, found));
			}
		}
		return Optional.empty();
	}

	/** The labels of {@code labels} present in {@code row}, with their columns. */
	public static Map<String, Integer> match(Row row, Collection<String> labels) {
		Map<String, Integer> found = new LinkedHashMap<>();
		if (row == null) {
			return found;
		}
		Map<String, String> wanted = new LinkedHashMap<>();
		for (String label : labels) {
			wanted.put(Labels.normalize(label), label);
		}
		for (Cell cell : row) {
			String normalized = Labels.normalize(CellValues.text(cell));
			String label = wanted.get(normalized);
			if (label != null && !found.containsKey(label)) {
				found.put(label, cell.getColumnIndex());
			}
		}
		return found;
	}

	public boolean has(String label) {
		return this.columns.containsKey(label);
	}

	public int column(String label) {
		Integer column = this.columns.get(label);
		if (column == null) {
			throw new IllegalArgumentException("no column " + label);
		}
		return column;
	}

	public String text(int row, String label) {
		Integer column = this.columns.get(label);
		return column == null ? "" : CellValues.text(this.sheet, row, column);
	}

	/** True when a row repeats the header (tables pasted from Word repeat it on every page). */
	public boolean isRepeatedIn(Row row) {
		return match(row, this.columns.keySet()).size() >= Math.max(2, this.columns.size() - 1);
	}

}
