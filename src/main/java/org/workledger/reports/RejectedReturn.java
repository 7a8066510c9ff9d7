package org.workledger.reports;

import java.util.List;

/**
 * A rejected return and everything found in it, for its notice and the circular.
 *
 * @param unitName empty when the unit could not be told
 */
public record RejectedReturn(String sha256, String fileName, String unitName, int errorCount, int warningCount,
		String mainReason, List<NoticeFinding> findings) {

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
