package org.workledger.returns;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates typed as text: {@code 2023年10月26日}, {@code 2023-10-26}, {@code 2023.10.26}, {@code 2023/10/26}, {@code 20231026}. */
public final class DateText {

	private static final Pattern DATE = Pattern
		.compile("^(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?$");

	private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

	private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

	private DateText() {
	}

	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			m = COMPACT.matcher(s);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * As {@link #parse}, and a day written without its year ({@code 11月20日}) as the day of that
	 * name that is in the month of {@code period} or in the two months after it (a December
	 * return filled in on 5 January is 5 January of the next year).
	 */
	public static Optional<LocalDate> parse(String text, java.time.YearMonth period) {
		Optional<LocalDate> full = parse(text);
		if (full.isPresent() || text == null || period == null) {
			return full;
		}
		Matcher m = MONTH_DAY.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int month = Integer.parseInt(m.group(1));
		int day = Integer.parseInt(m.group(2));
		for (int year : new int[] { period.getYear(), period.getYear() + 1, period.getYear() - 1 }) {
			try {
				LocalDate date = LocalDate.of(year, month, day);
				if (!date.isBefore(period.atDay(1)) && !date.isAfter(period.plusMonths(2).atEndOfMonth())) {
					return Optional.of(date);
				}
			}
			catch (DateTimeException ex) {
				// 2月30日: no such day
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

}
