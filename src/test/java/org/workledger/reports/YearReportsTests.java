package org.workledger.reports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

class YearReportsTests {

	@Test
	void theMonthsAReportCoversAreSaidOnceWhenThereIsOne() {
		assertThat(YearReports.span(List.of(Period.of(2024, 1)))).isEqualTo("2024年1月，共 1 个期次");
		assertThat(YearReports.span(List.of(Period.of(2023, 9), Period.of(2023, 10), Period.of(2023, 12))))
			.isEqualTo("2023年9月至2023年12月，共 3 个期次");
	}

}
