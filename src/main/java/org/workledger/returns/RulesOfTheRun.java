package org.workledger.returns;

import java.util.function.Supplier;

/**
 * The rules of the run in progress, built once and shared by the parallel readers: with
 * ten thousand units the assignments alone are a third of a million entries, which every
 * partition must not hold its own copy of.
 */
final class RulesOfTheRun {

	private long jobExecutionId = -1;

	private RulesByPeriod rules;

	/**
	 * Lets go of the rules once the run's intake is done: at 10,000 units they are tens of
	 * megabytes that the ledger and the PDFs need more.
	 */
	synchronized void release(long jobExecutionId) {
		if (this.jobExecutionId == jobExecutionId) {
			this.rules = null;
		}
	}

	synchronized RulesByPeriod get(long jobExecutionId, Supplier<RulesByPeriod> build) {
		if (this.jobExecutionId != jobExecutionId || this.rules == null) {
			this.rules = build.get();
			this.jobExecutionId = jobExecutionId;
		}
		return this.rules;
	}

}
