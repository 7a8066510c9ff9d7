package org.workledger.breakdown;

/** What a unit is for a task. A unit named both as lead and as responsible is a lead unit. */
public enum Role {

	LEAD("牵头"), RESPONSIBLE("责任");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Role ofLabel(String label) {
		for (Role role : values()) {
			if (role.label.equals(label) || role.name().equals(label)) {
				return role;
			}
		}
		throw new IllegalArgumentException(label);
	}

}
