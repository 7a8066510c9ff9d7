package org.workledger.cli;

import org.workledger.system.JobRuns;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.consolidation.LastConsolidation;
import org.workledger.consolidation.RunInputs;
import org.workledger.period.Period;
import org.workledger.schedule.ScheduleLoop;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.schedule.LateReturns;
import org.workledger.schedule.ScheduledPeriods;
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
		description = { "长期运行，按计划定时汇总（默认工作日早上 7 点，北京时间）：期次为运行当天所在的月份，统计截止日为运行当天；"
						+ "该月的空白表还没有生成时，汇总最近一期已生成空白表的月份（统计截止日为该月最后一天）。",
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
		if (org.workledger.system.DatabaseShare.urlOf(workspace).isPresent()) {
			throw new org.workledger.system.WorkledgerException("工作台（serve）正在这个工作目录运行，它已经按计划定时汇总；不要再运行 schedule（两者会在同一时间争用工作目录）");
		}
		// handle SIGTERM before anything else, so a stop during start-up is orderly too
		AtomicReference<ScheduleLoop> loopRef = new AtomicReference<>();
		AtomicBoolean stopRequested = new AtomicBoolean();
		AtomicReference<Duration> grace = new AtomicReference<>(Duration.ofMinutes(10));
		StopSignals.onStop(() -> {
			stopRequested.set(true);
			ScheduleLoop current = loopRef.get();
			Console.info("定时汇总：收到停止信号，"
					+ (current != null && current.isRunning() ? "等待当前运行结束后退出" : "退出"));
			if (current != null) {
				current.stop();
			}
			startWatchdog(grace.get());
		});
		ScheduleProperties properties;
		try (ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			properties = context.getBean(ScheduleProperties.class);
		}
		grace.set(properties.shutdownGrace());
		Console.info("定时汇总已启动：工作目录 " + workspace.root() + "，" + org.workledger.schedule.CronWords.of(properties.cron())
				+ "（" + properties.zone() + "）汇总当天所在月份（该月空白表尚未生成时汇总最近一期已生成的月份），并重新汇总本次收到迟报表格的此前月份");
		ScheduleLoop loop = ScheduleLoop.of(properties, workspace.data(),
				(period, asOf) -> ScheduledPeriods.consolidate(period, asOf, workspace,
						(p, day) -> consolidate(workspace, p, day, properties.reports())));
		loopRef.set(loop);
		if (stopRequested.get()) {
			return 0;
		}
		loop.runUntilStopped();
		return 0;
	}

	/** A run that overstays the grace period is abandoned: runs are crash-safe, the next one completes it. */
	private static void startWatchdog(Duration grace) {
		Thread watchdog = new Thread(() -> {
			try {
				Thread.sleep(grace.toMillis());
				Console.warn("定时汇总：当前运行未能在 " + grace.toSeconds() + " 秒内结束，进程退出；下次运行会补齐");
				Runtime.getRuntime().halt(143);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "workledger-stop-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
	}

	private void consolidate(Workspace workspace, Period period, LocalDate asOf, String reports) {
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			// most scheduled runs find nothing new: said in a moment, without starting anything
			Optional<LastConsolidation.Reusable> kept = new LastConsolidation(workspace)
				.reusable(RunInputs.of(workspace, period, asOf, reports, this.springArguments));
			if (kept.isPresent()) {
				Console.info(kept.get().lines(period, asOf).get(0));
				return;
			}
			try (ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments,
					false)) {
				if (ScheduledPeriods.nothingHandedOutYet(
						context.getBean(org.workledger.reference.ReferenceVersions.class).workingPeriod())) {
					return;
				}
				JobExecution run = JobRuns.run(context, "consolidateJob",
						new RunParameters(workspace, period, asOf, LocalDateTime.now(), reports));
				for (LateReturns.Refresh late : LateReturns.after(context, run.getId(), period)) {
					Console.info(LateReturns.saying(late));
					JobRuns.run(context, "consolidateJob",
							new RunParameters(workspace, late.period(), late.asOf(), LocalDateTime.now(), reports));
				}
			}
		}
	}

}
