package org.workledger.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;
import org.workledger.support.Breakdowns;
import org.workledger.support.TestWorkspace;
import org.workledger.support.WorkledgerProcess;

import static org.assertj.core.api.Assertions.assertThat;

/** The long-running schedule as a service manager sees it: started, and stopped with SIGTERM. */
class ScheduleProcessTests {

	@Test
	void makesUpTheMissedRunAtStartUpAndFinishesItOnSigterm() throws Exception {
		// given a workspace that has never run: it consolidates once at start-up, saying it is the first start
		// and this year's task breakdown beside the shipped 2023 one: the schedule consolidates the current month
		Path workspace = TestWorkspace.withSamples();
		Breakdowns.ofYear(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(),
				workspace.resolve("input/本年度任务分解表.xlsx"));
		// and this month's forms handed out (a workspace where nothing was yet is left alone)
		Period thisMonth = new Period(YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		assertThat(org.workledger.cli.WorkledgerCommand.execute("distribute", "-w", workspace.toString(), "-p",
				thisMonth.key())).isZero();
		WorkledgerProcess schedule = WorkledgerProcess.start("schedule", "-w", workspace.toString(),
				"--workledger.schedule.cron=0 0 7 * * MON-FRI", "--workledger.schedule.reports=circular");

		// when SIGTERM arrives while the make-up run is going
		assertThat(schedule.awaitLine("开始汇总", 120)).as(schedule.output()).isTrue();
		schedule.terminate();

		// then the run finishes, and the process ends
		assertThat(schedule.waitFor(180)).as(schedule.output()).isTrue();
		assertThat(schedule.output()).contains("首次启动，先汇总一次本月的情况", "结束：完成").doesNotContain("未执行");
		Period period = new Period(YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
		assertThat(workspace.resolve("output").resolve(period.key()).resolve("汇总台账（" + period.label() + "）.xlsx"))
			.exists();
		assertThat(Files.exists(workspace.resolve("data/schedule-last-run"))).isTrue();
	}

}
