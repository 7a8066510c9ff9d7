package org.workledger.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.accounts.Accounts;
import org.workledger.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 「立即汇总」 runs in the background while the request that started it has long returned:
 * the next click, from another request thread, and the scheduled run must both get their turn.
 */
@SpringBootTest(properties = "spring.main.web-application-type=servlet")
class ConsoleRunsTests {

	static final Path WORKSPACE = ConsoleWorkspace.create();

	static final Period OCTOBER = Period.of(2023, 10);

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	ConsoleRuns runs;

	@Test
	void aClerksRunLetsTheNextClickAndTheScheduledRunHaveTheirTurn(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		// given: a prepared workspace, and requests served by different threads, as the web server's are
		ConsoleWorkspace.prepare(WORKSPACE, operator, distribute, consolidate, accounts, false);
		ExecutorService firstRequest = Executors.newSingleThreadExecutor();
		ExecutorService secondRequest = Executors.newSingleThreadExecutor();
		ExecutorService schedule = Executors.newSingleThreadExecutor();
		try {
			// when a clerk clicks, and the run ends
			assertThat(firstRequest.submit(() -> this.runs.start(OCTOBER, OCTOBER.lastDay(), "办公室")).get()).isEmpty();
			awaitEnd();

			// then another click, on another thread, starts a run too
			Optional<String> again = secondRequest.submit(() -> this.runs.start(OCTOBER, LocalDate.of(2023, 11, 5), "办公室"))
				.get();
			assertThat(again).isEmpty();
			awaitEnd();

			// and the scheduled run is not kept waiting
			var scheduled = schedule.submit(() -> this.runs.runScheduled(OCTOBER, OCTOBER.lastDay(), "circular"));
			scheduled.get(120, TimeUnit.SECONDS);
			assertThat(this.runs.lastEnded()).isPresent();
		}
		finally {
			firstRequest.shutdownNow();
			secondRequest.shutdownNow();
			schedule.shutdownNow();
		}
	}

	private void awaitEnd() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (this.runs.running().isPresent() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.runs.running()).isEmpty();
		// the background thread gives its permit back just after it clears the running run
		Thread.sleep(200);
	}

}
