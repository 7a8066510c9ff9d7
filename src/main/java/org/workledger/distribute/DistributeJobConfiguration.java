package org.workledger.distribute;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.schedule.ScheduleProperties;
import org.workledger.system.RunLogListener;
import org.workledger.system.Workspace;

/**
 * {@code distributeJob}: import the reference data, then write one blank progress
 * workbook per unit into {@code output/<period>/}.
 */
@Configuration(proxyBeanMethods = false)
class DistributeJobConfiguration {

	@Bean
	Job distributeJob(JobRepository jobRepository, Step importReferenceDataStep, Step writeProgressWorkbooksStep,
			Step setAsideFormsOfFormerUnitsStep, ScheduleProperties schedule) {
		return new JobBuilder("distributeJob", jobRepository).listener(new RunLogListener(java.time.ZoneId.of(schedule.zone())))
			.start(importReferenceDataStep)
			.next(writeProgressWorkbooksStep)
			.next(setAsideFormsOfFormerUnitsStep)
			.build();
	}

	@Bean
	Step setAsideFormsOfFormerUnitsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceDataRepository reference) {
		return new StepBuilder("setAsideFormsOfFormerUnitsStep", jobRepository)
			.tasklet(new FormsOfFormerUnits(reference), transactionManager)
			.build();
	}

	@Bean
	Step writeProgressWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<ProgressWorkbookSpec> progressWorkbookSpecReader,
			ProgressWorkbookItemWriter progressWorkbookItemWriter) {
		return new StepBuilder("writeProgressWorkbooksStep", jobRepository)
			.<ProgressWorkbookSpec, ProgressWorkbookSpec>chunk(10)
			.transactionManager(transactionManager)
			.reader(progressWorkbookSpecReader)
			.writer(progressWorkbookItemWriter)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<ProgressWorkbookSpec> progressWorkbookSpecReader(ReferenceDataRepository repository,
			@Value("#{jobParameters['period']}") String period) {
		return new ListItemReader<>(ProgressWorkbookSpecs.of(repository, Period.parse(period)));
	}

	@Bean
	@StepScope
	ProgressWorkbookItemWriter progressWorkbookItemWriter(@Value("#{jobParameters['workspace']}") String workspace,
			@Value("#{jobParameters['period']}") String period) {
		return new ProgressWorkbookItemWriter(
				new Workspace(java.nio.file.Path.of(workspace)).periodOutput(Period.parse(period)));
	}

}
