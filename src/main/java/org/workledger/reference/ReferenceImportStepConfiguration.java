package org.workledger.reference;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.intake.IntakeProperties;
import org.workledger.vocabulary.VocabularyProperties;
import org.workledger.workbook.WorkbookOpener;

/** The {@code importReferenceDataStep} shared by every job. */
@Configuration(proxyBeanMethods = false)
class ReferenceImportStepConfiguration {

	@Bean
	WorkbookOpener workbookOpener(IntakeProperties intake) {
		return new WorkbookOpener(intake.maxFileSize().toBytes());
	}

	@Bean
	Step importReferenceDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WorkbookOpener opener, ReferenceDataRepository repository, VocabularyProperties vocabulary) {
		return new StepBuilder("importReferenceDataStep", jobRepository)
			.tasklet(new ReferenceImportTasklet(new ReferenceImporter(opener, vocabulary.city()), repository, vocabulary),
					transactionManager)
			.build();
	}

}
