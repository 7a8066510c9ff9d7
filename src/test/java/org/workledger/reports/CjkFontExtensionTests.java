package org.workledger.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRFontNotFoundException;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Noto Sans SC / Noto Serif SC font extension ({@code fonts/noto/fonts.xml}, registered in
 * {@code jasperreports_extension.properties}) must make every PDF carry its own embedded Chinese glyphs, independent of
 * the fonts installed on the machine.
 */
class CjkFontExtensionTests {

	private static final String TITLE = "沈阳市政务公开重点工作任务进展情况通报（2023年10月）";

	private static final String IGNORE_MISSING_FONT = "net.sf.jasperreports.awt.ignore.missing.font";

	private static final String REPORT = """
			<jasperReport name="CjkFontProbe" language="java" pageWidth="595" pageHeight="842" columnWidth="555" \
			leftMargin="20" rightMargin="20" topMargin="30" bottomMargin="30">
				<property name="net.sf.jasperreports.export.pdf.force.svg.shapes" value="false"/>
				<style name="Hei" default="true" fontName="Noto Sans SC" fontSize="10.0"/>
				<field name="UNIT" class="java.lang.String"/>
				<field name="RATE" class="java.lang.Double"/>
				<title height="110">
					<element kind="staticText" x="0" y="0" width="555" height="30" fontName="Noto Serif SC" fontSize="16.0" bold="true" hTextAlign="Center">
						<text><![CDATA[沈阳市政务公开重点工作任务进展情况通报（2023年10月）]]></text>
					</element>
					<element kind="staticText" x="0" y="36" width="555" height="18" fontName="Noto Serif SC">
						<text><![CDATA[宋体正文：各地区、各部门]]></text>
					</element>
					<element kind="staticText" x="0" y="58" width="200" height="18" bold="true">
						<text><![CDATA[区县（市）政府]]></text>
					</element>
					<element kind="staticText" x="0" y="80" width="200" height="18">
						<text><![CDATA[ABC 123 ％]]></text>
					</element>
				</title>
				<detail>
					<band height="18">
						<element kind="textField" x="0" y="0" width="200" height="18">
							<expression><![CDATA[$F{UNIT}]]></expression>
						</element>
						<element kind="textField" x="200" y="0" width="100" height="18" pattern="0%" hTextAlign="Right">
							<expression><![CDATA[$F{RATE}]]></expression>
						</element>
					</band>
				</detail>
				<summary height="260">
					<element kind="chart" chartType="bar" x="0" y="10" width="555" height="240">
						<titleExpression><![CDATA["各区县（市）完成率"]]></titleExpression>
						<dataset kind="category">
							<series>
								<seriesExpression><![CDATA["完成率（%）"]]></seriesExpression>
								<categoryExpression><![CDATA[$F{UNIT}]]></categoryExpression>
								<valueExpression><![CDATA[$F{RATE} * 100]]></valueExpression>
							</series>
						</dataset>
						<plot/>
					</element>
				</summary>
			</jasperReport>
			""";

	@TempDir
	Path folder;

	@Test
	void pdfEmbedsNotoSubsetsAndKeepsChineseTextExtractable() throws Exception {
		// given
		JasperReport report = compile(REPORT);
		Path pdf = this.folder.resolve("通报.pdf");

		// when
		JasperPrint print = JasperFillManager.fillReport(report, new HashMap<>(), units());
		JasperExportManager.exportReportToPdfFile(print, pdf.toString());

		// then
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(TITLE, "宋体正文：各地区、各部门", "区县（市）政府", "ABC 123 ％", "和平区", "沈北新区",
					"苏家屯区", "85%", "各区县（市）完成率", "完成率（%）");
			List<PDFont> fonts = fonts(document);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
				PDCIDFont cidFont = ((PDType0Font) font).getDescendantFont();
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(cidFont.getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
				assertThat(font.getName()).matches("[A-Z]{6}\\+(NotoSansSC|NotoSerifSC)-(Regular|Bold)");
				// compressed at the fastest level (QuickCompressionPdfProducerFactory), still a whole font
				byte[] program = cidFont.getFontDescriptor().getFontFile2().toByteArray();
				assertThat(new TTFParser(true).parse(new RandomAccessReadBuffer(program)).getNumberOfGlyphs())
					.as(font.getName()).isGreaterThan(30_000);
			});
			assertThat(JRPropertiesUtil.getInstance(DefaultJasperReportsContext.getInstance())
				.getProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY))
				.isEqualTo(QuickCompressionPdfProducerFactory.class.getName());
			assertThat(fonts).extracting((font) -> font.getName().substring(7))
				.contains("NotoSansSC-Regular", "NotoSansSC-Bold", "NotoSerifSC-Regular", "NotoSerifSC-Bold");
		}
	}

	@Test
	void missingFontFailsInsteadOfFallingBack() throws Exception {
		// given
		JasperReport report = compile(REPORT.replace("fontName=\"Noto Sans SC\"", "fontName=\"Noto Sans SC Missing\""));

		// when
		boolean ignoreMissingFont = JRPropertiesUtil.getInstance(DefaultJasperReportsContext.getInstance())
			.getBooleanProperty(report, IGNORE_MISSING_FONT, false);

		// then
		assertThat(ignoreMissingFont).isFalse();
		assertThat(FontUtil.getInstance(DefaultJasperReportsContext.getInstance()).getFontFamilyNames())
			.contains("Noto Sans SC", "Noto Serif SC");
		assertThatExceptionOfType(JRFontNotFoundException.class)
			.isThrownBy(() -> JasperFillManager.fillReport(report, new HashMap<>(), units()))
			.withMessageContaining("Noto Sans SC Missing");
	}

	@Test
	void precompiledChartReportCanBeDeserialized() throws Exception {
		// given
		ByteArrayOutputStream serialized = new ByteArrayOutputStream();
		JRSaver.saveObject(compile(REPORT), serialized);

		// when
		Object loaded = JRLoader.loadObject(new ByteArrayInputStream(serialized.toByteArray()));

		// then
		assertThat(loaded).isInstanceOf(JasperReport.class);
		JasperPrint print = JasperFillManager.fillReport((JasperReport) loaded, new HashMap<>(), units());
		assertThat(print.getPages()).isNotEmpty();
	}

	private static JasperReport compile(String jrxml) throws JRException {
		return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
	}

	private static JRMapCollectionDataSource units() {
		return new JRMapCollectionDataSource(List.of(Map.of("UNIT", "和平区", "RATE", 0.85),
				Map.of("UNIT", "沈北新区", "RATE", 0.6), Map.of("UNIT", "苏家屯区", "RATE", 0.725)));
	}

	/** Every font used on any page, including fonts of form XObjects (charts are drawn into templates). */
	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		Set<Object> seen = new HashSet<>();
		for (PDPage page : document.getPages()) {
			collectFonts(page.getResources(), fonts, seen);
		}
		return fonts;
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<Object> seen) throws IOException {
		if (resources == null || !seen.add(resources.getCOSObject())) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			if (seen.add(font.getCOSObject())) {
				fonts.add(font);
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject xObject = resources.getXObject(name);
			if (xObject instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts, seen);
			}
		}
	}

}
