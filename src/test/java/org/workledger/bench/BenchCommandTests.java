package org.workledger.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.cli.WorkledgerCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark command end to end, small: two runs in one JVM, each from an empty database. */
class BenchCommandTests {

	@TempDir
	Path temp;

	@Test
	void measuresAColdAndAWarmRunAndEndsWithTheirTableRows() {
		// given
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		// when
		int exit = WorkledgerCommand.execute(new PrintWriter(out), new PrintWriter(err), "bench", "--returns", "10",
				"--reports", "circular", "--runs", "2", "--workspace", this.temp.resolve("bench").toString());

		// then
		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).contains("第 1 次运行", "第 2 次运行", "ACCEPTED=")
			.containsPattern("\\| 10 \\| \\d+ \\| [^|]+ \\| (G1|Parallel|Serial) \\| cold \\| \\d")
			.containsPattern("\\| 10 \\| \\d+ \\| [^|]+ \\| (G1|Parallel|Serial) \\| warm \\| \\d");
	}

	@Test
	void runsAMessyRoundOfHandMadeWorkbooksWithTheAskedShareRejected() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int exit = WorkledgerCommand.execute(new PrintWriter(out), new PrintWriter(err), "bench", "--returns", "10",
				"--hand-made", "1", "--errors", "0.5", "--reports", "none", "--workspace", this.temp.resolve("messy").toString());

		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).contains("有错误应退回 5 份", "其中单位自制表格（无模板信息表）9 份", "ACCEPTED=5", "REJECTED=5");
	}

	@Test
	void refusesASharePastOne() {
		StringWriter err = new StringWriter();
		int exit = WorkledgerCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench",
				"--returns", "10", "--errors", "67", "--workspace", this.temp.resolve("bench").toString());
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("--errors", "0 到 1");
	}

	@Test
	void refusesRunsTogetherWithKeepData() {
		StringWriter err = new StringWriter();
		int exit = WorkledgerCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "bench",
				"--returns", "10", "--runs", "2", "--keep-data", "--workspace", this.temp.resolve("bench").toString());
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("--keep-data");
	}

}
