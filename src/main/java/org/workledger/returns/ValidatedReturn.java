package org.workledger.returns;

import java.time.LocalDate;
import java.util.List;

import org.workledger.findings.Findings;
import org.workledger.period.Period;
import org.workledger.roster.Unit;

/**
 * A return after the rules: who sent it, for which period, its entries and everything
 * found. A return with any error is rejected as a whole.
 *
 * @param unit {@code null} when the unit could not be told
 * @param period {@code null} when the period could not be read
 */
public record ValidatedReturn(ReturnedWorkbook source, Unit unit, Period period, LocalDate filledOn, String contact,
		String phone, List<ProgressEntry> entries, Findings findings) {

	public boolean accepted() {
		return !this.findings.hasErrors();
	}

}
