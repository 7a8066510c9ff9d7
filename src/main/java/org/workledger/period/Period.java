package org.workledger.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: one calendar month. Accepts the spellings clerks use
 * ({@code 2023-10}, {@code 2023年10月}, {@code 2023.10}, {@code 2023/10}, {@code 202310}).
 */
public record Period(YearMonth month) implements Comparable<Period> {

	private static final Pattern SPELLING = Pattern
		.compile("^\\s*(\\d{4})\\s*(?:[-./年]\\s*(\\d{1,2})\\s*月?(?:份)?|(\\d{2}))\\s*(?:期)?\\s*$");

	/**
	 * Parses a period, or explains in Chinese why it cannot.
	 * @throws InvalidPeriodException with a clerk-readable reason
	 */
	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidPeriodException("未指定报送期次，请按“2023-10”的格式填写年月");
		}
		return tryParse(text).orElseThrow(() -> new InvalidPeriodException(reasonFor(text)));
	}

	public static Optional<Period> tryParse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		Matcher m = SPELLING.matcher(normalized);
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(1));
		int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
		if (month < 1 || month > 12 || year < 2000 || year > 2100) {
			return Optional.empty();
		}
		return Optional.of(new Period(YearMonth.of(year, month)));
	}

	private static String reasonFor(String text) {
		String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
		Matcher m = SPELLING.matcher(normalized);
		if (m.matches()) {
			return "报送期次“" + text.strip() + "”无效：月份应为 1–12、年份应为 2000–2100，例如 2023-10";
		}
		return "报送期次“" + text.strip() + "”无法识别，请按“2023-10”的格式填写年月";
	}

	public static Period of(int year, int month) {
		return new Period(YearMonth.of(year, month));
	}

	/** {@code 2023-10}: used in folder names and job parameters. */
	public String key() {
		return this.month.toString();
	}

	/** {@code 2023年10月}: used in everything a person reads. */
	public String label() {
		return this.month.getYear() + "年" + this.month.getMonthValue() + "月";
	}

	public LocalDate firstDay() {
		return this.month.atDay(1);
	}

	public LocalDate lastDay() {
		return this.month.atEndOfMonth();
	}

	public Period next() {
		return new Period(this.month.plusMonths(1));
	}

	public Period previous() {
		return new Period(this.month.minusMonths(1));
	}

	@Override
	public int compareTo(Period other) {
		return this.month.compareTo(other.month);
	}

	@Override
	public String toString() {
		return key();
	}

}
