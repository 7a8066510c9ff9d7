package org.workledger.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.workledger.period.Period;

/**
 * The parameters of one run, as job parameters. {@code requestedAt} makes every run its
 * own job instance (no incrementer: Batch 6 would drop the other parameters).
 *
 * @param asOf the day overdue is judged on; the period's last day unless given
 * @param reports which PDFs a consolidate run writes: {@code all}, {@code circular} or {@code none}
 */
public record RunParameters(Workspace workspace, Period period, LocalDate asOf, LocalDateTime requestedAt,
		String reports) {

	public static final String WORKSPACE = "workspace";

	public static final String PERIOD = "period";

	public static final String AS_OF = "asOf";

	public static final String REQUESTED_AT = "requestedAt";

	/** Which PDFs a consolidate run writes: all, circular or none. */
	public static final String REPORTS = "reports";

	public RunParameters(Workspace workspace, Period period, LocalDate asOf, LocalDateTime requestedAt) {
		this(workspace, period, asOf, requestedAt, "all");
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(WORKSPACE, this.workspace.root().toString())
			.addString(PERIOD, this.period.key())
			.addLocalDate(AS_OF, this.asOf)
			.addLocalDateTime(REQUESTED_AT, this.requestedAt)
			.addString(REPORTS, this.reports, false)
			.toJobParameters();
	}

	public static RunParameters of(JobParameters parameters) {
		Period period = Period.parse(parameters.getString(PERIOD));
		LocalDate asOf = parameters.getLocalDate(AS_OF);
		return new RunParameters(new Workspace(Path.of(parameters.getString(WORKSPACE))), period,
				asOf == null ? period.lastDay() : asOf, parameters.getLocalDateTime(REQUESTED_AT),
				parameters.getString(REPORTS, "all"));
	}

}
