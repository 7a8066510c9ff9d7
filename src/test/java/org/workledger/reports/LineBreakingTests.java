package org.workledger.reports;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese typesetting rule 避头点: a printed line never begins with closing punctuation.
 * JasperReports measures lines with Java's line BreakIterator, which keeps ，。、 … with the
 * character before them; the PDF exporter lays the text out again and, unless told to break
 * where the fill did ({@code jasperreports.properties}), breaks after any CJK character.
 */
class LineBreakingTests {

	/** Closing punctuation, full-width and ASCII. */
	static final String CLOSING = "，。、；：？！）」』】〕〉》〗”’％" + "\uFF01\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D"
			+ ",.;:?!)]}%";

	/** The 工作进展 column of unit-report.jrxml: left margin 42 + x 384, width 164 (landscape A4). */
	static final Rectangle2D PROGRESS_COLUMN = new Rectangle2D.Float(42 + 384, 0, 164, 595);

	static final String WORDS = "推进政务公开标准化规范化建设持续提升政策解读质量做好依申请公开工作";

	/**
	 * Paragraphs of 16, 17 and 18 characters, each followed by one closing mark: a paragraph
	 * as wide as the column (17 characters of 9 pt in 158 pt) ends right before its mark,
	 * which would start the next line.
	 */
	static String narrative() {
		StringBuilder text = new StringBuilder();
		for (char mark : "，。、；：？！）」』】".toCharArray()) {
			for (int n = 16; n <= 18; n++) {
				text.append(WORDS, 0, n).append(mark).append('\n');
			}
		}
		return text + "结束标记【完】";
	}

	@Test
	void noLineOfAUnitReportBeginsWithClosingPunctuation(@TempDir Path dir) throws Exception {
		// given a unit whose 工作进展 is written to break right before its punctuation
		PeriodFacts facts = SamplePeriods.october(narrative());
		UnitReports units = new UnitReports(facts);
		Unit heping = units.units().stream().filter(u -> u.name().equals("和平区人民政府")).findFirst().orElseThrow();
		Path pdf = dir.resolve("和平区.pdf");

		// when its report is rendered with the built-in template
		new PdfRenderer("workledger").render(new ReportTemplates(null).get(UnitReports.REPORT), units.parameters(heping),
				PdfRenderer.rows(units.rows(heping)), units.title(heping), pdf);

		// then no line of the narrative column, nor of the page, begins with closing punctuation
		List<String> column = lines(pdf, PROGRESS_COLUMN);
		assertThat(column).isNotEmpty().noneMatch(LineBreakingTests::beginsWithClosing);
		assertThat(lines(pdf, null)).noneMatch(LineBreakingTests::beginsWithClosing);
		// the breaks were really hit: the last character of a full line went down with its mark
		Pattern carried = Pattern.compile("\\S[，。、；：？！）」』】]");
		assertThat(column).filteredOn(l -> carried.matcher(l).matches()).hasSizeGreaterThanOrEqualTo(11);
		// and nothing is lost
		assertThat(String.join("", column)).contains("结束标记【完】");
	}

	static boolean beginsWithClosing(String line) {
		String text = line.strip();
		return !text.isEmpty() && CLOSING.indexOf(text.charAt(0)) >= 0;
	}

	/** The lines of every page, read by position; only those inside {@code area} when given. */
	static List<String> lines(Path pdf, Rectangle2D area) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			StringBuilder text = new StringBuilder();
			if (area == null) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				text.append(stripper.getText(document));
			}
			else {
				PDFTextStripperByArea stripper = new PDFTextStripperByArea();
				stripper.setSortByPosition(true);
				stripper.addRegion("column", area);
				for (var page : document.getPages()) {
					stripper.extractRegions(page);
					text.append(stripper.getTextForRegion("column"));
				}
			}
			return text.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		}
	}

}
