package org.workledger.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.period.Period;
import org.workledger.reference.YearTableMissing;
import org.workledger.system.Workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the schedule consolidates: a month whose forms are not out yet, a January whose year has no task breakdown yet. */
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
	void aMonthWhoseFormsAreNotOutYetLeavesTheRunOnTheLatestMonthThatWas(@TempDir Path root) throws Exception {
		Workspace workspace = new Workspace(root);
		Path output = workspace.output();
		// given November's forms handed out, December's not yet, and an earlier month consolidated
		Files.createDirectories(output.resolve("2026-11"));
		Files.writeString(output.resolve("2026-11/和平区人民政府-2026年11月进展情况表.xlsx"), "");
		Files.createDirectories(output.resolve("2026-10"));
		Files.writeString(output.resolve("2026-10/汇总台账（2026年10月）.xlsx"), "");
		// and a December folder holding only what a failed start left there
		Files.createDirectories(output.resolve("2026-12"));
		Files.writeString(output.resolve("2026-12/基础数据检查结果.xlsx"), "");
		List<LocalDate> asOf = new ArrayList<>();

		// when the run of 7 December comes
		ScheduledPeriods.consolidate(Period.of(2026, 12), LocalDate.of(2026, 12, 7), workspace, (period, day) -> {
			this.consolidated.add(period);
			asOf.add(day);
		});

		// then November is consolidated, as of its last day
		assertThat(this.consolidated).containsExactly(Period.of(2026, 11));
		assertThat(asOf).containsExactly(LocalDate.of(2026, 11, 30));

		// and once December's forms are out, December, as of the day
		Files.writeString(output.resolve("2026-12/和平区人民政府-2026年12月进展情况表.xlsx"), "");
		ScheduledPeriods.consolidate(Period.of(2026, 12), LocalDate.of(2026, 12, 8), workspace, (period, day) -> {
			this.consolidated.add(period);
			asOf.add(day);
		});
		assertThat(this.consolidated).containsExactly(Period.of(2026, 11), Period.of(2026, 12));
		assertThat(asOf).containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 8));
	}

	@Test
	void aWorkspaceWithNothingInOutputRunsTheMonthOfTheDay(@TempDir Path root) {
		ScheduledPeriods.consolidate(Period.of(2026, 12), LocalDate.of(2026, 12, 7), new Workspace(root),
				(period, day) -> this.consolidated.add(period));
		assertThat(this.consolidated).containsExactly(Period.of(2026, 12));
	}

	@Test
	void aMonthWithItsTableIsConsolidatedOnce() {
		ScheduledPeriods.consolidate(Period.of(2024, 1), LocalDate.of(2024, 1, 3), (period, day) -> this.consolidated.add(period));
		assertThat(this.consolidated).containsExactly(Period.of(2024, 1));
	}

}
