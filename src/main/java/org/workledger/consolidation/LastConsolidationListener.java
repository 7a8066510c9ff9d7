package org.workledger.consolidation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workledger.circulate.CirculateTasklet;
import org.workledger.returns.Disposition;
import org.workledger.system.RunParameters;

/**
 * Keeps {@link LastConsolidation} true: forgets it as a consolidate run starts, and records
 * the run's inputs (as they were when it started), its results and what it told the clerk
 * once it completed having taken in everything.
 */
class LastConsolidationListener implements JobExecutionListener {

	private final JdbcTemplate jdbc;

	private final List<String> arguments;

	private RunInputs inputs;

	private Capture capture;

	private final java.time.ZoneId office;

	/**
	 * @param arguments the command line's Spring properties, part of what a run depends on
	 * @param office the office's clock, which the "nothing new" answer gives the last run's end by
	 */
	LastConsolidationListener(JdbcTemplate jdbc, List<String> arguments, java.time.ZoneId office) {
		this.jdbc = jdbc;
		this.arguments = arguments;
		this.office = office;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		RunParameters run = RunParameters.of(jobExecution.getJobParameters());
		new LastConsolidation(run.workspace()).forget();
		// taken before the run reads anything: a file dropped during the run makes the next one run
		this.inputs = RunInputs.of(run.workspace(), run.period(), run.asOf(), run.reports(), this.arguments);
		this.capture = new Capture();
		this.capture.attach();
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Capture lines = this.capture;
		RunInputs taken = this.inputs;
		this.capture = null;
		this.inputs = null;
		if (lines == null || taken == null) {
			return;
		}
		lines.detach();
		RunParameters run = RunParameters.of(jobExecution.getJobParameters());
		if (jobExecution.getStatus() != BatchStatus.COMPLETED || leftForNextRun(jobExecution)) {
			return;
		}
		new LastConsolidation(run.workspace()).remember(taken, RunInputs.outputs(run.workspace(), run.period()),
				jobExecution.getId(), LocalDateTime.now(this.office).withNano(0), lines.lines());
	}

	private boolean leftForNextRun(JobExecution jobExecution) {
		Integer waiting = this.jdbc.queryForObject(
				"select count(*) from run_file where job_execution_id = ? and disposition = ?", Integer.class,
				jobExecution.getId(), Disposition.WAITING.name());
		int failedSends = jobExecution.getExecutionContext().getInt(CirculateTasklet.FAILED_SENDS, 0);
		return (waiting != null && waiting > 0) || failedSends > 0;
	}

	/** The lines the run shows the clerk (the logger {@code workledger.console}), to show again when it is kept. */
	private static final class Capture extends AppenderBase<ILoggingEvent> {

		private final List<String> lines = new ArrayList<>();

		void attach() {
			Logger console = (Logger) LoggerFactory.getLogger("workledger.console");
			setContext(console.getLoggerContext());
			setName("last-consolidation");
			start();
			console.addAppender(this);
		}

		void detach() {
			((Logger) LoggerFactory.getLogger("workledger.console")).detachAppender(this);
			stop();
		}

		@Override
		protected void append(ILoggingEvent event) {
			synchronized (this.lines) {
				this.lines.add(event.getFormattedMessage());
			}
		}

		List<String> lines() {
			synchronized (this.lines) {
				return List.copyOf(this.lines);
			}
		}

	}

}
