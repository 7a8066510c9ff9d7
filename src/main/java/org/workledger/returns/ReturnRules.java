package org.workledger.returns;

import java.time.LocalDate;
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
 */
public record ReturnRules(Roster roster, Map<String, BreakdownTask> tasks, Map<String, Map<String, Role>> assignments,
		LocalDate asOf, Map<String, String> fingerprints,
		BiFunction<String, Period, Map<String, ProgressEntry>> previousEntries, StatusVocabulary statuses) {

	public Map<String, Role> assignmentsOf(String unitName) {
		return this.assignments.getOrDefault(unitName, Map.of());
	}

}
