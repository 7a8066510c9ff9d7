package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.List;
import java.util.function.BiPredicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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

	/** A return's sheet XML is tens of kilobytes; far more is a hostile or broken file. */
	private static final long MAX_PART_BYTES = 64L * 1024 * 1024;

	/** As the usermodel is set up ({@link WorkbookOpener}): real sheets inflate far less than 100 times. */
	private static final long MAX_INFLATION = 100;

	/** Small parts may inflate more (a few repeated tags); POI allows the same grace. */
	private static final long INFLATION_GRACE_BYTES = 1024 * 1024;

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
		return read(file, wanted, null);
	}

	/**
	 * The first rows of every sheet: each sheet is read until {@code enough} says so of the
	 * sheet so far and the index of the row just read (telling a task breakdown or a roster
	 * from thousands of returns needs their header rows, not their narratives). Merged
	 * regions, which follow the rows, are not read.
	 */
	public static WorkbookGrid head(Path file, BiPredicate<SheetGrid, Integer> enough) throws IOException {
		return read(file, name -> true, enough);
	}

	private static WorkbookGrid read(Path file, java.util.function.Predicate<String> wanted,
			BiPredicate<SheetGrid, Integer> enough) throws IOException {
		// the parts are found through the workbook's own relationships, as Excel does; plain zip access
		// (POI's package layer parsed every part's metadata with XMLBeans: a sixth of the reading time)
		try (ZipFile zip = new ZipFile(file.toFile())) {
			String workbookXml = text(zip, "xl/workbook.xml");
			Map<String, PackageParts.Relationship> relationships = PackageParts
				.relationships(text(zip, "xl/_rels/workbook.xml.rels"));
			boolean date1904 = workbookXml.contains("date1904=\"1\"") || workbookXml.contains("date1904=\"true\"");
			CellFormats styles = CellFormats.none();
			SharedStrings strings = SharedStrings.none();
			for (PackageParts.Relationship relationship : relationships.values()) {
				if (relationship.type().endsWith("/styles")) {
					try (InputStream in = part(zip, relationship.part())) {
						styles = CellFormats.read(in.readAllBytes());
					}
				}
				else if (relationship.type().endsWith("/sharedStrings")) {
					if (enough != null) {
						// only the strings of the rows read: the stream closes with the zip
						strings = SharedStrings.lazy(part(zip, relationship.part()));
						continue;
					}
					try (InputStream in = part(zip, relationship.part())) {
						strings = SharedStrings.read(in);
					}
				}
			}
			List<SheetGrid> sheets = new ArrayList<>();
			List<String> veryHidden = new ArrayList<>();
			for (PackageParts.Sheet sheet : PackageParts.sheets(workbookXml, relationships)) {
				if (sheet.veryHidden()) {
					veryHidden.add(sheet.name());
				}
				if (!wanted.test(sheet.name())) {
					continue;
				}
				SheetGrid grid = new SheetGrid(sheet.name());
				try (InputStream in = part(zip, sheet.part())) {
					XMLReader xml = SaxReaders.with(new CellHandler(grid, styles, strings, date1904, enough));
					xml.parse(new InputSource(in));
				}
				catch (EnoughRows ex) {
					// the rows wanted are in the grid
				}
				sheets.add(grid);
			}
			return new WorkbookGrid(sheets, veryHidden);
		}
		catch (SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new IOException("cannot stream " + file.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static String text(ZipFile zip, String name) throws IOException {
		try (InputStream in = part(zip, name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * A part of the package, read at most {@link #MAX_PART_BYTES} and at most
	 * {@link #MAX_INFLATION} times its compressed size: a bomb ends here, and the usermodel
	 * rejects it.
	 */
	private static InputStream part(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IOException("missing part " + name);
		}
		long compressed = Math.max(entry.getCompressedSize(), 0);
		long limit = Math.min(MAX_PART_BYTES, Math.max(INFLATION_GRACE_BYTES, compressed * MAX_INFLATION));
		return new CappedInputStream(zip.getInputStream(entry), limit);
	}

	/** Stops reading past a limit, so a decompression bomb cannot keep the reader busy or fill the heap. */
	private static final class CappedInputStream extends java.io.FilterInputStream {

		private final long limit;

		private long read;

		CappedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(Math.max(0, n));
			return n;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.limit) {
				throw new IOException("part larger than " + this.limit + " bytes");
			}
		}

	}

	/** Ends reading a sheet once {@link #head}'s rows are in. */
	private static final class EnoughRows extends SAXException {

		private static final long serialVersionUID = 1L;

		private static final EnoughRows INSTANCE = new EnoughRows();

		private EnoughRows() {
			super("enough rows");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

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

		private boolean hasFormula;

		private final BiPredicate<SheetGrid, Integer> enough;

		CellHandler(SheetGrid grid, CellFormats styles, SharedStrings strings, boolean date1904,
				BiPredicate<SheetGrid, Integer> enough) {
			this.grid = grid;
			this.styles = styles;
			this.strings = strings;
			this.date1904 = date1904;
			this.enough = enough;
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
					else if (!parseA1(r)) {
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
					this.hasFormula = false;
				}
				case "f" -> this.hasFormula |= this.inCell;
				case "v" -> {
					this.inValue = this.inCell;
					this.hasValue |= this.inCell;
				}
				case "t" -> {
					this.inInlineText = this.inCell && "inlineStr".equals(this.type);
					this.hasValue |= this.inInlineText;
				}
				case "mergeCell" -> {
					String ref = attributes.getValue("ref");
					if (ref != null) {
						this.grid.addMergedRegion(CellRangeAddress.valueOf(ref));
					}
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
		public void endElement(String uri, String localName, String qName) throws SAXException {
			String name = localName.isEmpty() ? qName : localName;
			switch (name) {
				case "row" -> {
					if (this.enough != null && this.enough.test(this.grid, this.row)) {
						throw EnoughRows.INSTANCE;
					}
				}
				case "v" -> this.inValue = false;
				case "t" -> this.inInlineText = false;
				case "c" -> {
					this.inCell = false;
					if (this.hasFormula && (!this.hasValue || this.value.isEmpty() && !"str".equals(this.type))) {
						// a formula saved without its result (a script wrote the file): the usermodel works it out
						throw new SAXException("formula without its result in " + SheetGrid.a1(this.cellRow, this.cellColumn));
					}
					if (this.hasValue) {
						this.grid.put(this.cellRow, this.cellColumn, cell());
					}
				}
				default -> {
				}
			}
		}

		/**
		 * Reads a plain reference such as {@code AB12} into the cell's row and column; false
		 * for anything else, which POI's parser then reads. POI parses with regular
		 * expressions, an eighth of the time it took to stream a return.
		 */
		private boolean parseA1(String ref) {
			int length = ref.length();
			int i = 0;
			int column = 0;
			while (i < length && i < 3) {
				char c = ref.charAt(i);
				if (c < 'A' || c > 'Z') {
					break;
				}
				column = column * 26 + (c - 'A' + 1);
				i++;
			}
			if (i == 0 || i == length || length - i > 7) {
				return false;
			}
			int row = 0;
			for (; i < length; i++) {
				char c = ref.charAt(i);
				if (c < '0' || c > '9') {
					return false;
				}
				row = row * 10 + (c - '0');
			}
			if (row == 0) {
				return false;
			}
			this.cellRow = row - 1;
			this.cellColumn = column - 1;
			return true;
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
			if (this.styles.isDate(this.style) && DateUtil.isValidExcelDate(number)) {
				LocalDate date = DateUtil.getLocalDateTime(number, this.date1904).toLocalDate();
				return new GridCell(date.toString(), false, date, number, false);
			}
			String text = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			return new GridCell(text, false, null, number, this.styles.isPercent(this.style));
		}

	}

}
