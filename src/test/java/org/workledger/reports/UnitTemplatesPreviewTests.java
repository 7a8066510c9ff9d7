package org.workledger.reports;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Throwaway: renders the per-unit reports only (the circular's section templates may be missing). */
class UnitTemplatesPreviewTests {

	@Test
	void render() throws Exception {
		new ReportWriter(new ReportTemplates(null), new PdfRenderer("workledger")).perUnit(SamplePeriods.october(),
				Path.of("target/reports-preview"));
	}

}
