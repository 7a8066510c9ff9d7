package org.workledger.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LightsTests {

	@Test
	void silenceIsNotGreen() {
		assertThat(Lights.of(0, false, 0)).isEqualTo("绿");
		assertThat(Lights.of(0, false, 43)).isEqualTo("黄");
		assertThat(Lights.of(0, true, 0)).isEqualTo("黄");
		assertThat(Lights.of(1, true, 43)).isEqualTo("红");
		assertThat(Lights.legend(15)).contains("15 天内到期", "有单位未报送");
	}

}
