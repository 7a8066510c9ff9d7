package org.workledger.reference;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a roster says it is for, in its title or its file's name: 单位名册（2026年）,
 * 2026年度政务公开工作联络员名单. Rosters carry no year otherwise; one that names a year
 * applies from that year's January at the earliest.
 */
final class RosterYear {

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	private RosterYear() {
	}

	static Optional<Integer> of(String title, String fileName) {
		for (String text : new String[] { title, fileName }) {
			Matcher year = YEAR.matcher(text == null ? "" : text);
			if (year.find()) {
				return Optional.of(Integer.parseInt(year.group(1)));
			}
		}
		return Optional.empty();
	}

}
