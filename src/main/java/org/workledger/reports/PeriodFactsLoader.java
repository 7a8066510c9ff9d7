package org.workledger.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workledger.consolidation.LedgerRow;
import org.workledger.consolidation.PeriodLedger;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceSource;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.system.RunParameters;
import org.workledger.trends.PeriodSummaries;

/** Gathers the facts of a period for its reports, from the database only. */
@Component
public class PeriodFactsLoader {

	private final ReferenceDataRepository reference;

	private final PeriodLedger ledger;

	private final ReportQueries queries;

	private final ReportsProperties properties;

	private final PeriodSummaries summaries;

	private final java.time.ZoneId office;

	/** The office named as issuer; empty when the workspace's settings name none. */
	public String issuer() {
		return this.properties.issuer();
	}

	public PeriodFactsLoader(ReferenceDataRepository reference, PeriodLedger ledger, ReportQueries queries,
			ReportsProperties properties, PeriodSummaries summaries, org.workledger.schedule.ScheduleProperties schedule) {
		this.office = java.time.ZoneId.of(schedule.zone());
		this.reference = reference;
		this.ledger = ledger;
		this.queries = queries;
		this.properties = properties;
		this.summaries = summaries;
	}

	private PeriodFacts.Narratives narratives(RunParameters run, PeriodLedger.Result current) {
		return new PeriodFacts.Narratives() {
			@Override
			public Map<String, ProgressEntry> ofUnit(String unitName) {
				Submission winner = current.winners().get(unitName);
				return winner == null ? Map.of() : PeriodFactsLoader.this.ledger.narrativesOf(winner);
			}

			@Override
			public Map<String, String> progressOfTask(String taskId, java.util.function.UnaryOperator<String> brief) {
				return PeriodFactsLoader.this.ledger.progressOfTask(run.period(), taskId, current.winners(), brief);
			}
		};
	}

	/** Lets go of what the run's ledger step kept for this loader (a run without PDFs). */
	public void forget(long jobExecutionId) {
		this.ledger.forget(jobExecutionId);
	}

	public PeriodFacts load(RunParameters run, long jobExecutionId) {
		return load(run, jobExecutionId, true);
	}

	/**
	 * The previous period's rows of the units it had: its rows are laid out by this period's
	 * roster, and a unit added since owed nothing then (the circular listed it as 上期未报
	 * and its tasks as 新完成). A unit renamed or merged since counts by its 曾用名.
	 */
	private List<LedgerRow> onItsRoster(List<LedgerRow> rows, Period previous) {
		java.util.Set<String> then = this.summaries.unitNames(previous);
		if (then.isEmpty()) {
			return rows;
		}
		java.util.Set<String> existed = new java.util.HashSet<>();
		for (org.workledger.roster.Unit unit : this.reference.units()) {
			if (then.contains(unit.name()) || unit.formerNames().stream().anyMatch(then::contains)) {
				existed.add(unit.name());
			}
		}
		return rows.stream().filter(r -> existed.contains(r.unitName())).toList();
	}

	/** {@code withUnitMonths}: whether the unit reports are written too (their months are read then). */
	public PeriodFacts load(RunParameters run, long jobExecutionId, boolean withUnitMonths) {
		PeriodLedger.Result current = this.ledger.of(run.period(), run.asOf(), jobExecutionId);
		Period previous = run.period().previous();
		// only a period the office consolidated has a circular to compare with (a stray return filed under the
		// month before makes no "before"), and a period nobody reported for has none either
		List<LedgerRow> before = this.summaries.consolidatedAsOf(previous)
			.flatMap(asOf -> this.ledger.ifReported(previous, asOf))
			.map(PeriodLedger.Result::rows)
			.map(rows -> onItsRoster(rows, previous))
			.orElse(List.of());
		Map<String, List<RejectedReturn.NoticeFinding>> warningsBySha = this.queries
			.warnings(current.winners().values().stream().map(Submission::sha256).toList());
		Map<String, List<RejectedReturn.NoticeFinding>> warnings = new HashMap<>();
		current.winners().forEach((unit, s) -> warnings.put(unit, warningsBySha.getOrDefault(s.sha256(), List.of())));
		String title = this.reference.source("breakdown").map(ReferenceSource::title).orElse("重点工作任务分解表");
		return new PeriodFacts(run.period(), run.asOf(), title, this.properties.issuer(), this.properties.watermark(),
				this.properties.warningDays(), this.reference.units(), this.reference.tasks(), current.rows(),
				current.winners(), before,
				this.queries.rejected(run.period()), warnings, narratives(run, current),
				this.summaries.year(run.period().month().getYear(), run.period(), withUnitMonths), this.office,
				this.properties.returnsDueDays(), this.properties.contact());
	}

}
