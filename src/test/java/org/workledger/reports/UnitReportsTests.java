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

	@Test
	void aReminderWrittenAfterTheDueDayIsDatedTheDayAfterItAndAsksForItAtOnce() throws Exception {
		// given October, due 5 November, whose last file came in on 8 November (Shenyang's clock)
		PeriodFacts late = withLastFileOn(SamplePeriods.october(), java.time.Instant.parse("2023-11-08T02:00:00Z"));
		UnitReports reports = new UnitReports(late);
		org.workledger.roster.Unit silent = unit(late, "沈阳市公安局");

		// then the reminder of a unit that sent nothing is a letter of the day after the due day, whichever other
		// unit's late return it was that came in after it
		java.util.Map<String, Object> reminder = reports.parameters(silent);
		assertThat(reminder.get("ISSUED_LABEL")).isEqualTo("2023年11月6日");
		assertThat((String) reminder.get("MESSAGE")).contains("截至2023年11月6日，你单位尚未报送", "尽快报送", "（报送时限11月5日已过）");
		PeriodFacts later = withLastFileOn(SamplePeriods.october(), java.time.Instant.parse("2023-11-20T02:00:00Z"));
		assertThat(new UnitReports(later).parameters(unit(later, "沈阳市公安局")).get("ISSUED_LABEL")).isEqualTo("2023年11月6日");
		// and a unit's own report keeps its own date
		assertThat(reports.parameters(unit(late, "和平区人民政府")).get("ISSUED_LABEL")).isEqualTo("2023年10月31日");

		// a last file before the due day leaves the reminder as of the month's end, the day still ahead
		PeriodFacts early = withLastFileOn(SamplePeriods.october(), java.time.Instant.parse("2023-11-03T02:00:00Z"));
		java.util.Map<String, Object> ahead = new UnitReports(early).parameters(unit(early, "沈阳市公安局"));
		assertThat(ahead.get("ISSUED_LABEL")).isEqualTo("2023年10月31日");
		assertThat((String) ahead.get("MESSAGE")).contains("于11月5日前报送").doesNotContain("已过");
	}

	private static org.workledger.roster.Unit unit(PeriodFacts facts, String name) {
		return facts.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
	}

	/** The facts with one more file, sent back and of no unit, that came in at {@code modified}. */
	private static PeriodFacts withLastFileOn(PeriodFacts f, java.time.Instant modified) {
		List<RejectedReturn> rejected = new ArrayList<>(f.rejected());
		rejected.add(new RejectedReturn("c", "照片.xlsx", "", 1, 0, "无法打开", List.of(), modified));
		return new PeriodFacts(f.period(), f.asOf(), f.breakdownTitle(), f.issuer(), f.watermark(), f.warningDays(),
				f.units(), f.tasks(), f.rows(), f.winners(), f.previousRows(), rejected, f.warnings(), f.narratives(),
				f.yearSoFar(), f.office(), f.returnsDueDays(), f.contact());
	}

}
