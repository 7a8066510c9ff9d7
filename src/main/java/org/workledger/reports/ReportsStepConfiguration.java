package org.workledger.reports;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code writeReportsStep} that ends {@code consolidateJob}. */
@Configuration(proxyBeanMethods = false)
class ReportsStepConfiguration {

	@Bean
	PdfRenderer pdfRenderer(ReportsProperties properties) {
		return new PdfRenderer(properties.author());
	}

	@Bean
	Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PeriodFactsLoader loader, PdfRenderer pdfRenderer, ReportDocumentRepository documents) {
		return new StepBuilder("writeReportsStep", jobRepository)
			.tasklet(new ReportsTasklet(loader, pdfRenderer, documents), transactionManager)
			.build();
	}

}
