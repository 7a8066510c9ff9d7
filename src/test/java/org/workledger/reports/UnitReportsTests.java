package org.workledger.reports;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitReportsTests {

	@Test
	void theSameHintInManyCellsIsOneLineNamingWhere() {
		// given 进行中 written for 推进中 in 35 rows, and one other hint
		List<RejectedReturn.NoticeFinding> warnings = new ArrayList<>();
		for (int row = 7; row <= 41; row++) {
			warnings.add(new RejectedReturn.NoticeFinding("提示", "进展填报", "H" + row, "进行中", "完成状态“进行中”已按“推进中”处理",
					"下次请直接选择“推进中”"));
		}
		warnings.add(new RejectedReturn.NoticeFinding("提示", "进展填报", "C3", "", "没有填写联系电话", "请在“联系电话”右侧单元格填写"));

		// when
		String text = UnitReports.warningsText(warnings);

		// then
		assertThat(text).isEqualTo("· 进展填报!H7、H8、H9 等 35 处：完成状态“进行中”已按“推进中”处理（下次请直接选择“推进中”）\n"
				+ "· 进展填报!C3：没有填写联系电话（请在“联系电话”右侧单元格填写）");
	}

}
