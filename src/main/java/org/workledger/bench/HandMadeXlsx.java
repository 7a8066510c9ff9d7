package org.workledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipOutputStream;

import org.workledger.contract.ProgressWorkbookContract;

/**
 * Writes a return the way a unit makes one of its own instead of filling in the
 * distributed template: no metadata sheet, no protection or dropdowns, a sheet named
 * {@code Sheet1} or {@code 10月进展}, its own title rows, the header block typed as
 * {@code 填报单位：…} in one cell or as label and value side by side, the columns it cares
 * about in its own order (the seven contract columns always, with labels such as
 * {@code 完成进度(%)}), percentages as {@code 80}, {@code 80%} or a percent-formatted 0.8,
 * the filling date as a date cell or as text, and either a bordered table (every cell
 * written, blank ones too) or a bare one (only the cells that hold something, as Excel
 * saves a sheet nobody formatted). Everything still follows the file contract, so the
 * readers take it; which variant a return gets is drawn from its own random source.
 * Written as text parts with a shared-strings table, as Excel and WPS save.
 */
final class HandMadeXlsx {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	// cellXfs of styles()
	private static final int S_TITLE = 1, S_HEADER = 2, S_BODY = 3, S_PERCENT_BORDERED = 4, S_DATE = 5, S_DATE_CHINESE = 6,
			S_PERCENT = 7, S_LABEL = 8, S_HEADER_PLAIN = 9;

	private static final String SERIAL = "序号", REMARK = "备注";

	/** Column orders units use: the contract's seven columns in every one, a few of the others. */
	private static final List<List<String>> ORDERS = List.of(
			List.of(SERIAL, ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.ITEM, ProgressWorkbookContract.TASK,
					ProgressWorkbookContract.DEADLINE, ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT,
					ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS),
			List.of(ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.TASK, ProgressWorkbookContract.STATUS,
					ProgressWorkbookContract.PERCENT, ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS,
					ProgressWorkbookContract.NEXT_STEPS, REMARK),
			List.of(SERIAL, ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.TASK, ProgressWorkbookContract.LEAD_UNITS,
					ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS,
					ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT),
			List.of(ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.ITEM, ProgressWorkbookContract.TASK,
					ProgressWorkbookContract.ROLE, ProgressWorkbookContract.DEADLINE, ProgressWorkbookContract.PERCENT,
					ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS,
					ProgressWorkbookContract.NEXT_STEPS));

	private static final List<String> PERCENT_LABELS = List.of("完成进度（%）", "完成进度(%)", "完成进度 (%)", "完成进度（％）");

	private static final List<String> SHEET_NAMES = List.of("Sheet1", "进展情况", "10月进展", "工作进展情况", "2023年10月");

	private HandMadeXlsx() {
	}

	/** How this unit laid its workbook out. */
	private record Layout(String sheetName, boolean defaultSheets, int titleRows, int headerStyle, boolean gapBeforeTable,
			List<String> columns, String percentLabel, int percentStyle, int dateStyle, boolean bordered, int blankRowAfter) {

		static Layout draw(SplittableRandom random, int tasks) {
			String name = SHEET_NAMES.get(random.nextInt(SHEET_NAMES.size()));
			return new Layout(name, name.equals("Sheet1") || random.nextInt(3) == 0, random.nextInt(3), random.nextInt(3),
					random.nextBoolean(), ORDERS.get(random.nextInt(ORDERS.size())),
					PERCENT_LABELS.get(random.nextInt(PERCENT_LABELS.size())), random.nextInt(10), random.nextInt(4),
					random.nextBoolean(), random.nextInt(10) == 0 ? 1 + random.nextInt(tasks - 1) : -1);
		}

	}

	static void write(ReturnContent content, SplittableRandom random, OutputStream out) throws IOException {
		Layout layout = Layout.draw(random, content.rows().size());
		ReturnXlsx.Strings strings = new ReturnXlsx.Strings();
		String sheet = sheet(content, layout, strings);
		List<String> sheetNames = new ArrayList<>(List.of(layout.sheetName()));
		if (layout.defaultSheets()) {
			for (String extra : List.of("Sheet1", "Sheet2", "Sheet3")) {
				if (!sheetNames.contains(extra) && sheetNames.size() < 3) {
					sheetNames.add(extra);
				}
			}
		}
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
		ReturnXlsx.entry(zip, "[Content_Types].xml", ReturnXlsx.bytes(contentTypes(sheetNames.size())));
		ReturnXlsx.entry(zip, "_rels/.rels", ReturnXlsx.bytes(ReturnXlsx.xml(
				"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
						+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
						+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
						+ "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
						+ "</Relationships>")));
		ReturnXlsx.entry(zip, "docProps/app.xml", ReturnXlsx.bytes(ReturnXlsx.xml(
				"<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
						+ "<Application>" + (random.nextBoolean() ? "Microsoft Excel" : "WPS 表格") + "</Application></Properties>")));
		ReturnXlsx.entry(zip, "docProps/core.xml", ReturnXlsx.bytes(ReturnXlsx.xml(
				"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
						+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
						+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>" + ReturnXlsx.escape(content.contact())
						+ "</dc:creator><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + content.filledOn()
						+ "T16:00:00Z</dcterms:modified></cp:coreProperties>")));
		ReturnXlsx.entry(zip, "xl/workbook.xml", ReturnXlsx.bytes(workbook(sheetNames)));
		ReturnXlsx.entry(zip, "xl/_rels/workbook.xml.rels", ReturnXlsx.bytes(workbookRels(sheetNames.size())));
		ReturnXlsx.entry(zip, "xl/styles.xml", STYLES);
		ReturnXlsx.entry(zip, "xl/worksheets/sheet1.xml", ReturnXlsx.bytes(sheet));
		for (int i = 1; i < sheetNames.size(); i++) {
			ReturnXlsx.entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", EMPTY_SHEET);
		}
		ReturnXlsx.entry(zip, "xl/sharedStrings.xml", ReturnXlsx.bytes(strings.xml()));
		zip.finish();
	}

	// ---------------------------------------------------------------- the sheet

	private static String sheet(ReturnContent c, Layout layout, ReturnXlsx.Strings s) {
		List<String> columns = layout.columns();
		int width = columns.size();
		StringBuilder data = new StringBuilder(48 * 1024);
		List<String> merges = new ArrayList<>();
		int r = 1;
		if (layout.titleRows() > 0) {
			data.append("<row r=\"").append(r).append("\" ht=\"27\" customHeight=\"1\">");
			str(data, col(0) + r, S_TITLE, s.index(c.unitName() + c.periodLabel() + "政务公开重点工作进展情况"));
			data.append("</row>");
			merges.add("A" + r + ":" + col(width - 1) + r);
			r++;
			if (layout.titleRows() > 1) {
				data.append("<row r=\"").append(r).append("\">");
				str(data, col(0) + r, 0, s.index("（截至" + c.periodLabel() + "底）"));
				data.append("</row>");
				merges.add("A" + r + ":" + col(width - 1) + r);
				r++;
			}
		}
		r = headerBlock(data, r, c, layout, s);
		if (layout.gapBeforeTable()) {
			r++;
		}
		// the table's header
		data.append("<row r=\"").append(r).append("\"").append(layout.bordered() ? " ht=\"30\" customHeight=\"1\"" : "").append('>');
		for (int i = 0; i < width; i++) {
			String label = columns.get(i).equals(ProgressWorkbookContract.PERCENT) ? layout.percentLabel() : columns.get(i);
			str(data, col(i) + r, layout.bordered() ? S_HEADER : S_HEADER_PLAIN, s.index(label));
		}
		data.append("</row>");
		r++;
		for (int t = 0; t < c.rows().size(); t++) {
			if (t == layout.blankRowAfter()) {
				r++;
			}
			ReturnContent.Row row = c.rows().get(t);
			int lines = Math.max(1, Math.max(ReturnXlsx.lines(row.progress(), 30), ReturnXlsx.lines(row.task(), 40)));
			data.append("<row r=\"").append(r).append("\"");
			if (layout.bordered()) {
				data.append(" ht=\"").append(Math.min(409, lines * 14 + 6)).append("\" customHeight=\"1\"");
			}
			data.append('>');
			for (int i = 0; i < width; i++) {
				cell(data, col(i) + r, columns.get(i), row, t, layout, s);
			}
			data.append("</row>");
			r++;
		}
		StringBuilder x = new StringBuilder(data.length() + 2048);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		x.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
		x.append("<dimension ref=\"A1:").append(col(width - 1)).append(r - 1).append("\"/>");
		x.append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>");
		x.append("<sheetFormatPr defaultRowHeight=\"14.25\"/><cols>");
		for (int i = 0; i < width; i++) {
			x.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
				.append(width(columns.get(i))).append("\" customWidth=\"1\"/>");
		}
		x.append("</cols><sheetData>").append(data).append("</sheetData>");
		if (!merges.isEmpty()) {
			x.append("<mergeCells count=\"").append(merges.size()).append("\">");
			merges.forEach(m -> x.append("<mergeCell ref=\"").append(m).append("\"/>"));
			x.append("</mergeCells>");
		}
		x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
		x.append("<pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>");
		return x.toString();
	}

	/**
	 * The five header-block fields: 0 = {@code 填报单位：…} typed in one cell each, two rows;
	 * 1 = label and value side by side, all in one row; 2 = label and value, two rows.
	 */
	private static int headerBlock(StringBuilder data, int r, ReturnContent c, Layout layout, ReturnXlsx.Strings s) {
		String[][] fields = { { ProgressWorkbookContract.UNIT, c.unitName() }, { ProgressWorkbookContract.PERIOD, c.periodLabel() },
				{ ProgressWorkbookContract.CONTACT, c.contact() }, { ProgressWorkbookContract.PHONE, c.phone() },
				{ ProgressWorkbookContract.FILLED_ON, null } };
		int split = layout.headerStyle() == 1 ? fields.length : 2;
		int column = 0;
		data.append("<row r=\"").append(r).append("\">");
		for (int f = 0; f < fields.length; f++) {
			if (f == split) {
				data.append("</row>");
				r++;
				column = 0;
				data.append("<row r=\"").append(r).append("\">");
			}
			String label = fields[f][0];
			String value = fields[f][1];
			if (layout.headerStyle() == 0) {
				String text = value != null ? value : dateText(c.filledOn(), layout.dateStyle());
				if (!text.isEmpty()) {
					str(data, col(column) + r, 0, s.index(label + "：" + text));
				}
				column += 3;
				continue;
			}
			str(data, col(column) + r, S_LABEL, s.index(label));
			String ref = col(column + 1) + r;
			if (value == null) {
				date(data, ref, c.filledOn(), layout.dateStyle(), s);
			}
			else if (!value.isEmpty()) {
				str(data, ref, 0, s.index(value));
			}
			column += 2;
		}
		data.append("</row>");
		return r + 1;
	}

	/** 0, 1: a date cell (Excel's short date, or 2023年10月25日); 2, 3: typed as text. */
	private static void date(StringBuilder data, String ref, LocalDate date, int style, ReturnXlsx.Strings s) {
		if (style < 2) {
			data.append("<c r=\"").append(ref).append("\" s=\"").append(style == 0 ? S_DATE : S_DATE_CHINESE).append("\"><v>")
				.append(ChronoUnit.DAYS.between(EXCEL_EPOCH, date)).append("</v></c>");
		}
		else {
			str(data, ref, 0, s.index(dateText(date, style)));
		}
	}

	private static String dateText(LocalDate date, int style) {
		return style == 3 ? date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth()
				: date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static void cell(StringBuilder x, String ref, String column, ReturnContent.Row row, int index, Layout layout,
			ReturnXlsx.Strings s) {
		int body = layout.bordered() ? S_BODY : 0;
		String text = switch (column) {
			case SERIAL -> null;
			case REMARK -> "";
			case ProgressWorkbookContract.TASK_ID -> row.id();
			case ProgressWorkbookContract.ITEM -> row.item();
			case ProgressWorkbookContract.TASK -> row.task();
			case ProgressWorkbookContract.LEAD_UNITS -> row.leads();
			case ProgressWorkbookContract.DEADLINE -> row.deadline();
			case ProgressWorkbookContract.ROLE -> row.role();
			case ProgressWorkbookContract.STATUS -> row.status();
			case ProgressWorkbookContract.PROGRESS -> row.progress();
			case ProgressWorkbookContract.PROBLEMS -> row.problems();
			case ProgressWorkbookContract.NEXT_STEPS -> row.nextSteps();
			default -> null;
		};
		if (column.equals(SERIAL)) {
			number(x, ref, body, Integer.toString(index + 1));
		}
		else if (column.equals(ProgressWorkbookContract.PERCENT)) {
			percent(x, ref, row, layout, s);
		}
		else if (column.equals(ProgressWorkbookContract.NEXT_STEPS) && row.nextStepsFormula() != null) {
			x.append("<c r=\"").append(ref).append('"').append(style(body)).append(" t=\"str\"><f>")
				.append(ReturnXlsx.escape(row.nextStepsFormula())).append("</f><v>").append(ReturnXlsx.escape(row.nextSteps()))
				.append("</v></c>");
		}
		else if (text != null && !text.isEmpty()) {
			str(x, ref, body, s.index(text));
		}
		else if (layout.bordered()) {
			x.append("<c r=\"").append(ref).append("\" s=\"").append(body).append("\"/>");
		}
	}

	/** 80 as a number (most units), a percent-formatted 0.8 (some) or the text 80% (a few); formulas keep their cached value. */
	private static void percent(StringBuilder x, String ref, ReturnContent.Row row, Layout layout, ReturnXlsx.Strings s) {
		int body = layout.bordered() ? S_BODY : 0;
		if (row.percent() == null && row.percentFormula() != null) {
			// a formula whose reference was lost: Excel keeps the error as its cached value
			x.append("<c r=\"").append(ref).append('"').append(style(body)).append(" t=\"e\"><f>")
				.append(ReturnXlsx.escape(row.percentFormula())).append("</f><v>#REF!</v></c>");
			return;
		}
		if (row.percent() == null) {
			if (layout.bordered()) {
				x.append("<c r=\"").append(ref).append("\" s=\"").append(body).append("\"/>");
			}
			return;
		}
		String formula = row.percentFormula() == null ? "" : "<f>" + ReturnXlsx.escape(row.percentFormula()) + "</f>";
		if (layout.percentStyle() < 2 && formula.isEmpty()) {
			str(x, ref, body, s.index(row.percent() + "%"));
		}
		else if (layout.percentStyle() < 4) {
			int style = layout.bordered() ? S_PERCENT_BORDERED : S_PERCENT;
			String value = java.math.BigDecimal.valueOf(row.percent()).movePointLeft(2).stripTrailingZeros().toPlainString();
			String f = formula.isEmpty() ? "" : "<f>(" + ReturnXlsx.escape(row.percentFormula()) + ")/100</f>";
			x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\">").append(f).append("<v>").append(value)
				.append("</v></c>");
		}
		else {
			x.append("<c r=\"").append(ref).append('"').append(style(body)).append('>').append(formula).append("<v>")
				.append(row.percent()).append("</v></c>");
		}
	}

	private static String style(int style) {
		return style == 0 ? "" : " s=\"" + style + "\"";
	}

	private static void str(StringBuilder x, String ref, int style, int index) {
		x.append("<c r=\"").append(ref).append('"').append(style(style)).append(" t=\"s\"><v>").append(index).append("</v></c>");
	}

	private static void number(StringBuilder x, String ref, int style, String value) {
		x.append("<c r=\"").append(ref).append('"').append(style(style)).append("><v>").append(value).append("</v></c>");
	}

	private static String col(int index) {
		return String.valueOf((char) ('A' + index));
	}

	private static double width(String column) {
		return switch (column) {
			case SERIAL -> 6.5;
			case ProgressWorkbookContract.TASK -> 40.5;
			case ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS -> 30.5;
			case ProgressWorkbookContract.ITEM, ProgressWorkbookContract.LEAD_UNITS -> 18.5;
			default -> 11.5;
		};
	}

	// ---------------------------------------------------------------- the other parts

	private static String contentTypes(int sheets) {
		StringBuilder x = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
		for (int i = 1; i <= sheets; i++) {
			x.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
				.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		x.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
				+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
				+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
				+ "</Types>");
		return ReturnXlsx.xml(x.toString());
	}

	private static String workbook(List<String> sheetNames) {
		StringBuilder x = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
				+ "<bookViews><workbookView xWindow=\"0\" yWindow=\"0\" windowWidth=\"19200\" windowHeight=\"8200\"/></bookViews><sheets>");
		for (int i = 0; i < sheetNames.size(); i++) {
			x.append("<sheet name=\"").append(ReturnXlsx.escape(sheetNames.get(i))).append("\" sheetId=\"").append(i + 1)
				.append("\" r:id=\"rId").append(i + 3).append("\"/>");
		}
		return ReturnXlsx.xml(x.append("</sheets><calcPr calcId=\"191029\"/></workbook>").toString());
	}

	private static String workbookRels(int sheets) {
		StringBuilder x = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
		for (int i = 1; i <= sheets; i++) {
			x.append("<Relationship Id=\"rId").append(i + 2).append("\" Type=\"").append(REL)
				.append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
		}
		return ReturnXlsx.xml(x.append("</Relationships>").toString());
	}

	private static final byte[] EMPTY_SHEET = ReturnXlsx.bytes(ReturnXlsx.xml("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
			+ REL + "\"><dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
			+ "<sheetFormatPr defaultRowHeight=\"14.25\"/><sheetData/>"
			+ "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"));

	private static final byte[] STYLES = ReturnXlsx.bytes(ReturnXlsx.xml("<styleSheet xmlns=\"" + MAIN + "\">"
			+ "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
			+ "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
			+ "<font><b/><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font>"
			+ "<font><b/><sz val=\"14\"/><name val=\"黑体\"/><family val=\"3\"/><charset val=\"134\"/></font></fonts>"
			+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
			+ "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
			+ "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
			+ "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
			+ "<cellXfs count=\"10\">"
			+ "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
			+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
			+ "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
			+ "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
			+ "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
			+ "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
			+ "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
			+ "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
			+ "</styleSheet>"));

}
