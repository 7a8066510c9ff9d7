package org.workledger.findings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.workledger.workbook.PackageParts;
import org.workledger.workbook.XmlText;

/**
 * Writes findings as a workbook a clerk can sort and filter: one row per finding with
 * severity, file, sheet, cell, the value found, what is wrong and how to fix it. Every
 * value is written as text, so nothing a unit typed can become a formula.
 * <p>
 * The few parts of this one-sheet workbook are written directly. Through POI's object
 * model each list cost 5 ms once warm and 40 ms in a fresh process (the object model's
 * classes loaded and compiled for a hundred small files), for every rejected return.
 */
public final class FindingsWorkbookWriter {

	public static final String SHEET = "问题清单";

	private static final List<String> HEADERS = List.of("序号", "级别", "文件", "工作表", "单元格", "发现的值", "问题", "处理建议",
			"问题类型");

	private static final int[] WIDTHS = { 6, 6, 36, 14, 10, 30, 50, 50, 24 };

	/** A return's list has the task of each row-level problem beside its cell: this column, this wide. */
	private static final int TASK_COLUMN = 5;

	private static final int TASK_WIDTH = 10;

	/** Cell formats of styles.xml below: the title, the header row, the body. */
	private static final int TITLE = 1;

	private static final int HEADER = 2;

	private static final int BODY = 3;

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private FindingsWorkbookWriter() {
	}

	public static void write(String title, List<Finding> findings, Path target) throws IOException {
		write(title, findings, Map.of(), target);
	}

	/**
	 * @param taskOfRow the task number of each row of a return's task table, by sheet name and
	 * Excel row ({@code 进展填报!10}): the list then says which task a problem is in, as a clerk
	 * looks for it (a printed list that said only I10 left the clerk counting rows)
	 */
	public static void write(String title, List<Finding> findings, Map<String, String> taskOfRow, Path target)
			throws IOException {
		// as Excel numbers rows: the title is row 1, the header row 2, the findings below
		int lastRow = findings.size() + 2;
		String lastColumn = CellReference.convertNumToColString(HEADERS.size() - (taskOfRow.isEmpty() ? 1 : 0));
		Map<String, byte[]> parts = new LinkedHashMap<>();
		put(parts, "[Content_Types].xml", HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ "</Types>");
		put(parts, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "</Relationships>");
		put(parts, "xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
				+ "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
				+ "<sheets><sheet name=\"" + SHEET + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
				// the filter's range, as Excel itself records it next to the sheet's autoFilter
				+ "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + SHEET + "!$A$2:$"
				+ lastColumn + "$" + lastRow + "</definedName>"
				+ "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + SHEET + "!$2:$2</definedName>"
				+ "</definedNames></workbook>");
		put(parts, "xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
				+ "</Relationships>");
		put(parts, "xl/styles.xml", STYLES);
		put(parts, "xl/worksheets/sheet1.xml", sheet(title, findings, taskOfRow, lastRow, lastColumn));
		PackageParts.write(target, parts);
	}

	private static void put(Map<String, byte[]> parts, String name, String xml) {
		parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String sheet(String title, List<Finding> findings, Map<String, String> taskOfRow, int lastRow,
			String lastColumn) {
		boolean tasks = !taskOfRow.isEmpty();
		List<Integer> widths = new ArrayList<>(Arrays.stream(WIDTHS).boxed().toList());
		if (tasks) {
			widths.add(TASK_COLUMN, TASK_WIDTH);
		}
		StringBuilder xml = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
			.append(RELATIONSHIPS).append("\">")
			.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
			.append("<dimension ref=\"A1:").append(lastColumn).append(lastRow).append("\"/>")
			.append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
			.append("<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>")
			.append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
			.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
		for (int c = 0; c < widths.size(); c++) {
			xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
				.append((widths.get(c) * 256 + 200) / 256.0).append("\" customWidth=\"1\"/>");
		}
		xml.append("</cols><sheetData>");
		row(xml, 0, new String[] { title }, TITLE);
		row(xml, 1, withTask(HEADERS, tasks, "任务编号"), HEADER);
		int r = 2;
		for (Finding f : findings) {
			row(xml, r, withTask(List.of(String.valueOf(r - 1), f.severity().label(), f.location().file(),
					f.location().sheet(), f.location().cell(), f.value(), f.message(), f.fix(), f.code().label()), tasks,
					tasks ? f.taskIn(taskOfRow) : ""), BODY);
			r++;
		}
		return xml.append("</sheetData>")
			.append("<autoFilter ref=\"A2:").append(lastColumn).append(lastRow).append("\"/>")
			.append("<mergeCells count=\"1\"><mergeCell ref=\"A1:").append(lastColumn).append("1\"/></mergeCells>")
			.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
			.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
			.append(XmlText.PAGE_NUMBERS_FOOTER)
			.append("</worksheet>")
			.toString();
	}

	/** The values of a row, with {@code task} in the task column when the list has one. */
	private static String[] withTask(List<String> values, boolean tasks, String task) {
		List<String> row = new ArrayList<>(values);
		if (tasks) {
			row.add(TASK_COLUMN, task);
		}
		return row.toArray(String[]::new);
	}

	/** One row of text cells (inline strings: no shared-strings part to keep in step). */
	private static void row(StringBuilder xml, int row, String[] values, int style) {
		xml.append("<row r=\"").append(row + 1).append("\">");
		for (int c = 0; c < values.length; c++) {
			xml.append("<c r=\"").append(CellReference.convertNumToColString(c)).append(row + 1).append("\" s=\"")
				.append(style).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(XmlText.escape(values[c]))
				.append("</t></is></c>");
		}
		xml.append("</row>");
	}

	/** Default, title (bold 14), header (bold, grey, bordered), body (text format, wrapped, top, bordered). */
	private static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
			+ "<fonts count=\"3\">"
			+ "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
			+ "<font><b/><sz val=\"14\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
			+ "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
			+ "</fonts><fills count=\"3\">"
			+ "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
			+ "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill>"
			+ "</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
			+ "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
			+ "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
			+ "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
			+ "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>"
			+ "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" "
			+ "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
			+ "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
			+ "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";

}
