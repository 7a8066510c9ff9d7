package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * The shared string table of an .xlsx as plain strings: the text of each {@code <si>},
 * rich-text runs joined, phonetic runs left out — what POI's usermodel returns as a
 * cell's string. Read with Aalto's StAX reader, because POI's own tables build an XMLBeans
 * object for every string looked up; like the SAX readers of the sheets
 * ({@link SaxReaders}) it expands no entity, so a table that uses one fails here and the
 * file goes to POI's usermodel, which rejects it.
 */
final class SharedStrings {

	private static final XMLInputFactory STAX = stax();

	private final List<String> strings = new ArrayList<>();

	/** The part of the table not read yet; null once it is all read. */
	private XMLStreamReader rest;

	private SharedStrings() {
	}

	static SharedStrings none() {
		return new SharedStrings();
	}

	/** The whole table. */
	static SharedStrings read(InputStream in) throws IOException {
		SharedStrings table = lazy(in);
		while (table.rest != null && table.pull()) {
			// every string
		}
		return table;
	}

	/**
	 * The table read only as far as {@link #get} asks: a return's first rows use its first
	 * strings, while its narratives make most of the table. The stream must stay open while
	 * strings are asked for.
	 */
	static SharedStrings lazy(InputStream in) throws IOException {
		SharedStrings table = new SharedStrings();
		if (in != null) {
			try {
				table.rest = STAX.createXMLStreamReader(in);
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex);
			}
		}
		return table;
	}

	String get(int index) {
		while (this.rest != null && index >= this.strings.size() && pull()) {
			// read on to the string asked for
		}
		return this.strings.get(index);
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
			// as a part the streaming reader cannot read: the caller falls back to the usermodel
			throw new IllegalStateException("shared strings: " + ex.getMessage(), ex);
		}
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

	private static XMLInputFactory stax() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

}
