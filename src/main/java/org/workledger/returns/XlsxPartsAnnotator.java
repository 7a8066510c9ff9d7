package org.workledger.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.workledger.findings.Finding;
import org.workledger.findings.Location;
import org.workledger.findings.Severity;
import org.workledger.workbook.PackageParts;
import org.workledger.workbook.TextLines;
import org.workledger.workbook.XmlText;

/**
 * The marked-up copy of a rejected .xlsx made by editing its XML parts instead of loading
 * POI's object model: the cells' styles get a cloned format with the fill, the comments and
 * their VML boxes are added as new parts, and the 退回说明 sheet is written as a new first
 * sheet. For a return made from our template this takes a few milliseconds where the
 * object model took fifty to seventy (a rejected return cost five accepted ones).
 * <p>
 * It only takes what it fully understands: a workbook without a 退回说明 sheet, whose marked
 * sheets have no comments, drawings or other relationships yet, every marked cell already
 * present in the sheet XML, and nothing after the sheet's page set-up that a comment box
 * would have to go before. Anything else is left to {@link RejectedWorkbookAnnotator}'s
 * object model, which handles every case (and says no by returning {@code false}, having
 * written nothing).
 */
final class XlsxPartsAnnotator {

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String REL_TYPE = REL_NS + "/";

	/** A return is tens of kilobytes; a far larger package is left to the object model. */
	private static final long MAX_PACKAGE_BYTES = 32L * 1024 * 1024;

	private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");

	/** The prefix a sheet entry uses for the relationships namespace ({@code r:id}). */
	private static final Pattern RELATIONSHIP_PREFIX = Pattern.compile("\\s(\\w+):id=\"");

	/** A cell's tag in a row being built (a StringBuilder); the parts themselves are searched with {@link Tags}. */
	private static final Pattern CELL = Pattern.compile("<c\\b[^>]*>");

	/** A column with a format of its own ({@code <col … style="3"/>}). */
	private static final Pattern COL_STYLE = Pattern.compile("<col\\b[^>]*\\sstyle=\"");

	private static final Pattern A1 = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}");

	private static final Pattern LOCAL_SHEET_ID = Pattern.compile("localSheetId=\"(\\d+)\"");

	private static final Pattern TAB_SELECTED = Pattern.compile("\\stabSelected=\"(?:1|true)\"");

	/** Worksheet children that come after {@code legacyDrawing}: a box cannot simply go last. */
	private static final List<String> AFTER_LEGACY_DRAWING = List.of("<legacyDrawing", "<legacyDrawingHF", "<drawingHF",
			"<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst");

	private static final int LAST_ROW = 1_048_575;

	private static final int LAST_COLUMN = 16_383;

	private XlsxPartsAnnotator() {
	}

	/**
	 * Writes the marked-up copy of {@code original} to {@code target}, or returns false
	 * without writing when the workbook is not one this writer handles.
	 */
	static boolean annotate(byte[] original, List<Finding> findings, Path target) throws IOException {
		Map<String, byte[]> parts = unzip(original);
		if (parts == null) {
			return false;
		}
		Edit edit = Edit.of(parts, findings);
		if (edit == null) {
			return false;
		}
		Map<String, byte[]> written = edit.apply(findings);
		if (written == null) {
			return false;
		}
		PackageParts.write(target, written, original, parts);
		return true;
	}

	/** The package's parts in their order, or null if it is not a zip this writer will take. */
	private static Map<String, byte[]> unzip(byte[] original) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(original))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] bytes = zip.readNBytes((int) (MAX_PACKAGE_BYTES - total + 1));
				total += bytes.length;
				if (total > MAX_PACKAGE_BYTES || parts.put(entry.getName(), bytes) != null) {
					return null;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
		return parts.containsKey("xl/workbook.xml") && parts.containsKey("xl/_rels/workbook.xml.rels")
				&& parts.containsKey("[Content_Types].xml") && parts.containsKey("xl/styles.xml") ? parts : null;
	}

	/** One sheet of the workbook, as listed in workbook.xml. */
	private record SheetEntry(String name, String part) {
	}

	/** A cell to mark, in zero-based coordinates. */
	private record Target(String sheet, int row, int column) {

		String a1() {
			return new CellReference(this.row, this.column).formatAsString(false);
		}

	}

	/** The changes to make, worked out before anything is written. */
	private static final class Edit {

		private final Map<String, byte[]> parts;

		private final List<SheetEntry> sheets;

		private final Map<String, Map<Target, List<Finding>>> targetsBySheet;

		private Edit(Map<String, byte[]> parts, List<SheetEntry> sheets, Map<String, Map<Target, List<Finding>>> targets) {
			this.parts = parts;
			this.sheets = sheets;
			this.targetsBySheet = targets;
		}

		static Edit of(Map<String, byte[]> parts, List<Finding> findings) {
			List<SheetEntry> sheets = new ArrayList<>();
			try {
				for (PackageParts.Sheet sheet : PackageParts.sheets(text(parts, "xl/workbook.xml"),
						PackageParts.relationships(text(parts, "xl/_rels/workbook.xml.rels")))) {
					if (!parts.containsKey(sheet.part()) || RejectedWorkbookAnnotator.SHEET.equals(sheet.name())) {
						return null;
					}
					sheets.add(new SheetEntry(sheet.name(), sheet.part()));
				}
			}
			catch (IOException ex) {
				return null;
			}
			if (sheets.isEmpty()) {
				return null;
			}
			Map<String, Map<Target, List<Finding>>> targets = new LinkedHashMap<>();
			Map<String, List<CellRangeAddress>> merged = new HashMap<>();
			for (Finding finding : findings) {
				Location location = finding.location();
				if (location.sheet().isEmpty() || !A1.matcher(location.cell()).matches()) {
					continue;
				}
				SheetEntry entry = sheets.stream().filter(s -> s.name().equals(location.sheet())).findFirst().orElse(null);
				if (entry == null) {
					continue;
				}
				CellReference reference = new CellReference(location.cell());
				int row = reference.getRow();
				int column = reference.getCol();
				if (row < 0 || row > LAST_ROW || column < 0 || column > LAST_COLUMN) {
					continue;
				}
				List<CellRangeAddress> regions = merged.computeIfAbsent(entry.part(), p -> mergedRegions(text(parts, p)));
				for (CellRangeAddress region : regions) {
					if (region.isInRange(row, column)) {
						row = region.getFirstRow();
						column = region.getFirstColumn();
						break;
					}
				}
				targets.computeIfAbsent(entry.part(), p -> new LinkedHashMap<>())
					.computeIfAbsent(new Target(entry.name(), row, column), t -> new ArrayList<>())
					.add(finding);
			}
			for (String part : targets.keySet()) {
				if (!part.startsWith("xl/worksheets/") || part.indexOf('/', "xl/worksheets/".length()) >= 0
						|| parts.containsKey(relsOf(part))) {
					// a sheet with comments, drawings or links of its own: the object model merges those
					return null;
				}
			}
			return new Edit(parts, sheets, targets);
		}

		/** The parts of the marked-up copy, or null if a marked cell or a sheet is not as expected. */
		Map<String, byte[]> apply(List<Finding> findings) {
			Map<String, byte[]> out = new LinkedHashMap<>(this.parts);
			Styles styles = Styles.of(text(this.parts, "xl/styles.xml"));
			if (styles == null) {
				return null;
			}
			StringBuilder contentTypes = new StringBuilder(text(this.parts, "[Content_Types].xml"));
			int drawingNo = 0;
			for (SheetEntry sheet : this.sheets) {
				String xml = text(this.parts, sheet.part());
				// the new first sheet is the one that opens
				xml = deselect(xml);
				Map<Target, List<Finding>> targets = this.targetsBySheet.get(sheet.part());
				if (targets != null) {
					drawingNo++;
					xml = markCells(xml, targets, styles);
					if (xml == null) {
						return null;
					}
					String comments = freeName(out, "xl/comments", ".xml");
					String vml = freeName(out, "xl/drawings/vmlDrawing", ".vml");
					out.put(comments, utf8(commentsXml(targets)));
					out.put(vml, utf8(vmlXml(xml, targets, drawingNo)));
					out.put(relsOf(sheet.part()), utf8(xmlHead() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"" + REL_TYPE + "comments\" Target=\"../" + comments.substring(3) + "\"/>"
							+ "<Relationship Id=\"rId2\" Type=\"" + REL_TYPE + "vmlDrawing\" Target=\"../" + vml.substring(3) + "\"/>"
							+ "</Relationships>"));
					override(contentTypes, "/" + comments, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
					if (!hasVmlDefault(contentTypes.toString())) {
						insertBefore(contentTypes, "</Types>", "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-officedocument.vmlDrawing\"/>");
					}
				}
				out.put(sheet.part(), utf8(xml));
			}
			String instructions = freeName(out, "xl/worksheets/sheet", ".xml");
			out.put(instructions, utf8(instructionsXml(findings, styles)));
			override(contentTypes, "/" + instructions, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
			out.put("[Content_Types].xml", utf8(contentTypes.toString()));
			out.put("xl/styles.xml", utf8(styles.xml()));

			String rels = text(this.parts, "xl/_rels/workbook.xml.rels");
			String id = freeRelationshipId(rels);
			int close = rels.lastIndexOf("</");
			rels = rels.substring(0, close) + "<Relationship Id=\"" + id + "\" Type=\"" + REL_TYPE + "worksheet\" Target=\""
					+ instructions.substring(3) + "\"/>" + rels.substring(close);
			out.put("xl/_rels/workbook.xml.rels", utf8(rels));
			String workbook = workbookXml(text(this.parts, "xl/workbook.xml"), id);
			if (workbook == null) {
				return null;
			}
			out.put("xl/workbook.xml", utf8(workbook));
			return out;
		}

		/** Gives each marked cell a format with the fill; null if a cell is not in the XML. */
		private static String markCells(String xml, Map<Target, List<Finding>> targets, Styles styles) {
			Map<String, Target> byA1 = new HashMap<>();
			targets.keySet().forEach(t -> byA1.put(t.a1(), t));
			StringBuilder out = new StringBuilder(xml.length() + 64 * targets.size());
			Tags cell = new Tags(xml, "c");
			int from = 0;
			int found = 0;
			java.util.Set<String> present = new java.util.HashSet<>();
			while (cell.find()) {
				String tag = cell.group();
				String r = attribute(tag, "r");
				Target target = r == null ? null : byA1.get(r);
				if (target == null) {
					continue;
				}
				found++;
				present.add(r);
				String s = attribute(tag, "s");
				int style = s == null ? 0 : Integer.parseInt(s);
				Severity severity = targets.get(target).stream().anyMatch(Finding::isError) ? Severity.ERROR : Severity.WARNING;
				int highlighted = styles.highlighted(style, severity);
				if (highlighted < 0) {
					return null;
				}
				String marked = s == null ? tag.replaceFirst("^<c\\b", "<c s=\"" + highlighted + "\"")
						: tag.replaceFirst("\\ss=\"\\d+\"", " s=\"" + highlighted + "\"");
				out.append(xml, from, cell.start()).append(marked);
				from = cell.end();
			}
			out.append(xml, from, xml.length());
			String result = out.toString();
			if (found != targets.size()) {
				// a cell nobody typed in or formatted is not in the XML (a workbook a unit made itself): created empty,
				// with the default format's marked copy, as the object model creates it
				TreeMap<Integer, List<Target>> missing = new TreeMap<>();
				for (Target target : targets.keySet()) {
					if (!present.contains(target.a1())) {
						missing.computeIfAbsent(target.row(), r -> new ArrayList<>()).add(target);
					}
				}
				if (found + missing.values().stream().mapToInt(List::size).sum() != targets.size() || styles.originalXfs == 0) {
					return null;
				}
				result = withCells(result, missing, target -> styles.highlighted(0,
						targets.get(target).stream().anyMatch(Finding::isError) ? Severity.ERROR : Severity.WARNING));
				if (result == null) {
					return null;
				}
			}
			int end = result.lastIndexOf("</worksheet>");
			int dataEnd = result.lastIndexOf("</sheetData>");
			if (dataEnd < 0) {
				// looked for only when there is no end tag: lastIndexOf of a text that is not there runs over the whole sheet
				dataEnd = result.lastIndexOf("<sheetData/>");
			}
			if (end < 0 || dataEnd < 0) {
				return null;
			}
			String tail = result.substring(dataEnd, end);
			for (String later : AFTER_LEGACY_DRAWING) {
				if (tail.contains(later)) {
					return null;
				}
			}
			Matcher root = Pattern.compile("<(?:\\w+:)?worksheet\\b[^>]*>").matcher(result);
			Matcher prefix = root.find() ? Pattern.compile("\\sxmlns:(\\w+)=\"" + Pattern.quote(REL_NS) + "\"").matcher(root.group())
					: null;
			String legacyDrawing = prefix != null && prefix.find() ? "<legacyDrawing " + prefix.group(1) + ":id=\"rId2\"/>"
					: "<legacyDrawing xmlns:r=\"" + REL_NS + "\" r:id=\"rId2\"/>";
			return result.substring(0, end) + legacyDrawing + result.substring(end);
		}

		/**
		 * The sheet XML with an empty cell {@code <c r="…" s="…"/>} for each target, in its
		 * row in column order, rows created in row order where there are none. Null where the
		 * object model might do otherwise: a column or row with a format of its own (a new cell
		 * could take it), rows or cells without their reference, a sheet without rows at all.
		 */
		static String withCells(String xml, TreeMap<Integer, List<Target>> missing,
				java.util.function.ToIntFunction<Target> style) {
			if (COL_STYLE.matcher(xml).find()) {
				return null;
			}
			int dataEnd = xml.lastIndexOf("</sheetData>");
			if (dataEnd < 0) {
				return null;
			}
			// row number (zero-based) → {tag start, tag end, end of the row's content, self-closing 1/0}
			TreeMap<Integer, int[]> rows = new TreeMap<>();
			Tags row = new Tags(xml, "row");
			while (row.find()) {
				String tag = row.group();
				String r = attribute(tag, "r");
				if (r == null || attribute(tag, "customFormat") != null) {
					return null;
				}
				boolean closed = tag.endsWith("/>");
				int end = closed ? row.end() : xml.indexOf("</row>", row.end());
				if (end < 0) {
					return null;
				}
				rows.put(Integer.parseInt(r) - 1, new int[] { row.start(), row.end(), end, closed ? 1 : 0 });
			}
			StringBuilder out = new StringBuilder(xml);
			// from the last row up, so that the places found above stay where they are
			for (Map.Entry<Integer, List<Target>> entry : missing.descendingMap().entrySet()) {
				List<Target> cells = new ArrayList<>(entry.getValue());
				cells.sort(java.util.Comparator.comparingInt(Target::column));
				int[] existing = rows.get(entry.getKey());
				if (existing == null) {
					Map.Entry<Integer, int[]> next = rows.higherEntry(entry.getKey());
					StringBuilder added = new StringBuilder("<row r=\"").append(entry.getKey() + 1).append("\">");
					cells.forEach(t -> added.append(emptyCell(t, style)));
					out.insert(next == null ? dataEnd : next.getValue()[0], added.append("</row>"));
					continue;
				}
				String tag = xml.substring(existing[0], existing[1]);
				StringBuilder content = new StringBuilder(existing[3] == 1 ? "" : xml.substring(existing[1], existing[2]));
				for (int i = cells.size() - 1; i >= 0; i--) {
					Target target = cells.get(i);
					int at = content.length();
					Matcher cell = CELL.matcher(content);
					while (cell.find()) {
						String r = attribute(cell.group(), "r");
						if (r == null) {
							return null;
						}
						if (new CellReference(r).getCol() > target.column()) {
							at = cell.start();
							break;
						}
					}
					content.insert(at, emptyCell(target, style));
				}
				String open = existing[3] == 1 ? tag.substring(0, tag.length() - 2).stripTrailing() + ">" : tag;
				out.replace(existing[0], existing[3] == 1 ? existing[1] : existing[2], open + content + (existing[3] == 1 ? "</row>" : ""));
			}
			return out.toString();
		}

		private static String emptyCell(Target target, java.util.function.ToIntFunction<Target> style) {
			return "<c r=\"" + target.a1() + "\" s=\"" + style.applyAsInt(target) + "\"/>";
		}

		private static String commentsXml(Map<Target, List<Finding>> targets) {
			StringBuilder xml = new StringBuilder(xmlHead()).append("<comments xmlns=\"").append(MAIN_NS)
				.append("\"><authors><author>").append(RejectedWorkbookAnnotator.AUTHOR).append("</author></authors><commentList>");
			for (Map.Entry<Target, List<Finding>> entry : targets.entrySet()) {
				xml.append("<comment ref=\"").append(entry.getKey().a1()).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
					.append(XmlText.escape(RejectedWorkbookAnnotator.commentText(entry.getValue())))
					.append("</t></text></comment>");
			}
			return xml.append("</commentList></comments>").toString();
		}

		/** The comment boxes, placed and sized as {@link RejectedWorkbookAnnotator} places them. */
		private static String vmlXml(String sheetXml, Map<Target, List<Finding>> targets, int drawingNo) {
			SheetMetrics metrics = SheetMetrics.of(sheetXml);
			StringBuilder xml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" "
					+ "xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
					+ "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"" + drawingNo + "\"/></o:shapelayout>"
					+ "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
					+ "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
			// a box does not start on a cell commented before it, as the object model places them one by one
			java.util.Set<Long> commented = new java.util.HashSet<>();
			int shape = drawingNo * 1024;
			for (Map.Entry<Target, List<Finding>> entry : targets.entrySet()) {
				Target target = entry.getKey();
				int[] anchor = metrics.anchor(target.row(), target.column(),
						RejectedWorkbookAnnotator.commentText(entry.getValue()), commented);
				commented.add(key(target.row(), target.column()));
				shape++;
				xml.append("<v:shape id=\"_x0000_s").append(shape).append("\" type=\"#_x0000_t202\" ")
					.append("style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
					.append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
					.append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
					.append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
					.append(anchor[0]).append(", 0, ").append(anchor[1]).append(", 0, ").append(anchor[2]).append(", 0, ")
					.append(anchor[3]).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(target.row())
					.append("</x:Row><x:Column>").append(target.column()).append("</x:Column></x:ClientData></v:shape>");
			}
			return xml.append("</xml>").toString();
		}

		/** workbook.xml with the new sheet first and opening, or null if it is not laid out as expected. */
		private static String workbookXml(String xml, String relationshipId) {
			Matcher first = SHEET.matcher(xml);
			if (!first.find() || !first.group().startsWith("<sheet")) {
				// none, or the spreadsheet namespace under a prefix (<x:sheet …>): the object model does it
				return null;
			}
			Matcher prefix = RELATIONSHIP_PREFIX.matcher(first.group());
			if (!prefix.find()) {
				return null;
			}
			int maxId = 0;
			Matcher sheet = SHEET.matcher(xml);
			while (sheet.find()) {
				String id = attribute(sheet.group(), "sheetId");
				maxId = Math.max(maxId, id == null ? 0 : Integer.parseInt(id));
			}
			// the prefix declared on the entry itself: some writers (openpyxl) declare it on each <sheet>, not on the root
			String entry = "<sheet xmlns:" + prefix.group(1) + "=\"" + REL_NS + "\" name=\"" + RejectedWorkbookAnnotator.SHEET
					+ "\" sheetId=\"" + (maxId + 1) + "\" " + prefix.group(1) + ":id=\"" + relationshipId + "\"/>";
			String result = xml.substring(0, first.start()) + entry + xml.substring(first.start());
			// the other sheets move one place to the right
			Matcher local = LOCAL_SHEET_ID.matcher(result);
			StringBuilder shifted = new StringBuilder();
			while (local.find()) {
				local.appendReplacement(shifted, "localSheetId=\"" + (Integer.parseInt(local.group(1)) + 1) + "\"");
			}
			local.appendTail(shifted);
			result = shifted.toString();
			String printTitles = "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
					+ RejectedWorkbookAnnotator.SHEET + "!$3:$3</definedName>";
			if (result.contains("<definedNames>")) {
				result = result.replace("<definedNames>", "<definedNames>" + printTitles);
			}
			else if (result.contains("<definedNames/>")) {
				result = result.replace("<definedNames/>", "<definedNames>" + printTitles + "</definedNames>");
			}
			else {
				int sheetsEnd = result.indexOf("</sheets>");
				if (sheetsEnd < 0) {
					return null;
				}
				sheetsEnd += "</sheets>".length();
				result = result.substring(0, sheetsEnd) + "<definedNames>" + printTitles + "</definedNames>"
						+ result.substring(sheetsEnd);
			}
			Matcher view = Pattern.compile("<workbookView\\b[^>]*?(/?)>").matcher(result);
			if (view.find()) {
				String tag = view.group().replaceAll("\\s(?:activeTab|firstSheet)=\"\\d*\"", "");
				tag = tag.replaceFirst("^<workbookView", "<workbookView activeTab=\"0\" firstSheet=\"0\"");
				result = result.substring(0, view.start()) + tag + result.substring(view.end());
			}
			return result;
		}

		/**
		 * The sheet XML without {@code tabSelected}, which only a {@code <sheetView>} has: the
		 * search is kept to the sheet views (a regular expression beginning with a space ran
		 * over every byte of every marked sheet).
		 */
		private static String deselect(String sheetXml) {
			int from = sheetXml.indexOf("<sheetViews");
			int to = from < 0 ? -1 : sheetXml.indexOf("</sheetViews>", from);
			if (to < 0) {
				return sheetXml.contains("tabSelected") ? TAB_SELECTED.matcher(sheetXml).replaceAll("") : sheetXml;
			}
			String views = sheetXml.substring(from, to);
			return sheetXml.substring(0, from) + TAB_SELECTED.matcher(views).replaceAll("") + sheetXml.substring(to);
		}

		private static String instructionsXml(List<Finding> findings, Styles styles) {
			int lastColumn = RejectedWorkbookAnnotator.HEADERS.size() - 1;
			int totalWidth = 0;
			StringBuilder cols = new StringBuilder("<cols>");
			for (int c = 0; c <= lastColumn; c++) {
				int width = RejectedWorkbookAnnotator.WIDTHS[c];
				totalWidth += width;
				cols.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
					.append((width * 256 + 200) / 256.0).append("\" customWidth=\"1\"/>");
			}
			cols.append("</cols>");
			StringBuilder data = new StringBuilder("<sheetData>");
			row(data, 0, 30, new String[] { RejectedWorkbookAnnotator.TITLE }, styles.title, null);
			String summary = RejectedWorkbookAnnotator.summary(findings);
			row(data, 1, RejectedWorkbookAnnotator.height(TextLines.count(summary, totalWidth), 1), new String[] { summary },
					styles.note, null);
			row(data, 2, 22, RejectedWorkbookAnnotator.HEADERS.toArray(String[]::new), styles.header, null);
			int r = 3;
			for (Finding finding : findings) {
				String[] values = { String.valueOf(r - 2), finding.severity().label(),
						RejectedWorkbookAnnotator.position(finding.location()), finding.value(), finding.message(),
						finding.fix() };
				int lines = 1;
				int[] cellStyles = new int[values.length];
				for (int c = 0; c < values.length; c++) {
					cellStyles[c] = c < 2 ? styles.centered : styles.body;
					if (c == 1 && finding.isError()) {
						cellStyles[c] = styles.error;
					}
					lines = Math.max(lines, TextLines.count(values[c] == null ? "" : values[c], RejectedWorkbookAnnotator.WIDTHS[c]));
				}
				row(data, r, RejectedWorkbookAnnotator.height(lines, 1), values, -1, cellStyles);
				r++;
			}
			data.append("</sheetData>");
			String lastCell = new CellReference(r - 1, lastColumn).formatAsString(false);
			return xmlHead() + "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
					+ "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:" + lastCell + "\"/>"
					+ "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
					+ "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"
					+ "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
					+ cols + data + "<mergeCells count=\"2\"><mergeCell ref=\"A1:F1\"/><mergeCell ref=\"A2:F2\"/></mergeCells>"
					+ "<printOptions horizontalCentered=\"1\"/>"
					+ "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
					+ "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
					+ XmlText.PAGE_NUMBERS_FOOTER + "</worksheet>";
		}

		private static void row(StringBuilder data, int row, float height, String[] values, int style, int[] styles) {
			data.append("<row r=\"").append(row + 1).append("\" ht=\"").append(height).append("\" customHeight=\"1\">");
			for (int c = 0; c < values.length; c++) {
				data.append("<c r=\"").append(new CellReference(row, c).formatAsString(false)).append("\" s=\"")
					.append(styles == null ? style : styles[c]).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
					.append(XmlText.escape(values[c] == null ? "" : values[c])).append("</t></is></c>");
			}
			data.append("</row>");
		}

	}

	/**
	 * styles.xml with the formats the copy needs appended: for each original format a copy
	 * with the rose or orange fill, and the few formats of the 退回说明 sheet.
	 */
	private static final class Styles {

		private final List<String> xfs;

		private final int originalXfs;

		private final StringBuilder fonts = new StringBuilder();

		private final StringBuilder fills = new StringBuilder();

		private final StringBuilder borders = new StringBuilder();

		private final String xml;

		private int fontCount;

		private int fillCount;

		private int borderCount;

		private final Map<String, Integer> highlighted = new HashMap<>();

		private final int errorFill;

		private final int warningFill;

		final int title;

		final int note;

		final int header;

		final int body;

		final int centered;

		final int error;

		private Styles(String xml, List<String> xfs, int fontCount, int fillCount, int borderCount) {
			this.xml = xml;
			this.xfs = xfs;
			this.originalXfs = xfs.size();
			this.fontCount = fontCount;
			this.fillCount = fillCount;
			this.borderCount = borderCount;
			this.errorFill = fill("<patternFill patternType=\"solid\"><fgColor indexed=\"45\"/><bgColor indexed=\"64\"/></patternFill>");
			this.warningFill = fill("<patternFill patternType=\"solid\"><fgColor indexed=\"52\"/><bgColor indexed=\"64\"/></patternFill>");
			int grey = fill("<patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill>");
			int thin = border("<left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
					+ "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/>");
			int titleFont = font("<b/><sz val=\"16\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>");
			int plain = font("<sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>");
			int bold = font("<b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>");
			int red = font("<b/><sz val=\"11\"/><color indexed=\"10\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>");
			this.title = xf("<xf numFmtId=\"0\" fontId=\"" + titleFont + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
					+ "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>");
			this.note = xf("<xf numFmtId=\"0\" fontId=\"" + plain + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
					+ "applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>");
			this.header = bordered(bold, grey, thin, "center");
			this.body = bordered(plain, 0, thin, "left");
			this.centered = bordered(plain, 0, thin, "center");
			this.error = bordered(red, 0, thin, "center");
		}

		// The lists of styles.xml are found with indexOf, not with expressions: a lazy expression over the whole
		// part, and one compiled at every call, were a fifth of marking up a first round's thousands of returns.

		static Styles of(String xml) {
			int[] cellXfs = section(xml, "cellXfs");
			int fonts = count(xml, "fonts");
			int fills = count(xml, "fills");
			int borders = count(xml, "borders");
			if (cellXfs == null || fonts < 0 || fills < 0 || borders < 0) {
				return null;
			}
			List<String> xfs = new ArrayList<>();
			String content = xml.substring(cellXfs[0], cellXfs[1]);
			Tags xf = new Tags(content, "xf");
			while (xf.find()) {
				if (xf.group().endsWith("/>")) {
					xfs.add(xf.group());
					continue;
				}
				int close = content.indexOf("</xf>", xf.end());
				if (close < 0) {
					return null;
				}
				xfs.add(content.substring(xf.start(), close + "</xf>".length()));
				xf.skipTo(close);
			}
			return new Styles(xml, xfs, fonts, fills, borders);
		}

		/**
		 * Where the content of the first {@code <list …>…</list>} begins and ends; null when
		 * the list is missing or written as an empty tag.
		 */
		private static int[] section(String xml, String list) {
			Tags open = new Tags(xml, list);
			if (!open.find() || open.group().endsWith("/>")) {
				return null;
			}
			int close = xml.indexOf("</" + list + ">", open.end());
			return close < 0 ? null : new int[] { open.end(), close };
		}

		/**
		 * The number of entries of a list such as {@code <fonts count="3">…</fonts>}, counted
		 * rather than taken from its count (new entries are numbered after them); -1 when the
		 * list is not written as expected.
		 */
		private static int count(String xml, String list) {
			int[] section = section(xml, list);
			if (section == null) {
				return -1;
			}
			Tags entry = new Tags(xml.substring(section[0], section[1]), list.substring(0, list.length() - 1));
			int n = 0;
			while (entry.find()) {
				n++;
			}
			return n;
		}

		/** The format of {@code style} with the severity's fill; -1 if there is no such format. */
		int highlighted(int style, Severity severity) {
			if (style < 0 || style >= this.originalXfs) {
				return -1;
			}
			return this.highlighted.computeIfAbsent(style + "/" + severity, k -> {
				String xf = this.xfs.get(style);
				int fill = severity == Severity.ERROR ? this.errorFill : this.warningFill;
				xf = xf.replaceAll("\\s(?:fillId|applyFill)=\"[^\"]*\"", "");
				xf = xf.replaceFirst("^<xf\\b", "<xf fillId=\"" + fill + "\" applyFill=\"1\"");
				return xf(unlocked(xf));
			});
		}

		/**
		 * The format unlocked: the cell to put right may be one the distributed form locks
		 * (填报单位, 报送期次), and the unit edits the marked-up copy as it is.
		 */
		static String unlocked(String xf) {
			String open = xf.replaceAll("\\s*<protection\\b[^>]*/>", "").replaceAll("\\sapplyProtection=\"[^\"]*\"", "");
			open = open.replaceFirst("^<xf\\b", "<xf applyProtection=\"1\"");
			String protection = "<protection locked=\"0\"/>";
			if (open.endsWith("/>")) {
				return open.substring(0, open.length() - 2) + ">" + protection + "</xf>";
			}
			int at = open.indexOf("<extLst");
			if (at < 0) {
				at = open.lastIndexOf("</xf>");
			}
			return open.substring(0, at) + protection + open.substring(at);
		}

		private int bordered(int font, int fill, int border, String horizontal) {
			return xf("<xf numFmtId=\"49\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
					+ "\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\" applyAlignment=\"1\" applyBorder=\"1\""
					+ (fill == 0 ? "" : " applyFill=\"1\"") + "><alignment horizontal=\"" + horizontal
					+ "\" vertical=\"center\" wrapText=\"1\"/></xf>");
		}

		private int xf(String xf) {
			this.xfs.add(xf);
			return this.xfs.size() - 1;
		}

		private int font(String content) {
			this.fonts.append("<font>").append(content).append("</font>");
			return this.fontCount++;
		}

		private int fill(String content) {
			this.fills.append("<fill>").append(content).append("</fill>");
			return this.fillCount++;
		}

		private int border(String content) {
			this.borders.append("<border>").append(content).append("</border>");
			return this.borderCount++;
		}

		String xml() {
			String result = this.xml;
			result = append(result, "fonts", this.fonts, this.fontCount);
			result = append(result, "fills", this.fills, this.fillCount);
			result = append(result, "borders", this.borders, this.borderCount);
			StringBuilder added = new StringBuilder();
			for (int i = this.originalXfs; i < this.xfs.size(); i++) {
				added.append(this.xfs.get(i));
			}
			return append(result, "cellXfs", added, this.xfs.size());
		}

		private static String append(String xml, String list, CharSequence entries, int count) {
			Tags open = new Tags(xml, list);
			open.find();
			int end = xml.indexOf("</" + list + ">", open.end());
			return xml.substring(0, open.start()) + "<" + list + " count=\"" + count + "\">" + xml.substring(open.end(), end)
					+ entries + xml.substring(end);
		}

	}

	/** Column widths and row heights of a sheet, to size the comment boxes as the object model does. */
	private static final class SheetMetrics {

		private final TreeMap<Integer, Integer> widthFromColumn = new TreeMap<>();

		private final Map<Integer, Integer> lastColumnOfRange = new HashMap<>();

		private final Map<Integer, Double> rowHeights = new HashMap<>();

		private int defaultWidth = 8 * 256;

		private double defaultHeight = 15;

		static SheetMetrics of(String xml) {
			SheetMetrics metrics = new SheetMetrics();
			Tags format = new Tags(xml, "sheetFormatPr");
			if (format.find()) {
				String base = attribute(format.group(), "baseColWidth");
				String height = attribute(format.group(), "defaultRowHeight");
				if (base != null) {
					metrics.defaultWidth = (int) (Double.parseDouble(base) * 256);
				}
				if (height != null) {
					metrics.defaultHeight = Double.parseDouble(height);
				}
			}
			Tags col = new Tags(xml, "col");
			while (col.find()) {
				String min = attribute(col.group(), "min");
				String max = attribute(col.group(), "max");
				String width = attribute(col.group(), "width");
				if (min != null && max != null && width != null) {
					int first = Integer.parseInt(min) - 1;
					metrics.widthFromColumn.put(first, (int) (Double.parseDouble(width) * 256));
					metrics.lastColumnOfRange.put(first, Integer.parseInt(max) - 1);
				}
			}
			Tags row = new Tags(xml, "row");
			while (row.find()) {
				String r = attribute(row.group(), "r");
				String ht = attribute(row.group(), "ht");
				if (r != null && ht != null) {
					metrics.rowHeights.put(Integer.parseInt(r) - 1, Double.parseDouble(ht));
				}
			}
			return metrics;
		}

		int width(int column) {
			Map.Entry<Integer, Integer> range = this.widthFromColumn.floorEntry(column);
			if (range != null && column <= this.lastColumnOfRange.get(range.getKey())) {
				return range.getValue();
			}
			return this.defaultWidth;
		}

		double height(int row) {
			return this.rowHeights.getOrDefault(row, this.defaultHeight);
		}

		/** {first column, first row, last column, last row} of the box, as {@code RejectedWorkbookAnnotator.anchor}. */
		int[] anchor(int row, int column, String text, java.util.Set<Long> commented) {
			int firstColumn = column;
			for (int c = column + 1; c <= column + 3; c++) {
				if (!commented.contains(key(row, c))) {
					firstColumn = c;
					break;
				}
			}
			int lastColumn = firstColumn;
			int width = 0;
			while (width < RejectedWorkbookAnnotator.COMMENT_WIDTH * 256 && lastColumn - firstColumn < 8) {
				width += width(lastColumn);
				lastColumn++;
			}
			lastColumn = Math.max(lastColumn, firstColumn + 2);
			if (lastColumn > LAST_COLUMN) {
				firstColumn = column;
				lastColumn = LAST_COLUMN;
			}
			int lines = Math.max(RejectedWorkbookAnnotator.COMMENT_MIN_LINES, TextLines.count(text, RejectedWorkbookAnnotator.COMMENT_WIDTH) + 1);
			double wanted = Math.min(RejectedWorkbookAnnotator.MAX_ROW_HEIGHT, lines * RejectedWorkbookAnnotator.POINTS_PER_LINE);
			int lastRow = row;
			double height = 0;
			while (height < wanted && lastRow - row < 60) {
				height += height(lastRow);
				lastRow++;
			}
			lastRow = Math.max(row, Math.min(Math.max(lastRow, row + 2), LAST_ROW));
			return new int[] { firstColumn, row, lastColumn, lastRow };
		}

	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

	private static List<CellRangeAddress> mergedRegions(String sheetXml) {
		List<CellRangeAddress> regions = new ArrayList<>();
		Tags merge = new Tags(sheetXml, "mergeCell");
		while (merge.find()) {
			String ref = attribute(merge.group(), "ref");
			if (ref != null) {
				regions.add(CellRangeAddress.valueOf(ref));
			}
		}
		return regions;
	}

	/** True when the content types name a default for the extension vml. */
	private static boolean hasVmlDefault(String contentTypes) {
		Tags defaults = new Tags(contentTypes, "Default");
		while (defaults.find()) {
			if (defaults.group().contains("Extension=\"vml\"")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The start (or empty-element) tags of one name in a part, in order, as the expression
	 * {@code <name\b[^>]*>} finds them, but looked for with {@code indexOf}: the expression
	 * tried a match at every character, and marking up a return's sheet went through it for
	 * every cell, row and column (a fifth of the time it took).
	 */
	static final class Tags {

		private final String xml;

		private final String open;

		private int start = -1;

		private int end;

		Tags(String xml, String name) {
			this.xml = xml;
			this.open = "<" + name;
		}

		boolean find() {
			int from = this.end;
			while (true) {
				int at = this.xml.indexOf(this.open, from);
				if (at < 0) {
					return false;
				}
				int after = at + this.open.length();
				if (after < this.xml.length() && !isWordCharacter(this.xml.charAt(after))) {
					int close = this.xml.indexOf('>', after);
					if (close < 0) {
						return false;
					}
					this.start = at;
					this.end = close + 1;
					return true;
				}
				from = after;
			}
		}

		/** As the expression's word boundary {@code \b} tells a word character. */
		private static boolean isWordCharacter(char c) {
			return Character.isLetterOrDigit(c) || c == '_';
		}

		String group() {
			return this.xml.substring(this.start, this.end);
		}

		int start() {
			return this.start;
		}

		int end() {
			return this.end;
		}

		/** The next {@link #find} looks from {@code position} on (past an element's content). */
		void skipTo(int position) {
			this.end = position;
		}

	}

	/** A double-quoted attribute of a tag (Excel, WPS and POI write no other kind); null if absent. */
	private static String attribute(String tag, String name) {
		String key = name + "=\"";
		for (int i = tag.indexOf(key); i >= 0; i = tag.indexOf(key, i + 1)) {
			if (i > 0 && Character.isWhitespace(tag.charAt(i - 1))) {
				int end = tag.indexOf('"', i + key.length());
				return end < 0 ? null : PackageParts.unescape(tag.substring(i + key.length(), end));
			}
		}
		return null;
	}

	private static String relsOf(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	/** {@code prefix}N{@code suffix} with the smallest N ≥ 1 not yet in the package. */
	private static String freeName(Map<String, byte[]> parts, String prefix, String suffix) {
		for (int n = 1;; n++) {
			String name = prefix + n + suffix;
			if (!parts.containsKey(name)) {
				return name;
			}
		}
	}

	private static String freeRelationshipId(String rels) {
		for (int n = 1;; n++) {
			if (!rels.contains("Id=\"rId" + n + "\"")) {
				return "rId" + n;
			}
		}
	}

	private static void override(StringBuilder contentTypes, String partName, String type) {
		insertBefore(contentTypes, "</Types>", "<Override PartName=\"" + partName + "\" ContentType=\"" + type + "\"/>");
	}

	private static void insertBefore(StringBuilder xml, String closing, String content) {
		xml.insert(xml.lastIndexOf(closing), content);
	}

	private static String text(Map<String, byte[]> parts, String name) {
		return new String(parts.get(name), StandardCharsets.UTF_8);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String xmlHead() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
	}


}
