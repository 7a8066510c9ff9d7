package org.workledger.breakdown;

/**
 * One main task (主要任务) of the breakdown.
 *
 * @param id stable task id {@code N.k}: item number and the task's place in the item
 * @param row one-based row of the task in the breakdown sheet, as Excel shows it
 */
public record BreakdownTask(String id, int itemNo, int taskIndex, String itemName, String text, String leadUnits,
		String responsibleUnits, Deadline deadline, int row) {

	public static String id(int itemNo, int taskIndex) {
		return itemNo + "." + taskIndex;
	}

}
