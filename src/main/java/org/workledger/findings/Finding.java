package org.workledger.findings;

/**
 * One problem found in an input file: what it is (a stable code from the catalogue), how
 * bad, where, the value found, and what to do about it, all in words a clerk can act on.
 */
public record Finding(FindingCode code, Location location, String value, String message, String fix) {

	public Finding {
		value = value == null ? "" : value;
	}

	public Severity severity() {
		return this.code.severity();
	}

	public boolean isError() {
		return severity() == Severity.ERROR;
	}

	/** One line for the console and logs. */
	public String oneLine() {
		StringBuilder line = new StringBuilder();
		line.append('[').append(severity().label()).append("] ");
		String where = this.location.toString();
		if (!where.isEmpty()) {
			line.append(where).append("：");
		}
		line.append(this.message);
		if (!this.fix.isEmpty()) {
			line.append("。处理建议：").append(this.fix);
		}
		return line.toString();
	}

}
