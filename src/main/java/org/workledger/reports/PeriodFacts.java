package org.workledger.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.workledger.breakdown.BreakdownTask;
import org.workledger.consolidation.LedgerRow;
import org.workledger.period.Period;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.roster.Unit;
import org.workledger.trends.YearSoFar;

/**
 * Everything the reports of one period are made from, gathered once per run.
 *
 * @param previousRows the previous period's ledger, or empty when nothing was reported then
 * @param warnings warnings of each unit's winning return, by unit name
 * @param yearSoFar the figures of the year's periods up to this one, as each was last
 * consolidated (the trend page, the unit's own months)
 * @param office the office's zone ({@code workledger.schedule.zone}): a file's time as a date on
 * its clock, as the run log and the pages show it
 * @param returnsDueDays days after the period's last day by which its returns are due
 * ({@code workledger.reports.returns-due-days})
 * @param contact the office's contact line for the notices ({@code workledger.reports.contact}), or empty
 */
public record PeriodFacts(Period period, LocalDate asOf, String breakdownTitle, String issuer, String watermark,
		int warningDays, List<Unit> units, List<BreakdownTask> tasks, List<LedgerRow> rows,
		Map<String, Submission> winners, List<LedgerRow> previousRows, List<RejectedReturn> rejected,
		Map<String, List<RejectedReturn.NoticeFinding>> warnings, Narratives narratives, YearSoFar yearSoFar,
		java.time.ZoneId office, int returnsDueDays, String contact) {

	/** The day the period's returns are due: October's by 5 November with the default 5 days. */
	public LocalDate returnsDue() {
		return this.period.lastDay().plusDays(this.returnsDueDays);
	}

	/**
	 * The narratives (工作进展, 存在问题, 下步计划) of the period, fetched when a report needs
	 * them: the rows above leave them out so that a province-sized period fits in memory.
	 */
	public interface Narratives {

		/** A unit's entries by task id. */
		Map<String, ProgressEntry> ofUnit(String unitName);

		/**
		 * A task's 工作进展 by unit name, each made short by {@code brief} as it is read: a
		 * unit that leads a task over a province's units needs thousands of them at once.
		 */
		Map<String, String> progressOfTask(String taskId, java.util.function.UnaryOperator<String> brief);

		/** For rows that carry their narratives themselves. */
		Narratives NONE = new Narratives() {
			@Override
			public Map<String, ProgressEntry> ofUnit(String unitName) {
				return Map.of();
			}

			@Override
			public Map<String, String> progressOfTask(String taskId, java.util.function.UnaryOperator<String> brief) {
				return Map.of();
			}
		};

	}

	/** The rejected returns still waiting for their unit: no accepted return of the unit since. */
	public List<RejectedReturn> stillRejected() {
		return this.rejected.stream().filter(r -> !r.resolvedBy(this.winners)).toList();
	}

	/** 沈阳市政务公开重点工作任务分解表 → 沈阳市政务公开重点工作任务 */
	public String subject() {
		return subjectOf(this.breakdownTitle);
	}

	static String subjectOf(String breakdownTitle) {
		String title = org.workledger.breakdown.Breakdown.withoutNote(breakdownTitle);
		for (String suffix : List.of("任务分解表", "分解表")) {
			if (title.endsWith(suffix)) {
				return title.substring(0, title.length() - suffix.length()) + "任务";
			}
		}
		return title;
	}

	public String asOfLabel() {
		return dateLabel(this.asOf);
	}

	/**
	 * The day a document about the whole period is dated: the as-of day, or the day the last
	 * of the period's returns came in when that is later. October's returns arrive in early
	 * November; a circular dated 31 October that counted a return "received 13 November"
	 * contradicted itself. Read from the files, not the clock, so a rerun dates it the same.
	 */
	public LocalDate issuedOn() {
		LocalDate issued = this.asOf;
		for (Submission s : this.winners.values()) {
			issued = later(issued, s.modifiedAt());
		}
		for (RejectedReturn r : this.rejected) {
			issued = later(issued, r.modifiedAt());
		}
		return issued;
	}

	/** The same for one unit's document: its own returns only, so another unit's late return leaves it as it was. */
	public LocalDate issuedOn(String unitName) {
		LocalDate issued = this.asOf;
		Submission winner = this.winners.get(unitName);
		if (winner != null) {
			issued = later(issued, winner.modifiedAt());
		}
		for (RejectedReturn r : this.rejected) {
			if (unitName.equals(r.unitName())) {
				issued = later(issued, r.modifiedAt());
			}
		}
		return issued;
	}

	/**
	 * Units whose return was sent back and that have not sent one that passed since: they did
	 * report, and a document that lists them with the silent ones should say so (退回待改).
	 */
	public java.util.Set<String> sentBack() {
		java.util.Set<String> units = new java.util.HashSet<>();
		for (RejectedReturn r : this.rejected) {
			if (r.unitName() != null && !r.unitName().isBlank() && !r.resolvedBy(this.winners)) {
				units.add(r.unitName());
			}
		}
		return units;
	}

	private LocalDate later(LocalDate date, java.time.Instant received) {
		if (received == null) {
			return date;
		}
		LocalDate day = received.atZone(this.office).toLocalDate();
		return day.isAfter(date) ? day : date;
	}

	/** A date as the documents write it: 2023年10月31日. */
	static String dateLabel(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
