package org.workledger.system;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a job synchronously through {@link JobOperator} and turns a failed run into its one-line reason. */
public final class JobRuns {

	private JobRuns() {
	}

	public static JobExecution run(ConfigurableApplicationContext context, String jobName, RunParameters parameters) {
		JobOperator operator = context.getBean(JobOperator.class);
		Job job = context.getBean(jobName, Job.class);
		JobExecution execution;
		try {
			execution = operator.start(job, parameters.toJobParameters());
		}
		catch (Exception ex) {
			// before the run began (its parameters, the database) or during it, when even its end could not be recorded
			throw new WorkledgerException("运行未能完成：" + Failures.describe(ex), ex);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// a failure the caller may act on keeps its type (the schedule goes back to December without the new year's table)
			for (Throwable failure : execution.getAllFailureExceptions()) {
				for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
					if (t instanceof WorkledgerException typed && typed.getClass() != WorkledgerException.class) {
						throw typed;
					}
				}
			}
			throw new WorkledgerException(Failures.describe(execution.getAllFailureExceptions()));
		}
		return execution;
	}

}
