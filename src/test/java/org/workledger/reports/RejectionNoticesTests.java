package org.workledger.reports;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionNoticesTests {

	@Test
	void aNoticeBearsTheDayItsFileCameInOnTheOfficesClockOrElseTheAsOfDay() throws Exception {
		// given October 2023, as of 31 October, in the office's zone (Beijing time)
		RejectionNotices notices = new RejectionNotices(SamplePeriods.october());

		// a file that came in at 01:30 on 2 November Beijing time (17:30 on 1 November UTC) bears 2 November
		assertThat(notices.noticeDate(rejected(Instant.parse("2023-11-01T17:30:00Z")))).isEqualTo("2023年11月2日");
		// one that came in before the as-of day, or whose time is not known, bears the as-of day
		assertThat(notices.noticeDate(rejected(Instant.parse("2023-10-26T02:00:00Z")))).isEqualTo("2023年10月31日");
		assertThat(notices.noticeDate(rejected(null))).isEqualTo("2023年10月31日");
	}

	@Test
	void aNoticeSaysByWhenToSendTheCorrectedReturn() throws Exception {
		RejectionNotices notices = new RejectionNotices(SamplePeriods.october());
		// October's returns are due by 5 November: a file sent back on 2 November has three days left
		assertThat((String) notices.parameters(rejected(Instant.parse("2023-11-01T17:30:00Z"))).get("NEXT_STEPS"))
			.contains("请于11月5日前按原渠道重新报送");
		// one sent back on 7 November is asked for at once
		assertThat((String) notices.parameters(rejected(Instant.parse("2023-11-07T02:00:00Z"))).get("NEXT_STEPS"))
			.contains("报送时限11月5日已过，请尽快按原渠道重新报送");
	}

	@Test
	void theSameHintInManyCellsIsOneRowAndTheErrorStaysFirst() throws Exception {
		// given one error and the same hint in four rows
		List<RejectedReturn.NoticeFinding> findings = new java.util.ArrayList<>();
		findings.add(new RejectedReturn.NoticeFinding("错误", "进展填报", "J9", "", "任务标为“已完成”但没有填写工作进展", "请填写工作进展"));
		for (int row = 10; row <= 13; row++) {
			findings.add(new RejectedReturn.NoticeFinding("提示", "进展填报", "H" + row, "持续推进", "上期已报“已完成”，本期为“持续推进”",
					"请核对完成状态", (row - 6) + ".1"));
		}
		RejectedReturn r = new RejectedReturn("d", "城乡建设局.xlsx", "沈阳市城乡建设局", 1, 4, "进展填报!J9：任务标为“已完成”但没有填写工作进展",
				findings, null);

		// when
		List<java.util.Map<String, ?>> rows = new RejectionNotices(SamplePeriods.october()).rows(r);

		// then
		assertThat(rows).hasSize(2);
		assertThat(List.of(rows.get(0).get("where"), rows.get(0).get("severity"))).containsExactly("进展填报!J9", "错误");
		// the cells on a line, their tasks on a line below: 任务 and its number are not broken apart in the narrow column
		assertThat(List.of(rows.get(1).get("where"), rows.get(1).get("no")))
			.containsExactly("进展填报!H10、H11、H12 等 4 处\n任务 4.1、5.1、6.1 等", 2);
		assertThat(RejectedReturn.NoticeFinding.places(findings.subList(1, 3))).isEqualTo("进展填报!H10（任务 4.1）、H11（任务 5.1）");
	}

	private static RejectedReturn rejected(Instant cameIn) {
		return new RejectedReturn("c", "和平区10月.xlsx", "和平区人民政府", 1, 0, "进展填报!I7：完成进度“120”不是 0–100 之间的数",
				List.of(), cameIn);
	}

}
