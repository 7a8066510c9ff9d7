package org.workledger.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.workledger.consolidation.LastConsolidation;
import org.workledger.consolidation.RunInputs;
import org.workledger.period.Period;
import org.workledger.reference.YearTableMissing;
import org.workledger.reports.YearReports;
import org.workledger.schedule.LateReturns;
import org.workledger.schedule.ScheduledPeriods;
import org.workledger.system.Console;
import org.workledger.system.Failures;
import org.workledger.system.JobRuns;
import org.workledger.system.RunParameters;
import org.workledger.system.WorkledgerException;
import org.workledger.system.WorkspaceLock;
import org.workledger.system.WorkspaceProperties;

/**
 * The consolidate runs of the service, one at a time: the schedule's and the ones a clerk
 * starts with 「立即汇总」, in this process's context, each holding the workspace lock so a
 * consolidate typed on the command line meanwhile is told to wait.
 */
@Component
@ConditionalOnWebApplication
public class ConsoleRuns implements AutoCloseable {

	/**
	 * The run going on, for the runs page: 汇总 (consolidate) or 分发 (distribute) of a
	 * period, or 生成年度报告 of the period's year.
	 */
	public record Running(String action, Period period, LocalDate asOf, String requestedBy, LocalDateTime startedAt) {

		/** 汇总2023年10月, 分发2023年11月, 生成2023年度报告: what the pages say is going. */
		public String what() {
			return YEAR_REPORT.equals(this.action) ? "生成" + this.period.month().getYear() + "年度报告"
					: this.action + this.period.label();
		}

	}

	/** How the last run of this process ended. */
	public record Ended(Running run, boolean succeeded, String message, LocalDateTime endedAt) {

		/** What to click again once the cause is dealt with: the button of the run that failed. */
		public String retry() {
			return switch (this.run.action()) {
				case DISTRIBUTE -> "在“报告下载”页再点“生成空白表”";
				case YEAR_REPORT -> "在“报告下载”页再点生成年度报告";
				default -> "再点“立即汇总”";
			};
		}

	}

	static final String CONSOLIDATE = "汇总";

	static final String DISTRIBUTE = "分发";

	static final String YEAR_REPORT = "生成年度报告";

	private final ConfigurableApplicationContext context;

	private final WorkspaceProperties workspace;

	/** The command line's Spring properties, part of what a run depends on (see RunInputs). */
	private final java.util.List<String> arguments;

	/**
	 * One run at a time. A permit, not a lock: a clerk's run takes it in the request's thread
	 * and gives it back in the background thread that ran it (a ReentrantLock cannot be
	 * unlocked there; it stayed held, and every later 立即汇总 and scheduled run waited).
	 */
	private final Semaphore lock = new Semaphore(1);

	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "workledger-console-run");
		thread.setDaemon(true);
		return thread;
	});

	private volatile Running running;

	private volatile Ended lastEnded;

	private final OfficeTime time;

	public ConsoleRuns(ConfigurableApplicationContext context, WorkspaceProperties workspace,
			ApplicationArguments arguments, OfficeTime time) {
		this.time = time;
		this.context = context;
		this.workspace = workspace;
		this.arguments = java.util.List.of(arguments.getSourceArgs());
	}

	public Optional<Running> running() {
		return Optional.ofNullable(this.running);
	}

	/**
	 * Whether a run is going in the workspace: this console's own, or one typed on the
	 * command line through the shared database (it holds the workspace lock).
	 */
	public boolean aRunIsGoing() {
		return this.running != null || WorkspaceLock.isHeld(this.workspace.workspace());
	}

	public Optional<Ended> lastEnded() {
		return Optional.ofNullable(this.lastEnded);
	}

	/**
	 * Starts a consolidate in the background; empty when started, else why not (in
	 * Chinese): a run is already going, here or from the command line.
	 */
	public Optional<String> start(Period period, LocalDate asOf, String requestedBy) {
		return start(new Running(CONSOLIDATE, period, asOf, requestedBy, LocalDateTime.now()), run -> consolidate(run, "all"));
	}

	/**
	 * Starts a distribute in the background (the blank workbooks of a period), as the
	 * command line's {@code distribute} does: the office starts it from its reports page.
	 * Empty when started, else why not.
	 */
	public Optional<String> startDistribute(Period period, String requestedBy) {
		return start(new Running(DISTRIBUTE, period, period.lastDay(), requestedBy, LocalDateTime.now()), this::distribute);
	}

	/**
	 * Writes the year report of {@code year} in the background, as {@code year-report} does:
	 * the office asks for it from the reports page. Empty when started, else why not.
	 */
	public Optional<String> startYearReport(int year, String requestedBy) {
		Period december = Period.of(year, 12);
		return start(new Running(YEAR_REPORT, december, december.lastDay(), requestedBy, LocalDateTime.now()),
				this::yearReport);
	}

	private Optional<String> start(Running run, java.util.function.Consumer<Running> work) {
		if (!this.lock.tryAcquire()) {
			return Optional.of(busy());
		}
		WorkspaceLock workspaceLock;
		try {
			workspaceLock = WorkspaceLock.acquire(this.workspace.workspace());
		}
		catch (WorkledgerException ex) {
			this.lock.release();
			return Optional.of("命令行或另一个程序正在对该工作目录运行 workledger，请等它结束后再试");
		}
		this.running = run;
		try {
			this.background.submit(() -> {
				try {
					work.accept(run);
				}
				finally {
					workspaceLock.close();
					this.running = null;
					this.lock.release();
				}
			});
		}
		catch (RuntimeException ex) {
			workspaceLock.close();
			this.running = null;
			this.lock.release();
			throw ex;
		}
		return Optional.empty();
	}

	/** A scheduled run: waits for a clerk's run to end first, then runs in the caller's thread. */
	public void runScheduled(Period period, LocalDate asOf, String reports) {
		this.lock.acquireUninterruptibly();
		try (WorkspaceLock workspaceLock = WorkspaceLock.acquire(this.workspace.workspace())) {
			ScheduledPeriods.consolidate(period, asOf, this.workspace.workspace(),
					(p, day) -> scheduled(p, day, reports));
		}
		catch (YearTableMissing ex) {
			// not a January: the run said why it stopped, and the runs page shows it
		}
		finally {
			this.running = null;
			this.lock.release();
		}
	}

	private void scheduled(Period period, LocalDate asOf, String reports) {
		if (org.workledger.schedule.ScheduledPeriods.nothingHandedOutYet(
				this.context.getBean(org.workledger.reference.ReferenceVersions.class).workingPeriod())) {
			return;
		}
		Running run = new Running(CONSOLIDATE, period, asOf, "定时汇总", LocalDateTime.now());
		// a scheduled run that finds nothing new says so and keeps what is there
		Optional<LastConsolidation.Reusable> kept = new LastConsolidation(this.workspace.workspace())
			.reusable(RunInputs.of(this.workspace.workspace(), period, asOf, reports, this.arguments));
		if (kept.isPresent()) {
			Console.info(kept.get().lines(period, asOf).get(0));
			return;
		}
		this.running = run;
		RuntimeException failure = consolidate(run, reports);
		if (failure instanceof YearTableMissing missing) {
			throw missing;
		}
		if (failure == null && this.lastExecution != null) {
			// returns of earlier months taken in by this run: those months' ledgers and reports are brought up to date
			for (LateReturns.Refresh late : LateReturns.after(this.context, this.lastExecution.getId(), period)) {
				Console.info(LateReturns.saying(late));
				Running again = new Running(CONSOLIDATE, late.period(), late.asOf(), "定时汇总（接收了该期的表格）",
						LocalDateTime.now());
				this.running = again;
				consolidate(again, reports);
			}
		}
	}

	/** The job execution of the last consolidate that ended, for what follows it. */
	private volatile JobExecution lastExecution;

	/** @return the failure, said and noted as the last run's end; null when the run succeeded */
	private RuntimeException consolidate(Running run, String reports) {
		this.lastExecution = null;
		try {
			this.lastExecution = JobRuns.run(this.context, "consolidateJob", new RunParameters(this.workspace.workspace(),
					run.period(), run.asOf(), LocalDateTime.now(), reports));
			this.lastEnded = new Ended(run, true, "汇总完成", LocalDateTime.now());
			return null;
		}
		catch (RuntimeException ex) {
			String message = Failures.describe(ex);
			Console.warn("汇总失败：" + message);
			this.lastEnded = new Ended(run, false, message, LocalDateTime.now());
			return ex;
		}
	}

	private void distribute(Running run) {
		try {
			JobExecution execution = JobRuns.run(this.context, "distributeJob", new RunParameters(this.workspace.workspace(),
					run.period(), run.period().lastDay(), LocalDateTime.now()));
			long written = execution.getStepExecutions()
				.stream()
				.filter(s -> s.getStepName().equals("writeProgressWorkbooksStep"))
				.mapToLong(StepExecution::getWriteCount)
				.sum();
			this.lastEnded = new Ended(run, true, "分发完成，已为 " + written + " 个单位生成" + run.period().label()
					+ "进展情况表（output/" + run.period().key() + "/，各单位也可在本单位页面下载）", LocalDateTime.now());
		}
		catch (RuntimeException ex) {
			String message = Failures.describe(ex);
			Console.warn("分发失败：" + message);
			this.lastEnded = new Ended(run, false, message, LocalDateTime.now());
		}
	}

	private void yearReport(Running run) {
		int year = run.period().month().getYear();
		try {
			YearReports reports = this.context.getBean(YearReports.class);
			Optional<java.nio.file.Path> written = reports.write(this.workspace.workspace(), year);
			if (written.isEmpty()) {
				this.lastEnded = new Ended(run, false, year + "年还没有汇总过任何期次，无法生成年度报告", LocalDateTime.now());
				return;
			}
			java.util.List<Period> periods = reports.periods(year);
			this.lastEnded = new Ended(run, true, String.format("已生成%d年度报告（%s），在“报告下载”页的“年度报告”下",
					year, org.workledger.reports.YearReports.span(periods)),
					LocalDateTime.now());
		}
		catch (RuntimeException ex) {
			String message = Failures.describe(ex);
			Console.warn("生成年度报告失败：" + message);
			this.lastEnded = new Ended(run, false, message, LocalDateTime.now());
		}
	}

	private String busy() {
		Running run = this.running;
		return run == null ? "正在运行汇总，请等它结束后再试"
				: "正在" + run.what() + "（" + run.requestedBy() + "，" + this.time.format(run.startedAt(), "HH:mm:ss")
						+ " 开始），请等它结束后再试";
	}

	@Override
	public void close() {
		this.background.shutdown();
	}

}
