package org.workledger.workbook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table's header row found by its labels rather than its position: units insert
 * title rows, reorder and hide columns, so readers ask "which column says 主要任务".
 *
 * @param rowIndex zero-based row of the header
 * @param columns normalized label to zero-based column, for the labels that were found
 */
public record HeaderRow(SheetGrid sheet, int topRow, int rowIndex, Map<String, Integer> columns) {

	public HeaderRow(SheetGrid sheet, int rowIndex, Map<String, Integer> columns) {
		this(sheet, rowIndex, rowIndex, columns);
	}

	/** How far down a sheet a header row may be. */
	public static final int SEARCH_ROWS = 30;

	/**
	 * Finds the first row within {@link #SEARCH_ROWS} that holds at least
	 * {@code minimum} of the given labels.
	 */
	public static Optional<HeaderRow> find(SheetGrid sheet, Collection<String> labels, int minimum) {
		for (int r : sheet.rowIndexes()) {
			if (r > SEARCH_ROWS) {
				break;
			}
			Map<String, Integer> found = match(sheet.row(r), labels);
			if (found.size() >= minimum) {
				// a header of two rows: 责任分工 merged over 牵头单位 | 责任单位 in the row below
				Map<String, Integer> below = match(sheet.row(r + 1), labels);
				below.keySet().removeAll(found.keySet());
				below.values().removeAll(found.values());
				if (!below.isEmpty()) {
					Map<String, Integer> both = new LinkedHashMap<>(found);
					both.putAll(below);
					return Optional.of(new HeaderRow(sheet, r, r + 1, both));
				}
				return Optional.of(new HeaderRow(sheet, r, found));
			}
		}
		return Optional.empty();
	}

	/** No table label is longer than this, even typed with spaces between the characters. */
	private static final int LONGEST_LABEL = 40;

	/**
	 * The normalised forms of each label list the readers use (a handful of constant lists):
	 * normalising them again for every row of every sheet was a tenth of telling thousands of
	 * hand-made returns from a task breakdown or a roster.
	 */
	private static final Map<Collection<String>, LabelForms> WANTED = new java.util.concurrent.ConcurrentHashMap<>();

	/** The labels of {@code labels} present in {@code row} (cells by column), with their columns. */
	public static Map<String, Integer> match(Map<Integer, GridCell> row, Collection<String> labels) {
		Map<String, Integer> found = new LinkedHashMap<>();
		if (row.isEmpty()) {
			return found;
		}
		// the readers' label lists are constants; other collections (a header's own labels) are few and small
		LabelForms wanted = labels instanceof List ? WANTED.computeIfAbsent(labels, LabelForms::of) : LabelForms.of(labels);
		for (Map.Entry<Integer, GridCell> cell : row.entrySet()) {
			if (cell.getValue().text().length() > LONGEST_LABEL) {
				// a narrative, not a label: spare it the normalisation
				continue;
			}
			String label = wanted.labelOf(cell.getValue().text());
			if (label != null && !found.containsKey(label)) {
				found.put(label, cell.getKey());
			}
		}
		return found;
	}

	/**
	 * The same header with each label also found under another name its table may use
	 * (完成时间 for 完成时限): the label's own column when present, else its first other name's.
	 */
	public HeaderRow withOtherNames(Map<String, List<String>> otherNames) {
		return new HeaderRow(this.sheet, this.topRow, this.rowIndex, withOtherNames(this.columns, otherNames));
	}

	/** Found labels to columns, with each label also under its first other name found, unless found itself. */
	public static Map<String, Integer> withOtherNames(Map<String, Integer> found, Map<String, List<String>> otherNames) {
		Map<String, Integer> all = new LinkedHashMap<>(found);
		otherNames.forEach((label, names) -> {
			if (!all.containsKey(label)) {
				names.stream().filter(found::containsKey).findFirst().ifPresent(name -> all.put(label, found.get(name)));
			}
		});
		return all;
	}

	/**
	 * 附件1, 附件：, 附表2 above the title, where a table is sent as an attachment to a notice:
	 * not the title (every form and the circular were titled 附件1…).
	 */
	private static final java.util.regex.Pattern ATTACHMENT_MARK = java.util.regex.Pattern
		.compile("^(?:附件|附表|表)[0-9０-９一二三四五六七八九十]*[:：]?$");

	/** The first text above the header row (a table's merged title row), spaces left out. */
	public Optional<String> titleAbove() {
		for (int r : this.sheet.rowIndexes()) {
			if (r >= this.topRow) {
				break;
			}
			for (GridCell cell : this.sheet.row(r).values()) {
				String text = Labels.tidy(cell.text()).replace(" ", "");
				if (!text.isEmpty() && !ATTACHMENT_MARK.matcher(text).matches()) {
					return Optional.of(text);
				}
			}
		}
		return Optional.empty();
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
		return column == null ? "" : this.sheet.text(row, column);
	}

	/** True when a row repeats the header (tables pasted from Word repeat it on every page). */
	public boolean isRepeatedIn(int row) {
		// the header as written (its other names for the labels), not the labels it was found by
		// (a set: only the readers' constant label lists are kept by match)
		java.util.Set<String> written = new java.util.LinkedHashSet<>();
		for (int r = this.topRow; r <= this.rowIndex; r++) {
			this.sheet.row(r).values().forEach(cell -> written.add(cell.text()));
		}
		int columnsFound = new java.util.HashSet<>(this.columns.values()).size();
		return match(this.sheet.row(row), written).size() >= Math.max(2, columnsFound - 1);
	}

}
