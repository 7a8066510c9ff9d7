package org.workledger.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT for the long-running schedule. The JVM's default reaction starts the
 * shutdown at once, and a run still going then fails (classes can no longer be loaded from
 * the executable jar, shutdown hooks can no longer be added). Handling the signals here
 * lets the schedule finish the run in progress and then exit normally.
 */
final class StopSignals {

	private StopSignals() {
	}

	static void onStop(Runnable action) {
		for (String name : new String[] { "TERM", "INT" }) {
			try {
				Signal.handle(new Signal(name), signal -> action.run());
			}
			catch (IllegalArgumentException ex) {
				// a platform without this signal, or one the JVM keeps (-Xrs): keep the default
				org.workledger.system.Console.warn("无法接管 SIG" + name + "：" + ex.getMessage());
			}
		}
	}

}
