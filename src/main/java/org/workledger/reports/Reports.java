package org.workledger.reports;

import java.util.HashMap;
import java.util.Map;

/** Parameters every template receives. */
final class Reports {

	private Reports() {
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
