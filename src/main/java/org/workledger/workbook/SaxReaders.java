package org.workledger.workbook;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One SAX reader per thread, configured once the way POI configures them (no DTDs, no
 * external entities). Creating a reader builds the parser's tables and buffers; at three
 * or four parts per return and thousands of returns that was a twentieth of the reading.
 */
final class SaxReaders {

	private static final ThreadLocal<XMLReader> READER = new ThreadLocal<>();

	private SaxReaders() {
	}

	/** This thread's reader, set to report to {@code handler}. */
	static XMLReader with(DefaultHandler handler) throws SAXException, ParserConfigurationException {
		XMLReader reader = READER.get();
		if (reader == null) {
			reader = XMLHelper.newXMLReader();
			READER.set(reader);
		}
		reader.setContentHandler(handler);
		return reader;
	}

}
