package org.workledger.returns;

import java.util.Map;

/**
 * One filled-in row of a return's task table, as typed.
 *
 * @param row one-based row number, as Excel shows it
 * @param cells A1 reference of each contract column in this row, by label
 * @param taskText the 主要任务 written in the row (the form's own, from the table it was made from)
 */
public record ReturnedRow(int row, String taskId, String statusText, PercentValue percent, String progress,
		String problems, String nextSteps, Map<String, String> cells, String taskText) {

	public ReturnedRow(int row, String taskId, String statusText, PercentValue percent, String progress,
			String problems, String nextSteps, Map<String, String> cells) {
		this(row, taskId, statusText, percent, progress, problems, nextSteps, cells, "");
	}

	public String cell(String label) {
		return this.cells.getOrDefault(label, "");
	}

}
