package org.workledger.breakdown;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownTitleTests {

	@Test
	void aNoteInBracketsAtTheEndOfTheTitleStaysOutOfTheDocumentsTitles() {
		assertThat(Breakdown.withoutNote("沈阳市2024年政务公开重点工作任务分解表（修订）")).isEqualTo("沈阳市2024年政务公开重点工作任务分解表");
		assertThat(Breakdown.withoutNote("沈阳市政务公开重点工作任务分解表(征求意见稿)【2024年3月修订】"))
			.isEqualTo("沈阳市政务公开重点工作任务分解表");
		assertThat(Breakdown.withoutNote("（修订）")).isEqualTo("（修订）");
		assertThat(new Breakdown("沈阳市2024年政务公开重点工作任务分解表（修订）", "", "", Map.of(), List.of()).progressTitle())
			.isEqualTo("沈阳市2024年政务公开重点工作任务进展情况表");
	}

}
