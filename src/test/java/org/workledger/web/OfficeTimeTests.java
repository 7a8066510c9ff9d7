package org.workledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class OfficeTimeTests {

	@Test
	void aServerKeptInUtcShowsTheOfficesClock() {
		// given: the server's clock in UTC, the office in Beijing time
		OfficeTime time = new OfficeTime(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"));

		// then: a return the server recorded at 05:39 came in at 13:39 in the office, as the next run is announced
		assertThat(time.format(LocalDateTime.of(2026, 12, 6, 5, 39), "M月d日 HH:mm")).isEqualTo("12月6日 13:39");
		assertThat(time.format(Instant.parse("2026-12-06T23:00:00Z"), "M月d日 HH:mm")).isEqualTo("12月7日 07:00");
		assertThat(time.format((LocalDateTime) null, "HH:mm")).isEmpty();
	}

	@Test
	void aServerInTheOfficesZoneShowsItsOwnTimes() {
		OfficeTime time = new OfficeTime(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Shanghai"));
		assertThat(time.format(LocalDateTime.of(2026, 12, 6, 5, 39), "HH:mm")).isEqualTo("05:39");
	}

	@Test
	void aFileOfAnEarlierYearShowsItsYear() {
		OfficeTime time = new OfficeTime(ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Shanghai"));
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withHour(9).withMinute(5);
		assertThat(time.when(now)).isEqualTo(now.getMonthValue() + "月" + now.getDayOfMonth() + "日 09:05");
		assertThat(time.when(LocalDateTime.of(2023, 12, 29, 18, 0))).isEqualTo("2023年12月29日 18:00");
		assertThat(time.when(null)).isEmpty();
	}

}
