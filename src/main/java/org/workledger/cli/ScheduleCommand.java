package org.workledger.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.period.Period;
import org.workledger.reports.ReportEngineWarmUp;
import org.workledger.schedule.ScheduleLoop;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code schedule}: runs until stopped, consolidating on the configured cron. Each run
 * opens the database only for its own duration, so {@code status} and a manual
 * {@code consolidate} work between runs.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = { "长期运行，按计划定时汇总（默认工作日早上 7 点，北京时间）：期次为运行当天所在的月份，统计截止日为运行当天。",
				"服务停机期间错过的一次运行会在启动时补做；收到停止信号（SIGTERM）时等当前运行结束后退出。",
				"定时规则用 workledger.schedule.cron 设置，例如 --workledger.schedule.cron=\"0 30 6 * * MON-FRI\"。" })
class ScheduleCommand implements Callable<Integer> {

	@Mixin
	WorkspaceOptions options;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		Workspace workspace = this.options.existing(this.spec, true);
		ScheduleProperties properties;
		try (ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			properties = context.getBean(ScheduleProperties.class);
		}
		ReportEngineWarmUp.run();
		Console.info("定时汇总已启动：工作目录 " + workspace.root() + "，计划 " + properties.cron() + "（" + properties.zone() + "）");
		ScheduleLoop loop = ScheduleLoop.of(properties, workspace.data(),
				(period, asOf) -> consolidate(workspace, period, asOf, properties.reports()));
		Thread shutdown = new Thread(() -> loop.stop(properties.shutdownGrace()), "workledger-shutdown");
		Runtime.getRuntime().addShutdownHook(shutdown);
		loop.runUntilStopped();
		return 0;
	}

	private void consolidate(Workspace workspace, Period period, LocalDate asOf, String reports) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace);
				ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments, false)) {
			JobRuns.run(context, "consolidateJob",
					new RunParameters(workspace, period, asOf, LocalDateTime.now(), reports));
		}
	}

}
