package org.workledger.circulate;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reports.ReportDocumentRepository;
import org.workledger.reports.ReportsProperties;

/**
 * The {@code circulateStep} that ends {@code consolidateJob}. The {@link JavaMailSender} is
 * used only when {@code spring.mail.host} is set: Spring Boot makes it only then, but the
 * commands' ahead-of-time context (built once, with that condition taken as met) always
 * has one, without a host when none is set.
 */
@Configuration(proxyBeanMethods = false)
class CirculateStepConfiguration {

	@Bean
	MailSentRepository mailSentRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		return new MailSentRepository(jdbc, transactionManager);
	}

	@Bean
	Circulation circulation(ReportDocumentRepository documents, ReferenceDataRepository reference,
			MailSentRepository sent, ObjectProvider<JavaMailSender> sender, MailProperties properties,
			ReportsProperties reports, Environment environment) {
		boolean smtp = !environment.getProperty("spring.mail.host", "").isBlank();
		return new Circulation(documents, reference, sent, smtp ? sender.getIfAvailable() : null, properties,
				from(properties, environment), reports.issuer());
	}

	@Bean
	Step circulateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Circulation circulation, MailProperties properties) {
		return new StepBuilder("circulateStep", jobRepository)
			.tasklet(new CirculateTasklet(circulation, properties, jobRepository), transactionManager)
			.build();
	}

	/** {@code workledger.mail.from}, else the SMTP user name when it is an address. */
	static String from(MailProperties properties, Environment environment) {
		if (!properties.from().isEmpty()) {
			return properties.from();
		}
		String username = environment.getProperty("spring.mail.username", "").strip();
		return username.contains("@") ? username : "";
	}

}
