package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared string table of an .xlsx as plain strings: the text of each {@code <si>},
 * rich-text runs joined, phonetic runs left out — what POI's usermodel returns as a
 * cell's string. Read with SAX, because POI's own tables build an XMLBeans object for
 * every string looked up.
 */
final class SharedStrings {

	private final List<String> strings;

	private SharedStrings(List<String> strings) {
		this.strings = strings;
	}

	static SharedStrings none() {
		return new SharedStrings(List.of());
	}

	static SharedStrings read(InputStream in) throws IOException {
		if (in == null) {
			return none();
		}
		List<String> strings = new ArrayList<>();
		try {
			XMLReader xml = SaxReaders.with(new DefaultHandler() {

				private final StringBuilder text = new StringBuilder();

				private boolean inItem;

				private boolean inText;

				private int phonetic;

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					String name = localName.isEmpty() ? qName : localName;
					switch (name) {
						case "si" -> {
							this.inItem = true;
							this.text.setLength(0);
						}
						case "rPh" -> this.phonetic++;
						case "t" -> this.inText = this.inItem && this.phonetic == 0;
						default -> {
						}
					}
				}

				@Override
				public void characters(char[] ch, int start, int length) {
					if (this.inText) {
						this.text.append(ch, start, length);
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					String name = localName.isEmpty() ? qName : localName;
					switch (name) {
						case "si" -> {
							strings.add(decode(this.text.toString()));
							this.inItem = false;
						}
						case "rPh" -> this.phonetic--;
						case "t" -> this.inText = false;
						default -> {
						}
					}
				}

			});
			xml.parse(new InputSource(in));
		}
		catch (SAXException | ParserConfigurationException ex) {
			throw new IOException(ex);
		}
		return new SharedStrings(strings);
	}

	private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

	/** Excel writes some characters as {@code _x000D_}; POI's usermodel decodes them, so do we. */
	static String decode(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		return ESCAPE.matcher(text)
			.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
	}

	String get(int index) {
		return this.strings.get(index);
	}

}
