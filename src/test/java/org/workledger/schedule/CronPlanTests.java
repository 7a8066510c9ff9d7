package org.workledger.schedule;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.workledger.system.WorkledgerException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CronPlanTests {

	// weekdays 07:00 Beijing time = 23:00 UTC the evening before
	final CronPlan plan = new CronPlan("0 0 7 * * MON-FRI", "Asia/Shanghai");

	@Test
	void nextRunIsTheNextWeekdayMorningInBeijing() {
		// Friday 2023-11-03 08:00 Beijing → Monday 2023-11-06 07:00 Beijing
		assertThat(this.plan.next(Instant.parse("2023-11-03T00:00:00Z"))).isEqualTo(Instant.parse("2023-11-05T23:00:00Z"));
	}

	@Test
	void aRunMissedDuringDowntimeIsMadeUpOnce() {
		Instant mondayNoon = Instant.parse("2023-11-06T04:00:00Z");
		// last run Friday morning, the service was down over Monday 07:00
		assertThat(this.plan.missed(Optional.of(Instant.parse("2023-11-02T23:00:05Z")), mondayNoon)).isTrue();
		// it ran on Monday morning already
		assertThat(this.plan.missed(Optional.of(Instant.parse("2023-11-05T23:00:01Z")), mondayNoon)).isFalse();
	}

	@Test
	void aFreshServiceRunsOnceAtStartUp() {
		assertThat(this.plan.missed(Optional.empty(), Instant.parse("2023-11-06T04:00:00Z"))).isTrue();
	}

	@Test
	void aWrongCronIsExplained() {
		assertThatThrownBy(() -> new CronPlan("every morning", "Asia/Shanghai")).isInstanceOf(WorkledgerException.class)
			.hasMessageContaining("定时设置有误");
		assertThat(CronPlan.check("0 0 7 * * MON-FRX", "Asia/Shanghai")).hasValueSatisfying(said -> assertThat(said)
			.contains("“0 0 7 * * MON-FRX”不是有效的定时写法", "星期写 MON、TUE … SUN 或 MON-FRI")
			.doesNotContain("Error at index"));
		assertThat(CronPlan.check("0 7 * * MON-FRI", "Asia/Shanghai")).hasValueSatisfying(said -> assertThat(said)
			.contains("6 段", "（现在是 5 段）"));
		assertThat(CronPlan.check("0 0 7 * * MON-FRI", "Asia/Shanghai")).isEmpty();
	}

}
