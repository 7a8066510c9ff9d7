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
 * {@code 2023年第三季度末}, {@code 2023年11月中旬}, {@code 2023.6}, {@code 2023年5月-6月} (the end
 * of the range), ISO-like dates, years and months in Chinese numerals ({@code 二〇二三年十月底前}),
 * what is to be done after the date ({@code 2023年6月底前完成}), several dates for the stages of
 * a task ({@code 6月底前完成初稿，12月底前全面完成}: the last one), and the ongoing words
 * {@code 长期坚持}, {@code 持续推进}, {@code 常态化}, {@code 每月}/{@code 每季度}/{@code 每年}.
 */
public final class DeadlineParser {

	private static final Pattern ONGOING = Pattern.compile("长期坚持|长期|持续推进|持续开展|常态化|每月|每季度|每半年|每年");

	/** A requirement that comes round again (每月10日前, 每季度更新): ongoing, with no day to be overdue after. */
	private static final Pattern PERIODIC = Pattern.compile("^每(月|季度|半年|年|周)");

	private static final Pattern DAY = Pattern.compile("^(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?(?:前|之前|以前)?$");

	private static final Pattern MONTH = Pattern
		.compile("^(\\d{4})年(\\d{1,2})月(上旬|中旬|下旬|底|末|份)?(?:前|之前|以前)?$");

	/** 2023.6, 2023-6, 2023/06 */
	private static final Pattern MONTH_DOTTED = Pattern.compile("^(\\d{4})[.\\-/](\\d{1,2})(?:底|末)?(?:前|之前|以前)?$");

	/** 2023年5月-6月, 2023年5至6月: by the end of the range. */
	private static final Pattern MONTHS = Pattern
		.compile("^(\\d{4})年(\\d{1,2})月?[-—–~～至到](\\d{1,2})月(?:底|末)?(?:前|之前|以前)?$");

	private static final Pattern YEAR_END = Pattern.compile("^(\\d{4})年(?:底|末|年底|年末|内|年内|全年)(?:前|之前|以前)?$");

	private static final Pattern HALF = Pattern.compile("^(\\d{4})年(上|下)半年(?:底|末)?(?:前|之前|以前)?$");

	private static final Pattern QUARTER = Pattern.compile("^(\\d{4})年第?([一二三四1-4])季度(?:底|末)?(?:前|之前|以前)?$");

	/** The stages of a task, each with its date: 6月底前完成初稿，12月底前全面完成. */
	private static final Pattern STAGES = Pattern.compile("[，,；;、]|(?<=前)并|(?<=前)及");

	/** 二〇二三年 */
	private static final Pattern CHINESE_YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})年");

	/** 十月, 十五日 */
	private static final Pattern CHINESE_MONTH_OR_DAY = Pattern.compile("([一二三四五六七八九十]{1,3})(月|日)");

	private static final Pattern YEAR_IN = Pattern.compile("(\\d{4})年");

	/** What is to be done by a date, after it: 完成…, 发布…, 印发…. */
	private static final Pattern DONE_BY_THEN = Pattern.compile("(?:完成|实现|开展|发布|出台|报送|制定|启动|形成|建成|上线|印发|公开)");

	private DeadlineParser() {
	}

	public static Optional<Deadline> parse(String text) {
		String raw = text == null ? "" : text.strip();
		String s = arabic(compact(raw));
		if (s.isEmpty()) {
			return Optional.empty();
		}
		String[] stages = STAGES.split(s);
		if (stages.length == 1) {
			return single(s).map(d -> d.isOngoing() ? Deadline.ongoing(raw) : Deadline.due(raw, d.due()));
		}
		// each stage read with the year an earlier one gave; the task is due when its last stage is
		LocalDate last = null;
		boolean ongoing = false;
		String year = null;
		for (String stage : stages) {
			String part = stage.replaceFirst("^(并且|并|且|和|及)", "");
			if (part.isEmpty()) {
				continue;
			}
			Matcher y = YEAR_IN.matcher(part);
			if (y.find()) {
				year = y.group(1);
			}
			else if (year != null && !part.matches(".*\\d{4}.*") && !ONGOING.matcher(part).find()) {
				part = year + "年" + part;
			}
			Optional<Deadline> read = single(part);
			if (read.isEmpty()) {
				return Optional.empty();
			}
			if (read.get().isOngoing()) {
				ongoing = true;
			}
			else if (last == null || read.get().due().isAfter(last)) {
				last = read.get().due();
			}
		}
		return last != null ? Optional.of(Deadline.due(raw, last)) : ongoing ? Optional.of(Deadline.ongoing(raw))
				: Optional.empty();
	}

	/** Whether the deadline is a requirement that comes round again (每月10日前), not a day. */
	public static boolean isPeriodic(String text) {
		return text != null && PERIODIC.matcher(compact(text)).find();
	}

	/** One date, maybe followed by what is to be done by then (2023年6月底前完成初稿). */
	private static Optional<Deadline> single(String s) {
		Optional<Deadline> whole = date(s);
		if (whole.isPresent()) {
			return whole;
		}
		// the longest beginning that is a date, when what follows it is words only
		for (int end = s.length() - 1; end >= 5; end--) {
			String rest = s.substring(end);
			// 2023年6月起 is when it starts, not when it is due
			// (what is done may name a year of its own: 2026年1月底前完成2025年度报告发布)
			if ("前底末日月内旬年".indexOf(s.charAt(end - 1)) >= 0
					&& (rest.chars().noneMatch(Character::isDigit) || DONE_BY_THEN.matcher(rest).lookingAt())
					&& !rest.matches("^(起|开始|以后|后|之后).*")) {
				Optional<Deadline> begun = date(s.substring(0, end));
				if (begun.isPresent() && !begun.get().isOngoing()) {
					return begun;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Deadline> date(String s) {
		if (ONGOING.matcher(s).find() && !s.matches(".*\\d{4}年.*")) {
			return Optional.of(Deadline.ongoing(s));
		}
		try {
			Matcher m = DAY.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(s, LocalDate.of(year(m), month(m, 2), Integer.parseInt(m.group(3)))));
			}
			m = MONTH.matcher(s);
			if (m.matches()) {
				YearMonth month = YearMonth.of(year(m), month(m, 2));
				String part = m.group(3) == null ? "" : m.group(3);
				LocalDate due = switch (part) {
					case "上旬" -> month.atDay(10);
					case "中旬" -> month.atDay(20);
					default -> month.atEndOfMonth();
				};
				return Optional.of(Deadline.due(s, due));
			}
			m = MONTH_DOTTED.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(s, YearMonth.of(year(m), month(m, 2)).atEndOfMonth()));
			}
			m = MONTHS.matcher(s);
			if (m.matches() && month(m, 3) >= month(m, 2)) {
				return Optional.of(Deadline.due(s, YearMonth.of(year(m), month(m, 3)).atEndOfMonth()));
			}
			m = YEAR_END.matcher(s);
			if (m.matches()) {
				return Optional.of(Deadline.due(s, LocalDate.of(year(m), 12, 31)));
			}
			m = HALF.matcher(s);
			if (m.matches()) {
				int month = "上".equals(m.group(2)) ? 6 : 12;
				return Optional.of(Deadline.due(s, YearMonth.of(year(m), month).atEndOfMonth()));
			}
			m = QUARTER.matcher(s);
			if (m.matches()) {
				int quarter = "一二三四".indexOf(m.group(2)) + 1;
				if (quarter == 0) {
					quarter = Integer.parseInt(m.group(2));
				}
				return Optional.of(Deadline.due(s, YearMonth.of(year(m), quarter * 3).atEndOfMonth()));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** 二〇二三年十月十五日 as 2023年10月15日. */
	private static String arabic(String s) {
		Matcher year = CHINESE_YEAR.matcher(s);
		StringBuilder out = new StringBuilder();
		while (year.find()) {
			StringBuilder digits = new StringBuilder();
			for (char c : year.group(1).toCharArray()) {
				digits.append("〇○零一二三四五六七八九".indexOf(c) < 3 ? 0 : "一二三四五六七八九".indexOf(c) + 1);
			}
			year.appendReplacement(out, digits + "年");
		}
		year.appendTail(out);
		Matcher part = CHINESE_MONTH_OR_DAY.matcher(out.toString());
		StringBuilder done = new StringBuilder();
		while (part.find()) {
			int number = BreakdownReader.chineseNumber(part.group(1));
			boolean afterDate = part.start() > 0 && "年月".indexOf(out.charAt(part.start() - 1)) >= 0;
			part.appendReplacement(done, number > 0 && afterDate ? number + part.group(2) : part.group());
		}
		part.appendTail(done);
		return done.toString();
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
