package org.workledger.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.workledger.contract.ProgressWorkbookContract;

/**
 * Writes a returned progress workbook as .xlsx by hand: the OOXML parts as text, zipped,
 * laid out like {@code distribute}'s workbook (title, note, header block in rows 3–4,
 * table header in row 6, tasks from row 7, merged cells, styles, dropdowns, protection,
 * the 填报说明 sheet and the very hidden {@code _workledger} sheet) with the strings in a
 * shared-strings table, as Excel saves it. About 1 ms per workbook, where POI's usermodel
 * needs 10–20 ms.
 */
final class ReturnXlsx {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	/** Fixed entry time: the same content gives the same bytes (and the same hash). */
	private static final long ENTRY_TIME = LocalDate.of(2023, 10, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
		.toEpochMilli();

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	// style indexes of cellXfs below
	private static final int S_TITLE = 1, S_NOTE = 2, S_LABEL = 3, S_FIXED_VALUE = 4, S_FIXED_TEXT = 5, S_INPUT_DATE = 6,
			S_INPUT_LINE = 7, S_INPUT_TEXT = 8, S_HEADER = 9, S_TASK = 10, S_TASK_CENTERED = 11, S_TASK_ID = 12,
			S_INPUT = 13, S_INPUT_CENTERED = 14, S_INSTRUCTION_LABEL = 15, S_CLOSING = 16;

	private static final String[] COLUMN_LABELS = { "序号", ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.ITEM,
			ProgressWorkbookContract.TASK, ProgressWorkbookContract.LEAD_UNITS, ProgressWorkbookContract.DEADLINE,
			ProgressWorkbookContract.ROLE, ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT,
			ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS };

	private static final int[] WIDTHS = { 10, 9, 22, 45, 16, 14, 12, 11, 14, 30, 30, 30 };

	private static final String NOTE = "说明：浅黄色底纹单元格为填报区域，其余单元格已锁定；完成状态请从下拉列表选择，完成进度填 0–100 的整数。详见“填报说明”工作表。";

	private static final String[][] INSTRUCTIONS = { { ProgressWorkbookContract.UNIT, "已预先填好，为本表的报送单位，请勿修改。如单位名称有误，请联系汇总部门。" },
			{ ProgressWorkbookContract.PERIOD, "已预先填好，为本次报送的年月（如“2023年10月”），请勿修改。" },
			{ ProgressWorkbookContract.CONTACT, "填写本单位负责此项工作的联系人姓名。" },
			{ ProgressWorkbookContract.PHONE, "填写联系人的手机或办公电话，便于核实情况。" },
			{ ProgressWorkbookContract.FILLED_ON, "填写本表的填报日期，例如 2023-10-31 或 2023/10/31。" },
			{ ProgressWorkbookContract.TASK_ID, "任务编号与任务分解表一一对应，汇总时按此编号核对任务，请勿修改、删除或调整顺序；事项名称、主要任务、牵头单位、完成时限、本单位角色同样已预先填好。" },
			{ ProgressWorkbookContract.STATUS, "从下拉列表中选择，只能填以下四种之一：“已完成”——任务已全部完成；“推进中”——任务已启动、正在推进，尚未完成；“未启动”——任务尚未开始；“持续推进”——用于完成时限为“长期坚持”的任务，表示该项工作按要求持续开展。" },
			{ ProgressWorkbookContract.PERCENT, "填写 0–100 之间的整数，不带百分号，表示任务的总体完成程度。已完成 = 100；未启动一般填 0。" },
			{ ProgressWorkbookContract.PROGRESS, "简要写明截至本期的工作进展：做了什么、取得了什么成效。已完成的任务必须写明完成情况（完成时间、完成内容、成果形式等）。" },
			{ ProgressWorkbookContract.PROBLEMS, "写明推进中遇到的困难和问题；没有问题的可填“无”。" },
			{ ProgressWorkbookContract.NEXT_STEPS, "写明下一步的工作安排和预计完成时间；已完成的任务可填“无”。" },
			{ ProgressWorkbookContract.DEADLINE, "任务分解表规定的完成时限。“××××年×月底前”指须在该月最后一天（含）之前完成；“长期坚持”指没有截止日期、需要持续开展的工作，完成状态请选“持续推进”。" } };

	private static final String CLOSING = "请勿修改表格结构（不要删除、合并列），填好后按原文件名报送。";

	/** The strings of the 填报说明 sheet: the first entries of every workbook's shared strings. */
	private static final List<String> FIXED_STRINGS;

	private static final byte[] CONTENT_TYPES;

	private static final byte[] ROOT_RELS;

	private static final byte[] WORKBOOK;

	private static final byte[] WORKBOOK_RELS;

	private static final byte[] STYLES;

	private static final byte[] APP;

	private static final byte[] INSTRUCTIONS_SHEET;

	static {
		Strings fixed = new Strings();
		INSTRUCTIONS_SHEET = bytes(instructionsSheet(fixed));
		FIXED_STRINGS = List.copyOf(fixed.list);
		CONTENT_TYPES = bytes(xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/worksheets/sheet3.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
				+ "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
				+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
				+ "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
				+ "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
				+ "</Types>"));
		ROOT_RELS = bytes(xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
				+ "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
				+ "</Relationships>"));
		WORKBOOK = bytes(xml("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
				+ "<workbookPr defaultThemeVersion=\"124226\"/><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" windowHeight=\"9660\" activeTab=\"0\"/></bookViews>"
				+ "<sheets><sheet name=\"" + ProgressWorkbookContract.SHEET + "\" sheetId=\"1\" r:id=\"rId3\"/>"
				+ "<sheet name=\"" + ProgressWorkbookContract.INSTRUCTIONS_SHEET + "\" sheetId=\"2\" r:id=\"rId4\"/>"
				+ "<sheet name=\"" + ProgressWorkbookContract.META_SHEET + "\" sheetId=\"3\" state=\"veryHidden\" r:id=\"rId5\"/></sheets>"
				+ "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">" + ProgressWorkbookContract.SHEET
				+ "!$6:$6</definedName></definedNames><calcPr calcId=\"144525\"/></workbook>"));
		WORKBOOK_RELS = bytes(xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
				+ "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
				+ "<Relationship Id=\"rId3\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
				+ "<Relationship Id=\"rId4\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
				+ "<Relationship Id=\"rId5\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet3.xml\"/>"
				+ "</Relationships>"));
		STYLES = bytes(styles());
		APP = bytes(xml("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
				+ "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
				+ "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
				+ "<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
				+ "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"));
	}

	private ReturnXlsx() {
	}

	static void write(ReturnContent content, OutputStream out) throws IOException {
		Strings strings = new Strings();
		FIXED_STRINGS.forEach(strings::index);
		String sheet = progressSheet(content, strings);
		String meta = metaSheet(content, strings);
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		// fastest deflate: a third of the generation time at the default level; files are ~15 % larger, and
		// inflating (what the readers do) costs the same
		zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
		entry(zip, "[Content_Types].xml", CONTENT_TYPES);
		entry(zip, "_rels/.rels", ROOT_RELS);
		entry(zip, "docProps/app.xml", APP);
		entry(zip, "docProps/core.xml", bytes(core(content)));
		entry(zip, "xl/workbook.xml", WORKBOOK);
		entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
		entry(zip, "xl/styles.xml", STYLES);
		entry(zip, "xl/worksheets/sheet1.xml", bytes(sheet));
		entry(zip, "xl/worksheets/sheet2.xml", INSTRUCTIONS_SHEET);
		entry(zip, "xl/worksheets/sheet3.xml", bytes(meta));
		entry(zip, "xl/sharedStrings.xml", bytes(strings.xml()));
		zip.finish();
	}

	static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(ENTRY_TIME);
		zip.putNextEntry(entry);
		zip.write(data);
		zip.closeEntry();
	}

	// ---------------------------------------------------------------- 进展填报

	private static String progressSheet(ReturnContent c, Strings s) {
		int last = 6 + c.rows().size();
		StringBuilder x = new StringBuilder(64 * 1024);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		x.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
		x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
		x.append("<dimension ref=\"A1:L").append(last).append("\"/>");
		x.append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane ySplit=\"6\" topLeftCell=\"A7\" activePane=\"bottomLeft\" state=\"frozen\"/>"
				+ "<selection pane=\"bottomLeft\" activeCell=\"H7\" sqref=\"H7\"/></sheetView></sheetViews>");
		x.append("<sheetFormatPr defaultRowHeight=\"13.5\"/><cols>");
		for (int i = 0; i < WIDTHS.length; i++) {
			x.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
				.append(WIDTHS[i] + 0.7109375).append("\" customWidth=\"1\"/>");
		}
		x.append("</cols><sheetData>");

		// 1: title, 2: note
		row(x, 1, 30);
		str(x, "A1", S_TITLE, s.index(c.title()));
		blanks(x, 1, 'B', 'L', S_TITLE);
		x.append("</row>");
		row(x, 2, 18);
		str(x, "A2", S_NOTE, s.index(NOTE));
		blanks(x, 2, 'B', 'L', S_NOTE);
		x.append("</row>");
		// 3: 填报单位 | unit (B:D) | 报送期次 | period | 填报日期 | date
		row(x, 3, 22);
		str(x, "A3", S_LABEL, s.index(ProgressWorkbookContract.UNIT));
		str(x, "B3", S_FIXED_VALUE, s.index(c.unitName()));
		blanks(x, 3, 'C', 'D', S_FIXED_VALUE);
		str(x, "E3", S_LABEL, s.index(ProgressWorkbookContract.PERIOD));
		str(x, "F3", S_FIXED_TEXT, s.index(c.periodLabel()));
		str(x, "G3", S_LABEL, s.index(ProgressWorkbookContract.FILLED_ON));
		num(x, "H3", S_INPUT_DATE, Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, c.filledOn())));
		x.append("</row>");
		// 4: 联系人 | contact (B:D) | 联系电话 | phone
		row(x, 4, 22);
		str(x, "A4", S_LABEL, s.index(ProgressWorkbookContract.CONTACT));
		str(x, "B4", S_INPUT_LINE, s.index(c.contact()));
		blanks(x, 4, 'C', 'D', S_INPUT_LINE);
		str(x, "E4", S_LABEL, s.index(ProgressWorkbookContract.PHONE));
		str(x, "F4", S_INPUT_TEXT, s.index(c.phone()));
		x.append("</row>");
		x.append("<row r=\"5\" ht=\"8\" customHeight=\"1\"/>");
		// 6: table header
		row(x, 6, 38);
		for (int i = 0; i < COLUMN_LABELS.length; i++) {
			str(x, ref((char) ('A' + i), 6), S_HEADER, s.index(COLUMN_LABELS[i]));
		}
		x.append("</row>");
		// 7..: tasks
		for (int i = 0; i < c.rows().size(); i++) {
			ReturnContent.Row t = c.rows().get(i);
			int r = 7 + i;
			int lines = 2;
			lines = Math.max(lines, lines(t.item(), WIDTHS[2]));
			lines = Math.max(lines, lines(t.task(), WIDTHS[3]));
			lines = Math.max(lines, lines(t.progress(), WIDTHS[9]));
			lines = Math.max(lines, lines(t.problems(), WIDTHS[10]));
			lines = Math.max(lines, lines(t.nextSteps(), WIDTHS[11]));
			row(x, r, Math.min(409, lines * 15 + 8));
			num(x, ref('A', r), S_TASK_CENTERED, Integer.toString(i + 1));
			str(x, ref('B', r), S_TASK_ID, s.index(t.id()));
			text(x, ref('C', r), S_TASK, t.item(), s);
			text(x, ref('D', r), S_TASK, t.task(), s);
			text(x, ref('E', r), S_TASK, t.leads(), s);
			text(x, ref('F', r), S_TASK_CENTERED, t.deadline(), s);
			text(x, ref('G', r), S_TASK_CENTERED, t.role(), s);
			text(x, ref('H', r), S_INPUT_CENTERED, t.status(), s);
			if (t.percent() == null) {
				blank(x, ref('I', r), S_INPUT_CENTERED);
			}
			else if (t.percentFormula() != null) {
				x.append("<c r=\"").append(ref('I', r)).append("\" s=\"").append(S_INPUT_CENTERED).append("\"><f>")
					.append(escape(t.percentFormula())).append("</f><v>").append(t.percent()).append("</v></c>");
			}
			else {
				num(x, ref('I', r), S_INPUT_CENTERED, t.percent().toString());
			}
			text(x, ref('J', r), S_INPUT, t.progress(), s);
			text(x, ref('K', r), S_INPUT, t.problems(), s);
			if (t.nextStepsFormula() != null) {
				x.append("<c r=\"").append(ref('L', r)).append("\" s=\"").append(S_INPUT).append("\" t=\"str\"><f>")
					.append(escape(t.nextStepsFormula())).append("</f><v>").append(escape(t.nextSteps())).append("</v></c>");
			}
			else {
				text(x, ref('L', r), S_INPUT, t.nextSteps(), s);
			}
			x.append("</row>");
		}
		x.append("</sheetData>");
		x.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
		x.append("<mergeCells count=\"4\"><mergeCell ref=\"A1:L1\"/><mergeCell ref=\"A2:L2\"/><mergeCell ref=\"B3:D3\"/>"
				+ "<mergeCell ref=\"B4:D4\"/></mergeCells>");
		x.append("<dataValidations count=\"3\">");
		x.append("<dataValidation type=\"list\" errorStyle=\"stop\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
				+ "errorTitle=\"完成状态填写有误\" error=\"完成状态只能是：已完成、推进中、未启动、持续推进。请从下拉列表选择。\" promptTitle=\"完成状态\" "
				+ "prompt=\"请从下拉列表选择：已完成、推进中、未启动、持续推进（长期坚持类任务选“持续推进”）\" sqref=\"H7:H")
			.append(last)
			.append("\"><formula1>\"已完成,推进中,未启动,持续推进\"</formula1></dataValidation>");
		x.append("<dataValidation type=\"whole\" errorStyle=\"stop\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
				+ "errorTitle=\"完成进度填写有误\" error=\"完成进度须为 0–100 之间的整数（不带百分号），已完成的任务填 100。\" promptTitle=\"完成进度（%）\" "
				+ "prompt=\"请填写 0–100 之间的整数，不带百分号；已完成的任务填 100。\" sqref=\"I7:I")
			.append(last)
			.append("\"><formula1>0</formula1><formula2>100</formula2></dataValidation>");
		x.append("<dataValidation type=\"date\" errorStyle=\"stop\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
				+ "errorTitle=\"填报日期填写有误\" error=\"请填写有效日期，例如 2023-10-31 或 2023/10/31。\" promptTitle=\"填报日期\" "
				+ "prompt=\"请填写填报日期，例如 2023-10-31 或 2023/10/31。\" sqref=\"H3\"><formula1>36526</formula1><formula2>73415</formula2></dataValidation>");
		x.append("</dataValidations>");
		x.append("<printOptions horizontalCentered=\"1\"/>");
		x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
		x.append("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>");
		x.append("<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>");
		x.append("</worksheet>");
		return x.toString();
	}

	private static String metaSheet(ReturnContent c, Strings s) {
		StringBuilder x = new StringBuilder(1024);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		x.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
		x.append("<dimension ref=\"A1:B").append(c.meta().size()).append("\"/>");
		x.append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"13.5\"/>");
		x.append("<cols><col min=\"1\" max=\"1\" width=\"20.7109375\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"70.7109375\" customWidth=\"1\"/></cols>");
		x.append("<sheetData>");
		for (int i = 0; i < c.meta().size(); i++) {
			String[] entry = c.meta().get(i);
			x.append("<row r=\"").append(i + 1).append("\">");
			str(x, ref('A', i + 1), 0, s.index(entry[0]));
			str(x, ref('B', i + 1), 0, s.index(entry[1]));
			x.append("</row>");
		}
		x.append("</sheetData><sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
		x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
		return x.toString();
	}

	private static String instructionsSheet(Strings s) {
		StringBuilder x = new StringBuilder(8 * 1024);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		x.append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
		int last = 3 + INSTRUCTIONS.length;
		x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:B").append(last).append("\"/>");
		x.append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"13.5\"/>");
		x.append("<cols><col min=\"1\" max=\"1\" width=\"16.7109375\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"90.7109375\" customWidth=\"1\"/></cols>");
		x.append("<sheetData>");
		row(x, 1, 30);
		str(x, "A1", S_TITLE, s.index("填报说明"));
		blank(x, "B1", S_TITLE);
		x.append("</row>");
		row(x, 2, 23);
		str(x, "A2", S_HEADER, s.index("项目"));
		str(x, "B2", S_HEADER, s.index("说明"));
		x.append("</row>");
		for (int i = 0; i < INSTRUCTIONS.length; i++) {
			int r = 3 + i;
			row(x, r, Math.max(1, lines(INSTRUCTIONS[i][1], 90)) * 15 + 8);
			str(x, ref('A', r), S_INSTRUCTION_LABEL, s.index(INSTRUCTIONS[i][0]));
			str(x, ref('B', r), S_TASK, s.index(INSTRUCTIONS[i][1]));
			x.append("</row>");
		}
		row(x, last, 27);
		str(x, ref('A', last), S_CLOSING, s.index(CLOSING));
		blank(x, ref('B', last), S_CLOSING);
		x.append("</row></sheetData>");
		x.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
		x.append("<mergeCells count=\"2\"><mergeCell ref=\"A1:B1\"/><mergeCell ref=\"A").append(last).append(":B").append(last)
			.append("\"/></mergeCells>");
		x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>");
		x.append("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"portrait\"/>");
		x.append("<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter></worksheet>");
		return x.toString();
	}

	private static String core(ReturnContent c) {
		String modified = c.filledOn() + "T09:00:00Z";
		return xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
				+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
				+ "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
				+ "<dc:title>" + escape(c.title()) + "</dc:title><dc:creator>workledger</dc:creator>"
				+ "<cp:lastModifiedBy>" + escape(c.contact()) + "</cp:lastModifiedBy>"
				+ "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + modified + "</dcterms:modified></cp:coreProperties>");
	}

	private static String styles() {
		String border = " borderId=\"1\" applyBorder=\"1\"";
		return xml("<styleSheet xmlns=\"" + MAIN + "\">"
				+ "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
				+ "<fonts count=\"4\">"
				+ "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
				+ "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
				+ "<font><b/><sz val=\"16\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
				+ "<font><sz val=\"9\"/><color rgb=\"FF595959\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
				+ "</fonts>"
				+ "<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
				+ "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill>"
				+ "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill>"
				+ "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
				+ "</fills>"
				+ "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
				+ "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
				+ "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border>"
				+ "</borders>"
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
				+ "<cellXfs count=\"17\">"
				// 0 default
				+ "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
				// 1 title
				+ xf(0, 2, 0, "", "center", false, false)
				// 2 note
				+ xf(0, 3, 0, "", "left", false, false)
				// 3 label
				+ xf(0, 1, 4, border, "center", false, false)
				// 4 fixed value
				+ xf(0, 0, 0, border, "left", false, false)
				// 5 fixed text
				+ xf(49, 0, 0, border, "center", false, false)
				// 6 input date
				+ xf(176, 0, 2, border, "center", false, true)
				// 7 input line
				+ xf(0, 0, 2, border, "left", false, true)
				// 8 input text
				+ xf(49, 0, 2, border, "center", false, true)
				// 9 header
				+ xf(0, 1, 3, border, "center", true, false)
				// 10 task
				+ xf(0, 0, 0, border, "left", true, false)
				// 11 task centered
				+ xf(0, 0, 0, border, "center", true, false)
				// 12 task id
				+ xf(49, 0, 0, border, "center", false, false)
				// 13 input
				+ xf(0, 0, 2, border, "left", true, true)
				// 14 input centered
				+ xf(0, 0, 2, border, "center", true, true)
				// 15 instruction label
				+ xf(0, 1, 4, border, "center", true, false)
				// 16 closing
				+ xf(0, 1, 0, "", "left", false, false)
				+ "</cellXfs>"
				+ "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
				+ "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
				+ "</styleSheet>");
	}

	private static String xf(int numFmt, int font, int fill, String border, String horizontal, boolean wrap,
			boolean unlockedCell) {
		return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\""
				+ (border.isEmpty() ? " borderId=\"0\"" : border) + " xfId=\"0\""
				+ (numFmt != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
				+ (fill != 0 ? " applyFill=\"1\"" : "") + " applyAlignment=\"1\"" + (unlockedCell ? " applyProtection=\"1\"" : "")
				+ "><alignment horizontal=\"" + horizontal + "\" vertical=\"center\"" + (wrap ? " wrapText=\"1\"" : "") + "/>"
				+ (unlockedCell ? "<protection locked=\"0\"/>" : "") + "</xf>";
	}

	// ---------------------------------------------------------------- cells

	private static void row(StringBuilder x, int r, double height) {
		x.append("<row r=\"").append(r).append("\" spans=\"1:12\" ht=\"").append(height).append("\" customHeight=\"1\">");
	}

	private static String ref(char column, int row) {
		return column + Integer.toString(row);
	}

	private static void str(StringBuilder x, String ref, int style, int index) {
		x.append("<c r=\"").append(ref).append('"');
		if (style != 0) {
			x.append(" s=\"").append(style).append('"');
		}
		x.append(" t=\"s\"><v>").append(index).append("</v></c>");
	}

	/** A text cell, or a styled blank one when the text is empty. */
	private static void text(StringBuilder x, String ref, int style, String value, Strings s) {
		if (value == null || value.isEmpty()) {
			blank(x, ref, style);
		}
		else {
			str(x, ref, style, s.index(value));
		}
	}

	private static void num(StringBuilder x, String ref, int style, String value) {
		x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>").append(value).append("</v></c>");
	}

	private static void blank(StringBuilder x, String ref, int style) {
		x.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"/>");
	}

	private static void blanks(StringBuilder x, int row, char from, char to, int style) {
		for (char col = from; col <= to; col++) {
			blank(x, ref(col, row), style);
		}
	}

	/** Lines a wrapped text needs in a column {@code width} digits wide (a Chinese character is two). */
	static int lines(String text, int width) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int units = 0;
		for (int i = 0; i < text.length(); i++) {
			units += text.charAt(i) < 0x80 ? 1 : 2;
		}
		return Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1.5)));
	}

	// ---------------------------------------------------------------- text

	/** The shared-strings table of one workbook. */
	static final class Strings {

		final List<String> list = new ArrayList<>();

		final Map<String, Integer> indexes = new HashMap<>();

		int references;

		int index(String text) {
			this.references++;
			Integer index = this.indexes.get(text);
			if (index == null) {
				index = this.list.size();
				this.indexes.put(text, index);
				this.list.add(text);
			}
			return index;
		}

		String xml() {
			int size = 200;
			for (String s : this.list) {
				size += s.length() + 20;
			}
			StringBuilder x = new StringBuilder(size);
			x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"").append(MAIN)
				.append("\" count=\"").append(this.references).append("\" uniqueCount=\"").append(this.list.size()).append("\">");
			for (String s : this.list) {
				boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
						|| Character.isWhitespace(s.charAt(s.length() - 1)) || s.indexOf('\n') >= 0);
				x.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>").append(escape(s)).append("</t></si>");
			}
			return x.append("</sst>").toString();
		}

	}

	static String xml(String body) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
	}

	static String escape(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			String replacement = switch (ch) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '"' -> "&quot;";
				default -> null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				}
				else {
					out.append(ch);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
