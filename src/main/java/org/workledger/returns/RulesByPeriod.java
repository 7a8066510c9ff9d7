package org.workledger.returns;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.workledger.period.Period;
import org.workledger.reference.ReferenceVersion;

/**
 * The rules a return is checked by, chosen by its own 报送期次: a return counts for the
 * period it names, so it is judged by that period's tables. Mostly those are the tables of
 * the run; a late return of last year, or an early one of next year, is judged by the
 * tables of its year (read from the archive once per run and period), and a return of a
 * year without a task breakdown has no rules at all.
 */
final class RulesByPeriod implements Function<Period, Optional<ReturnRules>> {

	/** The versions of a period and the rules built from them, both on request. */
	interface Tables {

		Optional<ReferenceVersion> breakdownFor(Period period);

		Optional<ReferenceVersion> rosterFor(Period period);

		ReturnRules rulesOf(ReferenceVersion breakdown, ReferenceVersion roster, LocalDate asOf);

	}

	private final ReturnRules runRules;

	private final String runBreakdownSha;

	private final String runRosterSha;

	private final Tables tables;

	private final Map<Period, Optional<ReturnRules>> byPeriod = new ConcurrentHashMap<>();

	RulesByPeriod(ReturnRules runRules, String runBreakdownSha, String runRosterSha, Tables tables) {
		this.runRules = runRules;
		this.runBreakdownSha = runBreakdownSha;
		this.runRosterSha = runRosterSha;
		this.tables = tables;
	}

	ReturnRules runRules() {
		return this.runRules;
	}

	@Override
	public Optional<ReturnRules> apply(Period period) {
		return this.byPeriod.computeIfAbsent(period, this::build);
	}

	private Optional<ReturnRules> build(Period period) {
		Optional<ReferenceVersion> breakdown = this.tables.breakdownFor(period);
		if (breakdown.isEmpty()) {
			return Optional.empty();
		}
		ReferenceVersion roster = this.tables.rosterFor(period).orElse(null);
		if (roster == null || (breakdown.get().sha256().equals(this.runBreakdownSha)
				&& roster.sha256().equals(this.runRosterSha))) {
			return Optional.of(this.runRules);
		}
		LocalDate asOf = period.lastDay().isAfter(this.runRules.asOf()) ? period.lastDay() : this.runRules.asOf();
		return Optional.of(this.tables.rulesOf(breakdown.get(), roster, asOf));
	}

}
