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

	@Test
	void theTopLineSaysWhenTheReturnIsDueAndWhenThatHasPassed() {
		List<String[]> blanks = List.<String[]>of(new String[] { "2023年10月", "2023-10/和平区人民政府-2023年10月进展情况表.xlsx" });
		assertThat(UnitController.due(blanks, List.of(), List.of(), java.time.LocalDate.of(2023, 11, 2), 5))
			.isEqualTo("本期应报送：2023年10月进展情况表。本单位还没有报送。请于11月5日前报送。");
		assertThat(UnitController.due(blanks, List.of(), List.of(), java.time.LocalDate.of(2023, 11, 6), 5))
			.isEqualTo("本期应报送：2023年10月进展情况表。本单位还没有报送。报送时限11月5日已过，请尽快报送。");
		// sent back: the same; passed: nothing more to say
		assertThat(UnitController.due(blanks, List.of(file("2023-10", "REJECTED", 3)), List.of(),
				java.time.LocalDate.of(2023, 11, 4), 5)).endsWith("被退回，请按问题清单修改后重新提交。请于11月5日前报送。");
		assertThat(UnitController.due(blanks, List.of(file("2023-10", "ACCEPTED", 3)), List.of(),
				java.time.LocalDate.of(2023, 11, 9), 5)).isEqualTo("本期应报送：2023年10月进展情况表。本单位已报送，检查通过。");
	}

}
