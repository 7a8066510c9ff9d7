package org.workledger.reports;

import java.nio.file.Files;
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

/**
 * The PDF fonts are read from files in the workspace's data ({@link PdfFontCache#loadFrom}),
 * copied there out of the jar once; the PDFs are the same as with the fonts read from the jar.
 */
class PdfFontCacheTests {

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void emptyTheCache() {
		PdfFontCache.clear();
	}

	@Test
	void theFontsAreCopiedOnceAndAReportEmbedsThem() throws Exception {
		// given
		Path fonts = this.folder.resolve("data").resolve(PdfRenderer.FONT_FOLDER);

		// when
		PdfFontCache.loadFrom(fonts);

		// then
		assertThat(fonts.resolve("NotoSerifSC_400Regular.ttf")).exists();
		assertThat(Files.size(fonts.resolve("NotoSansSC_700Bold.ttf"))).isEqualTo(10_549_020L);
		assertThat(PdfFontCache.holds("fonts/noto/NotoSerifSC_400Regular.ttf")).isTrue();
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
	void aFontFileOfAnotherSizeIsCopiedAgain() throws Exception {
		// given: a copy cut short, as by a full disk
		Path fonts = this.folder.resolve(PdfRenderer.FONT_FOLDER);
		Files.createDirectories(fonts);
		Files.write(fonts.resolve("NotoSerifSC_400Regular.ttf"), new byte[100]);

		// when
		PdfFontCache.loadFrom(fonts);

		// then
		assertThat(Files.size(fonts.resolve("NotoSerifSC_400Regular.ttf"))).isEqualTo(14_807_636L);
		try (var left = Files.list(fonts)) {
			assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
	}

}
