package org.workledger.reports;

/**
 * The 红黄绿灯 of an item or a task, one rule for the circular and the office's page: red
 * when a task is overdue, yellow when one falls due within the warning days and is not
 * done or when a unit has not reported (silence is not "进展正常"), green otherwise.
 */
public final class Lights {

	public static final String RED = "红";

	public static final String YELLOW = "黄";

	public static final String GREEN = "绿";

	private Lights() {
	}

	public static String of(int overdue, boolean dueSoon, int notReported) {
		return overdue > 0 ? RED : dueSoon || notReported > 0 ? YELLOW : GREEN;
	}

	/** Whether a deadline falls within the warning days from the as-of day (a task not done by then turns yellow). */
	public static boolean dueSoon(java.time.LocalDate due, java.time.LocalDate asOf, int warningDays) {
		return due != null && !due.isBefore(asOf) && !due.isAfter(asOf.plusDays(warningDays));
	}

	/** The legend, as the circular and the page print it. */
	public static String legend(int warningDays) {
		return String.format("红灯：有逾期未完成的任务；黄灯：有 %d 天内到期且未完成的任务，或有单位未报送；绿灯：已完成或进度正常。", warningDays);
	}

}
