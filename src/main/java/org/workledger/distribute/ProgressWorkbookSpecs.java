package org.workledger.distribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.intake.Sha256;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceSource;
import org.workledger.roster.Unit;

/** Builds each unit's workbook content from the stored reference data. */
public final class ProgressWorkbookSpecs {

	private ProgressWorkbookSpecs() {
	}

	/** One spec per unit that has at least one task, in roster order. */
	public static List<ProgressWorkbookSpec> of(ReferenceDataRepository repository, Period period) {
		return of(repository, period, repository.units(), repository.tasks(), repository.assignments());
	}

	/** As above, from reference data the caller has already loaded (at 10,000 units, loading is not free). */
	public static List<ProgressWorkbookSpec> of(ReferenceDataRepository repository, Period period, List<Unit> units,
			List<BreakdownTask> taskList, List<Assignment> assignmentList) {
		return of(repository.source("breakdown").map(ReferenceSource::title).orElse("重点工作任务分解表"), period, units,
				taskList, assignmentList);
	}

	/** As above, for a breakdown of this title. */
	public static List<ProgressWorkbookSpec> of(String breakdownTitle, Period period, List<Unit> units,
			List<BreakdownTask> taskList, List<Assignment> assignmentList) {
		String title = new org.workledger.breakdown.Breakdown(breakdownTitle, "", "", Map.of(), List.of()).progressTitle();
		Map<String, BreakdownTask> tasks = taskList.stream()
			.collect(Collectors.toMap(BreakdownTask::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<String, List<Assignment>> byUnit = assignmentList.stream()
			.collect(Collectors.groupingBy(Assignment::unitName, LinkedHashMap::new, Collectors.toList()));
		// a task's lead units and deadline read the same on every unit's form: worked out once per task, not
		// once per unit and task (350,000 at 10,000 units)
		Map<String, String> leadsListed = new HashMap<>();
		Map<String, String> deadlineLabels = new HashMap<>();
		for (BreakdownTask task : tasks.values()) {
			leadsListed.put(task.id(), task.leadUnits() == null ? null
					: org.workledger.breakdown.UnitNames.listed(task.leadUnits()));
			deadlineLabels.put(task.id(), task.deadline().label());
		}
		List<ProgressWorkbookSpec> specs = new ArrayList<>();
		// units of a category share their task list: hashed once per list, not once per unit (10,000 units)
		Map<List<String>, String> fingerprints = new HashMap<>();
		for (Unit unit : units) {
			List<Assignment> assignments = byUnit.getOrDefault(unit.name(), List.of());
			if (assignments.isEmpty()) {
				continue;
			}
			List<ProgressWorkbookSpec.Task> rows = new ArrayList<>();
			for (Assignment assignment : assignments) {
				BreakdownTask task = tasks.get(assignment.taskId());
				// lead units as a list reads them (市司法局、市政府办公室), not with the breakdown's spaces
				rows.add(new ProgressWorkbookSpec.Task(task.id(), task.itemName(), task.text(),
						leadsListed.get(task.id()), deadlineLabels.get(task.id()), task.deadline().isOngoing(),
						assignment.role()));
			}
			List<String> ids = rows.stream().map(ProgressWorkbookSpec.Task::id).toList();
			specs.add(new ProgressWorkbookSpec(title, unit, period, rows,
					fingerprints.computeIfAbsent(ids, k -> fingerprint(rows))));
		}
		return specs;
	}

	/** Identifies the task list a workbook was made for: ids and texts, in order. */
	public static String fingerprint(List<ProgressWorkbookSpec.Task> tasks) {
		StringBuilder text = new StringBuilder();
		for (ProgressWorkbookSpec.Task task : tasks) {
			text.append(task.id()).append('\t').append(task.text()).append('\n');
		}
		return Sha256.of(text.toString()).substring(0, 16);
	}

	/** {@code 和平区人民政府-2023年10月进展情况表.xlsx} */
	public static String fileName(ProgressWorkbookSpec spec) {
		return fileName(spec.unit().name(), spec.period());
	}

	/** The name of a unit's blank workbook for a period, as {@code distribute} writes it into output/&lt;period&gt;/. */
	public static String fileName(String unitName, Period period) {
		return org.workledger.system.FileNames.safe(unitName + "-" + period.label() + "进展情况表") + ".xlsx";
	}

}
