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

	/**
	 * The text as shown in tables: stray spaces removed ({@code 2023年10月 底前} → {@code 2023年10月底前}).
	 * Without a regular expression: it is asked for every row of a province's ledger.
	 */
	public String label() {
		StringBuilder label = null;
		for (int i = 0; i < this.text.length(); i++) {
			char c = this.text.charAt(i);
			// what \s matches in a regular expression
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == (char) 0x0B || c == '\f' || c == '\r';
			if (space && label == null) {
				label = new StringBuilder(this.text.length());
				label.append(this.text, 0, i);
			}
			else if (!space && label != null) {
				label.append(c);
			}
		}
		return label == null ? this.text : label.toString();
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
