package org.workledger.returns;

import org.workledger.contract.ProgressStatus;

/**
 * One accepted line of a return: a unit's progress on one task in one period.
 *
 * @param statusText the word the unit typed (may be a synonym of {@code status})
 * @param percent 0–100, or {@code null} when not given
 * @param row one-based row in the return's task sheet
 */
public record ProgressEntry(String taskId, ProgressStatus status, String statusText, Integer percent, String progress,
		String problems, String nextSteps, int row) {
}
