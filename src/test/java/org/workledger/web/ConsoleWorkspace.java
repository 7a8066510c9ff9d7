package org.workledger.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.workledger.accounts.Accounts;
import org.workledger.accounts.Role;
import org.workledger.period.Period;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace as the console finds it on an ordinary day: October distributed, one office
 * account and two unit accounts (和平区, 沈河区), and 和平区's first return rejected.
 */
final class ConsoleWorkspace {

	static final Period OCTOBER = Period.of(2023, 10);

	static final String UNIT_A = "和平区人民政府";

	static final String UNIT_B = "沈河区人民政府";

	static final String PASSWORD = "correct-horse-1";

	private ConsoleWorkspace() {
	}

	static Path create() {
		return TestWorkspace.withSamples();
	}

	/** Distributes October, adds the accounts; with {@code rejected}, 和平区's bad return is consolidated. */
	static void prepare(Path root, JobOperator operator, Job distribute, Job consolidate, Accounts accounts,
			boolean rejected) throws Exception {
		Workspace workspace = new Workspace(root);
		RunParameters run = new RunParameters(workspace, OCTOBER, OCTOBER.lastDay(), LocalDateTime.now());
		assertThat(operator.start(distribute, run.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		accounts.add("office", PASSWORD, Role.OFFICE, null);
		accounts.add("heping", PASSWORD, Role.UNIT, UNIT_A);
		accounts.add("shenhe", PASSWORD, Role.UNIT, UNIT_B);
		if (rejected) {
			badReturn(root, root.resolve("input/和平区10月.xlsx"));
			RunParameters again = new RunParameters(workspace, OCTOBER, OCTOBER.lastDay(), LocalDateTime.now().plusSeconds(1));
			assertThat(operator.start(consolidate, again.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	static Path blank(Path root, String unit) {
		return root.resolve("output/2023-10/" + unit + "-2023年10月进展情况表.xlsx");
	}

	/** 和平区's return with a status nobody can read in its first task row (进展填报!H7). */
	static Path badReturn(Path root, Path target) throws Exception {
		Path file = ReturnFixtures.fill(blank(root, UNIT_A), target, LocalDate.of(2023, 10, 26), (sheet, r) -> {
			if (r == ReturnFixtures.FIRST_TASK_ROW) {
				ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "差不多了");
			}
		});
		// older than the intake's settle time, as a file dropped in earlier would be
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
		return file;
	}

	static Path goodReturn(Path root, String unit, Path target) throws Exception {
		return ReturnFixtures.fill(blank(root, unit), target, LocalDate.of(2023, 10, 26));
	}

}
