package org.workledger.distribute;

import java.util.List;

import org.workledger.breakdown.Role;
import org.workledger.period.Period;
import org.workledger.roster.Unit;

/**
 * Everything one unit's blank progress workbook shows.
 *
 * @param title e.g. 沈阳市政务公开重点工作任务进展情况表
 * @param fingerprint hash of the unit's task list, written to the hidden metadata sheet
 */
public record ProgressWorkbookSpec(String title, Unit unit, Period period, List<Task> tasks, String fingerprint) {

	public ProgressWorkbookSpec {
		tasks = List.copyOf(tasks);
	}

	/** One row of the task table, as the unit sees it. */
	public record Task(String id, String itemName, String text, String leadUnits, String deadline, boolean ongoing,
			Role role) {
	}

}
