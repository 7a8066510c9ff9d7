package org.workledger.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.workledger.system.AtomicFiles;
import org.workledger.workbook.PrintLayout;
import org.workledger.workbook.TextLines;
import org.workledger.findings.Finding;
import org.workledger.findings.Location;
import org.workledger.findings.Severity;

/**
 * Marks up a rejected return so the unit can correct its own file: every cell a finding
 * points at gets a coloured fill (rose for errors, orange for warnings) and a comment
 * saying what is wrong and how to fix it, and a new first sheet 退回说明 lists all findings,
 * including those about whole rows or the whole file. The original file is only read; the
 * annotated copy keeps its format (.xlsx stays .xlsx, .xls stays .xls) and is written
 * atomically. Every text is written as a string, never as a formula.
 */
public final class RejectedWorkbookAnnotator {

	/** Name of the sheet listing all findings; replaced if the unit sends an annotated file back. */
	public static final String SHEET = "退回说明";

	public static final String AUTHOR = "workledger";

	static final String TITLE = "本表已退回，请按以下说明修改后重新报送";

	private static final String OLD_COMMENT = "\n——原批注：";

	private static final Pattern A1 = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}");

	static final List<String> HEADERS = List.of("序号", "级别", "位置", "发现的值", "问题", "处理建议");

	/** Widths in characters of the digit 0; a Chinese character takes two. */
	static final int[] WIDTHS = { 6, 7, 20, 24, 44, 44 };

	private static final String FONT = "宋体";

	static final double POINTS_PER_LINE = 15;

	static final float MAX_ROW_HEIGHT = 409;

	/** The comment box: about 40 digits wide, at least 6 default rows tall. */
	static final int COMMENT_WIDTH = 40;

	static final int COMMENT_MIN_LINES = 6;

	public RejectedWorkbookAnnotator() {
	}

	/**
	 * Writes an annotated copy of {@code original} to {@code target}. Findings on a sheet or
	 * cell that does not exist, on a whole row or on the whole file are only listed on the
	 * 退回说明 sheet.
	 * @param original the workbook the unit returned; only read
	 * @param findings everything found wrong with it
	 * @param target where to write the copy, in the original's format (.xlsx/.xlsm or .xls)
	 * @throws IOException if the original cannot be read as a workbook or the copy cannot
	 * be written
	 */
	public void annotate(Path original, List<Finding> findings, Path target) throws IOException {
		// read into memory first: the original is never opened for writing and target may be
		// the same path
		byte[] bytes = Files.readAllBytes(original);
		if (FileMagic.valueOf(bytes) == FileMagic.OOXML && XlsxPartsAnnotator.annotate(bytes, findings, target)) {
			return;
		}
		annotateWithObjectModel(bytes, original, findings, target);
	}

	/** The same through POI's object model: any .xlsx, .xlsm or .xls, including ones annotated before. */
	void annotateWithObjectModel(byte[] bytes, Path original, List<Finding> findings, Path target) throws IOException {
		try (Workbook workbook = open(bytes, original)) {
			Sheet old = workbook.getSheet(SHEET);
			if (old != null) {
				workbook.removeSheetAt(workbook.getSheetIndex(old));
			}
			removeOwnComments(workbook);
			markCells(workbook, findings);
			writeInstructions(workbook, findings);
			AtomicFiles.write(target, workbook::write);
		}
	}

	private static Workbook open(byte[] bytes, Path original) throws IOException {
		try {
			return WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new IOException("无法作为 Excel 工作簿打开：" + original + "（" + ex.getMessage() + "）", ex);
		}
	}

	/**
	 * Comments left by an earlier rejection of this file are stale: the new findings say
	 * what is still wrong. Where such a comment had taken the place of the unit's own, the
	 * unit's text is put back.
	 */
	private static void removeOwnComments(Workbook workbook) {
		for (Sheet sheet : workbook) {
			List<CellAddress> stale = new ArrayList<>();
			for (Map.Entry<CellAddress, ? extends Comment> entry : sheet.getCellComments().entrySet()) {
				Comment comment = entry.getValue();
				if (!AUTHOR.equals(comment.getAuthor())) {
					continue;
				}
				String text = (comment.getString() != null) ? comment.getString().getString() : null;
				int old = (text != null) ? text.indexOf(OLD_COMMENT) : -1;
				if (old >= 0) {
					comment.setString(workbook.getCreationHelper()
						.createRichTextString(text.substring(old + OLD_COMMENT.length())));
					comment.setAuthor("");
				}
				else {
					stale.add(entry.getKey());
				}
			}
			for (CellAddress address : stale) {
				Cell cell = cell(sheet, address.getRow(), address.getColumn());
				cell.removeCellComment();
				unmark(workbook, cell);
			}
		}
	}

	/**
	 * The earlier rejection's colour taken off a cell it marked: a unit that put the cell right
	 * in the marked-up copy saw it still rose, next to the 退回说明's "粉红色为错误", and went on
	 * editing what was right. Cells still wrong are marked again by {@link #markCells}.
	 */
	private static void unmark(Workbook workbook, Cell cell) {
		CellStyle style = cell.getCellStyle();
		short colour = style.getFillForegroundColor();
		if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND
				&& (colour == IndexedColors.ROSE.getIndex() || colour == IndexedColors.LIGHT_ORANGE.getIndex())) {
			CellStyle plain = workbook.createCellStyle();
			plain.cloneStyleFrom(style);
			plain.setFillPattern(FillPatternType.NO_FILL);
			cell.setCellStyle(plain);
		}
	}

	private static void markCells(Workbook workbook, List<Finding> findings) {
		Map<Target, List<Finding>> byCell = new LinkedHashMap<>();
		for (Finding finding : findings) {
			Target target = target(workbook, finding.location());
			if (target != null) {
				byCell.computeIfAbsent(target, (t) -> new ArrayList<>()).add(finding);
			}
		}
		Map<StyleKey, CellStyle> styles = new HashMap<>();
		CreationHelper helper = workbook.getCreationHelper();
		Map<Sheet, Drawing<?>> drawings = new HashMap<>();
		for (Map.Entry<Target, List<Finding>> entry : byCell.entrySet()) {
			Target target = entry.getKey();
			List<Finding> onCell = entry.getValue();
			Cell cell = cell(target.sheet(), target.row(), target.column());
			Severity severity = onCell.stream().anyMatch(Finding::isError) ? Severity.ERROR : Severity.WARNING;
			CellStyle original = cell.getCellStyle();
			CellStyle highlighted = styles.computeIfAbsent(new StyleKey(original.getIndex(), severity),
					(key) -> highlight(workbook, original, severity));
			cell.setCellStyle(highlighted);

			String text = commentText(onCell);
			Comment existing = cell.getCellComment();
			if (existing != null) {
				String oldText = (existing.getString() != null) ? existing.getString().getString() : "";
				cell.removeCellComment();
				if (oldText != null && !oldText.isBlank()) {
					text = text + OLD_COMMENT + oldText;
				}
			}
			Drawing<?> drawing = drawings.computeIfAbsent(target.sheet(), RejectedWorkbookAnnotator::drawing);
			Comment comment = drawing.createCellComment(anchor(helper, target.sheet(), cell, text));
			comment.setString(helper.createRichTextString(text));
			comment.setAuthor(AUTHOR);
			cell.setCellComment(comment);
		}
	}

	/** The cell a finding points at, or null if it is not a cell that exists in the workbook. */
	private static Target target(Workbook workbook, Location location) {
		if (location.sheet().isEmpty() || !A1.matcher(location.cell()).matches()) {
			return null;
		}
		Sheet sheet = workbook.getSheet(location.sheet());
		if (sheet == null || SHEET.equals(sheet.getSheetName())) {
			return null;
		}
		CellReference reference = new CellReference(location.cell());
		SpreadsheetVersion version = workbook.getSpreadsheetVersion();
		int row = reference.getRow();
		int column = reference.getCol();
		if (row < 0 || row > version.getLastRowIndex() || column < 0 || column > version.getLastColumnIndex()) {
			return null;
		}
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			if (merged.isInRange(row, column)) {
				return new Target(sheet, merged.getFirstRow(), merged.getFirstColumn());
			}
		}
		return new Target(sheet, row, column);
	}

	private static Cell cell(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		if (r == null) {
			r = sheet.createRow(row);
		}
		Cell cell = r.getCell(column);
		return (cell != null) ? cell : r.createCell(column);
	}

	private static CellStyle highlight(Workbook workbook, CellStyle original, Severity severity) {
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(original);
		IndexedColors colour = (severity == Severity.ERROR) ? IndexedColors.ROSE : IndexedColors.LIGHT_ORANGE;
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		// the cell to put right may be one the distributed form locks (填报单位, 报送期次): the unit edits the copy as it is
		style.setLocked(false);
		return style;
	}

	static String commentText(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append("【").append(finding.severity().label()).append("】").append(finding.message());
			if (!finding.fix().isEmpty()) {
				text.append("\n处理建议：").append(finding.fix());
			}
		}
		return text.toString();
	}

	private static Drawing<?> drawing(Sheet sheet) {
		// reuse the sheet's drawing so existing comments and pictures are kept
		Drawing<?> existing = sheet.getDrawingPatriarch();
		return (existing != null) ? existing : sheet.createDrawingPatriarch();
	}

	/**
	 * A box to the right of the cell about {@value #COMMENT_WIDTH} digits wide and tall
	 * enough for the text, however wide the columns and tall the rows around it are.
	 */
	private static ClientAnchor anchor(CreationHelper helper, Sheet sheet, Cell cell, String text) {
		SpreadsheetVersion version = sheet.getWorkbook().getSpreadsheetVersion();
		int row = cell.getRowIndex();
		int column = cell.getColumnIndex();
		int firstColumn = freeColumn(sheet, row, column);
		int lastColumn = firstColumn;
		int width = 0;
		while (width < COMMENT_WIDTH * 256 && lastColumn - firstColumn < 8) {
			width += sheet.getColumnWidth(lastColumn);
			lastColumn++;
		}
		lastColumn = Math.max(lastColumn, firstColumn + 2);
		if (lastColumn > version.getLastColumnIndex()) {
			// at the right edge of the sheet: a narrower box, starting on the (free) cell itself
			firstColumn = column;
			lastColumn = version.getLastColumnIndex();
		}
		int lines = Math.max(COMMENT_MIN_LINES, TextLines.count(text, COMMENT_WIDTH) + 1);
		double wanted = Math.min(MAX_ROW_HEIGHT, lines * POINTS_PER_LINE);
		int lastRow = row;
		double height = 0;
		while (height < wanted && lastRow - row < 60) {
			Row r = sheet.getRow(lastRow);
			height += (r != null) ? r.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
			lastRow++;
		}
		lastRow = Math.max(row, Math.min(Math.max(lastRow, row + 2), version.getLastRowIndex()));
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(firstColumn);
		anchor.setRow1(row);
		anchor.setCol2(lastColumn);
		anchor.setRow2(lastRow);
		return anchor;
	}

	/**
	 * The column the box starts in. POI (XSSF) files a new comment under the anchor's
	 * top-left cell until it is attached to its cell, and refuses if that cell already has a
	 * comment, so a box must not start on a neighbour's comment; the cell itself is always
	 * free.
	 */
	private static int freeColumn(Sheet sheet, int row, int column) {
		for (int c = column + 1; c <= column + 3; c++) {
			if (sheet.getCellComment(new CellAddress(row, c)) == null) {
				return c;
			}
		}
		return column;
	}

	private static void writeInstructions(Workbook workbook, List<Finding> findings) {
		Sheet sheet = workbook.createSheet(SHEET);
		workbook.setSheetOrder(SHEET, 0);
		for (Sheet other : workbook) {
			other.setSelected(false);
		}
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
		workbook.setFirstVisibleTab(0);
		sheet.setSelected(true);

		Styles styles = new Styles(workbook);
		int lastColumn = HEADERS.size() - 1;
		int totalWidth = 0;
		for (int c = 0; c <= lastColumn; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
			totalWidth += WIDTHS[c];
		}

		Row title = sheet.createRow(0);
		text(title, 0, TITLE, styles.title);
		title.setHeightInPoints(30);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));

		String summary = summary(findings);
		Row note = sheet.createRow(1);
		text(note, 0, summary, styles.note);
		note.setHeightInPoints(height(TextLines.count(summary, totalWidth), 1));
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));

		Row header = sheet.createRow(2);
		for (int c = 0; c <= lastColumn; c++) {
			text(header, c, HEADERS.get(c), styles.header);
		}
		header.setHeightInPoints(22);

		int r = 3;
		for (Finding finding : findings) {
			Row row = sheet.createRow(r);
			String[] values = { String.valueOf(r - 2), finding.severity().label(), position(finding.location()),
					finding.value(), finding.message(), finding.fix() };
			int lines = 1;
			for (int c = 0; c < values.length; c++) {
				CellStyle style = (c < 2) ? styles.centered : styles.body;
				if (c == 1 && finding.isError()) {
					style = styles.error;
				}
				text(row, c, values[c], style);
				lines = Math.max(lines, TextLines.count(values[c], WIDTHS[c]));
			}
			row.setHeightInPoints(height(lines, 1));
			r++;
		}

		sheet.createFreezePane(0, 3);
		PrintLayout.onA4(sheet, true, 0.5);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("3:3"));
	}

	static String summary(List<Finding> findings) {
		long errors = findings.stream().filter(Finding::isError).count();
		return "共发现 " + findings.size() + " 个问题，其中错误 " + errors + " 个、提示 " + (findings.size() - errors)
				+ " 个。错误必须改正；提示请核实，确认无误的可不修改。有问题的单元格已用底色标出（粉红色为错误、橙色为提示），"
				+ "鼠标移到单元格上可查看批注。改完后请保存本文件并重新报送，本工作表不必删除。";
	}

	/** Where, in words the unit can find: 进展填报!H7, 进展填报 第7行, or 整个文件. */
	static String position(Location location) {
		String where = location.sheetCell();
		return where.isEmpty() ? "整个文件" : where;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value == null ? "" : value);
	}

	static float height(int lines, int minimumLines) {
		return (float) Math.min(MAX_ROW_HEIGHT, Math.max(lines, minimumLines) * POINTS_PER_LINE + 8);
	}

	private record Target(Sheet sheet, int row, int column) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Target that && this.sheet == that.sheet && this.row == that.row
					&& this.column == that.column;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.sheet) * 31 * 31 + this.row * 31 + this.column;
		}

	}

	private record StyleKey(int styleIndex, Severity severity) {
	}

	/** The few styles of the 退回说明 sheet, created once per call. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle note;

		final CellStyle header;

		final CellStyle body;

		final CellStyle centered;

		final CellStyle error;

		Styles(Workbook workbook) {
			Font plain = font(workbook, 11, false);
			Font bold = font(workbook, 11, true);
			Font red = font(workbook, 11, true);
			red.setColor(IndexedColors.RED.getIndex());
			short text = workbook.createDataFormat().getFormat("@");

			this.title = workbook.createCellStyle();
			this.title.setFont(font(workbook, 16, true));
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);

			this.note = workbook.createCellStyle();
			this.note.setFont(plain);
			this.note.setWrapText(true);
			this.note.setVerticalAlignment(VerticalAlignment.CENTER);

			this.header = bordered(workbook, bold, text, HorizontalAlignment.CENTER);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.body = bordered(workbook, plain, text, HorizontalAlignment.LEFT);
			this.centered = bordered(workbook, plain, text, HorizontalAlignment.CENTER);
			this.error = bordered(workbook, red, text, HorizontalAlignment.CENTER);
		}

		private static Font font(Workbook workbook, int points, boolean bold) {
			Font font = workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private static CellStyle bordered(Workbook workbook, Font font, short format, HorizontalAlignment alignment) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setDataFormat(format);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
