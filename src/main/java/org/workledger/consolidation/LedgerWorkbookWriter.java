package org.workledger.consolidation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.workledger.period.Period;
import org.workledger.system.AtomicFiles;
import org.workledger.workbook.PrintLayout;
import org.workledger.workbook.StreamedWorkbook;
import org.workledger.workbook.TextLines;

/**
 * Writes the consolidated ledger (汇总台账): one sheet with the title in row 1, a summary
 * line in row 2, the header in row 3 and one row per expected (unit, task) pair from row 4.
 * Rows are streamed (a few hundred thousand are fine). Text the units typed is always
 * written as a plain string cell, never as a formula, and nothing time-dependent is written:
 * the same rows give the same content.
 */
public final class LedgerWorkbookWriter {

	public static final String SHEET = "汇总台账";

	static final int TITLE_ROW = 0;

	static final int SUMMARY_ROW = 1;

	static final int HEADER_ROW = 2;

	static final int FIRST_DATA_ROW = 3;

	static final List<String> HEADERS = List.of("序号", "任务编号", "事项名称", "主要任务", "单位名称", "单位类别", "本单位角色", "完成时限",
			"完成状态", "完成进度（%）", "是否逾期", "工作进展", "存在问题", "下步计划", "联系人", "联系电话", "填报日期", "来源文件", "来源工作表", "来源行");

	/** Widths in characters of the digit 0 (a Chinese character is two), in header order. */
	private static final int[] WIDTHS = { 7, 10, 20, 40, 22, 14, 10, 14, 10, 10, 8, 40, 24, 24, 10, 14, 12, 30, 12,
			8 };

	private static final int LAST_COLUMN = HEADERS.size() - 1;

	/**
	 * The last column printed, 填报日期: 来源文件, 来源工作表 and 来源行 are for finding a line in
	 * the returns, not for the printed ledger, which is small enough on A4 as it is. The title
	 * and the as-of line are centred over the printed columns.
	 */
	private static final int LAST_PRINTED_COLUMN = HEADERS.indexOf("填报日期");

	private static final int SEQUENCE = 0;

	private static final int TASK_ID = 1;

	private static final int ITEM = 2;

	private static final int TASK = 3;

	private static final int STATUS = 8;

	private static final int PERCENT = 9;

	private static final int OVERDUE = 10;

	private static final int PROGRESS = 11;

	private static final int PROBLEMS = 12;

	private static final int NEXT_STEPS = 13;

	private static final int PHONE = 15;

	private static final int FILLED_ON = 16;

	private static final int SOURCE_FILE = 17;

	private static final int SOURCE_ROW = 19;

	/** Columns whose text is wrapped and sizes the row height. */
	private static final int[] WRAPPED = { ITEM, TASK, PROGRESS, PROBLEMS, NEXT_STEPS, SOURCE_FILE };

	/** Rows kept in memory while streaming. */
	private static final int WINDOW = 100;

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final String FONT = "宋体";

	private static final double POINTS_PER_LINE = 14.5;

	private static final float MAX_ROW_HEIGHT = 409;

	private static final byte[] HEADER_FILL = { (byte) 0xD9, (byte) 0xD9, (byte) 0xD9 };

	private static final byte[] NOT_REPORTED_FILL = { (byte) 0xED, (byte) 0xED, (byte) 0xED };

	private static final byte[] OVERDUE_FILL = { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE };

	private static final byte[] OVERDUE_TEXT = { (byte) 0x9C, (byte) 0x00, (byte) 0x06 };

	public LedgerWorkbookWriter() {
	}

	/**
	 * Writes the ledger to {@code target}, replacing it atomically: a reader never sees a
	 * half-written file.
	 */
	public void write(String title, Period period, LocalDate asOf, List<LedgerRow> rows, Path target)
			throws IOException {
		write(title, period, asOf, rows, List.of(), target);
	}

	/**
	 * As above, plus a second sheet 填报提示 listing the warnings of the accepted returns
	 * (synonyms taken, percent went down …), so the ledger says how each value was read.
	 */
	public void write(String title, Period period, LocalDate asOf, List<LedgerRow> rows, List<LedgerNote> notes,
			Path target) throws IOException {
		write(title, period, asOf, rows, rows, notes, target);
	}

	/**
	 * As above, for ledgers too large to hold in memory with all their narratives: the
	 * summary line is counted from {@code summaryRows} (which may lack the narratives), the
	 * rows written come from {@code rows}, streamed.
	 */
	public void write(String title, Period period, LocalDate asOf, List<LedgerRow> summaryRows, Iterable<LedgerRow> rows,
			List<LedgerNote> notes, Path target) throws IOException {
		// the streamed sheet data is compressed on a second thread as it is written, into a
		// temporary file deleted right after (about 100 MB for a 350,000-row ledger)
		SXSSFWorkbook workbook = new StreamedWorkbook(WINDOW);
		try {
			build(workbook, title + "（" + period.label() + "）", asOf, summaryRows, rows);
			notes(workbook, notes);
			AtomicFiles.write(target, workbook::write);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static final List<String> NOTE_HEADERS = List.of("单位名称", "来源文件", "位置", "提示", "处理建议");

	private static final int[] NOTE_WIDTHS = { 24, 36, 16, 50, 40 };

	private static void notes(SXSSFWorkbook workbook, List<LedgerNote> notes) {
		if (notes.isEmpty()) {
			return;
		}
		var sheet = workbook.createSheet("填报提示");
		CellStyle header = workbook.createCellStyle();
		var bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		CellStyle text = workbook.createCellStyle();
		text.setWrapText(true);
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Row head = sheet.createRow(0);
		for (int c = 0; c < NOTE_HEADERS.size(); c++) {
			head.createCell(c).setCellValue(NOTE_HEADERS.get(c));
			head.getCell(c).setCellStyle(header);
			sheet.setColumnWidth(c, NOTE_WIDTHS[c] * 256);
		}
		int r = 1;
		for (LedgerNote note : notes) {
			Row row = sheet.createRow(r++);
			String[] values = { note.unitName(), note.fileName(), note.where(), note.message(), note.fix() };
			for (int c = 0; c < values.length; c++) {
				row.createCell(c).setCellValue(clean(values[c]));
				row.getCell(c).setCellStyle(text);
			}
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, NOTE_HEADERS.size() - 1));
		PrintLayout.onA4(sheet, true, 0.5);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
	}

	private static void build(SXSSFWorkbook workbook, String title, LocalDate asOf, List<LedgerRow> summaryRows,
			Iterable<LedgerRow> rows) {
		Styles styles = new Styles(workbook);
		SXSSFSheet sheet = workbook.createSheet(SHEET);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256 + 184);
		}

		// row 1: title
		Row titleRow = sheet.createRow(TITLE_ROW);
		titleRow.setHeightInPoints(28);
		fill(titleRow, styles.title);
		titleRow.getCell(0).setCellValue(clean(title));
		sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LAST_PRINTED_COLUMN));

		// row 2: summary
		Row summaryRow = sheet.createRow(SUMMARY_ROW);
		summaryRow.setHeightInPoints(20);
		fill(summaryRow, styles.summary);
		summaryRow.getCell(0).setCellValue(summary(asOf, summaryRows));
		sheet.addMergedRegion(new CellRangeAddress(SUMMARY_ROW, SUMMARY_ROW, 0, LAST_PRINTED_COLUMN));

		// row 3: header
		Row headerRow = sheet.createRow(HEADER_ROW);
		int headerLines = 1;
		for (int c = 0; c <= LAST_COLUMN; c++) {
			Cell cell = headerRow.createCell(c);
			cell.setCellStyle(styles.header);
			cell.setCellValue(HEADERS.get(c));
			headerLines = Math.max(headerLines, TextLines.count(HEADERS.get(c), WIDTHS[c]));
		}
		headerRow.setHeightInPoints(height(headerLines));

		// rows 4..: data
		int r = FIRST_DATA_ROW;
		for (LedgerRow ledgerRow : rows) {
			writeRow(sheet.createRow(r), r - FIRST_DATA_ROW + 1, ledgerRow, styles);
			r++;
		}
		int lastRow = Math.max(HEADER_ROW, r - 1);

		sheet.createFreezePane(0, FIRST_DATA_ROW);
		sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, LAST_COLUMN));
		if (lastRow >= FIRST_DATA_ROW) {
			// task ids such as "1.2" and phone numbers are text on purpose
			XSSFSheet template = workbook.getXSSFWorkbook().getSheet(SHEET);
			template.addIgnoredErrors(new CellRangeAddress(FIRST_DATA_ROW, lastRow, 0, LAST_COLUMN),
					IgnoredErrorType.NUMBER_STORED_AS_TEXT);
		}
		printSetup(sheet);
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, LAST_PRINTED_COLUMN, TITLE_ROW, lastRow);

		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
		POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		properties.setTitle(clean(title));
		properties.setCreator("workledger");
		// reproducible output: no creation date
		properties.setCreated(Optional.empty());
	}

	static String summary(LocalDate asOf, List<LedgerRow> rows) {
		long reported = 0;
		long overdue = 0;
		for (LedgerRow row : rows) {
			if (row.reported()) {
				reported++;
			}
			if (row.overdue()) {
				overdue++;
			}
		}
		return "统计截止 " + asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日；应报送的单位任务 " + rows.size() + " 项，已报送 " + reported + " 项，未报送 "
				+ (rows.size() - reported) + " 项，逾期 " + overdue + " 项";
	}

	private static void writeRow(Row row, int sequence, LedgerRow r, Styles styles) {
		String[] texts = new String[HEADERS.size()];
		texts[TASK_ID] = r.taskId();
		texts[ITEM] = r.itemName();
		texts[TASK] = r.taskText();
		texts[4] = r.unitName();
		texts[5] = r.unitCategory();
		texts[6] = r.role();
		texts[7] = r.deadlineText();
		texts[STATUS] = r.status();
		texts[OVERDUE] = r.overdue() ? "是" : "否";
		texts[PROGRESS] = r.progress();
		texts[PROBLEMS] = r.problems();
		texts[NEXT_STEPS] = r.nextSteps();
		texts[14] = r.contact();
		texts[PHONE] = r.phone();
		texts[SOURCE_FILE] = r.sourceFile();
		texts[18] = r.sourceSheet();

		Cell sequenceCell = row.createCell(SEQUENCE);
		sequenceCell.setCellStyle(styles.number);
		sequenceCell.setCellValue(sequence);

		int lines = 1;
		for (int c = 1; c <= LAST_COLUMN; c++) {
			Cell cell = row.createCell(c);
			switch (c) {
				case PERCENT -> {
					cell.setCellStyle(styles.number);
					if (r.percent() != null) {
						cell.setCellValue(r.percent().intValue());
					}
				}
				case FILLED_ON -> {
					cell.setCellStyle(styles.date);
					if (r.filledOn() != null) {
						cell.setCellValue(r.filledOn());
					}
				}
				case SOURCE_ROW -> {
					cell.setCellStyle(styles.number);
					if (r.sourceRow() > 0) {
						cell.setCellValue(r.sourceRow());
					}
				}
				default -> {
					String text = clean(texts[c]);
					cell.setCellStyle(textStyle(c, text, styles));
					if (!text.isEmpty()) {
						// setCellValue(String) always gives a string cell: "=..." stays text
						cell.setCellValue(text);
						if (isWrapped(c)) {
							lines = Math.max(lines, TextLines.count(text, WIDTHS[c]));
						}
					}
				}
			}
		}
		row.setHeightInPoints(height(lines));
	}

	private static CellStyle textStyle(int column, String text, Styles styles) {
		if (column == STATUS && LedgerRow.NOT_REPORTED.equals(text)) {
			return styles.notReported;
		}
		if (column == OVERDUE && "是".equals(text)) {
			return styles.overdue;
		}
		if (isWrapped(column)) {
			return styles.wrapped;
		}
		return switch (column) {
			case TASK_ID, 5, 6, 7, STATUS, OVERDUE, PHONE -> styles.centered;
			default -> styles.text;
		};
	}

	private static boolean isWrapped(int column) {
		for (int wrapped : WRAPPED) {
			if (wrapped == column) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text as a cell can hold it: without the control characters XML forbids (tab and
	 * line breaks stay), without unpaired surrogates, and at most 32,767 characters.
	 */
	static String clean(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		int length = text.length();
		// nearly all text is printable and below the surrogates: one comparison a character finds that out
		// (a province's ledger passes 80 million characters through here)
		int plain = 0;
		while (plain < length && text.charAt(plain) >= 0x20 && text.charAt(plain) < 0xD800) {
			plain++;
		}
		if (plain == length && length <= MAX_TEXT) {
			return text;
		}
		StringBuilder out = null;
		for (int i = plain; i < length; i++) {
			char c = text.charAt(i);
			boolean keep;
			boolean pair = false;
			if (Character.isHighSurrogate(c)) {
				pair = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
				keep = pair;
			}
			else if (Character.isLowSurrogate(c)) {
				keep = false;
			}
			else {
				keep = (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
			}
			if (!keep && out == null) {
				out = new StringBuilder(length);
				out.append(text, 0, i);
			}
			if (keep && out != null) {
				out.append(c);
				if (pair) {
					out.append(text.charAt(i + 1));
				}
			}
			if (pair) {
				i++;
			}
		}
		String result = (out != null) ? out.toString() : text;
		if (result.length() > MAX_TEXT) {
			int end = MAX_TEXT;
			if (Character.isHighSurrogate(result.charAt(end - 1))) {
				end--;
			}
			result = result.substring(0, end);
		}
		return result;
	}

	private static void fill(Row row, CellStyle style) {
		for (int c = 0; c <= LAST_COLUMN; c++) {
			row.createCell(c).setCellStyle(style);
		}
	}

	private static void printSetup(SXSSFSheet sheet) {
		PrintLayout.onA4(sheet, true, 0.4);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
	}

	private static float height(int lines) {
		return (float) Math.min(MAX_ROW_HEIGHT, lines * POINTS_PER_LINE + 6);
	}

	/** The few cell styles, created once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle summary;

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		final CellStyle centered;

		final CellStyle notReported;

		final CellStyle overdue;

		final CellStyle number;

		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			XSSFFont defaultFont = (XSSFFont) workbook.getFontAt(0);
			defaultFont.setFontName(FONT);
			defaultFont.setFontHeightInPoints((short) 11);
			XSSFFont plain = font(workbook, 11, false);
			XSSFFont bold = font(workbook, 11, true);
			XSSFFont titleFont = font(workbook, 14, true);
			XSSFFont overdueFont = font(workbook, 11, false);
			overdueFont.setColor(new XSSFColor(OVERDUE_TEXT, null));
			short textFormat = workbook.createDataFormat().getFormat("@");
			short integerFormat = workbook.createDataFormat().getFormat("0");
			short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");

			// left, not centred: centred over twenty columns it would sit off screen
			this.title = style(workbook, titleFont, HorizontalAlignment.LEFT, false);
			this.summary = style(workbook, plain, HorizontalAlignment.LEFT, false);

			this.header = style(workbook, bold, HorizontalAlignment.CENTER, true);
			this.header.setWrapText(true);
			filled(this.header, HEADER_FILL);

			this.text = style(workbook, plain, HorizontalAlignment.LEFT, true);
			this.text.setDataFormat(textFormat);
			this.wrapped = style(workbook, plain, HorizontalAlignment.LEFT, true);
			this.wrapped.setDataFormat(textFormat);
			this.wrapped.setWrapText(true);
			this.centered = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.centered.setDataFormat(textFormat);
			this.notReported = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.notReported.setDataFormat(textFormat);
			filled(this.notReported, NOT_REPORTED_FILL);
			this.overdue = style(workbook, overdueFont, HorizontalAlignment.CENTER, true);
			this.overdue.setDataFormat(textFormat);
			filled(this.overdue, OVERDUE_FILL);

			this.number = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.number.setDataFormat(integerFormat);
			this.date = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.date.setDataFormat(dateFormat);
		}

		private static XSSFFont font(SXSSFWorkbook workbook, int points, boolean bold) {
			XSSFFont font = (XSSFFont) workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private static CellStyle style(SXSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment,
				boolean bordered) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

		private static CellStyle filled(CellStyle style, byte[] rgb) {
			((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}

	}

}
