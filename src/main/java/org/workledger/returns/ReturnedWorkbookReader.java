package org.workledger.returns;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.workbook.CellValues;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.Labels;

/**
 * Reads a returned progress workbook by its labels, never by position. Units insert
 * rows, reorder and hide columns, retype the header block ({@code 填报单位：} with a
 * full-width colon, or the value in the same cell), leave blank rows and use formulas;
 * all of that is read as a person would read it. Rules are applied later, by
 * {@link ReturnValidator}.
 */
public final class ReturnedWorkbookReader {

	/** A row with at least this many contract columns is the task table's header. */
	private static final int RECOGNISED = 4;

	/** How far right of a label its value may be (merged label cells push it further). */
	private static final int VALUE_REACH = 4;

	private static final String REJECTION_SHEET = "退回说明";

	private ReturnedWorkbookReader() {
	}

	public static ReturnedWorkbook read(Workbook workbook, String fileName) {
		Map<String, String> meta = meta(workbook);
		Optional<HeaderRow> found = findTable(workbook);
		if (found.isEmpty()) {
			Sheet first = firstVisibleSheet(workbook);
			Map<String, HeaderValue> header = first == null ? Map.of() : headerBlock(first, 15);
			return new ReturnedWorkbook(fileName, "", List.of(), header, List.of(), meta, Map.of());
		}
		HeaderRow table = found.get();
		Sheet sheet = table.sheet();
		List<String> missing = ProgressWorkbookContract.REQUIRED_COLUMNS.stream().filter(l -> !table.has(l)).toList();
		Map<String, HeaderValue> header = headerBlock(sheet, table.rowIndex());
		Map<String, String> errorCells = new LinkedHashMap<>();
		header.values().forEach(v -> {
			if (v.text().startsWith("#") && isErrorCell(sheet, v.cell())) {
				errorCells.put(v.cell(), v.text());
			}
		});
		List<ReturnedRow> rows = new ArrayList<>();
		for (int r = table.rowIndex() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || CellValues.isBlankRow(row) || table.isRepeatedIn(row)) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			boolean anyValue = false;
			for (Map.Entry<String, Integer> column : table.columns().entrySet()) {
				Cell cell = row.getCell(column.getValue());
				cells.put(column.getKey(), new CellReference(r, column.getValue()).formatAsString(false));
				if (CellValues.isError(cell)) {
					errorCells.put(cells.get(column.getKey()), CellValues.text(cell));
				}
				anyValue |= !CellValues.text(cell).isEmpty();
			}
			if (!anyValue) {
				// notes under the table (审核人、制表人 …) live outside the contract columns
				continue;
			}
			rows.add(new ReturnedRow(r + 1, taskId(text(table, row, ProgressWorkbookContract.TASK_ID)),
					text(table, row, ProgressWorkbookContract.STATUS), percent(table, row),
					text(table, row, ProgressWorkbookContract.PROGRESS), text(table, row, ProgressWorkbookContract.PROBLEMS),
					text(table, row, ProgressWorkbookContract.NEXT_STEPS), cells));
		}
		return new ReturnedWorkbook(fileName, sheet.getSheetName(), missing, header, rows, meta, errorCells);
	}

	/** The sheet with the task table: {@code 进展填报} first, then any other visible sheet. */
	static Optional<HeaderRow> findTable(Workbook workbook) {
		List<String> labels = new ArrayList<>(ProgressWorkbookContract.REQUIRED_COLUMNS);
		Sheet preferred = workbook.getSheet(ProgressWorkbookContract.SHEET);
		if (preferred != null) {
			Optional<HeaderRow> header = HeaderRow.find(preferred, labels, RECOGNISED);
			if (header.isPresent()) {
				return header;
			}
		}
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			if (workbook.isSheetVeryHidden(i) || REJECTION_SHEET.equals(sheet.getSheetName())) {
				continue;
			}
			Optional<HeaderRow> header = HeaderRow.find(sheet, labels, RECOGNISED);
			if (header.isPresent()) {
				return header;
			}
		}
		return Optional.empty();
	}

	private static Sheet firstVisibleSheet(Workbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				return workbook.getSheetAt(i);
			}
		}
		return workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
	}

	/** Header-block labels above the table, each with the first value to its right. */
	static Map<String, HeaderValue> headerBlock(Sheet sheet, int beforeRow) {
		Map<String, HeaderValue> values = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		ProgressWorkbookContract.HEADER_BLOCK.forEach(l -> labels.put(Labels.normalize(l), l));
		for (int r = Math.max(0, sheet.getFirstRowNum()); r < beforeRow && r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				String raw = CellValues.text(cell);
				if (raw.isEmpty()) {
					continue;
				}
				String label = labels.get(Labels.normalize(raw));
				if (label != null && !values.containsKey(label)) {
					values.put(label, valueRightOf(sheet, row, cell.getColumnIndex(), labels));
					continue;
				}
				inlineValue(raw, labels).ifPresent(inline -> {
					if (!values.containsKey(inline[0])) {
						values.put(inline[0], new HeaderValue(inline[1], sheet.getSheetName(),
								new CellReference(cell).formatAsString(false), DateText.parse(inline[1]).orElse(null)));
					}
				});
			}
		}
		return values;
	}

	private static HeaderValue valueRightOf(Sheet sheet, Row row, int labelColumn, Map<String, String> labels) {
		for (int c = labelColumn + 1; c <= labelColumn + VALUE_REACH; c++) {
			Cell cell = row.getCell(c);
			String text = CellValues.text(cell);
			if (text.isEmpty()) {
				continue;
			}
			if (labels.containsKey(Labels.normalize(text))) {
				break;
			}
			LocalDate date = CellValues.date(cell).orElse(null);
			return new HeaderValue(Labels.tidy(text), sheet.getSheetName(), new CellReference(cell).formatAsString(false),
					date);
		}
		return new HeaderValue("", sheet.getSheetName(),
				new CellReference(row.getRowNum(), labelColumn + 1).formatAsString(false), null);
	}

	/** {@code 填报单位：和平区人民政府} typed in one cell. */
	private static Optional<String[]> inlineValue(String raw, Map<String, String> labels) {
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		int colon = folded.indexOf(':');
		if (colon <= 0 || colon == folded.length() - 1) {
			return Optional.empty();
		}
		String label = labels.get(Labels.normalize(folded.substring(0, colon)));
		if (label == null) {
			return Optional.empty();
		}
		return Optional.of(new String[] { label, Labels.tidy(raw.substring(colon + 1)) });
	}

	private static boolean isErrorCell(Sheet sheet, String a1) {
		CellReference ref = new CellReference(a1);
		return CellValues.isError(CellValues.cell(sheet, ref.getRow(), ref.getCol()));
	}

	private static Map<String, String> meta(Workbook workbook) {
		Sheet sheet = workbook.getSheet(ProgressWorkbookContract.META_SHEET);
		Map<String, String> meta = new LinkedHashMap<>();
		if (sheet == null) {
			return meta;
		}
		for (Row row : sheet) {
			String key = CellValues.text(row.getCell(0));
			if (!key.isEmpty()) {
				meta.put(key, CellValues.text(row.getCell(1)));
			}
		}
		return meta;
	}

	private static String text(HeaderRow table, Row row, String label) {
		if (!table.has(label)) {
			return "";
		}
		String text = CellValues.text(row.getCell(table.column(label)));
		return text.startsWith("#") && CellValues.isError(row.getCell(table.column(label))) ? "" : text;
	}

	private static PercentValue percent(HeaderRow table, Row row) {
		if (!table.has(ProgressWorkbookContract.PERCENT)) {
			return PercentValue.BLANK;
		}
		Cell cell = row.getCell(table.column(ProgressWorkbookContract.PERCENT));
		return CellValues.isError(cell) ? PercentValue.BLANK : PercentValue.of(cell);
	}

	/** {@code 4.2}, {@code ４．２}, {@code 4.2 } all read as {@code 4.2}. */
	static String taskId(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").replace('。', '.');
	}

}
