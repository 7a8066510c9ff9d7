package org.workledger.findings;

/** How bad a finding is: an error blocks what it is about, a warning is kept and shown. */
public enum Severity {

	ERROR("错误"), WARNING("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
