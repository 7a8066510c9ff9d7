package org.workledger.system;

/**
 * A failure that stops a run, with a one-line Chinese reason the command line prints
 * as it is. Anything else that escapes is a defect and is reported with its class name.
 */
public class WorkledgerException extends RuntimeException {

	/** Whether the run already printed the reason as one of its findings (an [错误] line). */
	private final boolean saidAbove;

	public WorkledgerException(String message) {
		this(message, false);
	}

	/** @param saidAbove the run already printed the reason as one of its findings: its last line need not repeat it */
	public WorkledgerException(String message, boolean saidAbove) {
		super(message);
		this.saidAbove = saidAbove;
	}

	public WorkledgerException(String message, Throwable cause) {
		super(message, cause);
		this.saidAbove = false;
	}

	public boolean saidAbove() {
		return this.saidAbove;
	}

	/** Whether any failure, however wrapped, is one whose reason the run already printed. */
	public static boolean saidAbove(java.util.List<Throwable> failures) {
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
				if (t instanceof WorkledgerException w && w.saidAbove()) {
					return true;
				}
			}
		}
		return false;
	}

}
