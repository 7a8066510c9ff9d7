package org.workledger.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;
import org.workledger.reference.YearTableMissing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the schedule consolidates when the month's year has no task breakdown yet. */
class ScheduledPeriodsTests {

	private final List<Period> consolidated = new ArrayList<>();

	@Test
	void aJanuaryWithoutItsTableConsolidatesDecemberAsOfTheDay() {
		List<LocalDate> asOf = new ArrayList<>();
		ScheduledPeriods.consolidate(Period.of(2024, 1), LocalDate.of(2024, 1, 3), (period, day) -> {
			this.consolidated.add(period);
			asOf.add(day);
			if (period.month().getYear() == 2024) {
				throw new YearTableMissing("input 文件夹中没有 2024 年的任务分解表", 2024);
			}
		});
		assertThat(this.consolidated).containsExactly(Period.of(2024, 1), Period.of(2023, 12));
		assertThat(asOf).containsOnly(LocalDate.of(2024, 1, 3));
	}

	@Test
	void aWorkspaceWhereNothingWasHandedOutYetIsLeftAlone() {
		assertThat(ScheduledPeriods.nothingHandedOutYet(java.util.Optional.empty())).isTrue();
		assertThat(ScheduledPeriods.nothingHandedOutYet(java.util.Optional.of(Period.of(2023, 10)))).isFalse();
	}

	@Test
	void anotherMonthWithoutItsTableFailsAsBefore() {
		assertThatThrownBy(() -> ScheduledPeriods.consolidate(Period.of(2024, 2), LocalDate.of(2024, 2, 5), (period, day) -> {
			this.consolidated.add(period);
			throw new YearTableMissing("input 文件夹中没有 2024 年的任务分解表", 2024);
		})).isInstanceOf(YearTableMissing.class);
		assertThat(this.consolidated).containsExactly(Period.of(2024, 2));
	}

	@Test
	void aMonthWithItsTableIsConsolidatedOnce() {
		ScheduledPeriods.consolidate(Period.of(2024, 1), LocalDate.of(2024, 1, 3), (period, day) -> this.consolidated.add(period));
		assertThat(this.consolidated).containsExactly(Period.of(2024, 1));
	}

}
