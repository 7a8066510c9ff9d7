package org.workledger;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.workledger.cli.WorkledgerCommand;

/**
 * Entry point of workledger. The command line (picocli) is parsed first, because the
 * workspace decides where the embedded database lives; each command then starts the
 * Spring context it needs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkledgerApplication {

	public static void main(String[] args) {
		useJdkXmlParsers();
		if (Boolean.getBoolean("spring.aot.processing")) {
			org.workledger.cli.WorkledgerCommand.startForAotProcessing();
			return;
		}
		System.exit(WorkledgerCommand.execute(args));
	}

	/**
	 * Names the JDK's own XML parser factories, so that POI and XMLBeans, which create a
	 * parser for every part of every workbook, do not search all jars inside the executable
	 * jar for another implementation each time (a fifth of the reading time otherwise).
	 */
	static void useJdkXmlParsers() {
		System.getProperties()
			.putIfAbsent("javax.xml.parsers.SAXParserFactory",
					"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		System.getProperties()
			.putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
					"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
	}

}
