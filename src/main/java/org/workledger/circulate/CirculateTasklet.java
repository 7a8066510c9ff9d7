package org.workledger.circulate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;

/**
 * {@code circulateStep}: e-mails the documents {@code writeReportsStep} wrote, when
 * {@code workledger.mail.enabled} (or lists them, when {@code workledger.mail.dry-run}). A
 * failed send is reported and never fails the run.
 */
public class CirculateTasklet implements Tasklet {

	static final String REPORTS_STEP = "writeReportsStep";

	private final Circulation circulation;

	private final MailProperties properties;

	private final JobRepository jobRepository;

	/** How many e-mails of the run could not be sent, in the job's execution context. */
	public static final String FAILED_SENDS = "mailFailedSends";

	CirculateTasklet(Circulation circulation, MailProperties properties, JobRepository jobRepository) {
		this.circulation = circulation;
		this.properties = properties;
		this.jobRepository = jobRepository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.properties.enabled() && !this.properties.dryRun()) {
			return RepeatStatus.FINISHED;
		}
		StepExecution step = contribution.getStepExecution();
		RunParameters run = RunParameters.of(step.getJobParameters());
		if (run.asOf().isBefore(run.period().lastDay())) {
			// the weekday runs of a month still going (as of today) would e-mail every unit its report or a
			// reminder each morning something came in; the month's papers go out from its last day on
			Console.info("邮件分发：统计截止日 " + run.asOf() + " 在" + run.period().label() + "结束之前，本期还在进行，不发邮件"
					+ "（该期最后一天及以后的汇总才发送）");
			return RepeatStatus.FINISHED;
		}
		Circulation.Outcome outcome = this.circulation.circulate(documentsRun(step), run.period());
		// a run whose e-mails did not all go is not one to keep as it is (see LastConsolidation)
		step.getJobExecution().getExecutionContext().putInt(FAILED_SENDS, outcome.failed().size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The job execution whose documents to send: this one, or — when a failed job is
	 * restarted and the reports step is not run again — the one that wrote them.
	 */
	private long documentsRun(StepExecution step) {
		StepExecution reports = this.jobRepository.getLastStepExecution(step.getJobExecution().getJobInstance(),
				REPORTS_STEP);
		return reports == null ? step.getJobExecutionId() : reports.getJobExecutionId();
	}

}
