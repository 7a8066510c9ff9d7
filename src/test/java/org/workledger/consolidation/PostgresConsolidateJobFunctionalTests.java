package org.workledger.consolidation;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.support.PostgresServer;
import org.workledger.support.TestWorkspace;

/**
 * The same realistic period as {@link ConsolidateJobFunctionalTests}, with the job
 * repository and all data on a real PostgreSQL server, chosen by configuration alone.
 */
class PostgresConsolidateJobFunctionalTests extends ConsolidateJobFunctionalTests {

	static final Path PG_WORKSPACE = TestWorkspace.withSamples();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresServer.URL);
		registry.add("spring.datasource.username", () -> PostgresServer.USER);
		registry.add("spring.datasource.password", () -> PostgresServer.PASSWORD);
	}

	@BeforeAll
	static void emptyDatabase() {
		PostgresServer.requireEmptyDatabase();
	}

	@Override
	Path workspace() {
		return PG_WORKSPACE;
	}

}
