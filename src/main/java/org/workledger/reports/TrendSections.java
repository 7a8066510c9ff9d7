package org.workledger.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workledger.trends.Figures;
import org.workledger.trends.PeriodSummary;
import org.workledger.trends.YearSoFar;

/**
 * How the year went, period by period: a chart of the overall figures and a table of each
 * item (事项) by month. Shared by the circular's trend page and the year report.
 */
final class TrendSections {

	static final String CHART_KIND = "trend-chart";

	static final String TABLE_KIND = "trend";

	static final String CHART_NOTE = "各期统计截止时的报送率、已完成占比和平均完成进度（%）。";

	static final String TABLE_NOTE = "各事项的平均完成进度（%，已完成按 100 计，未报送的不计）；底色为红的月份该事项有逾期任务；"
			+ "空白为该月未汇总；“—”为多数已报单位未填完成进度（如长期坚持的任务），不计平均。末列为最近一期比第一期的变化。";

	private final YearSoFar year;

	TrendSections(YearSoFar year) {
		this.year = year;
	}

	/** One row per (measure, period): fields {@code series}, {@code period}, {@code value}. */
	List<Map<String, ?>> chart() {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (PeriodSummary p : this.year.periods()) {
			add(rows, "报送率", p, p.reportedShare());
		}
		for (PeriodSummary p : this.year.periods()) {
			add(rows, "已完成占比", p, p.figures().doneShare());
		}
		for (PeriodSummary p : this.year.periods()) {
			add(rows, "平均完成进度", p, p.figures().averageProgress());
		}
		return rows;
	}

	private static void add(List<Map<String, ?>> rows, String series, PeriodSummary p, Integer value) {
		if (value == null) {
			return;
		}
		Map<String, Object> row = new HashMap<>();
		row.put("series", series);
		row.put("period", p.period().month().getMonthValue() + "月");
		row.put("value", value.doubleValue());
		rows.add(row);
	}

	/**
	 * One row per item of the latest period's breakdown: {@code itemNo}, {@code itemName},
	 * {@code m1}…{@code m12} (average progress, blank where the month has no figures) and
	 * {@code o1}…{@code o12} (whether the item had overdue tasks then), {@code change}.
	 */
	List<Map<String, ?>> table() {
		List<PeriodSummary> periods = this.year.periods();
		if (periods.isEmpty()) {
			return List.of();
		}
		Map<Integer, String> names = new LinkedHashMap<>();
		periods.get(periods.size() - 1).items().forEach(i -> names.put(i.itemNo(), i.itemName()));
		List<Map<String, ?>> rows = new ArrayList<>();
		names.forEach((no, name) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("itemNo", no);
			row.put("itemName", name);
			for (int m = 1; m <= 12; m++) {
				row.put("m" + m, "");
				row.put("o" + m, Boolean.FALSE);
			}
			Integer first = null;
			Integer last = null;
			int withFigures = 0;
			for (PeriodSummary p : periods) {
				Figures f = figuresOf(p, no, name);
				if (f == null) {
					continue;
				}
				int month = p.period().month().getMonthValue();
				// an average of the few that gave a figure (ongoing tasks: most give none) read as the item's
				Integer average = f.progressCount() * 2 >= f.pairs() - f.notReported() ? f.averageProgress() : null;
				row.put("m" + month, average == null ? "—" : String.valueOf(average));
				row.put("o" + month, f.overdue() > 0);
				if (average != null) {
					first = first == null ? average : first;
					last = average;
					withFigures++;
				}
			}
			// a change needs two months with figures: one month's 100 after a month of — is no change of 0
			row.put("change", withFigures < 2 ? "" : last - first > 0 ? "+" + (last - first)
					: String.valueOf(last - first));
			rows.add(row);
		});
		return rows;
	}

	/** The item in a period: by number and name, else by name (a revision may renumber), else by number. */
	private static Figures figuresOf(PeriodSummary p, int itemNo, String itemName) {
		for (PeriodSummary.Item item : p.items()) {
			if (item.itemNo() == itemNo && item.itemName().equals(itemName)) {
				return item.figures();
			}
		}
		for (PeriodSummary.Item item : p.items()) {
			if (item.itemName().equals(itemName)) {
				return item.figures();
			}
		}
		// a revision that rewords an item keeps its number
		for (PeriodSummary.Item item : p.items()) {
			if (item.itemNo() == itemNo) {
				return item.figures();
			}
		}
		return null;
	}

}
