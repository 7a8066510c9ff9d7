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

	/**
	 * The changes from {@code before} to {@code after}; empty when every task reads the same.
	 * Tasks are matched by their wording first, then by number: a row deleted in the middle
	 * of an item moves the tasks after it up one number, which is said as such (the units'
	 * forms of earlier months no longer line up), not as a string of changed tasks.
	 */
	public static Optional<String> between(Breakdown before, Breakdown after) {
		Map<String, BreakdownTask> old = byId(before);
		Map<String, BreakdownTask> now = byId(after);
		Map<String, String> pairs = new LinkedHashMap<>();
		Map<String, List<String>> newByText = new LinkedHashMap<>();
		now.values().forEach(t -> newByText.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.id()));
		java.util.Set<String> paired = new java.util.HashSet<>();
		for (BreakdownTask task : old.values()) {
			List<String> same = newByText.getOrDefault(task.text(), List.of());
			if (same.size() == 1 && !paired.contains(same.get(0))) {
				pairs.put(task.id(), same.get(0));
				paired.add(same.get(0));
			}
		}
		for (BreakdownTask task : old.values()) {
			if (!pairs.containsKey(task.id()) && now.containsKey(task.id()) && !paired.contains(task.id())) {
				pairs.put(task.id(), task.id());
				paired.add(task.id());
			}
		}
		List<String> renumbered = new ArrayList<>();
		List<String> deadlines = new ArrayList<>();
		List<String> units = new ArrayList<>();
		List<String> wording = new ArrayList<>();
		pairs.forEach((oldId, newId) -> {
			BreakdownTask was = old.get(oldId);
			BreakdownTask task = now.get(newId);
			if (!oldId.equals(newId)) {
				renumbered.add(oldId + " → " + newId);
			}
			if (!Objects.equals(was.deadline().text(), task.deadline().text())) {
				deadlines.add(newId + "（" + was.deadline().text() + " → " + task.deadline().text() + "）");
			}
			if (!Objects.equals(was.leadUnits(), task.leadUnits())
					|| !Objects.equals(was.responsibleUnits(), task.responsibleUnits())) {
				units.add(newId);
			}
			if (!Objects.equals(was.text(), task.text())) {
				wording.add(newId);
			}
		});
		List<String> added = now.keySet().stream().filter(id -> !paired.contains(id)).toList();
		List<String> dropped = old.keySet().stream().filter(id -> !pairs.containsKey(id)).toList();
		List<String> parts = new ArrayList<>();
		part(parts, "新增", added);
		part(parts, "删去", dropped);
		part(parts, "编号变动", renumbered);
		part(parts, "完成时限改动", deadlines);
		part(parts, "牵头或责任单位改动", units);
		part(parts, "任务内容改动", wording);
		if (!renumbered.isEmpty()) {
			parts.add("注意：编号变动后，各单位此前的表格与新编号对不上，请重新下发本期表格；如只是取消某项任务，"
					+ "建议在原行标注“（已取消）”而不删去该行，其后任务的编号就不会变动");
		}
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
