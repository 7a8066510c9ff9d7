package org.workledger.returns;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.workledger.period.Period;

/**
 * Each unit's entries of a period, for the plausibility checks that compare a return with
 * its unit's previous period. Which return won each unit is loaded once per period and
 * run (asking per return would scan the period for every return: quadratic); the lines,
 * narratives included, are fetched per return by key, because a province's whole period
 * of narratives does not fit in a small heap.
 */
final class PreviousPeriodEntries {

	private final SubmissionRepository submissions;

	private final Map<Period, Map<String, Submission>> winners = new ConcurrentHashMap<>();

	PreviousPeriodEntries(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	Map<String, ProgressEntry> of(String unitName, Period period) {
		Submission winner = this.winners.computeIfAbsent(period, this.submissions::winners).get(unitName);
		if (winner == null) {
			return Map.of();
		}
		Map<String, ProgressEntry> byTask = new HashMap<>();
		this.submissions.entriesOf(winner.sha256()).forEach(e -> byTask.put(e.taskId(), e));
		return byTask;
	}

}
