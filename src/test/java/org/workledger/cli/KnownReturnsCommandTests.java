package org.workledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

import org.workledger.reference.KnownReturns;
import org.workledger.reference.ReferenceDataRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.workledger.intake.InputFolder;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

/**
 * The scan for new reference tables passes over the files an earlier run took in as
 * returns — by name, size and time as the database recorded them — and reads any file
 * written since.
 */
class KnownReturnsCommandTests {

	@Test
	void aReturnTakenInIsKnownUntilItIsWrittenAgain() throws Exception {
		// given a period consolidated with a return that is not a template .xlsx (the scan reads those)
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Path folder = workspace.resolve("output/2023-10");
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		Path xlsx = ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"),
				workspace.resolve("康平县.xlsx"), LocalDate.of(2023, 10, 25));
		Path xls = ReturnFixtures.toXls(xlsx, workspace.resolve("input/康平县.xls"));
		ConsolidateCommandTests.Result consolidate = run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "none");
		assertThat(consolidate.exitCode()).as(consolidate.err()).isZero();
		assertThat(run("status", "-w", ws, "-p", "2023-10").out()).contains("已报  康平县人民政府 ← 康平县.xls");
		InputFolder input = new InputFolder(workspace.resolve("input"));

		try (SingleConnectionDataSource database = new SingleConnectionDataSource(
				"jdbc:h2:file:" + workspace.resolve("data/workledger"), "sa", "", true)) {
			ReferenceDataRepository repository = new ReferenceDataRepository(JdbcClient.create(database),
					new JdbcTemplate(database));

			// then the database knows it as a return, and not the roster or the task breakdown
			assertThat(repository.knownReturns().contains(input, xls)).isTrue();
			assertThat(repository.knownReturns().contains(input, workspace.resolve("input/单位名册.xlsx"))).isFalse();

			// a file written again under the same name is read again
			Files.setLastModifiedTime(xls, FileTime.from(Instant.now().plusSeconds(5)));
			assertThat(repository.knownReturns().contains(input, xls)).isFalse();
		}
		assertThat(KnownReturns.none().contains(input, xls)).isFalse();
	}

}
