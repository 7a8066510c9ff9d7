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

	/**
	 * The task number of the row this finding is in, when it is in a return's task table
	 * ({@code taskOfRow} by sheet name and Excel row, {@code 进展填报!10}); else empty. A missing
	 * row's finding marks where the row goes, on the next task's number: not that task's problem.
	 */
	public String taskIn(java.util.Map<String, String> taskOfRow) {
		if (this.code == FindingCode.TASK_MISSING || taskOfRow.isEmpty()) {
			return "";
		}
		String cell = this.location.cell();
		int digits = 0;
		while (digits < cell.length() && !Character.isDigit(cell.charAt(digits))) {
			digits++;
		}
		return digits == 0 || digits == cell.length() ? ""
				: taskOfRow.getOrDefault(this.location.sheet() + "!" + cell.substring(digits), "");
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
