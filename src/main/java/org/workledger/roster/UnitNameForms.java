package org.workledger.roster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workledger.vocabulary.TraditionalChinese;
import org.workledger.workbook.Labels;

/**
 * The plain variations of an official unit name that people write without thinking: the
 * city in front or not ({@code 沈阳市和平区人民政府} = {@code 和平区人民政府}), the level marker
 * {@code 市} or not ({@code 市教育局} = {@code 教育局}), {@code 人民政府} shortened to {@code 政府},
 * {@code 政府} left out after a district, county or town ({@code 和平区政府} = {@code 和平区},
 * {@code 西岭乡} = {@code 西岭乡人民政府}), {@code 办事处} after a 街道, a doubled {@code 区区政府}, and
 * full-width, half-width and spaces (as {@link Labels} compares). A county's office is its own
 * "city": {@code 清源县司法局} = {@code 县司法局} = {@code 司法局}. A district's office has two
 * places in front of its units' names, its city's and its own: {@code 江州市河东区财政局} =
 * {@code 河东区财政局} = {@code 区财政局}, and the city's units stationed in the district are
 * {@code 江州市公安局河东分局} = {@code 市公安局河东分局}.
 * <p>
 * A name is reduced to all its forms; two names are variations of each other when their
 * forms meet. The forms only ever remove or shorten, so a form is never longer than the
 * name, and forms shorter than two characters, or the city itself, are not kept: they
 * would tell nothing apart.
 */
public final class UnitNameForms {

	static final String PEOPLES_GOVERNMENT = "人民政府";

	static final String GOVERNMENT = "政府";

	/** What people put around a name: quotes, a full stop, brackets of their own. */
	private static final String PUNCTUATION = "。．.！!，,；;、:：\"'“”‘’「」【】[]《》<>";

	/** A seal noted after the name, as normalised: (盖章), (公章) …. */
	private static final Pattern TRAILING_SEAL = Pattern.compile("\\((?:盖章|公章|签章|印章|章)\\)$");

	/** A unit's name with the part of it that does the work in brackets: 省政府办公厅（政务公开处）, as normalised. */
	private static final Pattern OWN_PART = Pattern.compile("^(.{2,}?)\\([^()]{2,}\\)$");

	/** A province in front: 辽宁省沈阳市和平区人民政府. */
	private static final Pattern PROVINCE = Pattern.compile("^\\p{IsHan}{2,3}省");

	private static final Set<String> GENERAL = Set.of("政府", "人民政府", "区政府", "县政府", "市政府", "省政府", "区人民政府",
			"县人民政府", "市人民政府", "省人民政府", "本单位", "我单位", "单位");

	/** The levels of places (a province's office: 省教育厅 is 辽宁省教育厅), which people also double (区区政府). */
	private static final String LEVELS = "区县市旗省";

	/** The places whose 政府 names them: 和平区政府 is 和平区, 西岭乡政府 西岭乡. */
	private static final String PLACES = LEVELS + "乡镇";

	private static final String STREET_OFFICE = "街道办事处";

	private final String city;

	/** The places written in front of unit names, the outer first (江州市, 河东区), and each without its level (江州, 河东). */
	private final List<String> places;

	/** The office's own level, which its units write in front of their names: 市 (市教育局), 县 for a county (县司法局). */
	private final String level;

	/** The levels of the places around the office's own (市 for a district's city): 市公安局河东分局 is the city's. */
	private final List<String> outerLevels;

	/** The office's own place without its level (河东 of 河东区), which the city's units in it have in their names. */
	private final String ownShort;

	/**
	 * @param city the place (or places, the outer first: 江州市河东区) written in front of unit names, e.g.
	 * 沈阳市; empty if unknown
	 */
	public UnitNameForms(String city) {
		this.city = Labels.normalize(city);
		List<String> chain = new java.util.ArrayList<>();
		Matcher place = PLACE.matcher(this.city);
		int at = 0;
		while (place.find() && place.start() == at) {
			chain.add(place.group());
			at = place.end();
		}
		if (at != this.city.length() || chain.isEmpty()) {
			chain = this.city.isEmpty() ? List.of() : List.of(this.city);
		}
		Set<String> all = new LinkedHashSet<>();
		for (String p : chain) {
			all.add(p);
			if (p.length() > 2 && LEVELS.indexOf(p.charAt(p.length() - 1)) >= 0) {
				all.add(p.substring(0, p.length() - 1));
			}
		}
		if (chain.size() > 1) {
			all.add(this.city);
		}
		this.places = List.copyOf(all);
		String own = chain.isEmpty() ? "" : chain.get(chain.size() - 1);
		boolean leveled = own.length() > 2 && LEVELS.indexOf(own.charAt(own.length() - 1)) >= 0;
		this.level = leveled ? own.substring(own.length() - 1) : "市";
		this.ownShort = leveled ? own.substring(0, own.length() - 1) : "";
		this.outerLevels = chain.stream()
			.limit(Math.max(0, chain.size() - 1))
			.map(p -> p.substring(p.length() - 1))
			.filter(l -> LEVELS.contains(l) && !l.equals(this.level))
			.toList();
	}

	/** A place of a chain: 江州市 and 河东区 of 江州市河东区. */
	private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2,5}?[" + LEVELS + "]");

	/**
	 * A name without the office's level marker in front (教育局 of 市教育局, 司法局 of a county's
	 * 县司法局); a district's city's marker only before a unit stationed in the district
	 * (公安局河东分局 of 市公安局河东分局: 市财政局 is not the district's 财政局).
	 */
	public String withoutLevel(String name) {
		if (name.startsWith(this.level) && name.length() > 2) {
			return name.substring(1);
		}
		for (String outer : this.outerLevels) {
			if (name.startsWith(outer) && !this.ownShort.isEmpty() && name.indexOf(this.ownShort, 1) > 0) {
				return name.substring(1);
			}
		}
		return name;
	}

	public String city() {
		return this.city;
	}

	/**
	 * A written name as compared: as {@link Labels} compares, traditional characters made
	 * simplified, and what people put around a name left out — quotes, a full stop, a
	 * trailing （盖章）.
	 */
	public static String clean(String name) {
		String text = TRAILING_SEAL.matcher(Labels.normalize(name)).replaceFirst("");
		return TraditionalChinese.simplified(Labels.strip(text, PUNCTUATION));
	}

	/** A name that names no unit at all: 政府, 区政府, the city itself, the city's government. */
	public boolean isTooGeneral(String name) {
		String cleaned = clean(name);
		if (GENERAL.contains(cleaned)) {
			return true;
		}
		for (String city : this.places) {
			if (!city.isEmpty() && (cleaned.equals(city) || cleaned.equals(city + GOVERNMENT)
					|| cleaned.equals(city + PEOPLES_GOVERNMENT))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The forms that do not begin with the city's name (教育局 of 沈阳市教育局), or all of them
	 * if none is left: likeness compares these, so that the city most unit names begin with
	 * makes no two units alike, while a name that only begins like the city keeps its
	 * characters (沈河区 keeps its 沈).
	 */
	public Set<String> withoutTheCity(Set<String> forms) {
		Set<String> without = new LinkedHashSet<>();
		for (String form : forms) {
			if (this.places.stream().noneMatch(form::startsWith)) {
				without.add(form);
			}
		}
		return without.isEmpty() ? forms : without;
	}

	/** Every form of the name, the name itself (cleaned) first. */
	public Set<String> of(String name) {
		String cleaned = clean(name);
		Set<String> forms = new LinkedHashSet<>();
		forms.add(cleaned);
		Matcher part = OWN_PART.matcher(cleaned);
		if (part.matches()) {
			// 省政府办公厅（政务公开处）: the part of the unit that does the work, in brackets after its name
			forms.add(part.group(1));
		}
		for (String form : List.copyOf(forms)) {
			Matcher province = PROVINCE.matcher(form);
			if (province.find() && form.length() > province.end() + 1) {
				forms.add(form.substring(province.end()));
			}
		}
		for (String form : List.copyOf(forms)) {
			// 江州市河东区财政局: the city, then the district, in front
			String rest = form;
			for (int i = 0; i < 2; i++) {
				String from = rest;
				String prefix = this.places.stream()
					.filter(p -> from.startsWith(p) && from.length() > p.length() + 1)
					.max(java.util.Comparator.comparingInt(String::length))
					.orElse(null);
				if (prefix == null) {
					break;
				}
				rest = rest.substring(prefix.length());
				forms.add(rest);
			}
		}
		for (String form : List.copyOf(forms)) {
			// 市教育局 is the city's 教育局: the marker is the city said short
			forms.add(withoutLevel(form));
		}
		for (String form : List.copyOf(forms)) {
			if (form.contains(PEOPLES_GOVERNMENT)) {
				forms.add(form.replace(PEOPLES_GOVERNMENT, GOVERNMENT));
			}
		}
		for (String form : List.copyOf(forms)) {
			String single = singleLevel(form);
			if (single != null) {
				forms.add(single);
			}
		}
		for (String form : List.copyOf(forms)) {
			String place = placeOfGovernment(form);
			if (place != null) {
				forms.add(place);
			}
			if (form.endsWith(STREET_OFFICE) && form.length() > STREET_OFFICE.length() + 1) {
				// 红旗街道办事处 is 红旗街道, and 红旗街道办
				forms.add(form.substring(0, form.length() - 3));
				forms.add(form.substring(0, form.length() - 2));
			}
		}
		forms.removeIf(form -> form.length() < 2 || this.places.contains(form));
		return forms;
	}

	/** 和平区区政府 → 和平区政府, or null. */
	private static String singleLevel(String form) {
		int at = form.length() - GOVERNMENT.length() - 2;
		if (at < 1 || !form.endsWith(GOVERNMENT)) {
			return null;
		}
		char level = form.charAt(at);
		if (LEVELS.indexOf(level) >= 0 && form.charAt(at + 1) == level) {
			return form.substring(0, at + 1) + GOVERNMENT;
		}
		return null;
	}

	/** 和平区政府 → 和平区: a district's or county's government is named by its place. */
	private String placeOfGovernment(String form) {
		if (!form.endsWith(GOVERNMENT)) {
			return null;
		}
		String place = form.substring(0, form.length() - GOVERNMENT.length());
		// a 苏木 is a banner's town
		if (place.length() < 2 || PLACES.indexOf(place.charAt(place.length() - 1)) < 0 && !place.endsWith("苏木")) {
			return null;
		}
		// 沈阳市政府 is not 沈阳市: the city itself is no unit's form
		return this.places.contains(place) ? null : place;
	}

}
