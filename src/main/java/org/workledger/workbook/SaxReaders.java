package org.workledger.workbook;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX readers of the streaming path: Aalto's, one per thread.
 * <p>
 * Aalto parses the returns' sheet XML about twice as fast as the JDK's parser, and it
 * does not expand entities at all: a part that uses one fails here and the file goes to
 * POI's usermodel, which rejects it. Creating a reader builds the parser's tables and
 * buffers; at three or four parts per return and thousands of returns, one per thread.
 */
final class SaxReaders {

	private static final SAXParserFactory FACTORY = factory();

	private static final ThreadLocal<XMLReader> READER = new ThreadLocal<>();

	private SaxReaders() {
	}

	/** This thread's reader, set to report to {@code handler}. */
	static XMLReader with(DefaultHandler handler) throws SAXException, ParserConfigurationException {
		XMLReader reader = READER.get();
		if (reader == null) {
			reader = FACTORY.newSAXParser().getXMLReader();
			READER.set(reader);
		}
		reader.setContentHandler(handler);
		return reader;
	}

	private static SAXParserFactory factory() {
		SAXParserFactory factory = new SAXParserFactoryImpl();
		factory.setNamespaceAware(true);
		try {
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException(ex);
		}
		return factory;
	}

}
