package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revised task breakdown changes, in a line the clerk reads when it is taken in:
 * tasks added and dropped (by number), and tasks whose deadline, units or wording changed.
 * A deadline moved changes what is overdue from this month on; the clerk should know it
 * was meant.
 */
public final class BreakdownChanges {

	/** Beyond this many task numbers a part of the line ends in 等. */
	private static final int IDS_SHOWN = 15;

	private BreakdownChanges() {
	}

	/** The changes from {@code before} to {@code after}; empty when every task reads the same. */
	public static Optional<String> between(Breakdown before, Breakdown after) {
		Map<String, BreakdownTask> old = byId(before);
		Map<String, BreakdownTask> now = byId(after);
		List<String> added = new ArrayList<>();
		List<String> deadlines = new ArrayList<>();
		List<String> units = new ArrayList<>();
		List<String> wording = new ArrayList<>();
		now.forEach((id, task) -> {
			BreakdownTask was = old.get(id);
			if (was == null) {
				added.add(id);
				return;
			}
			if (!Objects.equals(was.deadline().text(), task.deadline().text())) {
				deadlines.add(id + "（" + was.deadline().text() + " → " + task.deadline().text() + "）");
			}
			if (!Objects.equals(was.leadUnits(), task.leadUnits())
					|| !Objects.equals(was.responsibleUnits(), task.responsibleUnits())) {
				units.add(id);
			}
			if (!Objects.equals(was.text(), task.text())) {
				wording.add(id);
			}
		});
		List<String> dropped = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
		List<String> parts = new ArrayList<>();
		part(parts, "新增", added);
		part(parts, "删去", dropped);
		part(parts, "完成时限改动", deadlines);
		part(parts, "牵头或责任单位改动", units);
		part(parts, "任务内容改动", wording);
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("；", parts));
	}

	private static void part(List<String> parts, String what, List<String> ids) {
		if (!ids.isEmpty()) {
			parts.add(what + " " + ids.size() + " 项：" + (ids.size() > IDS_SHOWN
					? String.join("、", ids.subList(0, IDS_SHOWN)) + " 等" : String.join("、", ids)));
		}
	}

	private static Map<String, BreakdownTask> byId(Breakdown breakdown) {
		Map<String, BreakdownTask> tasks = new LinkedHashMap<>();
		breakdown.tasks().forEach(t -> tasks.put(t.id(), t));
		return tasks;
	}

}
