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

}
