package org.workledger.reports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every element of every built-in template has its place and size, inside the column: an
 * element that lost its x or width still compiles, and JasperReports puts it at 0 with no
 * width (a year report's 编号 column was printed one character per line that way).
 */
class TemplateLayoutTests {

	static List<Path> templates() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
			return files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void everyElementHasItsPlaceInsideTheColumn(Path template) throws Exception {
		Document document;
		try (InputStream in = Files.newInputStream(template)) {
			document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		Element root = document.getDocumentElement();
		int columnWidth = Integer.parseInt(root.getAttribute("columnWidth"));
		NodeList elements = root.getElementsByTagName("element");
		for (int i = 0; i < elements.getLength(); i++) {
			Element element = (Element) elements.item(i);
			if (element.getParentNode() instanceof Element parent && "element".equals(parent.getTagName())) {
				// inside a frame: placed within the frame
				continue;
			}
			String what = template.getFileName() + " " + element.getAttribute("kind") + " #" + i;
			assertThat(element.getAttribute("x")).as(what + " x").isNotEmpty();
			assertThat(element.getAttribute("width")).as(what + " width").isNotEmpty();
			assertThat(element.getAttribute("height")).as(what + " height").isNotEmpty();
			int right = Integer.parseInt(element.getAttribute("x")) + Integer.parseInt(element.getAttribute("width"));
			assertThat(right).as(what + " right edge").isLessThanOrEqualTo(columnWidth);
		}
	}

}
