package org.workledger.trends;

import java.time.LocalDate;
import java.util.List;

import org.workledger.period.Period;

/**
 * The figures of one period's ledger as it was last consolidated, with the tables it was
 * judged by: for the trend page, the unit's own months and the year report.
 */
public record PeriodSummary(Period period, LocalDate asOf, int unitsExpected, int unitsReported, Figures figures,
		List<Item> items, List<Task> tasks) {

	/** One item (事项) of the breakdown. */
	public record Item(int itemNo, String itemName, Figures figures) {
	}

	/** One task, with the texts it had in that period's breakdown. */
	public record Task(String taskId, int itemNo, String taskText, String leadUnits, String deadlineText,
			Figures figures) {
	}

	/** One unit of that period's roster, under the name it had then, with the former names it had then. */
	public record Unit(String unitName, String category, List<String> formerNames, boolean reported,
			String overdueTasks, Figures figures) {
	}

	/** Share of the expected units that reported, in percent; {@code null} when none was expected. */
	public Integer reportedShare() {
		return this.unitsExpected == 0 ? null : (int) Math.round(this.unitsReported * 100.0 / this.unitsExpected);
	}

}
