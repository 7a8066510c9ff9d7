package org.workledger.consolidation;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.returns.SubmissionRepository;

/**
 * {@code consolidateJob}: import the reference data, take in every file of
 * {@code input/}, then write the period's ledger.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidateJobConfiguration {

	@Bean
	Job consolidateJob(JobRepository jobRepository, Step importReferenceDataStep, Step intakeReturnsStep,
			Step consolidateStep) {
		return new JobBuilder("consolidateJob", jobRepository).start(importReferenceDataStep)
			.next(intakeReturnsStep)
			.next(consolidateStep)
			.build();
	}

	@Bean
	Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceDataRepository reference, SubmissionRepository submissions, RunSummaryRepository summaries) {
		return new StepBuilder("consolidateStep", jobRepository)
			.tasklet(new ConsolidationTasklet(reference, submissions, summaries), transactionManager)
			.build();
	}

}
