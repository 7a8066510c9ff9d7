package org.workledger.web;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitControllerTests {

	private static ConsoleQueries.TakenIn file(String period, String outcome, int day) {
		return new ConsoleQueries.TakenIn("sha" + period + day, "和平区.xlsx", "和平区人民政府", period, outcome,
				LocalDateTime.of(2023, 11, day, 9, 0), outcome.equals("REJECTED") ? 1 : 0, 0, "");
	}

	@Test
	void aPeriodIsSettledWhenItsLatestReturnPassedAfterARejection() {
		assertThat(ConsoleQueries.settledPeriods(List.of(
				// October: sent back on the 1st, passed on the 2nd
				file("2023-10", "REJECTED", 1), file("2023-10", "ACCEPTED", 2),
				// September: passed, then a later return sent back: the rejection stands
				file("2023-09", "ACCEPTED", 1), file("2023-09", "REJECTED", 3),
				// August: passed at once, nothing to settle
				file("2023-08", "ACCEPTED", 1))))
			.containsExactly("2023-10");
	}

}
