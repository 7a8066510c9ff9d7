package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.aalto.stax.InputFactoryImpl;
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

	/** The rest of a table {@link #lazy} has not read yet; null once it is all read. */
	private XMLStreamReader rest;

	private SharedStrings(List<String> strings) {
		this.strings = strings;
	}

	/**
	 * The table read only as far as {@link #get} asks: a return's first rows use its first
	 * strings, while its narratives make most of the table. Pulled with Aalto's StAX reader,
	 * which, as its SAX reader, expands no entity (a part that uses one fails, and the file
	 * goes to POI's usermodel). The stream must stay open while the strings are asked for.
	 */
	static SharedStrings lazy(InputStream in) throws IOException {
		if (in == null) {
			return none();
		}
		SharedStrings table = new SharedStrings(new ArrayList<>());
		try {
			table.rest = STAX.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		return table;
	}

	private static final XMLInputFactory STAX = stax();

	private static XMLInputFactory stax() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** Reads the next {@code <si>} into the list; false at the end of the table. */
	private boolean pull() {
		StringBuilder text = new StringBuilder();
		boolean inItem = false;
		boolean inText = false;
		int phonetic = 0;
		try {
			while (this.rest.hasNext()) {
				switch (this.rest.next()) {
					case XMLStreamConstants.START_ELEMENT -> {
						switch (this.rest.getLocalName()) {
							case "si" -> {
								inItem = true;
								text.setLength(0);
							}
							case "rPh" -> phonetic++;
							case "t" -> inText = inItem && phonetic == 0;
							default -> {
							}
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (inText) {
							text.append(this.rest.getTextCharacters(), this.rest.getTextStart(), this.rest.getTextLength());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						switch (this.rest.getLocalName()) {
							case "si" -> {
								this.strings.add(decode(text.toString()));
								return true;
							}
							case "rPh" -> phonetic--;
							case "t" -> inText = false;
							default -> {
							}
						}
					}
					default -> {
					}
				}
			}
			this.rest.close();
			this.rest = null;
			return false;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("shared strings: " + ex.getMessage(), ex);
		}
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
		while (this.rest != null && index >= this.strings.size() && pull()) {
			// read on to the string asked for
		}
		return this.strings.get(index);
	}

}
