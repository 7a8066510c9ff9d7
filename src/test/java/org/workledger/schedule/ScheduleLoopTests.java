package org.workledger.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleLoopTests {

	@TempDir
	Path data;

	@Test
	void runsOnTheCronForTheCurrentMonthAndSurvivesAFailedRun() throws Exception {
		// given a cron every second, and a first run that fails
		List<String> runs = new CopyOnWriteArrayList<>();
		ScheduleLoop[] loop = new ScheduleLoop[1];
		loop[0] = new ScheduleLoop(new CronPlan("* * * * * *", "Asia/Shanghai"), new ScheduleState(this.data),
				(Period period, LocalDate asOf) -> {
					runs.add(period + " " + asOf);
					if (runs.size() == 1) {
						throw new IllegalStateException("磁盘已满");
					}
					if (runs.size() == 3) {
						loop[0].stop();
					}
				}, Clock.systemUTC());

		// when
		int started = loop[0].runUntilStopped();

		// then
		assertThat(started).isEqualTo(3);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(runs.get(2)).isEqualTo(new Period(java.time.YearMonth.from(today)) + " " + today);
		assertThat(new ScheduleState(this.data).lastRun()).isPresent();
	}

	@Test
	void stopWaitsForTheRunInProgress() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		ScheduleLoop loop = new ScheduleLoop(new CronPlan("* * * * * *", "UTC"), new ScheduleState(this.data),
				(period, asOf) -> {
					events.add("start");
					Thread.sleep(1500);
					events.add("end");
				}, Clock.systemUTC());
		Thread thread = new Thread(loop::runUntilStopped);
		thread.start();
		while (!events.contains("start")) {
			Thread.sleep(20);
		}
		loop.stop(Duration.ofSeconds(10));
		events.add("stopped");
		thread.join(10_000);
		assertThat(events).containsSubsequence("start", "end", "stopped");
		assertThat(thread.isAlive()).isFalse();
	}

}
