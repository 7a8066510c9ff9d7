package org.workledger.breakdown;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTests {

	@ParameterizedTest
	@CsvSource({ "2023年10月底前, 2023-10-31", "2023年10月 底前, 2023-10-31", "2023年9月底前, 2023-09-30",
			"2024年2月底前, 2024-02-29", "2023年底前, 2023-12-31", "2024年年内, 2024-12-31", "2024年内, 2024-12-31", "2023年10月15日前, 2023-10-15",
			"２０２３年１０月底前, 2023-10-31", "2023年上半年, 2023-06-30", "2023年第三季度末, 2023-09-30",
			"2023-11-20, 2023-11-20", "2023年10月, 2023-10-31" })
	void readsDueDates(String text, LocalDate due) {
		Deadline deadline = DeadlineParser.parse(text).orElseThrow();
		assertThat(deadline.due()).isEqualTo(due);
		assertThat(deadline.text()).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2025年6月底前完成|2025-06-30", "2025年10月31日前完成|2025-10-31",
			"二〇二五年十月底前|2025-10-31", "二〇二五年十二月十五日前|2025-12-15", "2025年11月中旬|2025-11-20",
			"2025年11月上旬|2025-11-10", "2025年11月下旬|2025-11-30", "2025.6|2025-06-30", "2025年5月-6月|2025-06-30",
			"2025年5至6月|2025-06-30", "2025年6月底前完成初稿，12月底前全面完成|2025-12-31",
			"2025年9月底前，并长期坚持|2025-09-30", "2025年3月底前启动；2025年10月底前完成|2025-10-31",
			"2026年1月底前完成2025年度报告发布|2026-01-31" })
	void readsDeadlinesAsCountyTablesWriteThem(String text, LocalDate due) {
		Deadline deadline = DeadlineParser.parse(text).orElseThrow(() -> new AssertionError(text));
		assertThat(deadline.due()).as(text).isEqualTo(due);
		assertThat(deadline.text()).isEqualTo(text);
	}

	@Test
	void aRequirementThatComesRoundAgainIsOngoingAndSaidSo() {
		assertThat(DeadlineParser.parse("每月10日前").orElseThrow().isOngoing()).isTrue();
		assertThat(DeadlineParser.parse("每季度更新").orElseThrow().isOngoing()).isTrue();
		assertThat(DeadlineParser.isPeriodic("每月10日前")).isTrue();
		assertThat(DeadlineParser.isPeriodic("长期坚持")).isFalse();
		// a start is not a deadline
		assertThat(DeadlineParser.parse("2025年6月起实施")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "长期坚持", "持续推进", " 长期坚持 ", "常态化", "每季度" })
	void readsOngoingTasks(String text) {
		assertThat(DeadlineParser.parse(text).orElseThrow().isOngoing()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "尽快", "2023年13月底前", "2023年2月30日前", "下月", "" })
	void refusesWhatItCannotRead(String text) {
		assertThat(DeadlineParser.parse(text)).isEmpty();
	}

	@Test
	void theDeadlineDayItselfIsNotYetOverdue() {
		Deadline deadline = Deadline.due("2023年10月底前", LocalDate.of(2023, 10, 31));
		assertThat(deadline.isOverdue(LocalDate.of(2023, 10, 31), false)).isFalse();
		assertThat(deadline.isOverdue(LocalDate.of(2023, 11, 1), false)).isTrue();
		assertThat(deadline.isOverdue(LocalDate.of(2023, 11, 1), true)).isFalse();
		assertThat(Deadline.ongoing("长期坚持").isOverdue(LocalDate.of(2030, 1, 1), false)).isFalse();
	}

	@Test
	void labelsDropStraySpaces() {
		assertThat(Deadline.due("2023年10月 底前", java.time.LocalDate.of(2023, 10, 31)).label()).isEqualTo("2023年10月底前");
		assertThat(Deadline.due(" 2023年\t10月底前\n", java.time.LocalDate.of(2023, 10, 31)).label())
			.isEqualTo("2023年10月底前");
		assertThat(Deadline.ongoing("长期坚持").label()).isEqualTo("长期坚持");
	}

}
