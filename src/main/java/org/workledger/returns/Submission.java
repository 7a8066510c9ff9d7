package org.workledger.returns;

import java.time.Instant;
import java.time.LocalDate;

/** An accepted return as stored: who, for which period, when filled in, and from which file. */
public record Submission(String sha256, String fileName, String unitName, String period, LocalDate filledOn,
		Instant modifiedAt, String contact, String phone) {
}
