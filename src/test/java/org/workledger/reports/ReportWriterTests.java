package org.workledger.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every report of a realistic 49-unit period with the built-in templates and
 * reads the PDFs back. The files stay in target/reports-preview for a look.
 */
class ReportWriterTests {

	static final Path PREVIEW = Path.of("target/reports-preview");

	static PeriodFacts facts;

	static Path circular;

	static Map<String, Integer> counts;

	@BeforeAll
	static void render() throws Exception {
		facts = SamplePeriods.october();
		ReportWriter writer = new ReportWriter(new ReportTemplates(null), new PdfRenderer("workledger"));
		Files.createDirectories(PREVIEW);
		circular = writer.circular(facts, PREVIEW);
		counts = writer.perUnit(facts, PREVIEW);
	}

	static String text(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	static String firstPage(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(1);
			return stripper.getText(document);
		}
	}

	static void assertFontsEmbedded(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(pdf + " " + font.getName()).isTrue();
					assertThat(font.getName()).contains("Noto");
				}
			}
		}
	}

	@Test
	void theCircularAnswersTheHeadlineQuestionsOnPageOne() throws Exception {
		assertThat(circular.getFileName().toString()).isEqualTo("沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf");
		String page1 = firstPage(circular);
		assertThat(page1).contains("沈阳市政务公开重点工作任务进展情况通报", "2023年10月", "2023年10月31日", "45/49", "未报送单位",
				"逾期", "市公安局", "康平县政府")
			// an item is not called 正常 over units that did not report
			.contains("未报送 4 项");
		String text = text(circular);
		assertThat(text).contains("各事项进展", "各项任务完成情况", "未报送单位", "逾期任务", "退回的报表", "与上期相比")
			.contains("沈阳市人民防空办公室")
			.contains("康平县/康平县10月进展.xlsx")
			// a file nobody could be told to have sent is the office's to look into, not the circular's
			.doesNotContain("扫描件.xlsx")
			.contains("第 1 页", "共 ");
		assertFontsEmbedded(circular);
		try (PDDocument document = Loader.loadPDF(circular.toFile())) {
			assertThat(document.getDocumentInformation().getTitle()).contains("进展情况通报");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("workledger");
			assertThat(document.getDocumentCatalog().getDocumentOutline()).isNotNull();
		}
	}

	/** The text of a chart section, read by position: a unit's name and its bar label are on one line. */
	static String chartSection(Path pdf, String heading) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			List<String> lines = stripper.getText(document).lines().toList();
			int start = lines.indexOf(lines.stream().filter(l -> l.endsWith(heading)).findFirst().orElseThrow());
			int end = start + 1;
			while (end < lines.size() && !lines.get(end).matches("[一二三四五六七八九十]+、.*")) {
				end++;
			}
			return String.join("\n", lines.subList(start, end));
		}
	}

	@Test
	void aUnitThatDidNotReportIsLabelled未报送InTheChartNotShownAsZeroProgress() throws Exception {
		// 康平县 and 市公安局 sent nothing in October; 和平区 reported
		String districts = chartSection(circular, "区县（市）政府平均完成进度");
		String departments = chartSection(circular, "市政府有关部门平均完成进度");

		assertThat(districts.lines().filter(l -> l.contains("康平县政府"))).singleElement()
			.asString()
			.contains("未报送")
			.doesNotContain("0.0");
		assertThat(departments.lines().filter(l -> l.contains("市公安局"))).singleElement()
			.asString()
			.contains("未报送")
			.doesNotContain("0.0");
		// units that reported keep their average as the bar label
		assertThat(districts.lines().filter(l -> l.contains("和平区政府"))).singleElement()
			.asString()
			.containsPattern("\\d+\\.\\d")
			.doesNotContain("未报送");
		assertThat(districts).doesNotContain("0.0\n").contains("未报送的单位不画条形");
	}

	@Test
	void everyUnitGetsAReportOrAReminder() throws Exception {
		assertThat(counts).containsEntry("reports", 45).containsEntry("reminders", 4).containsEntry("notices", 2);
		Path heping = PREVIEW.resolve("单位报告/和平区人民政府-2023年10月进展报告.pdf");
		String text = text(heping);
		assertThat(text).contains("和平区人民政府", "2023年10月", "完成状态“进行中”已按“推进中”处理");
		// long narratives are complete, never cut off
		assertThat(text.replaceAll("\\s", "")).contains("本段文字用于检验长文本在报表中完整换行、不被截断：结束标记【完】");
		assertFontsEmbedded(heping);
		String reminder = text(PREVIEW.resolve("单位报告/康平县人民政府-2023年10月催报通知.pdf"));
		// 康平县 did send: its return was sent back, and the reminder asks for the corrected one
		assertThat(reminder.replaceAll("\\s", "")).contains("康平县人民政府", "经检查有错误，已退回", "修改后的表格尚未收到", "按退回通知逐条改正", "8.1")
			.doesNotContain("尚未报送");
	}

	@Test
	void leadUnitsGetTheirSupervisionTable() throws Exception {
		String text = text(PREVIEW.resolve("牵头单位督办/沈阳市教育局-2023年10月牵头任务督办表.pdf"));
		assertThat(text).contains("9.1", "和平区人民政府", "新民市人民政府");
		// the units that did not report share one row per task
		assertThat(text.replaceAll("\\s", "")).contains("未报送单位（");
		// the summary counts every status the pairs have, 推进中 included
		assertThat(text.replaceAll("\\s", "")).containsPattern("分到各单位共\\d+项：已完成\\d+项、推进中\\d+项、(.*、)?未报送\\d+项，其中逾期\\d+项。");
	}

	@Test
	void aLongTableSwappedToDiskReadsTheSame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// given: the largest lead table of the sample period, rendered in memory and with a swap file
		LeadUnitReports leads = new LeadUnitReports(facts);
		org.workledger.roster.Unit lead = leads.units()
			.stream()
			.max(java.util.Comparator.comparingLong(leads::size))
			.orElseThrow();
		PdfRenderer renderer = new PdfRenderer("workledger");
		var template = new ReportTemplates(null).get(LeadUnitReports.TEMPLATE);

		// when
		renderer.render(template, leads.parameters(lead), PdfRenderer.rows(leads.dataSource(lead)), leads.title(lead),
				dir.resolve("memory.pdf"), false);
		renderer.render(template, leads.parameters(lead), PdfRenderer.rows(leads.dataSource(lead)), leads.title(lead),
				dir.resolve("swapped.pdf"), true);

		// then
		assertThat(text(dir.resolve("swapped.pdf"))).isEqualTo(text(dir.resolve("memory.pdf")))
			.contains(lead.name(), "新民市人民政府");
	}

	@Test
	void aRejectedReturnGetsANoticeWithEveryFinding() throws Exception {
		String text = text(PREVIEW.resolve("退回/康平县_康平县10月进展-退回通知.pdf"));
		assertThat(text).contains("康平县人民政府", "进展填报!J9", "进展填报!I12", "150", "请填写 0–100 的整数");
	}

	@Test
	void listsAreNotLost() {
		assertThat(List.of(circular)).allMatch(Files::exists);
	}

}
