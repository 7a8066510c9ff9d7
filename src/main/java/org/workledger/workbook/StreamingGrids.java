package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Grids from an .xlsx by streaming its sheet XML (SAX) instead of building POI's object
 * model: several times faster and far smaller, which is what thousands of returns per run
 * need. Cells come out exactly as {@link UsermodelGrids} gives them: the same text for
 * strings, numbers, dates, booleans, errors and cached formula results. Anything this
 * reader cannot handle throws, and the caller falls back to the usermodel.
 */
public final class StreamingGrids {

	private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

	private static final Pattern STATE = Pattern.compile("\\bstate=\"([^\"]*)\"");

	private StreamingGrids() {
	}

	public static WorkbookGrid of(Path file) throws IOException {
		return of(file, name -> true);
	}

	/**
	 * Only the sheets {@code wanted} accepts are read (a return needs its task sheet and the
	 * metadata sheet, not the instructions); the others are left out of the grid.
	 */
	public static WorkbookGrid of(Path file, java.util.function.Predicate<String> wanted) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			String workbookXml;
			try (InputStream in = reader.getWorkbookData()) {
				workbookXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			boolean date1904 = workbookXml.contains("date1904=\"1\"") || workbookXml.contains("date1904=\"true\"");
			List<String> veryHidden = veryHidden(workbookXml);
			CellFormats styles;
			try (InputStream in = reader.getStylesData()) {
				styles = CellFormats.read(in);
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException ex) {
				styles = CellFormats.none();
			}
			SharedStrings strings;
			try (InputStream in = reader.getSharedStringsData()) {
				strings = SharedStrings.read(in);
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException
					| NullPointerException ex) {
				strings = SharedStrings.none();
			}
			List<SheetGrid> sheets = new ArrayList<>();
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream in = iterator.next()) {
					if (!wanted.test(iterator.getSheetName())) {
						continue;
					}
					SheetGrid grid = new SheetGrid(iterator.getSheetName());
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new CellHandler(grid, styles, strings, date1904));
					xml.parse(new InputSource(in));
					sheets.add(grid);
				}
			}
			return new WorkbookGrid(sheets, veryHidden);
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new IOException("cannot stream " + file.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static List<String> veryHidden(String workbookXml) {
		List<String> names = new ArrayList<>();
		Matcher sheet = SHEET.matcher(workbookXml);
		while (sheet.find()) {
			Matcher name = NAME.matcher(sheet.group());
			Matcher state = STATE.matcher(sheet.group());
			if (name.find() && state.find() && "veryHidden".equals(state.group(1))) {
				names.add(unescape(name.group(1)));
			}
		}
		return names;
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

	/** Collects the cells of one sheet, the way POI's usermodel would read them. */
	private static final class CellHandler extends DefaultHandler {

		private final SheetGrid grid;

		private final CellFormats styles;

		private final SharedStrings strings;

		private final boolean date1904;

		private final StringBuilder value = new StringBuilder();

		private int row = -1;

		private int nextColumn;

		private int cellRow;

		private int cellColumn;

		private String type;

		private int style;

		private boolean inCell;

		private boolean inValue;

		private boolean inInlineText;

		private boolean hasValue;

		CellHandler(SheetGrid grid, CellFormats styles, SharedStrings strings, boolean date1904) {
			this.grid = grid;
			this.styles = styles;
			this.strings = strings;
			this.date1904 = date1904;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			switch (name) {
				case "row" -> {
					String r = attributes.getValue("r");
					this.row = r == null ? this.row + 1 : Integer.parseInt(r) - 1;
					this.nextColumn = 0;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					if (r == null) {
						this.cellRow = this.row;
						this.cellColumn = this.nextColumn;
					}
					else {
						CellReference ref = new CellReference(r);
						this.cellRow = ref.getRow();
						this.cellColumn = ref.getCol();
					}
					this.nextColumn = this.cellColumn + 1;
					this.type = attributes.getValue("t");
					String s = attributes.getValue("s");
					this.style = s == null ? 0 : Integer.parseInt(s);
					this.value.setLength(0);
					this.inCell = true;
					this.hasValue = false;
				}
				case "v" -> {
					this.inValue = this.inCell;
					this.hasValue |= this.inCell;
				}
				case "t" -> {
					this.inInlineText = this.inCell && "inlineStr".equals(this.type);
					this.hasValue |= this.inInlineText;
				}
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue || this.inInlineText) {
				this.value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName.isEmpty() ? qName : localName;
			switch (name) {
				case "v" -> this.inValue = false;
				case "t" -> this.inInlineText = false;
				case "c" -> {
					this.inCell = false;
					if (this.hasValue) {
						this.grid.put(this.cellRow, this.cellColumn, cell());
					}
				}
				default -> {
				}
			}
		}

		private GridCell cell() {
			String raw = this.value.toString();
			String t = this.type == null ? "n" : this.type;
			return switch (t) {
				case "s" -> new GridCell(this.strings.get(Integer.parseInt(raw.strip())).strip(), false, null, null, false);
				case "inlineStr", "str" -> new GridCell(raw.strip(), false, null, null, false);
				case "b" -> new GridCell("1".equals(raw.strip()) || "true".equals(raw.strip()) ? "TRUE" : "FALSE", false,
						null, null, false);
				case "e" -> new GridCell(raw.strip(), true, null, null, false);
				default -> number(raw.strip());
			};
		}

		private GridCell number(String raw) {
			if (raw.isEmpty()) {
				return new GridCell("", false, null, null, false);
			}
			double number = Double.parseDouble(raw);
			int formatIndex = this.styles.formatIndex(this.style);
			String format = this.styles.formatString(this.style);
			if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(number)) {
				LocalDate date = DateUtil.getLocalDateTime(number, this.date1904).toLocalDate();
				return new GridCell(date.toString(), false, date, number, false);
			}
			String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			return new GridCell(text, false, null, number, format != null && format.contains("%"));
		}

	}

}
