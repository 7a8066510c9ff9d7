package org.workledger.workbook;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workledger.contract.ProgressWorkbookContract;

import static org.assertj.core.api.Assertions.assertThat;

class LabelFormsTests {

	private final LabelForms contract = LabelForms.of(ProgressWorkbookContract.REQUIRED_COLUMNS);

	@Test
	void aLabelIsKnownHoweverItIsTyped() {
		assertThat(this.contract.labelOf("完成进度(%)")).isEqualTo(ProgressWorkbookContract.PERCENT);
		assertThat(this.contract.labelOf(" 完 成 状 态 ")).isEqualTo(ProgressWorkbookContract.STATUS);
		assertThat(this.contract.labelOf("任务编号：")).isEqualTo(ProgressWorkbookContract.TASK_ID);
		assertThat(this.contract.labelOf("*工作进展")).isEqualTo(ProgressWorkbookContract.PROGRESS);
	}

	@Test
	void aCellWithAnIdeographNoLabelHasIsNoneOfThem() {
		assertThat(this.contract.labelOf("沈阳市教育局")).isNull();
		assertThat(this.contract.labelOf("已完成")).isNull();
		assertThat(this.contract.labelOf("2023年12月底前")).isNull();
		// the ideographs of two labels together are still neither of them
		assertThat(this.contract.labelOf("完成进展")).isNull();
	}

	@Test
	void everyCellGetsTheAnswerNormalisingItWouldGive() {
		List<String> cells = List.of("任务编号", "任 务 编 号", "完成进度（%）", "完成进度(%)：", "完成状态", "已完成", "推进中", "80%",
				"1.2", "", " ", "\u3000工作进展\u3000", "存在问题:", "下步计划 *", "牵头单位", "完成时限", "编号", "进展",
				"第0142号测试局", "ＡＢＣ", "⼯作进展", "工作进展\u200b");
		for (String cell : cells) {
			assertThat(this.contract.labelOf(cell)).as(cell)
				.isEqualTo(this.contract.byForm().get(Labels.normalize(cell)));
		}
	}

}
