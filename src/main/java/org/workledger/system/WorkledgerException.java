package org.workledger.system;

/**
 * A failure that stops a run, with a one-line Chinese reason the command line prints
 * as it is. Anything else that escapes is a defect and is reported with its class name.
 */
public class WorkledgerException extends RuntimeException {

	public WorkledgerException(String message) {
		super(message);
	}

	public WorkledgerException(String message, Throwable cause) {
		super(message, cause);
	}

}
