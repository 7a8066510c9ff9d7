package org.workledger.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * and not 已完成 (未报送 included), except that a task the unit last reported 已完成 in an
 * earlier month of the year stays done when it is 未报送 now (see
 * {@link org.workledger.returns.SubmissionRepository#doneEarlierInYear}).
 * <p>
 * The look-ups (tasks, units, winners) are built once per ledger: the ledger file is built
 * a task at a time, and rebuilding them per task cost seconds at 10,000 units.
 */
public final class LedgerBuilder {

	/** The reported line of a return for a task, or null. */
	@FunctionalInterface
	public interface Reported {

		ProgressEntry entry(Submission winner, String taskId);

	}

	private final Map<String, BreakdownTask> taskById = new HashMap<>();

	private final Map<String, Integer> taskOrder = new HashMap<>();

	/** What the rows of a task, a unit or a return share, made once and shared by their rows. */
	private final Map<String, LedgerRow.TaskPart> taskParts = new HashMap<>();

	private final Map<String, LedgerRow.UnitPart> unitParts = new HashMap<>();

	private final Map<String, LedgerRow.SourcePart> sourceParts = new HashMap<>();

	private final Map<String, LedgerRow.SourcePart> contactParts = new HashMap<>();

	private static final LedgerRow.SourcePart NO_SOURCE = new LedgerRow.SourcePart("", "", null, "", "");

	private final Map<String, Unit> unitByName = new HashMap<>();

	private final Map<String, Integer> unitOrder = new HashMap<>();

	private final Map<String, Submission> winners;

	private final Map<String, String> sheetsBySha;

	private final LocalDate asOf;

	/** {@code unit + '\n' + taskId} of the tasks done in an earlier month of the year. */
	private final Set<String> doneEarlier;

	public LedgerBuilder(List<BreakdownTask> tasks, List<Unit> units, Map<String, Submission> winners,
			Map<String, String> sheetsBySha, LocalDate asOf, Set<String> doneEarlier) {
		for (int i = 0; i < tasks.size(); i++) {
			this.taskById.put(tasks.get(i).id(), tasks.get(i));
			this.taskOrder.put(tasks.get(i).id(), i);
			BreakdownTask task = tasks.get(i);
			this.taskParts.put(task.id(), new LedgerRow.TaskPart(task.id(), task.itemName(), task.text(),
					task.deadline().label(), task.deadline().due()));
		}
		for (int i = 0; i < units.size(); i++) {
			this.unitByName.put(units.get(i).name(), units.get(i));
			this.unitOrder.put(units.get(i).name(), i);
			this.unitParts.put(units.get(i).name(), new LedgerRow.UnitPart(units.get(i).name(), units.get(i).category()));
		}
		this.winners = winners;
		this.sheetsBySha = sheetsBySha;
		this.asOf = asOf;
		this.doneEarlier = doneEarlier;
	}

	/** The units without a return that counts, whose 未报送 pairs may have been done in an earlier month. */
	public static List<String> withoutReturn(List<Unit> units, Map<String, Submission> winners) {
		return units.stream().map(Unit::name).filter(name -> !winners.containsKey(name)).toList();
	}

	/** All rows, from the entries of every winning return. */
	public static List<LedgerRow> build(List<BreakdownTask> tasks, List<Unit> units, List<Assignment> assignments,
			Map<String, Submission> winners, Map<String, List<ProgressEntry>> entriesBySha,
			Map<String, String> sheetsBySha, LocalDate asOf, Set<String> doneEarlier) {
		Map<String, Map<String, ProgressEntry>> reported = new HashMap<>();
		winners.values().forEach(submission -> {
			Map<String, ProgressEntry> byTask = new HashMap<>();
			entriesBySha.getOrDefault(submission.sha256(), List.of()).forEach(e -> byTask.put(e.taskId(), e));
			reported.put(submission.sha256(), byTask);
		});
		LedgerBuilder builder = new LedgerBuilder(tasks, units, winners, sheetsBySha, asOf, doneEarlier);
		return builder.rows(builder.inLedgerOrder(assignments),
				(winner, taskId) -> reported.get(winner.sha256()).get(taskId));
	}

	/** Task order, then roster order; pairs of unknown tasks or units last. */
	public List<Assignment> inLedgerOrder(List<Assignment> assignments) {
		return AssignmentOrder.sorted(assignments,
				a -> this.taskOrder.getOrDefault(a.taskId(), this.taskOrder.size()),
				a -> this.unitOrder.getOrDefault(a.unitName(), this.unitOrder.size()), this.unitOrder.size() + 1);
	}

	/** The rows of these assignments, in the order given; pairs of unknown tasks or units left out. */
	public List<LedgerRow> rows(List<Assignment> assignments, Reported reported) {
		List<LedgerRow> rows = new ArrayList<>(assignments.size());
		for (Assignment a : assignments) {
			BreakdownTask task = this.taskById.get(a.taskId());
			Unit unit = this.unitByName.get(a.unitName());
			if (task == null || unit == null) {
				continue;
			}
			Submission submission = this.winners.get(a.unitName());
			ProgressEntry entry = submission == null ? null : reported.entry(submission, a.taskId());
			LedgerRow.TaskPart taskPart = this.taskParts.get(task.id());
			LedgerRow.UnitPart unitPart = this.unitParts.get(unit.name());
			if (entry == null) {
				// the unit's contact is shown even for a task its return left out
				LedgerRow.SourcePart contact = submission == null ? NO_SOURCE
						: this.contactParts.computeIfAbsent(submission.sha256(),
								sha -> new LedgerRow.SourcePart(submission.contact(), submission.phone(),
										submission.filledOn(), "", ""));
				boolean doneEarlier = this.doneEarlier.contains(unit.name() + '\n' + task.id());
				rows.add(new LedgerRow(taskPart, unitPart, a.role().label(), LedgerRow.NOT_REPORTED, null,
						task.deadline().isOverdue(this.asOf, doneEarlier), LedgerRow.Narratives.NONE, contact, 0,
						doneEarlier));
				continue;
			}
			boolean done = entry.status() == ProgressStatus.DONE;
			LedgerRow.SourcePart source = this.sourceParts.computeIfAbsent(submission.sha256(),
					sha -> new LedgerRow.SourcePart(submission.contact(), submission.phone(), submission.filledOn(),
							submission.fileName(), this.sheetsBySha.getOrDefault(sha, "")));
			rows.add(new LedgerRow(taskPart, unitPart, a.role().label(), entry.status().label(), entry.percent(),
					task.deadline().isOverdue(this.asOf, done),
					LedgerRow.Narratives.of(entry.progress(), entry.problems(), entry.nextSteps()), source, entry.row()));
		}
		return rows;
	}

}
