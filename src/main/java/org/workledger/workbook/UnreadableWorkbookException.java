package org.workledger.workbook;

import org.workledger.findings.Finding;

/** A file that cannot be read as a workbook, with the finding that tells the unit why. */
public class UnreadableWorkbookException extends Exception {

	private final transient Finding finding;

	public UnreadableWorkbookException(Finding finding, Throwable cause) {
		super(finding.message(), cause);
		this.finding = finding;
	}

	public Finding finding() {
		return this.finding;
	}

}
