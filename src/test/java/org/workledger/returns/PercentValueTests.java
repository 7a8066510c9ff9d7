package org.workledger.returns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PercentValueTests {

	@ParameterizedTest
	@CsvSource({ "80, 80", "80%, 80", "80％, 80", "８０, 80", "0, 0", "100, 100", "100%, 100", "66.6, 67", " 50 , 50",
			"1, 1" })
	void readsWhatUnitsType(String text, int expected) {
		assertThat(PercentValue.parse(text).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "150", "-5", "八十", "80分", "0.8", "约80%" })
	void refusesTheRest(String text) {
		PercentValue value = PercentValue.parse(text);
		assertThat(value.valid()).isFalse();
		assertThat(value.blank()).isFalse();
		assertThat(value.shown()).isEqualTo(text);
		assertThat(value.fraction().isPresent()).isEqualTo(text.equals("0.8"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "—", "——", "-", "－", "/", "／", "无", " — " })
	void readsTheMarksOfAnEmptyCellAsEmpty(String text) {
		// a 持续推进 task needs no percent: units mark the cell as left empty
		assertThat(PercentValue.parse(text).blank()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "2023年10月26日, 2023-10-26", "2023-10-26, 2023-10-26", "2023.10.26, 2023-10-26", "2023/10/6, 2023-10-06",
			"20231026, 2023-10-26", "２０２３年１０月２６日, 2023-10-26" })
	void readsDatesTypedAsText(String text, String iso) {
		assertThat(DateText.parse(text)).hasValue(java.time.LocalDate.parse(iso));
	}

}
