package org.workledger.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.workledger.period.Period;
import org.workledger.system.Console;

/**
 * The long-running schedule: consolidates at every cron time, for the period the run
 * date falls in, as of the run date. A failed run is logged and the schedule goes on; a
 * run missed while the service was down is made up once at start-up; {@link #stop()}
 * (on SIGTERM) ends the loop after the run in progress.
 */
public final class ScheduleLoop {

	/** What a scheduled run does; the command line passes a real consolidate run. */
	@FunctionalInterface
	public interface Run {

		void consolidate(Period period, LocalDate asOf) throws Exception;

	}

	private final CronPlan plan;

	private final ScheduleState state;

	private final Run run;

	private final Clock clock;

	private final Object monitor = new Object();

	private volatile boolean stopping;

	private volatile boolean running;

	ScheduleLoop(CronPlan plan, ScheduleState state, Run run, Clock clock) {
		this.plan = plan;
		this.state = state;
		this.run = run;
		this.clock = clock;
	}

	public static ScheduleLoop of(ScheduleProperties properties, java.nio.file.Path dataFolder, Run run) {
		return new ScheduleLoop(new CronPlan(properties.cron(), properties.zone()), new ScheduleState(dataFolder), run,
				Clock.systemUTC());
	}

	/** Runs until {@link #stop()}; returns how many runs were started. */
	public int runUntilStopped() {
		int runs = 0;
		Instant now = this.clock.instant();
		Optional<Instant> lastRun = this.state.lastRun();
		if (!this.stopping && this.plan.missed(lastRun, now)) {
			// a service started for the first time has missed nothing: it consolidates once to show where things stand
			Console.info(lastRun.isEmpty() ? "定时汇总：首次启动，先汇总一次本月的情况"
					: "定时汇总：上次计划时间 " + format(this.plan.previous(now).orElse(now)) + " 的运行未执行，现在补做一次");
			runOnce();
			runs++;
		}
		while (!this.stopping) {
			Instant next = this.plan.next(this.clock.instant());
			Console.info("定时汇总：下次运行时间 " + format(next));
			if (!sleepUntil(next)) {
				break;
			}
			runOnce();
			runs++;
		}
		Console.info("定时汇总已停止");
		return runs;
	}

	/** Asks the loop to end; waits up to {@code grace} for a run in progress. */
	public void stop(Duration grace) {
		this.stopping = true;
		synchronized (this.monitor) {
			this.monitor.notifyAll();
		}
		long deadline = System.currentTimeMillis() + grace.toMillis();
		while (this.running && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		if (this.running) {
			Console.warn("定时汇总：正在进行的运行未能在 " + grace.toSeconds() + " 秒内结束，进程将退出；下次运行会补齐（运行可安全重做）");
		}
	}

	/** Asks the loop to end after the run in progress, without waiting. */
	public void stop() {
		stop(Duration.ZERO);
	}

	public boolean isRunning() {
		return this.running;
	}

	private void runOnce() {
		Instant started = this.clock.instant();
		LocalDate today = started.atZone(this.plan.zone()).toLocalDate();
		Period period = new Period(YearMonth.from(today));
		this.running = true;
		try {
			this.state.recordRun(started);
			this.run.consolidate(period, today);
		}
		catch (Exception ex) {
			// the next run tries again; the schedule itself must survive a bad morning
			Console.warn("定时汇总：本次运行失败（" + ex.getMessage() + "），将按计划在下次再试");
		}
		finally {
			this.running = false;
		}
	}

	private boolean sleepUntil(Instant when) {
		synchronized (this.monitor) {
			while (!this.stopping) {
				long millis = Duration.between(this.clock.instant(), when).toMillis();
				if (millis <= 0) {
					return true;
				}
				try {
					this.monitor.wait(Math.min(millis, 60_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return false;
	}

	private String format(Instant instant) {
		return instant.atZone(this.plan.zone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
	}

}
