package org.workledger.distribute;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workledger.system.AtomicFiles;
import org.workledger.workbook.PrintLayout;
import org.workledger.workbook.TextLines;
import org.workledger.contract.ProgressStatus;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.period.Period;

/**
 * Writes one unit's blank progress workbook (进展情况表): the 进展填报 sheet with the
 * pre-filled header block and task table and the yellow input cells the unit fills in,
 * the 填报说明 sheet, and the very hidden metadata sheet the readers use to recognise the
 * template. The layout of 进展填报 is fixed (title in row 1, header block in rows 3–4,
 * table header in row 6, tasks from row 7) so cell references such as {@code 进展填报!H7}
 * stay valid. Nothing time-dependent is written: the same spec gives the same content.
 */
public final class ProgressWorkbookWriter {

	static final int TITLE_ROW = 0;

	static final int NOTE_ROW = 1;

	static final int UNIT_ROW = 2;

	static final int CONTACT_ROW = 3;

	static final int HEADER_ROW = 5;

	static final int FIRST_TASK_ROW = 6;

	static final int LAST_COLUMN = 11;

	private static final String FONT = "宋体";

	private static final String NOTE = "说明：浅黄色底纹单元格为填报区域，其余单元格已锁定；完成状态请从下拉列表选择，完成进度填 0–100 的整数。"
			+ "详见“填报说明”工作表。";

	/** Table columns A..L: label and width in characters of the digit 0 (a Chinese character is two). */
	private static final List<Column> COLUMNS = List.of(new Column("序号", 10), //
			new Column(ProgressWorkbookContract.TASK_ID, 9), //
			new Column(ProgressWorkbookContract.ITEM, 22), //
			new Column(ProgressWorkbookContract.TASK, 45), //
			new Column(ProgressWorkbookContract.LEAD_UNITS, 16), //
			new Column(ProgressWorkbookContract.DEADLINE, 14), //
			new Column(ProgressWorkbookContract.ROLE, 12), //
			// wide enough for the 填报日期 above it (2023年10月31日), which Excel would otherwise show as ####
			new Column(ProgressWorkbookContract.STATUS, 15), //
			new Column(ProgressWorkbookContract.PERCENT, 14), //
			new Column(ProgressWorkbookContract.PROGRESS, 30), //
			new Column(ProgressWorkbookContract.PROBLEMS, 30), //
			new Column(ProgressWorkbookContract.NEXT_STEPS, 30));

	private static final int STATUS_COLUMN = 7;

	private static final int PERCENT_COLUMN = 8;

	private static final double POINTS_PER_LINE = 15;

	private static final float MAX_ROW_HEIGHT = 409;

	private static final byte[] INPUT_FILL = { (byte) 0xFF, (byte) 0xF2, (byte) 0xCC };

	private static final byte[] HEADER_FILL = { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 };

	private static final byte[] LABEL_FILL = { (byte) 0xF2, (byte) 0xF2, (byte) 0xF2 };

	private static final byte[] NOTE_COLOR = { (byte) 0x59, (byte) 0x59, (byte) 0x59 };

	public ProgressWorkbookWriter() {
	}

	/**
	 * Writes the workbook to {@code target}, replacing it atomically: a reader never sees a
	 * half-written file.
	 */
	public void write(ProgressWorkbookSpec spec, Path target) throws IOException {
		try (XSSFWorkbook workbook = build(spec)) {
			AtomicFiles.write(target, workbook::write);
		}
	}

	XSSFWorkbook build(ProgressWorkbookSpec spec) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		try {
			Styles styles = new Styles(workbook);
			String title = spec.title() + "（" + spec.period().label() + "）";
			writeProgressSheet(workbook.createSheet(ProgressWorkbookContract.SHEET), spec, title, styles);
			writeInstructionsSheet(workbook.createSheet(ProgressWorkbookContract.INSTRUCTIONS_SHEET), styles, spec.period());
			writeMetaSheet(workbook.createSheet(ProgressWorkbookContract.META_SHEET), spec);
			workbook.setSheetVisibility(workbook.getSheetIndex(ProgressWorkbookContract.META_SHEET),
					SheetVisibility.VERY_HIDDEN);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.setFirstVisibleTab(0);
			POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
			properties.setTitle(title);
			properties.setCreator("workledger");
			// reproducible output: no creation date
			properties.setCreated(Optional.empty());
			return workbook;
		}
		catch (RuntimeException ex) {
			try {
				workbook.close();
			}
			catch (IOException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
	}

	private void writeProgressSheet(XSSFSheet sheet, ProgressWorkbookSpec spec, String title, Styles styles) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
		}

		// row 1: title
		XSSFRow titleRow = sheet.createRow(TITLE_ROW);
		titleRow.setHeightInPoints(30);
		fill(titleRow, 0, LAST_COLUMN, styles.title);
		titleRow.getCell(0).setCellValue(title);
		sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN));

		// row 2: note
		XSSFRow noteRow = sheet.createRow(NOTE_ROW);
		noteRow.setHeightInPoints(18);
		fill(noteRow, 0, LAST_COLUMN, styles.note);
		noteRow.getCell(0).setCellValue(NOTE);
		sheet.addMergedRegion(new CellRangeAddress(NOTE_ROW, NOTE_ROW, 0, LAST_COLUMN));

		// row 3: 填报单位 | unit (B:D) | 报送期次 | period | 填报日期 | date
		XSSFRow unitRow = sheet.createRow(UNIT_ROW);
		unitRow.setHeightInPoints(22);
		label(unitRow, 0, ProgressWorkbookContract.UNIT, styles);
		fill(unitRow, 1, 3, styles.fixedValue);
		unitRow.getCell(1).setCellValue(spec.unit().name());
		sheet.addMergedRegion(new CellRangeAddress(UNIT_ROW, UNIT_ROW, 1, 3));
		label(unitRow, 4, ProgressWorkbookContract.PERIOD, styles);
		fill(unitRow, 5, 5, styles.fixedText);
		unitRow.getCell(5).setCellValue(spec.period().label());
		label(unitRow, 6, ProgressWorkbookContract.FILLED_ON, styles);
		fill(unitRow, 7, 7, styles.inputDate);

		// row 4: 联系人 | input (B:D) | 联系电话 | input
		XSSFRow contactRow = sheet.createRow(CONTACT_ROW);
		contactRow.setHeightInPoints(22);
		label(contactRow, 0, ProgressWorkbookContract.CONTACT, styles);
		fill(contactRow, 1, 3, styles.inputLine);
		sheet.addMergedRegion(new CellRangeAddress(CONTACT_ROW, CONTACT_ROW, 1, 3));
		label(contactRow, 4, ProgressWorkbookContract.PHONE, styles);
		fill(contactRow, 5, 5, styles.inputText);

		// row 5: spacer
		sheet.createRow(4).setHeightInPoints(8);

		// row 6: table header
		XSSFRow headerRow = sheet.createRow(HEADER_ROW);
		int headerLines = 1;
		for (int c = 0; c < COLUMNS.size(); c++) {
			XSSFCell cell = headerRow.createCell(c);
			cell.setCellStyle(styles.header);
			cell.setCellValue(COLUMNS.get(c).label());
			headerLines = Math.max(headerLines, TextLines.count(COLUMNS.get(c).label(), COLUMNS.get(c).width()));
		}
		headerRow.setHeightInPoints(height(headerLines, 1));

		// rows 7..: tasks
		List<ProgressWorkbookSpec.Task> tasks = spec.tasks();
		for (int i = 0; i < tasks.size(); i++) {
			ProgressWorkbookSpec.Task task = tasks.get(i);
			XSSFRow row = sheet.createRow(FIRST_TASK_ROW + i);
			XSSFCell sequence = row.createCell(0);
			sequence.setCellStyle(styles.taskCentered);
			sequence.setCellValue(i + 1);
			String[] values = { task.id(), task.itemName(), task.text(), task.leadUnits(), task.deadline(),
					(task.role() != null) ? task.role().label() : null };
			int lines = 1;
			for (int v = 0; v < values.length; v++) {
				int c = v + 1;
				XSSFCell cell = row.createCell(c);
				boolean centered = c == 1 || c == 5 || c == 6;
				cell.setCellStyle((c == 1) ? styles.taskId : centered ? styles.taskCentered : styles.task);
				if (values[v] != null && !values[v].isBlank()) {
					cell.setCellValue(values[v]);
					lines = Math.max(lines, TextLines.count(values[v], COLUMNS.get(c).width()));
				}
			}
			for (int c = STATUS_COLUMN; c <= LAST_COLUMN; c++) {
				row.createCell(c).setCellStyle((c <= PERCENT_COLUMN) ? styles.inputCentered : styles.input);
			}
			// at least two lines so there is visible room to write progress in
			row.setHeightInPoints(height(lines, 2));
		}
		int lastTaskRow = FIRST_TASK_ROW + tasks.size() - 1;

		sheet.addIgnoredErrors(new CellRangeAddress(UNIT_ROW, UNIT_ROW, 5, 5), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
		sheet.addIgnoredErrors(new CellRangeAddress(CONTACT_ROW, CONTACT_ROW, 5, 5),
				IgnoredErrorType.NUMBER_STORED_AS_TEXT);
		if (!tasks.isEmpty()) {
			sheet.addIgnoredErrors(new CellRangeAddress(FIRST_TASK_ROW, lastTaskRow, 1, 1),
					IgnoredErrorType.NUMBER_STORED_AS_TEXT);
		}

		addValidations(sheet, tasks.isEmpty() ? -1 : lastTaskRow, spec.period());

		sheet.createFreezePane(0, FIRST_TASK_ROW);
		protect(sheet);
		printSetup(sheet, true);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
	}

	private void addValidations(XSSFSheet sheet, int lastTaskRow, Period period) {
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		if (lastTaskRow >= FIRST_TASK_ROW) {
			DataValidation status = helper.createValidation(
					helper.createExplicitListConstraint(ProgressStatus.labels().toArray(String[]::new)),
					new CellRangeAddressList(FIRST_TASK_ROW, lastTaskRow, STATUS_COLUMN, STATUS_COLUMN));
			explain(status, "完成状态", "请从下拉列表选择：已完成、推进中、未启动、持续推进（长期坚持类任务选“持续推进”）", "完成状态填写有误",
					"完成状态只能是：已完成、推进中、未启动、持续推进。请从下拉列表选择。");
			sheet.addValidationData(status);

			DataValidation percent = helper.createValidation(
					helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "100"),
					new CellRangeAddressList(FIRST_TASK_ROW, lastTaskRow, PERCENT_COLUMN, PERCENT_COLUMN));
			explain(percent, "完成进度（%）", "请填写 0–100 之间的整数，不带百分号；已完成的任务填 100。", "完成进度填写有误",
					"完成进度须为 0–100 之间的整数（不带百分号），已完成的任务填 100。");
			sheet.addValidationData(percent);
		}

		DataValidation date = helper.createValidation(
				helper.createDateConstraint(OperatorType.BETWEEN, serial(LocalDate.of(2000, 1, 1)),
						serial(LocalDate.of(2100, 12, 31)), null),
				new CellRangeAddressList(UNIT_ROW, UNIT_ROW, 7, 7));
		explain(date, "填报日期", "请填写填报日期，例如 " + exampleDates(period) + "。", "填报日期填写有误",
				"请填写有效日期，例如 " + exampleDates(period) + "。");
		sheet.addValidationData(date);
	}

	/** The period's last day, as a date is typed: 2023-10-31 或 2023/10/31 (the form of that month, not another year's). */
	private static String exampleDates(Period period) {
		LocalDate day = period.lastDay();
		return day + " 或 " + day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
	}

	private static String serial(LocalDate date) {
		return Long.toString(Math.round(DateUtil.getExcelDate(date)));
	}

	private static void explain(DataValidation validation, String promptTitle, String prompt, String errorTitle,
			String error) {
		validation.createPromptBox(promptTitle, prompt);
		validation.setShowPromptBox(true);
		validation.createErrorBox(errorTitle, error);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
	}

	private void writeInstructionsSheet(XSSFSheet sheet, Styles styles, Period period) {
		int labelWidth = 16;
		int textWidth = 90;
		sheet.setColumnWidth(0, labelWidth * 256);
		sheet.setColumnWidth(1, textWidth * 256);

		XSSFRow titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(30);
		fill(titleRow, 0, 1, styles.title);
		titleRow.getCell(0).setCellValue("填报说明");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));

		XSSFRow headerRow = sheet.createRow(1);
		headerRow.setHeightInPoints(height(1, 1));
		headerRow.createCell(0).setCellStyle(styles.header);
		headerRow.getCell(0).setCellValue("项目");
		headerRow.createCell(1).setCellStyle(styles.header);
		headerRow.getCell(1).setCellValue("说明");

		List<String[]> lines = instructions(period);
		for (int i = 0; i < lines.size(); i++) {
			XSSFRow row = sheet.createRow(2 + i);
			String[] line = lines.get(i);
			XSSFCell label = row.createCell(0);
			label.setCellStyle(styles.instructionLabel);
			label.setCellValue(line[0]);
			XSSFCell text = row.createCell(1);
			text.setCellStyle(styles.task);
			text.setCellValue(line[1]);
			row.setHeightInPoints(height(Math.max(TextLines.count(line[0], labelWidth), TextLines.count(line[1], textWidth)), 1));
		}
		int last = 2 + lines.size();
		XSSFRow closing = sheet.createRow(last);
		fill(closing, 0, 1, styles.closing);
		closing.getCell(0).setCellValue("请勿修改表格结构（不要删除、合并列），填好后按原文件名报送。");
		sheet.addMergedRegion(new CellRangeAddress(last, last, 0, 1));
		closing.setHeightInPoints(height(1, 1) + 4);

		protect(sheet);
		printSetup(sheet, false);
	}

	private static List<String[]> instructions(Period period) {
		List<String[]> lines = new ArrayList<>();
		lines.add(row(ProgressWorkbookContract.UNIT, "已预先填好，为本表的报送单位，请勿修改。如单位名称有误，请联系汇总部门。"));
		lines.add(row(ProgressWorkbookContract.PERIOD, "已预先填好，为本次报送的年月（" + period.label() + "），请勿修改。"));
		lines.add(row(ProgressWorkbookContract.CONTACT, "填写本单位负责此项工作的联系人姓名。"));
		lines.add(row(ProgressWorkbookContract.PHONE, "填写联系人的手机或办公电话，便于核实情况。"));
		lines.add(row(ProgressWorkbookContract.FILLED_ON, "填写本表的填报日期，例如 " + exampleDates(period) + "。"));
		lines.add(row(ProgressWorkbookContract.TASK_ID,
				"任务编号与任务分解表一一对应，汇总时按此编号核对任务，请勿修改、删除或调整顺序；事项名称、主要任务、牵头单位、完成时限、本单位角色同样已预先填好。"));
		lines.add(row(ProgressWorkbookContract.STATUS,
				"从下拉列表中选择，只能填以下四种之一：" + "“已完成”——任务已全部完成；" + "“推进中”——任务已启动、正在推进，尚未完成；"
						+ "“未启动”——任务尚未开始；" + "“持续推进”——用于完成时限为“长期坚持”的任务，表示该项工作按要求持续开展。"));
		lines.add(row(ProgressWorkbookContract.PERCENT,
				"填写 0–100 之间的整数，不带百分号，表示任务的总体完成程度。已完成 = 100；未启动一般填 0；持续推进（长期坚持）的任务可以不填。"));
		lines.add(row(ProgressWorkbookContract.PROGRESS,
				"简要写明截至本期的工作进展：做了什么、取得了什么成效。已完成的任务必须写明完成情况（完成时间、完成内容、成果形式等）。"));
		lines.add(row(ProgressWorkbookContract.PROBLEMS, "写明推进中遇到的困难和问题；没有问题的可填“无”。"));
		lines.add(row(ProgressWorkbookContract.NEXT_STEPS, "写明下一步的工作安排和预计完成时间；已完成的任务可填“无”。"));
		lines.add(row(ProgressWorkbookContract.DEADLINE,
				"任务分解表规定的完成时限。“××××年×月底前”指须在该月最后一天（含）之前完成；“长期坚持”指没有截止日期、需要持续开展的工作，完成状态请选“持续推进”。"));
		return lines;
	}

	private static String[] row(String label, String text) {
		return new String[] { label, text };
	}

	private static void writeMetaSheet(XSSFSheet sheet, ProgressWorkbookSpec spec) {
		String[][] entries = { { ProgressWorkbookContract.META_VERSION, ProgressWorkbookContract.TEMPLATE_VERSION },
				{ ProgressWorkbookContract.META_UNIT, spec.unit().name() },
				{ ProgressWorkbookContract.META_PERIOD, spec.period().key() },
				{ ProgressWorkbookContract.META_FINGERPRINT, spec.fingerprint() } };
		for (int i = 0; i < entries.length; i++) {
			XSSFRow row = sheet.createRow(i);
			row.createCell(0).setCellValue(entries[i][0]);
			if (entries[i][1] != null) {
				row.createCell(1).setCellValue(entries[i][1]);
			}
		}
		sheet.setColumnWidth(0, 20 * 256);
		sheet.setColumnWidth(1, 70 * 256);
		protect(sheet);
	}

	private static void protect(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private static void printSetup(XSSFSheet sheet, boolean landscape) {
		PrintLayout.onA4(sheet, landscape, 0.5);
	}

	private static void label(XSSFRow row, int column, String text, Styles styles) {
		XSSFCell cell = row.createCell(column);
		cell.setCellStyle(styles.label);
		cell.setCellValue(text);
	}

	private static void fill(XSSFRow row, int from, int to, XSSFCellStyle style) {
		for (int c = from; c <= to; c++) {
			row.createCell(c).setCellStyle(style);
		}
	}

	private static float height(int lines, int minimumLines) {
		return (float) Math.min(MAX_ROW_HEIGHT, Math.max(lines, minimumLines) * POINTS_PER_LINE + 8);
	}

	private record Column(String label, int width) {
	}

	/** The few cell styles, created once per workbook. */
	private static final class Styles {

		final XSSFCellStyle title;

		final XSSFCellStyle note;

		final XSSFCellStyle label;

		final XSSFCellStyle fixedValue;

		final XSSFCellStyle fixedText;

		final XSSFCellStyle inputDate;

		final XSSFCellStyle inputLine;

		final XSSFCellStyle inputText;

		final XSSFCellStyle header;

		final XSSFCellStyle task;

		final XSSFCellStyle taskCentered;

		final XSSFCellStyle taskId;

		final XSSFCellStyle input;

		final XSSFCellStyle inputCentered;

		final XSSFCellStyle instructionLabel;

		final XSSFCellStyle closing;

		Styles(XSSFWorkbook workbook) {
			XSSFFont defaultFont = workbook.getFontAt(0);
			defaultFont.setFontName(FONT);
			defaultFont.setFontHeightInPoints((short) 11);
			XSSFFont plain = font(workbook, 11, false);
			XSSFFont bold = font(workbook, 11, true);
			XSSFFont titleFont = font(workbook, 16, true);
			XSSFFont noteFont = font(workbook, 9, false);
			noteFont.setColor(new XSSFColor(NOTE_COLOR, null));
			short textFormat = workbook.createDataFormat().getFormat("@");
			short dateFormat = workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"");

			this.title = style(workbook, titleFont, HorizontalAlignment.CENTER, false);
			this.note = style(workbook, noteFont, HorizontalAlignment.LEFT, false);

			this.label = style(workbook, bold, HorizontalAlignment.CENTER, true);
			filled(this.label, LABEL_FILL);
			this.fixedValue = style(workbook, plain, HorizontalAlignment.LEFT, true);
			this.fixedText = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.fixedText.setDataFormat(textFormat);
			this.inputDate = input(style(workbook, plain, HorizontalAlignment.CENTER, true));
			this.inputDate.setDataFormat(dateFormat);
			this.inputLine = input(style(workbook, plain, HorizontalAlignment.LEFT, true));
			this.inputText = input(style(workbook, plain, HorizontalAlignment.CENTER, true));
			this.inputText.setDataFormat(textFormat);

			this.header = style(workbook, bold, HorizontalAlignment.CENTER, true);
			this.header.setWrapText(true);
			filled(this.header, HEADER_FILL);

			this.task = style(workbook, plain, HorizontalAlignment.LEFT, true);
			this.task.setWrapText(true);
			this.taskCentered = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.taskCentered.setWrapText(true);
			this.taskId = style(workbook, plain, HorizontalAlignment.CENTER, true);
			this.taskId.setDataFormat(textFormat);

			this.input = input(style(workbook, plain, HorizontalAlignment.LEFT, true));
			this.input.setWrapText(true);
			this.inputCentered = input(style(workbook, plain, HorizontalAlignment.CENTER, true));
			this.inputCentered.setWrapText(true);

			this.instructionLabel = style(workbook, bold, HorizontalAlignment.CENTER, true);
			this.instructionLabel.setWrapText(true);
			filled(this.instructionLabel, LABEL_FILL);
			this.closing = style(workbook, bold, HorizontalAlignment.LEFT, false);
		}

		private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold) {
			XSSFFont font = workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment,
				boolean bordered) {
			XSSFCellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setLocked(true);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

		private static XSSFCellStyle input(XSSFCellStyle style) {
			style.setLocked(false);
			return filled(style, INPUT_FILL);
		}

		private static XSSFCellStyle filled(XSSFCellStyle style, byte[] rgb) {
			style.setFillForegroundColor(new XSSFColor(rgb, null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}

	}

}
