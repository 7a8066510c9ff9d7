package org.workledger.reports;

import org.junit.jupiter.api.Test;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class LeadUnitReportsTests {

	@Test
	void theIssuingOfficesOwnTableIsNotAddressedToItAsToAnotherUnit() throws Exception {
		// given October, issued by 沈阳市人民政府办公室, which also leads tasks
		PeriodFacts all = SamplePeriods.october();
		PeriodFacts issued = new PeriodFacts(all.period(), all.asOf(), all.breakdownTitle(), "沈阳市人民政府办公室",
				all.watermark(), all.warningDays(), all.units(), all.tasks(), all.rows(), all.winners(), all.previousRows(),
				all.rejected(), all.warnings(), all.narratives(), all.yearSoFar(), all.office(), all.returnsDueDays(),
				all.contact());
		LeadUnitReports leads = new LeadUnitReports(issued);
		Unit office = leads.units().stream().filter(u -> u.name().equals("沈阳市人民政府办公室")).findFirst().orElseThrow();
		Unit other = leads.units().stream().filter(u -> u != office).findFirst().orElseThrow();

		// then its own says 本单位, another's 你单位
		assertThat(leads.parameters(office).get("SUMMARY_LINE").toString()).startsWith("本单位牵头");
		assertThat(leads.parameters(other).get("SUMMARY_LINE").toString()).startsWith("你单位牵头");
	}

}
