package org.workledger.reference;

import org.workledger.period.Period;

/**
 * One task breakdown or roster as it was taken in: its content hash, the year a breakdown
 * applies to and how that was decided, where it came from and where its copy is kept, and
 * the first period it applies to.
 */
public record ReferenceVersion(long id, String kind, String sha256, Integer year, String yearRule, String title,
		String fileName, String sheetName, String archivedAs, Period effectiveFrom, long takenInExecution) {

	public static final String BREAKDOWN = "breakdown";

	public static final String ROSTER = "roster";

	public ReferenceSource source() {
		return new ReferenceSource(this.kind, this.title, this.fileName, this.sheetName, this.sha256);
	}

}
