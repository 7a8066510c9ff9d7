package org.workledger.returns;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An accepted return as stored: who, for which period, when filled in, and from which file.
 *
 * @param takenIn the run that took the file in (a later run's file is a later submission)
 */
public record Submission(String sha256, String fileName, String unitName, String period, LocalDate filledOn,
		Instant modifiedAt, String contact, String phone, long takenIn) {

	public Submission(String sha256, String fileName, String unitName, String period, LocalDate filledOn,
			Instant modifiedAt, String contact, String phone) {
		this(sha256, fileName, unitName, period, filledOn, modifiedAt, contact, phone, 0);
	}

}
