package org.workledger.breakdown;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the deadlines Chinese task tables write: {@code 2023年10月底前} (with or
 * without stray spaces), {@code 2023年底前}, {@code 2023年10月15日前}, {@code 2023年上半年},
 * {@code 2023年第三季度末}, ISO-like dates, and the ongoing words {@code 长期坚持},
 * {@code 持续推进}, {@code 常态化}, {@code 每月}/{@code 每季度}/{@code 每年}.
 */
public final class DeadlineParser {

	private static final Pattern ONGOING = Pattern.compile("长期坚持|长期|持续推进|持续开展|常态化|每月|每季度|每半年|每年");

	private static final Pattern DAY = Pattern.compile("^(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?(?:前|之前|以前)?$");

	private static final Pattern MONTH = Pattern.compile("^(\\d{4})年(\\d{1,2})月(?:底|末|份)?(?:前|之前|以前)?$");

	private static final Pattern YEAR_END = Pattern.compile("^(\\d{4})年(?:底|末|年底|年末|内|年内|全年)(?:前|之前|以前)?$");

	private static final Pattern HALF = Pattern.compile("^(\\d{4})年(上|下)半年(?:底|末)?(?:前|之前|以前)?$");

	private static final Pattern QUARTER = Pattern.compile("^(\\d{4})年第?([一二三四1-4])季度(?:底|末)?(?:前|之前|以前)?$");

	private DeadlineParser() {
	}

	public static Optional<Deadline> parse(String text) {
		String raw = text == null ? "" : text.strip();
		String s = compact(raw);
		if (s.isEmpty()) {
			return Optional.empty();
		}
		if (ONGOING.matcher(s).find() && !s.matches(".*\\d{4}年.*")) {
			return Optional.of(Deadline.ongoing(raw));
		}
		try {
			Matcher m = DAY.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(raw, LocalDate.of(year(m), month(m, 2), Integer.parseInt(m.group(3)))));
			}
			m = MONTH.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(raw, YearMonth.of(year(m), month(m, 2)).atEndOfMonth()));
			}
			m = YEAR_END.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(raw, LocalDate.of(year(m), 12, 31)));
			}
			m = HALF.matcher(s);
			if (m.matches()) {
				int month = "上".equals(m.group(2)) ? 6 : 12;
				return Optional.of(Deadline.due(raw, YearMonth.of(year(m), month).atEndOfMonth()));
			}
			m = QUARTER.matcher(s);
			if (m.matches()) {
				int quarter = "一二三四".indexOf(m.group(2)) + 1;
				if (quarter == 0) {
					quarter = Integer.parseInt(m.group(2));
				}
				return Optional.of(Deadline.due(raw, YearMonth.of(year(m), quarter * 3).atEndOfMonth()));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** Full-width digits to ASCII, and every space removed: {@code 2023年10月 底前} = {@code 2023年10月底前}. */
	private static String compact(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	private static int year(Matcher m) {
		int year = Integer.parseInt(m.group(1));
		if (year < 2000 || year > 2100) {
			throw new DateTimeException("year " + year);
		}
		return year;
	}

	private static int month(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

}
