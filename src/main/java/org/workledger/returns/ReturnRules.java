package org.workledger.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Role;
import org.workledger.period.Period;
import org.workledger.roster.Roster;
import org.workledger.vocabulary.StatusVocabulary;

/**
 * What a return is checked against: the roster, the tasks, each unit's assignments, the
 * as-of date, each unit's current template fingerprint, the unit's entries of the
 * previous period (for the plausibility checks) and the status words accepted.
 *
 * @param laterNames a unit's later name (normalised, from the newest roster, where its name
 * here is a 曾用名) to its names in this roster: a unit renamed since may write its new name on
 * an earlier month's form; two units merged since both have the merged unit's name
 */
public record ReturnRules(Roster roster, Map<String, BreakdownTask> tasks, Map<String, Map<String, Role>> assignments,
		LocalDate asOf, Map<String, String> fingerprints,
		BiFunction<String, Period, Map<String, ProgressEntry>> previousEntries, StatusVocabulary statuses,
		Map<String, List<String>> laterNames) {

	public ReturnRules(Roster roster, Map<String, BreakdownTask> tasks, Map<String, Map<String, Role>> assignments,
			LocalDate asOf, Map<String, String> fingerprints,
			BiFunction<String, Period, Map<String, ProgressEntry>> previousEntries, StatusVocabulary statuses) {
		this(roster, tasks, assignments, asOf, fingerprints, previousEntries, statuses, Map.of());
	}

	/**
	 * The later names of this roster's units in a newer roster: each unit of {@code newer}
	 * whose 曾用名 is a unit here, by its normalised name.
	 */
	public static Map<String, List<String>> laterNames(Roster here, Roster newer) {
		Map<String, List<String>> later = new java.util.HashMap<>();
		if (newer == null) {
			return later;
		}
		java.util.Set<String> names = new java.util.HashSet<>();
		here.units().forEach(u -> names.add(u.name()));
		for (org.workledger.roster.Unit unit : newer.units()) {
			if (names.contains(unit.name())) {
				continue;
			}
			for (String former : unit.formerNames()) {
				if (names.contains(former)) {
					later.computeIfAbsent(org.workledger.workbook.Labels.normalize(unit.name()), k -> new java.util.ArrayList<>())
						.add(former);
				}
			}
		}
		return later;
	}

	public Map<String, Role> assignmentsOf(String unitName) {
		return this.assignments.getOrDefault(unitName, Map.of());
	}

}
