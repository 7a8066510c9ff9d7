package org.workledger.trends;

import org.workledger.consolidation.LedgerRow;
import org.workledger.contract.ProgressStatus;

/**
 * Counts over a set of (unit, task) pairs of one period's ledger.
 *
 * @param progressSum the 完成进度 of the reported pairs that give one, summed (已完成
 * without a figure counts 100); {@code progressCount} how many those are
 */
public record Figures(int pairs, int done, int inProgress, int notStarted, int ongoing, int notReported, int overdue,
		long progressSum, int progressCount, int doneEarlier) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** Figures without pairs done earlier in the year among the 未报送. */
	public Figures(int pairs, int done, int inProgress, int notStarted, int ongoing, int notReported, int overdue,
			long progressSum, int progressCount) {
		this(pairs, done, inProgress, notStarted, ongoing, notReported, overdue, progressSum, progressCount, 0);
	}

	/**
	 * Pairs done by the period's end: those reported 已完成, and those of units silent now
	 * that reported them 已完成 in an earlier month of the year ({@code doneEarlier}, counted
	 * among the 未报送). A task finished in September stays finished in a December the unit
	 * did not report.
	 */
	public int doneByNow() {
		return this.done + this.doneEarlier;
	}

	/** The 未报送 pairs not done earlier in the year. */
	public int notReportedNorDone() {
		return this.notReported - this.doneEarlier;
	}

	/** Share of the pairs done by the period's end ({@link #doneByNow}), in percent; {@code null} without pairs. */
	public Integer doneByNowShare() {
		return this.pairs == 0 ? null : (int) Math.round(doneByNow() * 100.0 / this.pairs);
	}

	/** Average 完成进度 of the pairs that give one, rounded; {@code null} when none does. */
	public Integer averageProgress() {
		return this.progressCount == 0 ? null : (int) Math.round((double) this.progressSum / this.progressCount);
	}

	/** Share of the pairs that are 已完成, in percent, rounded; {@code null} without pairs. */
	public Integer doneShare() {
		return this.pairs == 0 ? null : (int) Math.round(this.done * 100.0 / this.pairs);
	}

	public Figures plus(Figures other) {
		return new Figures(this.pairs + other.pairs, this.done + other.done, this.inProgress + other.inProgress,
				this.notStarted + other.notStarted, this.ongoing + other.ongoing, this.notReported + other.notReported,
				this.overdue + other.overdue, this.progressSum + other.progressSum,
				this.progressCount + other.progressCount, this.doneEarlier + other.doneEarlier);
	}

	/** Adds up ledger rows. */
	static final class Tally {

		private int pairs;

		private int done;

		private int inProgress;

		private int notStarted;

		private int ongoing;

		private int notReported;

		private int overdue;

		private long progressSum;

		private int progressCount;

		private int doneEarlier;

		void add(LedgerRow row) {
			this.pairs++;
			String status = row.status();
			if (!row.reported()) {
				this.notReported++;
				this.doneEarlier += row.doneEarlier() ? 1 : 0;
			}
			else if (ProgressStatus.DONE.label().equals(status)) {
				this.done++;
			}
			else if (ProgressStatus.IN_PROGRESS.label().equals(status)) {
				this.inProgress++;
			}
			else if (ProgressStatus.NOT_STARTED.label().equals(status)) {
				this.notStarted++;
			}
			else if (ProgressStatus.ONGOING.label().equals(status)) {
				this.ongoing++;
			}
			this.overdue += row.overdue() ? 1 : 0;
			Integer percent = row.percent() != null ? row.percent()
					: ProgressStatus.DONE.label().equals(status) ? Integer.valueOf(100) : null;
			if (row.reported() && percent != null) {
				this.progressSum += percent;
				this.progressCount++;
			}
		}

		Figures figures() {
			return new Figures(this.pairs, this.done, this.inProgress, this.notStarted, this.ongoing, this.notReported,
					this.overdue, this.progressSum, this.progressCount, this.doneEarlier);
		}

	}

}
