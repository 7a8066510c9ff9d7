package org.workledger.schedule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CronWordsTests {

	@Test
	void theUsualSchedulesAreSaidInWords() {
		assertThat(CronWords.of("0 0 7 * * MON-FRI")).isEqualTo("每周一至周五 07:00");
		assertThat(CronWords.of("0 30 18 * * *")).isEqualTo("每天 18:30");
		assertThat(CronWords.of("0 0 8 * * MON,WED,FRI")).isEqualTo("每周一、周三、周五 08:00");
		assertThat(CronWords.of("0 0 7 ? * 1-5")).isEqualTo("每周一至周五 07:00");
	}

	@Test
	void anyOtherIsShownAsItIsWritten() {
		assertThat(CronWords.of("0 0 7 1 * *")).isEqualTo("计划 0 0 7 1 * *");
		assertThat(CronWords.of("0 */15 * * * *")).isEqualTo("计划 0 */15 * * * *");
	}

}
