package org.workledger.vocabulary;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workledger.workbook.Labels;

/**
 * The city whose name units write in front of their own (沈阳市和平区人民政府): as the office
 * set it, else from the task breakdown's title (沈阳市政务公开重点工作任务分解表), else from the
 * roster's title, else the 市 that most unit names of the roster begin with. A county's or a
 * district's office is its "city" the same way (清源县2025年政务公开重点工作任务分解表, 清源县司法局
 * written 县司法局): the place ends in 市, 县, 区 or 旗.
 */
public final class CityName {

	/** What a place that writes its name in front of its units' ends in. */
	public static final String LEVELS = "市县区旗";

	/**
	 * A title begins with the place, maybe after the year or the province: 2024年沈阳市…,
	 * 辽宁省沈阳市…, 清源县2025年….
	 */
	private static final Pattern IN_TITLE = Pattern
		.compile("^(?:\\d{4}年度?)?(?:\\p{IsHan}{2,3}省)?(\\p{IsHan}{2,5}?[" + LEVELS + "])");

	private CityName() {
	}

	public static String decide(String configured, String breakdownTitle, String rosterTitle,
			Collection<String> unitNames) {
		if (configured != null && !configured.isBlank()) {
			return Labels.normalize(configured);
		}
		return inTitle(breakdownTitle).or(() -> inTitle(rosterTitle)).orElseGet(() -> mostCommon(unitNames));
	}

	static Optional<String> inTitle(String title) {
		if (title == null) {
			return Optional.empty();
		}
		Matcher m = IN_TITLE.matcher(Labels.normalize(title));
		return m.find() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** The city (or county) most unit names begin with, if at least a third of them do. */
	static String mostCommon(Collection<String> unitNames) {
		Map<String, Integer> counts = new HashMap<>();
		for (String name : unitNames) {
			String normalized = Labels.normalize(name);
			int at = 2;
			while (at < normalized.length() && at <= 5 && LEVELS.indexOf(normalized.charAt(at)) < 0) {
				at++;
			}
			if (at <= 5 && normalized.length() > at + 2) {
				counts.merge(normalized.substring(0, at + 1), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() * 3 >= unitNames.size())
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse("");
	}

}
