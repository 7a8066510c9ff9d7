package org.workledger.consolidation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.returns.Submission;
import org.workledger.returns.SubmissionRepository;

/** The ledger of a period as the database holds it: used by the ledger file and by the reports. */
@Component
public class PeriodLedger {

	private final ReferenceDataRepository reference;

	private final SubmissionRepository submissions;

	public PeriodLedger(ReferenceDataRepository reference, SubmissionRepository submissions) {
		this.reference = reference;
		this.submissions = submissions;
	}

	/** Each unit's winning return and the ledger rows built from them. */
	public Result of(Period period, LocalDate asOf) {
		Map<String, Submission> winners = this.submissions.winners(period);
		List<String> shas = winners.values().stream().map(Submission::sha256).toList();
		List<LedgerRow> rows = LedgerBuilder.build(this.reference.tasks(), this.reference.units(),
				this.reference.assignments(), winners, this.submissions.entriesOf(shas), this.submissions.sheetsOf(shas),
				asOf);
		return new Result(winners, rows);
	}

	public record Result(Map<String, Submission> winners, List<LedgerRow> rows) {
	}

}
