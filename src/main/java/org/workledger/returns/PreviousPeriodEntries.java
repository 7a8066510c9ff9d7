package org.workledger.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.workledger.period.Period;

/**
 * Each unit's entries of a period, loaded once per period and run: the plausibility
 * checks compare every return with its unit's previous period, and asking the database
 * per return would make a run quadratic in the number of returns.
 */
final class PreviousPeriodEntries {

	private final SubmissionRepository submissions;

	private final Map<Period, Map<String, Map<String, ProgressEntry>>> byPeriod = new ConcurrentHashMap<>();

	PreviousPeriodEntries(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	Map<String, ProgressEntry> of(String unitName, Period period) {
		return this.byPeriod.computeIfAbsent(period, this::load).getOrDefault(unitName, Map.of());
	}

	private Map<String, Map<String, ProgressEntry>> load(Period period) {
		Map<String, Submission> winners = this.submissions.winners(period);
		Map<String, List<ProgressEntry>> entries = this.submissions
			.entriesOf(winners.values().stream().map(Submission::sha256).toList());
		Map<String, Map<String, ProgressEntry>> byUnit = new HashMap<>();
		winners.forEach((unit, submission) -> {
			Map<String, ProgressEntry> byTask = new HashMap<>();
			entries.getOrDefault(submission.sha256(), List.of()).forEach(e -> byTask.put(e.taskId(), e));
			byUnit.put(unit, byTask);
		});
		return byUnit;
	}

}
