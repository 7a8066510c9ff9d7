package org.workledger.roster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a new roster changes, in a line the clerk reads when it is taken in: units added,
 * units no longer listed, and renames and mergers told by the 曾用名 column. A unit left
 * out by mistake is noticed here, before it goes missing from every ledger.
 */
public final class RosterChanges {

	/** Beyond this many names a part of the line ends in 等. */
	private static final int NAMES_SHOWN = 10;

	private RosterChanges() {
	}

	/** The changes from {@code before} to {@code after}; empty when the same units are listed under the same names. */
	public static Optional<String> between(Roster before, Roster after) {
		Set<String> old = new LinkedHashSet<>();
		before.units().forEach(u -> old.add(u.name()));
		Set<String> now = new LinkedHashSet<>();
		after.units().forEach(u -> now.add(u.name()));
		Set<String> carriedOn = new LinkedHashSet<>();
		List<String> renamed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (Unit unit : after.units()) {
			List<String> formerly = unit.formerNames().stream().filter(old::contains).filter(n -> !now.contains(n)).toList();
			if (old.contains(unit.name())) {
				// a unit that keeps its name and takes in another (林草局 into 自然资源局): a merger, not a unit gone
				if (!formerly.isEmpty()) {
					renamed.add(String.join("、", formerly) + " 并入 " + unit.name());
					carriedOn.addAll(formerly);
				}
				continue;
			}
			if (formerly.isEmpty()) {
				added.add(unit.name());
			}
			else {
				renamed.add(String.join("、", formerly) + " → " + unit.name());
				carriedOn.addAll(formerly);
			}
		}
		List<String> gone = old.stream().filter(n -> !now.contains(n) && !carriedOn.contains(n)).toList();
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add("新增 " + added.size() + " 个：" + names(added, "、"));
		}
		if (!renamed.isEmpty()) {
			parts.add("更名或合并 " + renamed.size() + " 处：" + names(renamed, "；"));
		}
		if (!gone.isEmpty()) {
			parts.add("不再列入 " + gone.size() + " 个：" + names(gone, "、"));
		}
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("；", parts));
	}

	private static String names(List<String> names, String separator) {
		return names.size() > NAMES_SHOWN ? String.join(separator, names.subList(0, NAMES_SHOWN)) + " 等"
				: String.join(separator, names);
	}

}
