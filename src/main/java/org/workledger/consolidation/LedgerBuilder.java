package org.workledger.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentOrder;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.contract.ProgressStatus;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.roster.Unit;

/**
 * Joins what was expected (every assignment) with what was reported (each unit's winning
 * return) into the ledger's rows, in task order then roster order. A pair without an
 * accepted return is 未报送; overdue follows PRODUCT rules: deadline before the as-of day
 * and not 已完成 (未报送 included).
 */
public final class LedgerBuilder {

	private LedgerBuilder() {
	}

	public static List<LedgerRow> build(List<BreakdownTask> tasks, List<Unit> units, List<Assignment> assignments,
			Map<String, Submission> winners, Map<String, List<ProgressEntry>> entriesBySha,
			Map<String, String> sheetsBySha, LocalDate asOf) {
		Map<String, BreakdownTask> taskById = new HashMap<>();
		Map<String, Integer> taskOrder = new HashMap<>();
		for (int i = 0; i < tasks.size(); i++) {
			taskById.put(tasks.get(i).id(), tasks.get(i));
			taskOrder.put(tasks.get(i).id(), i);
		}
		Map<String, Unit> unitByName = new HashMap<>();
		Map<String, Integer> unitOrder = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			unitByName.put(units.get(i).name(), units.get(i));
			unitOrder.put(units.get(i).name(), i);
		}
		Map<String, Map<String, ProgressEntry>> reported = new HashMap<>();
		winners.forEach((unit, submission) -> {
			Map<String, ProgressEntry> byTask = new HashMap<>();
			entriesBySha.getOrDefault(submission.sha256(), List.of()).forEach(e -> byTask.put(e.taskId(), e));
			reported.put(unit, byTask);
		});
		List<LedgerRow> rows = new ArrayList<>(assignments.size());
		for (Assignment a : inLedgerOrder(assignments, taskOrder, unitOrder)) {
			BreakdownTask task = taskById.get(a.taskId());
			Unit unit = unitByName.get(a.unitName());
			if (task == null || unit == null) {
				continue;
			}
			Submission submission = winners.get(a.unitName());
			ProgressEntry entry = submission == null ? null : reported.get(a.unitName()).get(a.taskId());
			if (entry == null) {
				rows.add(new LedgerRow(task.id(), task.itemName(), task.text(), unit.name(), unit.category(),
						a.role().label(), task.deadline().label(), task.deadline().due(), LedgerRow.NOT_REPORTED, null,
						task.deadline().isOverdue(asOf, false), "", "", "",
						submission == null ? "" : submission.contact(), submission == null ? "" : submission.phone(),
						submission == null ? null : submission.filledOn(), "", "", 0));
				continue;
			}
			boolean done = entry.status() == ProgressStatus.DONE;
			rows.add(new LedgerRow(task.id(), task.itemName(), task.text(), unit.name(), unit.category(), a.role().label(),
					task.deadline().label(), task.deadline().due(), entry.status().label(), entry.percent(),
					task.deadline().isOverdue(asOf, done), entry.progress(), entry.problems(), entry.nextSteps(),
					submission.contact(), submission.phone(), submission.filledOn(), submission.fileName(),
					sheetsBySha.getOrDefault(submission.sha256(), ""), entry.row()));
		}
		return rows;
	}

	/** Task order, then roster order; pairs of unknown tasks or units last. */
	private static List<Assignment> inLedgerOrder(List<Assignment> assignments, Map<String, Integer> taskOrder,
			Map<String, Integer> unitOrder) {
		return AssignmentOrder.sorted(assignments, a -> taskOrder.getOrDefault(a.taskId(), taskOrder.size()),
				a -> unitOrder.getOrDefault(a.unitName(), unitOrder.size()), unitOrder.size() + 1);
	}

}
