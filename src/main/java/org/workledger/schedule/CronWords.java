package org.workledger.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A schedule's cron as the console says it to a clerk: {@code 0 0 7 * * MON-FRI} is
 * 每周一至周五 07:00. Only the usual shapes (a fixed time of day, every day or on some
 * weekdays) are put into words; any other cron is shown as it is written.
 */
public final class CronWords {

	private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	private static final Map<String, String> NUMBERED = Map.of("1", "MON", "2", "TUE", "3", "WED", "4", "THU", "5",
			"FRI", "6", "SAT", "0", "SUN", "7", "SUN");

	private static final String CHINESE = "一二三四五六日";

	private CronWords() {
	}

	public static String of(String cron) {
		String[] f = cron.strip().split("\\s+");
		if (f.length != 6 || !f[0].equals("0") || !f[1].matches("\\d{1,2}") || !f[2].matches("\\d{1,2}")
				|| !f[3].matches("[*?]") || !f[4].equals("*")) {
			return "计划 " + cron;
		}
		String time = String.format("%02d:%02d", Integer.parseInt(f[2]), Integer.parseInt(f[1]));
		String days = days(f[5].toUpperCase(Locale.ROOT));
		return days == null ? "计划 " + cron : days + " " + time;
	}

	private static String days(String field) {
		if (field.equals("*") || field.equals("?")) {
			return "每天";
		}
		List<String> parts = new ArrayList<>();
		for (String part : field.split(",")) {
			String[] range = part.split("-");
			if (range.length > 2) {
				return null;
			}
			int from = day(range[0]);
			int to = range.length == 2 ? day(range[1]) : from;
			if (from < 0 || to < from) {
				return null;
			}
			parts.add(from == to ? "周" + CHINESE.charAt(from) : "周" + CHINESE.charAt(from) + "至周" + CHINESE.charAt(to));
		}
		return "每" + String.join("、", parts);
	}

	private static int day(String text) {
		return DAYS.indexOf(NUMBERED.getOrDefault(text, text));
	}

}
