package org.workledger.workbook;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTests {

	@Test
	void readsLabelsTheWayAPersonDoes() {
		assertThat(Labels.normalize("完成进度（%）")).isEqualTo("完成进度(%)");
		assertThat(Labels.normalize("填报单位：")).isEqualTo("填报单位");
		assertThat(Labels.normalize("* 任务 编号 ")).isEqualTo("任务编号");
		assertThat(Labels.normalize("\u3000完成状态\u00a0")).isEqualTo("完成状态");
		assertThat(Labels.normalize("⼯作进展")).isEqualTo("工作进展"); // Kangxi radical 工
		assertThat(Labels.normalize(null)).isEmpty();
	}

	@Test
	void plainTextComesBackAsItIs() {
		for (String text : new String[] { "已完成", "80", "2023-10-25", "1-1", "2023年10月底前", "A1", "abc" }) {
			assertThat(Labels.normalize(text)).isSameAs(text)
				.isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFKC));
		}
	}

	@Test
	void tidiesValuesLikeTheRegularExpressionDoes() {
		for (String text : new String[] { "  a  b\t\tc ", "a b", "已完成", "\u3000沈阳市\u3000\u3000教育局\u00a0", "a\tb", "a\nb",
				"a \n  b", "", " " }) {
			String expected = text.replace('\u3000', ' ').replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
			assertThat(Labels.tidy(text)).as(text).isEqualTo(expected);
		}
		assertThat(Labels.tidy(null)).isEmpty();
	}

}
