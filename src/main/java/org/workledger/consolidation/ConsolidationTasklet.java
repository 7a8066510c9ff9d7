package org.workledger.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceSource;
import org.workledger.reports.RejectedReturn;
import org.workledger.reports.ReportQueries;
import org.workledger.returns.Submission;
import org.workledger.roster.Unit;
import org.workledger.system.Console;
import org.workledger.system.FileNames;
import org.workledger.system.RunParameters;
import org.workledger.trends.PeriodSummaries;

/**
 * Last step of {@code consolidateJob}: builds the period's ledger from the stored returns
 * (each unit's winning return, 未报送 for the rest), writes 汇总台账（期次）.xlsx and prints
 * the run summary. It only reads the database, so running it again gives the same file.
 */
class ConsolidationTasklet implements Tasklet {

	private final ReferenceDataRepository reference;

	private final PeriodLedger ledger;

	private final RunSummaryRepository summaries;

	private final ReportQueries queries;

	private final PeriodSummaries periodSummaries;

	ConsolidationTasklet(ReferenceDataRepository reference, PeriodLedger ledger, RunSummaryRepository summaries,
			ReportQueries queries, PeriodSummaries periodSummaries) {
		this.reference = reference;
		this.ledger = ledger;
		this.summaries = summaries;
		this.queries = queries;
		this.periodSummaries = periodSummaries;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		Path ledger = run.workspace().periodOutput(run.period()).resolve(ledgerFileName(run.period().label()));
		PeriodLedger.Result result;
		try (PeriodLedger.RowsWithNarratives streamed = this.ledger.read(run.period(), run.asOf())) {
			result = streamed.summary();
			this.ledger.remember(contribution.getStepExecution().getJobExecutionId(), run.period(), run.asOf(),
					result);
			new LedgerWorkbookWriter().write(ledgerTitle(), run.period(), run.asOf(), result.rows(), streamed,
					notes(result), ledger);
		}
		List<LedgerRow> rows = result.rows();
		this.periodSummaries.save(run.period(), run.asOf(), contribution.getStepExecution().getJobExecutionId(), rows,
				result.winners().keySet(), this.reference.tasks(), this.reference.units());
		RunSummary summary = this.summaries.summarize(contribution.getStepExecution().getJobExecutionId(), run, rows);
		summary.lines(ledger).forEach(Console::info);
		contribution.getStepExecution().getJobExecution().getExecutionContext().putString("summary", summary.oneLine());
		return RepeatStatus.FINISHED;
	}

	private List<LedgerNote> notes(PeriodLedger.Result result) {
		Map<String, List<RejectedReturn.NoticeFinding>> warnings = this.queries
			.warnings(result.winners().values().stream().map(Submission::sha256).toList());
		List<LedgerNote> notes = new ArrayList<>();
		for (Unit unit : this.reference.units()) {
			Submission s = result.winners().get(unit.name());
			if (s == null) {
				continue;
			}
			for (RejectedReturn.NoticeFinding w : warnings.getOrDefault(s.sha256(), List.of())) {
				notes.add(new LedgerNote(unit.name(), s.fileName(), w.where(), w.message(), w.fix()));
			}
		}
		return notes;
	}

	static String ledgerFileName(String periodLabel) {
		return FileNames.safe("汇总台账（" + periodLabel + "）") + ".xlsx";
	}

	String ledgerTitle() {
		String title = org.workledger.breakdown.Breakdown.withoutNote(
				this.reference.source("breakdown").map(ReferenceSource::title).orElse("重点工作任务分解表"));
		for (String suffix : List.of("任务分解表", "分解表")) {
			if (title.endsWith(suffix)) {
				return title.substring(0, title.length() - suffix.length()) + "任务进展情况汇总台账";
			}
		}
		return title + "进展情况汇总台账";
	}

}
