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

	/** What a place that writes its name in front of its units' ends in (a province's office: 省). */
	public static final String LEVELS = "市县区旗省";

	/**
	 * A title begins with the place, maybe after the year or the province: 2024年沈阳市…,
	 * 辽宁省沈阳市…, 清源县2025年…; a district's with its city and its own (江州市河东区2026年…);
	 * a province's office's with the province alone (辽宁省2025年…, 2025年辽宁省政务公开…).
	 */
	private static final Pattern IN_TITLE = Pattern
		.compile("^(?:\\d{4}年度?)?((?:(?![全各本该])\\p{IsHan}){2,3}省)?((?:\\p{IsHan}{2,5}?市)?(?:(?![各全本该所])\\p{IsHan}{2,5}?[县区旗])?)");

	/** A city's name in front of a unit's: 江州市 of 江州市公安局河东分局. */
	private static final Pattern CITY_IN_FRONT = Pattern.compile("^(\\p{IsHan}{2,5}?市)");

	private CityName() {
	}

	/**
	 * The place (or places, the outer first: 江州市河东区) units write in front of their names.
	 * A district's or county's office whose title names only itself (河东区2026年…) also has its
	 * city in front of some names (江州市公安局河东分局, 江州市河东区财政局): the 市 the roster's
	 * names put before the district's own name or a unit of the city stationed in it.
	 */
	public static String decide(String configured, String breakdownTitle, String rosterTitle,
			Collection<String> unitNames) {
		Optional<String> titled = inTitle(breakdownTitle).or(() -> inTitle(rosterTitle));
		String place;
		if (configured != null && !configured.isBlank()) {
			String set = Labels.normalize(configured);
			// 江州市 set for a table titled 河东区…: the district's office of that city
			place = titled.filter(t -> !t.contains(set) && set.endsWith("市") && !t.endsWith("市")).map(t -> set + t)
				.orElse(set);
		}
		else {
			place = titled.orElseGet(() -> mostCommon(unitNames));
		}
		return place.isEmpty() || place.endsWith("市") || place.endsWith("省") ? place : withItsCity(place, unitNames);
	}

	/** 河东区 as 江州市河东区 when the roster's names say whose district it is. */
	private static String withItsCity(String place, Collection<String> unitNames) {
		if (place.contains("市") && place.indexOf('市') < place.length() - 1) {
			return place;
		}
		String own = place.substring(0, place.length() - 1);
		Map<String, Integer> counts = new HashMap<>();
		for (String name : unitNames) {
			String normalized = Labels.normalize(name);
			Matcher city = CITY_IN_FRONT.matcher(normalized);
			if (city.find() && normalized.indexOf(own, city.end()) >= 0) {
				counts.merge(city.group(1), 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(e -> e.getKey() + place)
			.orElse(place);
	}

	static Optional<String> inTitle(String title) {
		if (title == null) {
			return Optional.empty();
		}
		Matcher m = IN_TITLE.matcher(Labels.normalize(title));
		if (!m.find()) {
			return Optional.empty();
		}
		if (!m.group(2).isEmpty()) {
			return Optional.of(m.group(2));
		}
		return Optional.ofNullable(m.group(1));
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
