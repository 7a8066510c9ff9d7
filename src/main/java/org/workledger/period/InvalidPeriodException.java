package org.workledger.period;

import org.workledger.system.WorkledgerException;

/** A period argument or cell that is not a month; the message is for the clerk. */
public class InvalidPeriodException extends WorkledgerException {

	public InvalidPeriodException(String message) {
		super(message);
	}

}
