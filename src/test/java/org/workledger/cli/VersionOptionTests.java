package org.workledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionOptionTests {

	@Test
	void namesTheBuildAndTheJavaItRunsOn() {
		StringWriter out = new StringWriter();

		int code = WorkledgerCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
				"--version");

		assertThat(code).isZero();
		assertThat(out.toString()).containsPattern("workledger \\S+（构建于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）")
			.contains("Java " + System.getProperty("java.version"));
	}

}
