package org.workledger.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CircularReportTests {

	@Test
	void aRejectedReturnsReasonIsGivenWithoutItsCell() {
		assertThat(CircularReport.withoutCell("进展填报!I39：完成进度“120”不是 0–100 之间的数"))
			.isEqualTo("完成进度“120”不是 0–100 之间的数");
		assertThat(CircularReport.withoutCell("无法作为 Excel 工作簿打开（文件已损坏或格式不完整）"))
			.isEqualTo("无法作为 Excel 工作簿打开（文件已损坏或格式不完整）");
	}

}
