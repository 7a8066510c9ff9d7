package org.workledger.consolidation;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reports.PdfFontsWarmUp;
import org.workledger.reports.ReportQueries;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.RunLogListener;
import org.workledger.trends.PeriodSummaries;

/**
 * {@code consolidateJob}: import the reference data, take in every file of
 * {@code input/}, write the period's ledger, then its PDF reports.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidateJobConfiguration {

	@Bean
	Job consolidateJob(JobRepository jobRepository, Step importReferenceDataStep, Step intakeReturnsStep,
			Step consolidateStep, Step writeReportsStep, Step circulateStep, JdbcTemplate jdbc,
			ObjectProvider<ApplicationArguments> arguments, ScheduleProperties schedule) {
		List<String> commandLine = arguments.stream().flatMap(a -> Arrays.stream(a.getSourceArgs())).toList();
		java.time.ZoneId office = java.time.ZoneId.of(schedule.zone());
		return new JobBuilder("consolidateJob", jobRepository).listener(new RunLogListener(office))
			.listener(new LastConsolidationListener(jdbc, commandLine, office))
			.start(importReferenceDataStep)
			.next(intakeReturnsStep)
			.next(consolidateStep)
			.next(writeReportsStep)
			.next(circulateStep)
			.build();
	}

	@Bean
	Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceDataRepository reference, PeriodLedger ledger, RunSummaryRepository summaries,
			ReportQueries queries, PeriodSummaries periodSummaries) {
		return new StepBuilder("consolidateStep", jobRepository)
			.tasklet(new ConsolidationTasklet(reference, ledger, summaries, queries, periodSummaries),
					transactionManager)
			.listener(new PdfFontsWarmUp())
			.build();
	}

}
