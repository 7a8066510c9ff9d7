package org.workledger.returns;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.workbook.GridCell;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.LabelForms;
import org.workledger.workbook.Labels;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UsermodelGrids;
import org.workledger.workbook.WorkbookGrid;

/**
 * Reads a returned progress workbook by its labels, never by position. Units insert
 * rows, reorder and hide columns, retype the header block ({@code 填报单位：} with a
 * full-width colon, or the value in the same cell), leave blank rows and use formulas;
 * all of that is read as a person would read it. Works on a {@link WorkbookGrid}, so a
 * workbook read by POI's usermodel and one streamed from its XML read the same. Rules are
 * applied later, by {@link ReturnValidator}.
 */
public final class ReturnedWorkbookReader {

	/** A row with at least this many contract columns is the task table's header. */
	private static final int RECOGNISED = 4;

	/** How far down a sheet the task table's header may be. */
	private static final int SEARCH_ROWS = 30;

	/** No contract label is longer than this, even typed with spaces between the characters. */
	private static final int LONGEST_LABEL = 40;

	/** How far right of a label its value may be (merged label cells push it further). */
	private static final int VALUE_REACH = 4;

	private static final String REJECTION_SHEET = "退回说明";

	private ReturnedWorkbookReader() {
	}

	public static ReturnedWorkbook read(Workbook workbook, String fileName) {
		return read(UsermodelGrids.of(workbook), fileName);
	}

	public static ReturnedWorkbook read(WorkbookGrid workbook, String fileName) {
		Map<String, String> meta = meta(workbook);
		Optional<Table> found = findTable(workbook);
		if (found.isEmpty()) {
			SheetGrid first = firstVisibleSheet(workbook);
			Map<String, HeaderValue> header = first == null ? Map.of() : headerBlock(first, 15);
			return new ReturnedWorkbook(fileName, "", List.of(), header, List.of(), meta, Map.of(), Map.of(),
					meta.isEmpty() ? Map.of() : typedOverHeader(workbook));
		}
		Table table = found.get();
		SheetGrid sheet = table.sheet();
		List<String> missing = ProgressWorkbookContract.REQUIRED_COLUMNS.stream().filter(l -> !table.has(l)).toList();
		Map<String, HeaderValue> header = headerBlock(sheet, table.row());
		Map<String, String> errorCells = new LinkedHashMap<>();
		for (HeaderValue v : header.values()) {
			GridCell cell = cellAt(sheet, v.cell());
			if (cell != null && cell.error()) {
				errorCells.put(v.cell(), v.text());
			}
		}
		List<ReturnedRow> rows = new ArrayList<>();
		Map<Integer, CellRangeAddress> mergedBelowHeader = fillInBlocks(table);
		for (int r : sheet.rowIndexes()) {
			if (r <= table.row()) {
				continue;
			}
			Map<Integer, GridCell> row = withMergedValues(table, r, sheet.row(r), mergedBelowHeader);
			if (table.isRepeatedIn(row)) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			boolean anyValue = false;
			for (Map.Entry<String, Integer> column : table.columns().entrySet()) {
				GridCell cell = row.get(column.getValue());
				cells.put(column.getKey(), SheetGrid.a1(r, column.getValue()));
				if (cell != null && cell.error()) {
					errorCells.put(cells.get(column.getKey()), cell.text());
				}
				anyValue |= cell != null && !cell.text().isEmpty();
			}
			if (!anyValue || isTotals(row, text(table, row, ProgressWorkbookContract.TASK_ID))) {
				// notes under the table (审核人、制表人 …) live outside the contract columns; a 合计 row a unit added
				// sums up its tasks and is none of them
				continue;
			}
			rows.add(new ReturnedRow(r + 1, taskId(text(table, row, ProgressWorkbookContract.TASK_ID)),
					text(table, row, ProgressWorkbookContract.STATUS), percent(table, row),
					text(table, row, ProgressWorkbookContract.PROGRESS), text(table, row, ProgressWorkbookContract.PROBLEMS),
					text(table, row, ProgressWorkbookContract.NEXT_STEPS), cells, text(table, row, ProgressWorkbookContract.TASK)));
		}
		return new ReturnedWorkbook(fileName, sheet.name(), missing, header, rows, meta, errorCells, mergedTaskIds(table));
	}

	/** The columns a unit fills in, where it merges the cells of tasks that share a status or a problem. */
	private static final List<String> FILL_IN = List.of(ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT,
			ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS);

	/** The merged blocks below the header in the fill-in columns, by the column they start in. */
	private static Map<Integer, CellRangeAddress> fillInBlocks(Table table) {
		Map<Integer, CellRangeAddress> blocks = new java.util.HashMap<>();
		java.util.Set<Integer> columns = new java.util.HashSet<>();
		FILL_IN.stream().filter(table::has).forEach(label -> columns.add(table.columns().get(label)));
		for (CellRangeAddress region : table.sheet().mergedRegions()) {
			if (region.getFirstRow() > table.row() && region.getLastRow() > region.getFirstRow()
					&& columns.contains(region.getFirstColumn()) && region.getLastRow() - region.getFirstRow() < 1000) {
				// keyed by each row it covers below its first, with its column: small, as a return's table is
				for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
					blocks.put(r * 16384 + region.getFirstColumn(), region);
				}
			}
		}
		return blocks;
	}

	/**
	 * The row as a person reads it: a fill-in cell inside a block merged over several tasks (推进中
	 * merged down H7:H9, one problem merged down K7:K9) shows the block's value, which Excel keeps
	 * in its first cell only. Read cell by cell, the tasks under the first had no status (sent
	 * back, "H8、H9 没有填写完成状态", which the unit could not see) or silently lost their problems.
	 */
	private static Map<Integer, GridCell> withMergedValues(Table table, int r, Map<Integer, GridCell> row,
			Map<Integer, CellRangeAddress> blocks) {
		if (blocks.isEmpty()) {
			return row;
		}
		Map<Integer, GridCell> filled = null;
		for (String label : FILL_IN) {
			Integer column = table.columns().get(label);
			CellRangeAddress block = column == null ? null : blocks.get(r * 16384 + column);
			if (block == null) {
				continue;
			}
			GridCell own = row.get(column);
			GridCell first = table.sheet().cell(block.getFirstRow(), block.getFirstColumn());
			if ((own == null || own.text().isEmpty()) && first != null) {
				if (filled == null) {
					filled = new java.util.HashMap<>(row);
				}
				filled.put(column, first);
			}
		}
		return filled == null ? row : filled;
	}

	/**
	 * The task table's header: which column says what, found by the contract's labels.
	 *
	 * @param labels the table's labels by their normalised form, for spotting a repeated header
	 */
	record Table(SheetGrid sheet, int row, Map<String, Integer> columns, LabelForms labels) {

		Table(SheetGrid sheet, int row, Map<String, Integer> columns) {
			this(sheet, row, columns, LabelForms.of(columns.keySet()));
		}

		boolean has(String label) {
			return this.columns.containsKey(label);
		}

		/** Tables pasted from Word repeat the header on every page. */
		boolean isRepeatedIn(Map<Integer, GridCell> row) {
			return match(row, this.labels).size() >= Math.max(2, this.columns.size() - 1);
		}

	}

	/** The sheet with the task table: {@code 进展填报} first, then any other visible sheet. */
	static Optional<Table> findTable(WorkbookGrid workbook) {
		SheetGrid preferred = workbook.sheet(ProgressWorkbookContract.SHEET);
		Optional<Table> blank = Optional.empty();
		if (preferred != null) {
			Optional<Table> table = findTable(preferred);
			if (table.isPresent() && filledIn(table.get())) {
				return table;
			}
			blank = table;
		}
		Optional<Table> first = Optional.empty();
		for (SheetGrid sheet : workbook.sheets()) {
			if (workbook.isVeryHidden(sheet) || REJECTION_SHEET.equals(sheet.name()) || sheet == preferred) {
				continue;
			}
			Optional<Table> table = findTable(sheet);
			if (table.isPresent() && (blank.isEmpty() || filledIn(table.get()))) {
				// the first table, or one filled in on a copy of the form's sheet (进展填报 (2)) left beside it blank
				first = table;
				break;
			}
		}
		return first.isPresent() ? first : blank;
	}

	/** The columns a unit fills in, in the order the distributed form has them after 本单位角色. */
	private static final List<String> FILL_IN_IN_ORDER = List.of(ProgressWorkbookContract.STATUS,
			ProgressWorkbookContract.PERCENT, ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS,
			ProgressWorkbookContract.NEXT_STEPS);

	/**
	 * On the distributed form's sheet, the header row (known by its locked 任务编号, 主要任务 and
	 * 本单位角色) and what was typed over the fill-in columns' labels to the right of 本单位角色:
	 * A1 reference to the text found there, in order; empty when the labels are there or the
	 * row is not found.
	 */
	private static Map<String, String> typedOverHeader(WorkbookGrid workbook) {
		SheetGrid sheet = workbook.sheet(ProgressWorkbookContract.SHEET);
		if (sheet == null) {
			return Map.of();
		}
		for (int r : sheet.rowIndexes()) {
			if (r > SEARCH_ROWS) {
				break;
			}
			Map<String, Integer> found = match(sheet.row(r),
					List.of(ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.TASK, ProgressWorkbookContract.ROLE));
			if (found.size() < 3) {
				continue;
			}
			Map<String, String> typedOver = new LinkedHashMap<>();
			int role = found.get(ProgressWorkbookContract.ROLE);
			for (int i = 0; i < FILL_IN_IN_ORDER.size(); i++) {
				GridCell cell = sheet.row(r).get(role + 1 + i);
				String text = cell == null ? "" : cell.text();
				if (!Labels.normalize(text).equals(Labels.normalize(FILL_IN_IN_ORDER.get(i)))) {
					typedOver.put(SheetGrid.a1(r, role + 1 + i), text);
				}
			}
			return typedOver;
		}
		return Map.of();
	}

	/** Task-number cells below the header merged into the one above them, with the merged range. */
	private static Map<String, String> mergedTaskIds(Table table) {
		if (!table.has(ProgressWorkbookContract.TASK_ID)) {
			return Map.of();
		}
		int column = table.columns().get(ProgressWorkbookContract.TASK_ID);
		Map<String, String> merged = new LinkedHashMap<>();
		for (CellRangeAddress region : table.sheet().mergedRegions()) {
			if (region.getFirstRow() > table.row() && region.getLastRow() > region.getFirstRow()
					&& region.getFirstColumn() <= column && region.getLastColumn() >= column
					&& region.getLastRow() - region.getFirstRow() < 1000) {
				for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
					merged.put(SheetGrid.a1(r, column), region.formatAsString());
				}
			}
		}
		return merged;
	}

	/** Whether any row below the header has something in a column the unit fills in. */
	private static boolean filledIn(Table table) {
		List<Integer> columns = FILL_IN.stream().filter(table::has).map(table.columns()::get).toList();
		for (int r : table.sheet().rowIndexes()) {
			if (r <= table.row()) {
				continue;
			}
			for (int c : columns) {
				GridCell cell = table.sheet().cell(r, c);
				if (cell != null && !cell.text().isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}

	private static Optional<Table> findTable(SheetGrid sheet) {
		for (int r : sheet.rowIndexes()) {
			if (r > SEARCH_ROWS) {
				break;
			}
			Map<String, Integer> found = match(sheet.row(r), REQUIRED_WANTED);
			if (found.size() >= RECOGNISED) {
				return Optional.of(new Table(sheet, r, contractNames(found), REQUIRED_WANTED));
			}
		}
		return Optional.empty();
	}

	/**
	 * What units also head the contract's columns with in a table of their own making: 进展情况
	 * for 工作进展, 下步打算 for 下步计划 … (a return was sent back for its words alone). Read
	 * as the contract's columns; the contract's own label is preferred where both occur.
	 */
	static final Map<String, List<String>> OTHER_NAMES = Map.of(
			ProgressWorkbookContract.TASK_ID, List.of("编号", "任务序号"),
			ProgressWorkbookContract.TASK, List.of("任务内容", "具体任务", "工作任务", "重点任务"),
			ProgressWorkbookContract.STATUS, List.of("状态", "完成状况", "进展状态", "完成情况"),
			ProgressWorkbookContract.PERCENT, List.of("完成进度", "完成比例（%）", "完成比例", "进度（%）", "完成百分比"),
			ProgressWorkbookContract.PROGRESS, List.of("进展情况", "工作进展情况", "推进情况", "落实情况"),
			ProgressWorkbookContract.PROBLEMS, List.of("存在的问题", "存在困难", "存在问题及困难", "问题及困难", "困难和问题"),
			ProgressWorkbookContract.NEXT_STEPS, List.of("下一步计划", "下步打算", "下一步打算", "下步工作计划", "下一步工作计划"));

	/** The contract's required labels and their other names: every table is looked for by them. */
	private static final LabelForms REQUIRED_WANTED = LabelForms.of(java.util.stream.Stream
		.concat(ProgressWorkbookContract.REQUIRED_COLUMNS.stream(),
				ProgressWorkbookContract.REQUIRED_COLUMNS.stream().flatMap(l -> OTHER_NAMES.get(l).stream()))
		.toList());

	/** Found labels with each other name read as its contract label, unless the contract's own is there too. */
	private static Map<String, Integer> contractNames(Map<String, Integer> found) {
		Map<String, Integer> columns = HeaderRow.withOtherNames(found, OTHER_NAMES);
		columns.keySet().retainAll(ProgressWorkbookContract.REQUIRED_COLUMNS);
		return columns;
	}

	/** The labels of {@code labels} present in a row, with their columns (first occurrence). */
	static Map<String, Integer> match(Map<Integer, GridCell> row, Iterable<String> labels) {
		return match(row, LabelForms.of(labels));
	}

	/** The labels present in a row, by their normalised form, with their columns (first occurrence). */
	private static Map<String, Integer> match(Map<Integer, GridCell> row, LabelForms wanted) {
		Map<String, Integer> found = new LinkedHashMap<>();
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

	private static SheetGrid firstVisibleSheet(WorkbookGrid workbook) {
		for (SheetGrid sheet : workbook.sheets()) {
			if (!workbook.isVeryHidden(sheet)) {
				return sheet;
			}
		}
		return workbook.sheets().isEmpty() ? null : workbook.sheets().get(0);
	}

	/**
	 * What units also write for the header block's labels on a table of their own: 电话：0571-…
	 * was read as no phone at all (a hint to a unit that had written it).
	 */
	private static final Map<String, String> HEADER_OTHER_NAMES = Map.of("电话", ProgressWorkbookContract.PHONE, "联系方式",
			ProgressWorkbookContract.PHONE, "手机", ProgressWorkbookContract.PHONE, "办公电话", ProgressWorkbookContract.PHONE,
			"报送单位", ProgressWorkbookContract.UNIT, "填报人", ProgressWorkbookContract.CONTACT, "经办人",
			ProgressWorkbookContract.CONTACT, "填报时间", ProgressWorkbookContract.FILLED_ON, "报送日期",
			ProgressWorkbookContract.FILLED_ON, "报送时间", ProgressWorkbookContract.FILLED_ON);

	/** Header-block labels above the table, each with the first value to its right. */
	static Map<String, HeaderValue> headerBlock(SheetGrid sheet, int beforeRow) {
		Map<String, HeaderValue> values = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		ProgressWorkbookContract.HEADER_BLOCK.forEach(l -> labels.put(Labels.normalize(l), l));
		HEADER_OTHER_NAMES.forEach((other, label) -> labels.putIfAbsent(Labels.normalize(other), label));
		for (int r : sheet.rowIndexes()) {
			if (r >= beforeRow) {
				break;
			}
			Map<Integer, GridCell> row = sheet.row(r);
			for (Map.Entry<Integer, GridCell> cell : row.entrySet()) {
				String raw = cell.getValue().text();
				if (raw.isEmpty()) {
					continue;
				}
				String label = labels.get(Labels.normalize(raw));
				if (label != null && !values.containsKey(label)) {
					values.put(label, valueRightOf(sheet, r, row, cell.getKey(), labels));
					continue;
				}
				for (String[] inline : inlineValues(raw, labels)) {
					if (!values.containsKey(inline[0])) {
						values.put(inline[0], new HeaderValue(inline[1], sheet.name(), SheetGrid.a1(r, cell.getKey()),
								DateText.parse(inline[1]).orElse(null)));
					}
				}
			}
		}
		if (!values.containsKey(ProgressWorkbookContract.PERIOD)) {
			monthInTitle(sheet, beforeRow, labels).ifPresent(v -> values.put(ProgressWorkbookContract.PERIOD, v));
		}
		return values;
	}

	private static final java.util.regex.Pattern MONTH_OF_YEAR = java.util.regex.Pattern
		.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?![\\d份]*\\s*\\d+\\s*日)");

	/**
	 * The month a table of a unit's own making names in its title (……进展情况（2023年11月）) when it
	 * has no 报送期次: a person reads the title's month as the return's, and the return was sent
	 * back as having none. A cell that is a label's value (填报日期：2023年11月28日) is no title.
	 */
	private static Optional<HeaderValue> monthInTitle(SheetGrid sheet, int beforeRow, Map<String, String> labels) {
		for (int r : sheet.rowIndexes()) {
			if (r >= beforeRow) {
				break;
			}
			for (Map.Entry<Integer, GridCell> cell : sheet.row(r).entrySet()) {
				String text = Normalizer.normalize(cell.getValue().text(), Normalizer.Form.NFKC);
				if (cell.getValue().date() != null || !inlineValues(text, labels).isEmpty()) {
					continue;
				}
				java.util.regex.Matcher month = MONTH_OF_YEAR.matcher(text);
				if (month.find()) {
					return Optional.of(new HeaderValue(month.group(1) + "年" + month.group(2) + "月", sheet.name(),
							SheetGrid.a1(r, cell.getKey()), null));
				}
			}
		}
		return Optional.empty();
	}

	private static HeaderValue valueRightOf(SheetGrid sheet, int r, Map<Integer, GridCell> row, int labelColumn,
			Map<String, String> labels) {
		for (int c = labelColumn + 1; c <= labelColumn + VALUE_REACH; c++) {
			GridCell cell = row.get(c);
			String text = cell == null ? "" : cell.text();
			if (text.isEmpty()) {
				continue;
			}
			if (labels.containsKey(Labels.normalize(text))) {
				break;
			}
			LocalDate date = cell.date();
			return new HeaderValue(Labels.tidy(text), sheet.name(), SheetGrid.a1(r, c), date);
		}
		return new HeaderValue("", sheet.name(), SheetGrid.a1(r, labelColumn + 1), null);
	}

	/**
	 * {@code 填报单位：和平区人民政府} typed in one cell, or several such in one cell
	 * ({@code 填报单位：沈阳市交通运输局  填报日期：2023年11月28日}): each label with the text up to
	 * the next one. Read as one, the unit was 沈阳市交通运输局 填报日期：2023年11月28日, which no
	 * roster has (and the office was advised to register it as an alias).
	 */
	/** A header-block label followed by its colon, by label: the few labels, compiled once. */
	private static final Map<String, java.util.regex.Pattern> LABEL_AND_COLON = new java.util.concurrent.ConcurrentHashMap<>();

	private static List<String[]> inlineValues(String raw, Map<String, String> labels) {
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		int colon = folded.indexOf(':');
		if (colon <= 0 || colon == folded.length() - 1) {
			return List.of();
		}
		String first = labels.get(Labels.normalize(folded.substring(0, colon)));
		if (first == null) {
			return List.of();
		}
		// where each further label starts, by the labels as written (联系人：… 联系电话：…)
		List<int[]> starts = new ArrayList<>();
		List<String> found = new ArrayList<>();
		for (String label : new java.util.LinkedHashSet<>(labels.values())) {
			java.util.regex.Matcher m = LABEL_AND_COLON
				.computeIfAbsent(label, l -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(l) + "\\s*:"))
				.matcher(folded);
			while (m.find()) {
				if (m.start() > colon) {
					starts.add(new int[] { m.start(), m.end() });
					found.add(label);
				}
			}
		}
		// values from the text as typed where folding kept every character in its place
		String text = folded.length() == raw.length() ? raw : folded;
		List<String[]> values = new ArrayList<>();
		int end = starts.stream().mapToInt(p -> p[0]).min().orElse(folded.length());
		values.add(new String[] { first, Labels.tidy(text.substring(colon + 1, end)) });
		for (int i = 0; i < starts.size(); i++) {
			int from = starts.get(i)[1];
			int to = folded.length();
			for (int[] other : starts) {
				if (other[0] >= from && other[0] < to) {
					to = other[0];
				}
			}
			values.add(new String[] { found.get(i), Labels.tidy(text.substring(from, to)) });
		}
		values.removeIf(v -> v[1].isEmpty());
		return values;
	}

	private static GridCell cellAt(SheetGrid sheet, String a1) {
		org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
		return sheet.cell(ref.getRow(), ref.getCol());
	}

	private static Map<String, String> meta(WorkbookGrid workbook) {
		SheetGrid sheet = workbook.sheet(ProgressWorkbookContract.META_SHEET);
		Map<String, String> meta = new LinkedHashMap<>();
		if (sheet == null) {
			return meta;
		}
		for (int r : sheet.rowIndexes()) {
			String key = sheet.text(r, 0);
			if (!key.isEmpty()) {
				meta.put(key, sheet.text(r, 1));
			}
		}
		return meta;
	}

	private static String text(Table table, Map<Integer, GridCell> row, String label) {
		if (!table.has(label)) {
			return "";
		}
		GridCell cell = row.get(table.columns().get(label));
		return cell == null || cell.error() ? "" : cell.text();
	}

	private static PercentValue percent(Table table, Map<Integer, GridCell> row) {
		if (!table.has(ProgressWorkbookContract.PERCENT)) {
			return PercentValue.BLANK;
		}
		GridCell cell = row.get(table.columns().get(ProgressWorkbookContract.PERCENT));
		return cell == null || cell.error() ? PercentValue.BLANK : PercentValue.of(cell);
	}

	/** Digits and dots only, as most task numbers are: nothing to normalise. */
	private static boolean isPlainTaskId(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < '0' || c > '9') && c != '.') {
				return false;
			}
		}
		return true;
	}

	/** {@code 4.2}, {@code ４．２}, {@code 4.2 } all read as {@code 4.2}. */
	private static final java.util.regex.Pattern TOTALS = java.util.regex.Pattern.compile("合计|小计|总计|共计");

	private static final java.util.regex.Pattern TASK_NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)*");

	/** A row that says 合计 (小计, 总计) in a cell of its own and has no task number in it. */
	private static boolean isTotals(Map<Integer, GridCell> row, String taskIdText) {
		if (TASK_NUMBER.matcher(taskId(taskIdText)).matches()) {
			return false;
		}
		for (GridCell cell : row.values()) {
			String text = cell.text();
			if (text.length() <= 8 && TOTALS.matcher(Labels.normalize(text)).matches()) {
				return true;
			}
		}
		return taskId(taskIdText).matches("共\\d+项");
	}

	static String taskId(String text) {
		if (isPlainTaskId(text)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").replace('。', '.');
	}

}
