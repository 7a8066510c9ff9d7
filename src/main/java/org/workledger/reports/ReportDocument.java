package org.workledger.reports;

import java.nio.file.Path;

/**
 * A PDF a run wrote, and whom it is for.
 *
 * @param unitName the unit it is addressed to; {@code null} for the circular
 */
public record ReportDocument(Kind kind, String unitName, Path path) {

	public enum Kind {

		CIRCULAR, UNIT_REPORT, REMINDER, LEAD_REPORT, REJECTION_NOTICE

	}

}
