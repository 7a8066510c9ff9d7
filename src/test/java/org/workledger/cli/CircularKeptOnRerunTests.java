package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workledger.cli.ConsolidateCommandTests.run;

/** A circular sent out days ago survives the rerun that counts a late return. */
@ExtendWith(OutputCaptureExtension.class)
class CircularKeptOnRerunTests {

	@Test
	void theCircularOfAnEarlierDayIsKeptWhenALateReturnRewritesIt(CapturedOutput output) throws Exception {
		// given October consolidated and its circular written ten days ago
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		assertThat(run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular").exitCode()).isZero();
		Path folder = workspace.resolve("output/2023-10");
		Path circular = folder.resolve("沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf");
		byte[] sent = Files.readAllBytes(circular);
		Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
		Files.setLastModifiedTime(circular, FileTime.from(tenDaysAgo));

		// when a late return comes in and October is consolidated again
		ReturnFixtures.fill(folder.resolve("康平县人民政府-2023年10月进展情况表.xlsx"), workspace.resolve("input/康平县.xlsx"),
				LocalDate.of(2023, 11, 3));
		ConsolidateCommandTests.Result rerun = run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular");

		// then the new circular is in its place, and the one sent out is kept, as it was, under its day
		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(Files.readAllBytes(circular)).isNotEqualTo(sent);
		try (var kept = Files.list(folder.resolve("此前的通报"))) {
			assertThat(kept.toList()).singleElement().satisfies(file -> {
				assertThat(file.getFileName().toString()).startsWith("沈阳市政务公开重点工作任务进展情况通报（2023年10月）（")
					.endsWith("版）.pdf");
				assertThat(file).hasBinaryContent(sent);
			});
		}
		assertThat(output).contains("此前生成的通报已移到 " + folder.resolve("此前的通报"));

		// and a circular that says the same as the one before (run again days later with nothing new) is not kept again
		Files.setLastModifiedTime(circular, FileTime.from(tenDaysAgo));
		ConsolidateCommandTests.Result same = run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular",
				"--force");
		assertThat(same.exitCode()).as(same.err()).isZero();
		try (var kept = Files.list(folder.resolve("此前的通报"))) {
			assertThat(kept.toList()).hasSize(1);
		}
	}

}
