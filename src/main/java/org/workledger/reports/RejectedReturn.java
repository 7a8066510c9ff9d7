package org.workledger.reports;

import java.util.List;

/**
 * A rejected return and everything found in it, for its notice and the circular.
 *
 * @param unitName empty when the unit could not be told
 * @param modifiedAt when the file was last changed; null when not known
 */
public record RejectedReturn(String sha256, String fileName, String unitName, int errorCount, int warningCount,
		String mainReason, List<NoticeFinding> findings, java.time.Instant modifiedAt) {

	public RejectedReturn(String sha256, String fileName, String unitName, int errorCount, int warningCount,
			String mainReason, List<NoticeFinding> findings) {
		this(sha256, fileName, unitName, errorCount, warningCount, mainReason, findings, null);
	}

	/**
	 * True when the unit has since sent a return that was accepted for the period (a winner
	 * changed no earlier than this file): the rejection needs nothing more from anyone.
	 */
	public boolean resolvedBy(java.util.Map<String, org.workledger.returns.Submission> winners) {
		org.workledger.returns.Submission winner = this.unitName.isEmpty() ? null : winners.get(this.unitName);
		return winner != null && (this.modifiedAt == null || !winner.modifiedAt().isBefore(this.modifiedAt));
	}

	/** One finding as the notice prints it. */
	public record NoticeFinding(String severity, String sheet, String cell, String value, String message, String fix) {

		public String where() {
			if (this.sheet.isEmpty()) {
				return "整个文件";
			}
			if (this.cell.isEmpty()) {
				return this.sheet;
			}
			return this.cell.startsWith("第") ? this.sheet + " " + this.cell : this.sheet + "!" + this.cell;
		}

	}

}
