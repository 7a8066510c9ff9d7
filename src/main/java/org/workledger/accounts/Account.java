package org.workledger.accounts;

import java.time.Instant;

/** An account of the web console; {@code unitName} is set for unit accounts only. */
public record Account(String username, Role role, String unitName, Instant createdAt) {

	public boolean office() {
		return this.role == Role.OFFICE;
	}

}
