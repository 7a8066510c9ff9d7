package org.workledger.returns;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTests {

	@Test
	void aDayWrittenWithoutItsYearIsTheOneNearTheReturnsMonth() {
		// November's return filled in on 20 November, or on 3 December
		assertThat(DateText.parse("11月20日", YearMonth.of(2026, 11))).contains(LocalDate.of(2026, 11, 20));
		assertThat(DateText.parse("１２月３日", YearMonth.of(2026, 11))).contains(LocalDate.of(2026, 12, 3));
		// December's filled in on 5 January
		assertThat(DateText.parse("1月5日", YearMonth.of(2026, 12))).contains(LocalDate.of(2027, 1, 5));
		// far from the month, or no such day: not guessed
		assertThat(DateText.parse("6月1日", YearMonth.of(2026, 11))).isEmpty();
		assertThat(DateText.parse("2月30日", YearMonth.of(2027, 2))).isEmpty();
		// a full date is read as written
		assertThat(DateText.parse("2025年11月20日", YearMonth.of(2026, 11))).contains(LocalDate.of(2025, 11, 20));
	}

}
