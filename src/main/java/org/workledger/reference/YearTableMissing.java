package org.workledger.reference;

import org.workledger.system.WorkledgerException;

/**
 * A run stopped because {@code input/} has no task breakdown of its period's year: in
 * January, until the office puts the new year's table in. The schedule then consolidates
 * December instead (see {@code schedule/ScheduledPeriods}), so the year's late returns
 * still come in.
 */
public class YearTableMissing extends WorkledgerException {

	private final int year;

	public YearTableMissing(String message, int year) {
		super(message, true);
		this.year = year;
	}

	public int year() {
		return this.year;
	}

}
