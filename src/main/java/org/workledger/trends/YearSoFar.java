package org.workledger.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.workledger.period.Period;

/**
 * The summarized periods of one year up to a period, oldest first; with the units'
 * months when they were asked for.
 *
 * @param units each period's unit figures by the unit's name in that period
 * @param firstReceived each period's first accepted return by unit name, as stored today
 * (a return that came after the period's circular still counts, as late)
 * @param rejected each period's rejected returns by unit name
 */
public record YearSoFar(int year, List<PeriodSummary> periods, Map<Period, Map<String, PeriodSummary.Unit>> units,
		Map<Period, Map<String, Instant>> firstReceived, Map<Period, Map<String, Integer>> rejected) {

	public static YearSoFar empty(int year) {
		return new YearSoFar(year, List.of(), Map.of(), Map.of(), Map.of());
	}

	/** Whether there is a movement to show: two periods or more. */
	public boolean hasTrend() {
		return this.periods.size() >= 2;
	}

	/**
	 * A unit's returns owed over the year, one for each name it was expected under in each
	 * period: two units merged since owed two returns a month before the merger, and the one
	 * that did not come is missing, whatever the other sent.
	 */
	public List<UnitMonth> returnsOf(String unitName, List<String> formerNames) {
		List<String> names = new ArrayList<>();
		names.add(unitName);
		names.addAll(formerNames);
		List<UnitMonth> returns = new ArrayList<>();
		for (PeriodSummary summary : this.periods) {
			Period period = summary.period();
			Map<String, PeriodSummary.Unit> units = this.units.getOrDefault(period, Map.of());
			for (String name : names) {
				PeriodSummary.Unit unit = units.get(name);
				if (unit != null) {
					returns.add(new UnitMonth(period, true, unit.reported(),
							this.firstReceived.getOrDefault(period, Map.of()).get(name),
							this.rejected.getOrDefault(period, Map.of()).getOrDefault(name, 0), unit.overdueTasks(),
							unit.figures()));
				}
			}
		}
		return returns;
	}

	/**
	 * A unit's months, following renames and mergers: the unit's figures in each period are
	 * those of its current name and of its former names together.
	 */
	public List<UnitMonth> monthsOf(String unitName, List<String> formerNames) {
		List<String> names = new ArrayList<>();
		names.add(unitName);
		names.addAll(formerNames);
		List<UnitMonth> months = new ArrayList<>();
		for (PeriodSummary summary : this.periods) {
			Period period = summary.period();
			Map<String, PeriodSummary.Unit> units = this.units.getOrDefault(period, Map.of());
			Map<String, Instant> received = this.firstReceived.getOrDefault(period, Map.of());
			Map<String, Integer> rejected = this.rejected.getOrDefault(period, Map.of());
			boolean expected = false;
			boolean counted = false;
			Figures figures = Figures.NONE;
			List<String> overdue = new ArrayList<>();
			Instant first = null;
			int rejectedReturns = 0;
			for (String name : names) {
				PeriodSummary.Unit unit = units.get(name);
				if (unit != null) {
					expected = true;
					counted |= unit.reported();
					figures = figures.plus(unit.figures());
					if (!unit.overdueTasks().isEmpty()) {
						overdue.add(unit.overdueTasks());
					}
				}
				Instant at = received.get(name);
				if (at != null && (first == null || at.isBefore(first))) {
					first = at;
				}
				rejectedReturns += rejected.getOrDefault(name, 0);
			}
			months.add(new UnitMonth(period, expected, counted, first, rejectedReturns, String.join("、", overdue), figures));
		}
		return months;
	}

}
