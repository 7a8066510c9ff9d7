package org.workledger.findings;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class FindingCodeTests {

	/** A template with a stray % (完成进度（%）) failed in String.format, and the clerk saw an exception's name. */
	@ParameterizedTest
	@EnumSource(FindingCode.class)
	void everyMessageAndFixCanBeWritten(FindingCode code) {
		Object[] args = new Object[8];
		Arrays.fill(args, "某值");

		Finding finding = code.at(Location.file("某单位.xlsx"), "某值", args);

		assertThat(finding.message()).isNotBlank().doesNotContain("%s");
		assertThat(finding.fix()).doesNotContain("%s");
	}

}
