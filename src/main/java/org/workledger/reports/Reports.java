package org.workledger.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parameters every template receives. */
final class Reports {

	private Reports() {
	}

	private static final String[] NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	/** Adds a numbered section (一、…) of a master report; a section without rows is left out. */
	static void addSection(List<Map<String, ?>> sections, String kind, String title, String note,
			List<Map<String, ?>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Object> section = new HashMap<>();
		section.put("kind", kind);
		section.put("title", NUMBERS[Math.min(sections.size(), NUMBERS.length - 1)] + "、" + title);
		section.put("note", note);
		section.put("rows", PdfRenderer.rows(rows));
		sections.add(section);
	}

	/**
	 * A deadline in a narrow table cell, broken after the year (2023年 / 9月底前) rather than
	 * wherever the cell ends ("2023年9月底/前").
	 */
	static String deadlineCell(String deadline) {
		if (deadline == null) {
			return "";
		}
		String text = deadline.replace(" ", "");
		return text.matches("\\d{4}年.{3,}") ? text.replaceFirst("年", "年\n") : text;
	}

	static Map<String, Object> common(PeriodFacts facts, String title) {
		Map<String, Object> p = new HashMap<>();
		p.put("REPORT_TITLE", title);
		p.put("PERIOD_LABEL", facts.period().label());
		p.put("AS_OF_LABEL", facts.asOfLabel());
		p.put("ISSUER", facts.issuer());
		p.put("WATERMARK", facts.watermark());
		p.put("HEADER_LINE", facts.subject() + " · " + facts.period().label() + " · 统计截止 " + facts.asOfLabel());
		return p;
	}

}
