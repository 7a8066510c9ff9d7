package org.workledger.period;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTests {

	@ParameterizedTest
	@ValueSource(strings = { "2023-10", "2023年10月", "2023.10", "2023/10", "202310", " 2023 年 10 月 ", "２０２３年１０月",
			"2023年10月份" })
	void readsTheSpellingsClerksUse(String text) {
		assertThat(Period.parse(text)).isEqualTo(Period.of(2023, 10));
	}

	@Test
	void explainsAnImpossibleMonthInChinese() {
		assertThatThrownBy(() -> Period.parse("2023-13")).isInstanceOf(InvalidPeriodException.class)
			.hasMessageContaining("2023-13")
			.hasMessageContaining("月份应为 1–12");
	}

	@Test
	void explainsAnUnreadablePeriod() {
		assertThatThrownBy(() -> Period.parse("十月")).hasMessageContaining("无法识别");
	}

	@Test
	void knowsItsDaysAndLabels() {
		Period period = Period.of(2023, 2);
		assertThat(period.key()).isEqualTo("2023-02");
		assertThat(period.label()).isEqualTo("2023年2月");
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(period.previous()).isEqualTo(Period.of(2023, 1));
	}

}
