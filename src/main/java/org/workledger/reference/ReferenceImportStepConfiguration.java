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
	ReferenceImporter referenceImporter(WorkbookOpener opener, VocabularyProperties vocabulary,
			ReferenceVersions versions) {
		return new ReferenceImporter(opener, vocabulary.city(), versions);
	}

	@Bean
	Step importReferenceDataStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReferenceImporter importer, ReferenceDataRepository repository, VocabularyProperties vocabulary,
			ReferenceVersions versions) {
		return new StepBuilder("importReferenceDataStep", jobRepository)
			.tasklet(new ReferenceImportTasklet(importer, repository, vocabulary, versions), transactionManager)
			.build();
	}

}
