package org.workledger.accounts;

/** What an account may see: the whole office's work, or one unit's own. */
public enum Role {

	OFFICE("办公室"), UNIT("单位");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** {@code office} or {@code unit}, as typed on the command line. */
	public static Role parse(String text) {
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(text.trim())) {
				return role;
			}
		}
		throw new IllegalArgumentException("--role 应为 office（办公室）或 unit（单位），而不是“" + text + "”");
	}

}
