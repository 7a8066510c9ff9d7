package org.workledger.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with a faster writer for the sheet data. POI escapes text one
 * code point at a time (a new char array per character) into a synchronised writer; for a
 * province's ledger, about 80 million characters of narratives, that was half of the time
 * it took to write the file. This writer escapes a string in runs and buffers without
 * locks. The XML is the same: the same characters are escaped or replaced by {@code ?}.
 * <p>
 * The sheet data is also compressed on a second thread while it is written (see
 * {@link BackgroundDeflater}) and goes into the file without being compressed again.
 */
public class StreamedWorkbook extends SXSSFWorkbook {

	public StreamedWorkbook(int rowAccessWindowSize) {
		super(rowAccessWindowSize);
		setCompressTempFiles(false);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new RunEscapingSheetDataWriter();
	}

	/**
	 * Deflates at the fastest level: for a province's ledger (350,000 rows) the default level
	 * took a quarter of the step; the file is larger (103 MB instead of 66 MB), which Excel
	 * and WPS open as quickly. A plain zip stream (Zip64 only where an entry needs it), not
	 * POI's own OPC stream: that one cannot take entries that are already compressed.
	 */
	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
		zip.setUseZip64(Zip64Mode.AsNeeded);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/**
	 * As POI writes the package, except that a sheet's data, already compressed while it was
	 * written, is copied into the zip as it is instead of being read back and compressed
	 * again. The sheet's entry is the template part up to its {@code <sheetData>} tag, the
	 * data, and the rest of the template, each compressed on its own and joined (a deflate
	 * stream may be cut at a sync flush); the XML is byte for byte what POI writes.
	 */
	@Override
	protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
		ZipArchiveOutputStream zip = createArchiveOutputStream(out);
		try {
			Enumeration<? extends ZipArchiveEntry> entries = zipEntrySource.getEntries();
			while (entries.hasMoreElements()) {
				ZipArchiveEntry entry = entries.nextElement();
				try (InputStream in = zipEntrySource.getInputStream(entry)) {
					if (in instanceof ZipArchiveThresholdInputStream threshold) {
						// as POI: a streamed sheet may compress far better than the guard expects
						threshold.setGuardState(false);
					}
					SXSSFSheet sheet = streamedSheet(entry.getName());
					if (sheet == null) {
						ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
						copy.setTime(ENTRY_TIME);
						zip.putArchiveEntry(copy);
						in.transferTo(zip);
						zip.closeArchiveEntry();
						continue;
					}
					try (DeflatedSheetData data = (DeflatedSheetData) sheet.getWorksheetXMLInputStream()) {
						data.writeEntry(zip, entry.getName(), ENTRY_TIME,
								new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		finally {
			zip.finish();
			zipEntrySource.close();
		}
	}

	/**
	 * The time every entry carries, the earliest a zip can hold (1980-01-01 00:00 local
	 * time): the same workbook gives the same file, whenever written.
	 */
	static final long ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0)
		.atZone(ZoneId.systemDefault())
		.toInstant()
		.toEpochMilli();

	/** The streamed sheet a package part holds, or null for other parts (chart sheets included). */
	private SXSSFSheet streamedSheet(String entryName) {
		XSSFSheet sheet = getSheetFromZipEntryName(entryName);
		if (sheet == null || sheet instanceof XSSFChartSheet) {
			return null;
		}
		return getSheetAt(getXSSFWorkbook().getSheetIndex(sheet));
	}

	static final class RunEscapingSheetDataWriter extends SheetDataWriter {

		RunEscapingSheetDataWriter() throws IOException {
			super();
		}

		/** Compresses the sheet data while it is written; null until the writer is created. */
		private BackgroundDeflater deflater;

		@Override
		public Writer createWriter(File file) throws IOException {
			this.deflater = new BackgroundDeflater(new FileOutputStream(file));
			return new UnsynchronisedBufferedWriter(this.deflater);
		}

		/** The sheet data, compressed; to be read only after the writer is closed. */
		@Override
		public InputStream getWorksheetXMLInputStream() throws IOException {
			return new DeflatedSheetData(getTempFile(), this.deflater.crc(), this.deflater.size(),
					this.deflater.compressedSize());
		}

		/** Column letters by index, so that a cell reference is two appends. */
		private final java.util.List<String> columns = new java.util.ArrayList<>();

		/** The row's number as a cell reference writes it, made once per row rather than once per cell. */
		private String rowNumber = "1";

		/** Style indexes as text, by index. */
		private final java.util.List<String> styles = new java.util.ArrayList<>();

		@Override
		public void writeRow(int rownum, SXSSFRow sxssfRow) throws IOException {
			this.rowNumber = Integer.toString(rownum + 1);
			super.writeRow(rownum, sxssfRow);
		}

		/**
		 * Text, numbers and blanks as POI writes them, without building a
		 * {@code CellReference} and its strings for every cell (seven million in a
		 * province's ledger); other cell types go to POI.
		 */
		@Override
		public void writeCell(int columnIndex, Cell cell) throws IOException {
			if (cell == null) {
				return;
			}
			CellType type = cell.getCellType();
			if (type != CellType.STRING && type != CellType.NUMERIC && type != CellType.BLANK) {
				super.writeCell(columnIndex, cell);
				return;
			}
			this._out.write("<c r=\"");
			this._out.write(column(columnIndex));
			this._out.write(this.rowNumber);
			this._out.write('"');
			int style = cell.getCellStyle().getIndex() & 0xffff;
			if (style != 0) {
				this._out.write(" s=\"");
				this._out.write(style(style));
				this._out.write('"');
			}
			switch (type) {
				case BLANK -> this._out.write('>');
				case NUMERIC -> {
					this._out.write(" t=\"n\"><v>");
					this._out.write(Double.toString(cell.getNumericCellValue()));
					this._out.write("</v>");
				}
				default -> {
					String text = cell.getStringCellValue();
					this._out.write(" t=\"inlineStr\"><is><t");
					if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
							|| Character.isWhitespace(text.charAt(text.length() - 1)))) {
						this._out.write(" xml:space=\"preserve\"");
					}
					this._out.write(">");
					outputEscapedString(text);
					this._out.write("</t></is>");
				}
			}
			this._out.write("</c>");
		}

		private String style(int index) {
			while (this.styles.size() <= index) {
				this.styles.add(Integer.toString(this.styles.size()));
			}
			return this.styles.get(index);
		}

		private String column(int index) {
			while (this.columns.size() <= index) {
				this.columns.add(CellReference.convertNumToColString(this.columns.size()));
			}
			return this.columns.get(index);
		}

		@Override
		protected void outputEscapedString(String s) throws IOException {
			if (s == null || s.isEmpty()) {
				return;
			}
			int start = 0;
			int length = s.length();
			for (int i = 0; i < length; i++) {
				String replacement = replacement(s.charAt(i));
				if (replacement != null) {
					this._out.write(s, start, i - start);
					this._out.write(replacement);
					start = i + 1;
				}
			}
			this._out.write(s, start, length - start);
		}

		/** What POI writes instead of {@code c}, or null when it writes {@code c} itself. */
		static String replacement(char c) {
			switch (c) {
				case '<':
					return "&lt;";
				case '>':
					return "&gt;";
				case '&':
					return "&amp;";
				case '"':
					return "&quot;";
				case '\n':
					return "&#xa;";
				case '\r':
					return "&#xd;";
				case '\t':
					return "&#x9;";
				case '\u00A0':
					return "&#xa0;";
				default:
					// XMLBeans turns control characters and the two non-characters into '?'
					return c < ' ' || c >= '\uFFFE' ? "?" : null;
			}
		}

	}

	/**
	 * A buffered UTF-8 writer for one thread: no lock per character, and its own encoder.
	 * The JDK's encoder takes its slow path for every run of Chinese text (a province's
	 * narratives are 80 million characters); this one writes the same bytes, a character
	 * that is half of a surrogate pair without its other half included, as {@code ?}.
	 */
	static final class UnsynchronisedBufferedWriter extends Writer {

		private static final int SIZE = 1 << 16;

		private final OutputStream out;

		private final char[] buffer = new char[SIZE];

		/** Room for the buffer's characters at three bytes each, or two surrogates as four. */
		private final byte[] bytes = new byte[SIZE * 3];

		private int used;

		UnsynchronisedBufferedWriter(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int c) throws IOException {
			if (this.used == SIZE) {
				flushBuffer(false);
			}
			this.buffer[this.used++] = (char) c;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			while (length > 0) {
				if (this.used == SIZE) {
					flushBuffer(false);
				}
				int n = Math.min(length, SIZE - this.used);
				System.arraycopy(chars, offset, this.buffer, this.used, n);
				this.used += n;
				offset += n;
				length -= n;
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			while (length > 0) {
				if (this.used == SIZE) {
					flushBuffer(false);
				}
				int n = Math.min(length, SIZE - this.used);
				text.getChars(offset, offset + n, this.buffer, this.used);
				this.used += n;
				offset += n;
				length -= n;
			}
		}

		@Override
		public void write(String text) throws IOException {
			write(text, 0, text.length());
		}

		/**
		 * Encodes and writes the buffer. A high surrogate at its end waits for the next
		 * characters (its low half may follow) unless this is the end of the text.
		 */
		private void flushBuffer(boolean end) throws IOException {
			int limit = this.used;
			if (!end && limit > 0 && Character.isHighSurrogate(this.buffer[limit - 1])) {
				limit--;
			}
			char[] chars = this.buffer;
			byte[] b = this.bytes;
			int n = 0;
			for (int i = 0; i < limit; i++) {
				char c = chars[i];
				if (c < 0x80) {
					b[n++] = (byte) c;
				}
				else if (c < 0x800) {
					b[n++] = (byte) (0xC0 | (c >> 6));
					b[n++] = (byte) (0x80 | (c & 0x3F));
				}
				else if (!Character.isSurrogate(c)) {
					b[n++] = (byte) (0xE0 | (c >> 12));
					b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
					b[n++] = (byte) (0x80 | (c & 0x3F));
				}
				else if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(chars[i + 1])) {
					int codePoint = Character.toCodePoint(c, chars[++i]);
					b[n++] = (byte) (0xF0 | (codePoint >> 18));
					b[n++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
					b[n++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
					b[n++] = (byte) (0x80 | (codePoint & 0x3F));
				}
				else {
					b[n++] = '?';
				}
			}
			this.out.write(b, 0, n);
			if (limit < this.used) {
				chars[0] = chars[this.used - 1];
				this.used = 1;
			}
			else {
				this.used = 0;
			}
		}

		@Override
		public void flush() throws IOException {
			flushBuffer(false);
			this.out.flush();
		}

		@Override
		public void close() throws IOException {
			try {
				flushBuffer(true);
			}
			finally {
				this.out.close();
			}
		}

	}

}
