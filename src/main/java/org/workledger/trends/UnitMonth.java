package org.workledger.trends;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.workledger.period.Period;

/**
 * One unit in one period of the year: what it owed, when its first accepted return came
 * and how many of its returns were rejected.
 *
 * @param expected whether the period's ledger had tasks for the unit
 * @param firstReceived when the first accepted return for the period was received (the
 * file's time in input/), {@code null} when none was
 * @param counted whether the period's ledger, when last consolidated, had a return of the
 * unit (a return that came after it was received, but its figures are not in the summary)
 * @param rejectedReturns returns for the period rejected and not replaced by the same file
 */
public record UnitMonth(Period period, boolean expected, boolean counted, Instant firstReceived, int rejectedReturns,
		String overdueTasks, Figures figures) {

	public boolean reported() {
		return this.firstReceived != null;
	}

	/** 按时 when received by {@code due}, 迟报 after it, 未报送 without an accepted return. */
	public String timeliness(LocalDate due, ZoneId zone) {
		if (!reported()) {
			return "未报送";
		}
		return this.firstReceived.atZone(zone).toLocalDate().isAfter(due) ? "迟报" : "按时";
	}

	public LocalDate receivedOn(ZoneId zone) {
		return this.firstReceived == null ? null : this.firstReceived.atZone(zone).toLocalDate();
	}

}
