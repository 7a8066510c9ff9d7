package org.workledger.breakdown;

import java.time.LocalDate;

/**
 * A task's 完成时限: a due date, or ongoing ({@code 长期坚持}, {@code 持续推进}), which is
 * reported every period and never overdue.
 *
 * @param text the deadline as the breakdown writes it
 * @param due the last day the task may be done on; {@code null} when ongoing
 */
public record Deadline(String text, LocalDate due) {

	public static Deadline ongoing(String text) {
		return new Deadline(text, null);
	}

	public static Deadline due(String text, LocalDate date) {
		return new Deadline(text, date);
	}

	/** The text as shown in tables: stray spaces removed ({@code 2023年10月 底前} → {@code 2023年10月底前}). */
	public String label() {
		return this.text.replaceAll("\\s+", "");
	}

	public boolean isOngoing() {
		return this.due == null;
	}

	/**
	 * Overdue on {@code asOf} unless done. A deadline of the as-of day itself is not yet
	 * overdue.
	 */
	public boolean isOverdue(LocalDate asOf, boolean done) {
		return !done && this.due != null && this.due.isBefore(asOf);
	}

}
