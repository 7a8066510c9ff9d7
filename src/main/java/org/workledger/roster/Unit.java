package org.workledger.roster;

import java.util.List;

/**
 * A unit that reports: its full name as the roster writes it, the short names and
 * aliases the task breakdown may use, its category, how to reach its liaison, and the
 * names it had before a reorganisation (曾用名): returns and history under those count for it.
 */
public record Unit(String name, List<String> aliases, String category, String contact, String phone, String email,
		int rosterRow, List<String> formerNames) {

	public Unit {
		aliases = List.copyOf(aliases);
		formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
	}

	/** A unit that was never renamed. */
	public Unit(String name, List<String> aliases, String category, String contact, String phone, String email,
			int rosterRow) {
		this(name, aliases, category, contact, phone, email, rosterRow, List.of());
	}

	/** The name shown in tight places (tables, charts): the first alias, else the full name. */
	public String shortName() {
		return this.aliases.isEmpty() ? this.name : this.aliases.get(0);
	}

}
