package org.workledger.reports;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** The fonts loaded ahead of the reports are the ones the PDF export then uses. */
class PdfFontCacheTests {

	private static final String SERIF = "fonts/noto/NotoSerifSC_400Regular.ttf";

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void emptyTheCache() {
		PdfFontCache.clear();
	}

	@Test
	void fontsLoadedInTheBackgroundAreTheExportersOwn() throws Exception {
		// when
		PdfFontCache.loadInBackground(true);
		PdfFontCache.awaitLoading();

		// then they are held under the names the export asks for, and a report uses them
		assertThat(PdfFontCache.holds(SERIF)).isTrue();
		assertThat(PdfFontCache.holds("fonts/noto/NotoSansSC_700Bold.ttf")).isTrue();
		UnitReports units = new UnitReports(SamplePeriods.october());
		Unit heping = units.units().stream().filter(u -> u.name().equals("和平区人民政府")).findFirst().orElseThrow();
		Path pdf = this.folder.resolve("和平区.pdf");
		new PdfRenderer("workledger").render(new ReportTemplates(null).get(UnitReports.REPORT), units.parameters(heping),
				PdfRenderer.rows(units.rows(heping)), units.title(heping), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("和平区人民政府", "结束标记【完】");
		}
	}

	@Test
	void aLargeRoundLeavesThePdfLibrarysFontsToTheReports() {
		// when
		PdfFontCache.loadInBackground(false);
		PdfFontCache.awaitLoading();

		// then
		assertThat(PdfFontCache.holds(SERIF)).isFalse();
	}

}
