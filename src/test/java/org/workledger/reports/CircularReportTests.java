package org.workledger.reports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class CircularReportTests {

	@Test
	void aRejectedReturnsReasonIsGivenWithoutItsCell() {
		assertThat(CircularReport.withoutCell("进展填报!I39：完成进度“120”不是 0–100 之间的数"))
			.isEqualTo("完成进度“120”不是 0–100 之间的数");
		assertThat(CircularReport.withoutCell("无法作为 Excel 工作簿打开（文件已损坏或格式不完整）"))
			.isEqualTo("无法作为 Excel 工作簿打开（文件已损坏或格式不完整）");
	}

	@Test
	void unitsAreNamedShortOnlyWhenEveryUnitHasAShortName() throws Exception {
		// given the sample roster, every unit with a short name
		PeriodFacts all = SamplePeriods.october();
		assertThat(new CircularReport(all).parameters().get("HEADLINE").toString()).contains("市公安局、市水务局");
		// when one of them has none
		List<Unit> units = all.units()
			.stream()
			.map(u -> u.name().equals("沈阳市水务局") ? new Unit(u.name(), List.of(), u.category(), u.contact(), u.phone(),
					u.email(), u.rosterRow()) : u)
			.toList();
		PeriodFacts mixed = new PeriodFacts(all.period(), all.asOf(), all.breakdownTitle(), all.issuer(), all.watermark(),
				all.warningDays(), units, all.tasks(), all.rows(), all.winners(), all.previousRows(), all.rejected(),
				all.warnings(), all.narratives(), all.yearSoFar(), all.office(), all.returnsDueDays(), all.contact());
		// then every unit is named in full, not 市公安局 beside 沈阳市水务局
		assertThat(new CircularReport(mixed).parameters().get("HEADLINE").toString()).contains("沈阳市公安局、沈阳市水务局");
	}

}
