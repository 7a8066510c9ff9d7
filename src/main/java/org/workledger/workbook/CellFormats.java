package org.workledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of an .xlsx, read straight from
 * {@code xl/styles.xml}: all the streaming reader needs to tell dates and percentages,
 * without building POI's full style model for every file.
 */
final class CellFormats {

	private final List<Integer> formatOfStyle;

	private final Map<Integer, String> customFormats;

	/** Per style: a date format, a percent format (decided once, not per cell: POI's test is regex work). */
	private final boolean[] dates;

	private final boolean[] percents;

	private CellFormats(List<Integer> formatOfStyle, Map<Integer, String> customFormats) {
		this.formatOfStyle = formatOfStyle;
		this.customFormats = customFormats;
		this.dates = new boolean[formatOfStyle.size()];
		this.percents = new boolean[formatOfStyle.size()];
		for (int style = 0; style < formatOfStyle.size(); style++) {
			String format = formatString(style);
			this.dates[style] = DateFormats.isDate(formatIndex(style), format);
			this.percents[style] = format.contains("%");
		}
	}

	static CellFormats none() {
		return new CellFormats(List.of(), Map.of());
	}

	/**
	 * Styles parts seen before, by their exact bytes: every return made from our template
	 * carries the same one, and parsing it again for each of thousands of returns was a
	 * twentieth of the reading. A handful of distinct parts is all a run meets.
	 */
	private static final Map<Content, CellFormats> SEEN = new ConcurrentHashMap<>();

	private static final int MAX_SEEN = 64;

	static CellFormats read(byte[] styles) throws IOException {
		Content content = new Content(styles);
		CellFormats seen = SEEN.get(content);
		if (seen != null) {
			return seen;
		}
		CellFormats formats = read(new ByteArrayInputStream(styles));
		if (SEEN.size() < MAX_SEEN) {
			SEEN.put(content, formats);
		}
		return formats;
	}

	/** Bytes compared by value. */
	private static final class Content {

		private final byte[] bytes;

		private final int hash;

		Content(byte[] bytes) {
			this.bytes = bytes;
			// CRC32C runs on the processor's own instruction; Arrays.hashCode was a tenth of telling
			// 10,000 hand-made returns from a table by their first rows
			java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
			crc.update(bytes);
			this.hash = (int) crc.getValue();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Content that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

	static CellFormats read(InputStream styles) throws IOException {
		List<Integer> formatOfStyle = new ArrayList<>();
		Map<Integer, String> customFormats = new HashMap<>();
		try {
			XMLReader xml = SaxReaders.with(new DefaultHandler() {

				private boolean inCellXfs;

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					String name = localName.isEmpty() ? qName : localName;
					switch (name) {
						case "numFmt" -> customFormats.put(Integer.parseInt(attributes.getValue("numFmtId")),
								attributes.getValue("formatCode"));
						case "cellXfs" -> this.inCellXfs = true;
						case "xf" -> {
							if (this.inCellXfs) {
								String id = attributes.getValue("numFmtId");
								formatOfStyle.add(id == null ? 0 : Integer.parseInt(id));
							}
						}
						default -> {
						}
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					String name = localName.isEmpty() ? qName : localName;
					if ("cellXfs".equals(name)) {
						this.inCellXfs = false;
					}
				}

			});
			xml.parse(new InputSource(styles));
		}
		catch (SAXException | ParserConfigurationException ex) {
			throw new IOException(ex);
		}
		return new CellFormats(java.util.Collections.unmodifiableList(formatOfStyle),
				java.util.Collections.unmodifiableMap(customFormats));
	}

	/** The number format id of a style index; 0 (General) when unknown. */
	int formatIndex(int style) {
		return style >= 0 && style < this.formatOfStyle.size() ? this.formatOfStyle.get(style) : 0;
	}

	/** True when cells of this style show dates (as the usermodel reader decides it, see {@link DateFormats}). */
	boolean isDate(int style) {
		return style >= 0 && style < this.dates.length ? this.dates[style]
				: DateFormats.isDate(formatIndex(style), formatString(style));
	}

	/** True when cells of this style show percentages. */
	boolean isPercent(int style) {
		return style >= 0 && style < this.percents.length ? this.percents[style] : formatString(style).contains("%");
	}

	/** The format string as POI's usermodel reports it. */
	String formatString(int style) {
		int index = formatIndex(style);
		String custom = this.customFormats.get(index);
		if (custom != null) {
			return custom;
		}
		String builtin = BuiltinFormats.getBuiltinFormat(index);
		return builtin == null ? "General" : builtin;
	}

}
