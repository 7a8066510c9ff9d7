package org.workledger.reports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;
import org.workledger.trends.Figures;
import org.workledger.trends.PeriodSummary;
import org.workledger.trends.YearSoFar;

import static org.assertj.core.api.Assertions.assertThat;

/** The year's table of items, month by month. */
class TrendSectionsTests {

	@Test
	void anItemWithFiguresInOneMonthOnlyShowsNoChange() {
		// given item 1 without a progress in September (all ongoing) and at 100 in October, item 2 at 40 then 70
		PeriodSummary september = period(9, new Figures(2, 0, 0, 0, 2, 0, 0, 0, 0), new Figures(2, 0, 2, 0, 0, 0, 0, 80, 2));
		PeriodSummary october = period(10, new Figures(2, 2, 0, 0, 0, 0, 0, 200, 2), new Figures(2, 0, 2, 0, 0, 0, 0, 140, 2));

		// when
		List<Map<String, ?>> rows = new TrendSections(
				new YearSoFar(2023, List.of(september, october), Map.of(), Map.of(), Map.of())).table();

		// then one month's figure is no change of 0; two months' are
		assertThat(List.of(rows.get(0).get("m9"), rows.get(0).get("m10"), rows.get(0).get("change")))
			.containsExactly("—", "100", "");
		assertThat(List.of(rows.get(1).get("m9"), rows.get(1).get("m10"), rows.get(1).get("change")))
			.containsExactly("40", "70", "+30");
	}

	@Test
	void anOngoingItemWhereFewUnitsGaveAFigureShowsNoAverage() {
		// given an ongoing item: 10 units reported it, 2 of them typed 100, the rest gave no figure
		PeriodSummary october = period(10, new Figures(12, 0, 0, 0, 10, 2, 0, 200, 2), new Figures(2, 0, 2, 0, 0, 0, 0, 140, 2));

		// when
		List<Map<String, ?>> rows = new TrendSections(new YearSoFar(2023, List.of(october), Map.of(), Map.of(), Map.of()))
			.table();

		// then no 100 that would read as the item done
		assertThat(rows.get(0).get("m10")).isEqualTo("—");
		assertThat(rows.get(1).get("m10")).isEqualTo("70");
	}

	private static PeriodSummary period(int month, Figures first, Figures second) {
		return new PeriodSummary(Period.of(2023, month), Period.of(2023, month).lastDay(), 49, 2, Figures.NONE,
				List.of(new PeriodSummary.Item(1, "政策文件", first), new PeriodSummary.Item(2, "政务服务", second)), List.of());
	}

}
