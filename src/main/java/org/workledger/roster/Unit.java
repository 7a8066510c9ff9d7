package org.workledger.roster;

import java.util.List;

/**
 * A unit that reports: its full name as the roster writes it, the short names and
 * aliases the task breakdown may use, its category, and how to reach its liaison.
 */
public record Unit(String name, List<String> aliases, String category, String contact, String phone, String email,
		int rosterRow) {

	public Unit {
		aliases = List.copyOf(aliases);
	}

	/** The name shown in tight places (tables, charts): the first alias, else the full name. */
	public String shortName() {
		return this.aliases.isEmpty() ? this.name : this.aliases.get(0);
	}

}
