package org.workledger.consolidation;

import java.time.LocalDate;

/**
 * One row of the consolidated ledger (汇总台账): an expected (unit, task) pair and what the
 * unit's winning return says about it, or 未报送.
 *
 * @param status 已完成 / 推进中 / 未启动 / 持续推进, or 未报送 when the unit has no accepted return
 * @param percent 0–100, or {@code null} when not given or not reported
 * @param deadlineDue {@code null} for ongoing tasks
 * @param sourceFile the input file the values came from (path below input/), empty when not reported
 * @param sourceRow one-based row in that file's task sheet, 0 when not reported
 */
public record LedgerRow(String taskId, String itemName, String taskText, String unitName, String unitCategory,
		String role, String deadlineText, LocalDate deadlineDue, String status, Integer percent, boolean overdue,
		String progress, String problems, String nextSteps, String contact, String phone, LocalDate filledOn,
		String sourceFile, String sourceSheet, int sourceRow) {

	public static final String NOT_REPORTED = "未报送";

	public boolean reported() {
		return !NOT_REPORTED.equals(this.status);
	}

}
