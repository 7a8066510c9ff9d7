package org.workledger.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.workledger.vocabulary.Likeness;
import org.workledger.workbook.Labels;

/**
 * The units of the roster, in roster order, and the names they answer to: full name,
 * short names and aliases, the plain variations of each ({@link UnitNameForms}), and
 * category names that stand for all units of a category.
 */
public final class Roster {

	/** Suggestions for an unknown name: at most this many, each sharing most of what tells units apart. */
	private static final int SUGGESTIONS = 3;

	private final List<Unit> units;

	private final Map<String, Unit> byName = new LinkedHashMap<>();

	private final Map<String, List<Unit>> byCategory = new LinkedHashMap<>();

	/** A name a unit had before a reorganisation → the unit; names two units claim, or still in use, left out. */
	private final Map<String, Unit> byFormerName;

	private final UnitNameForms forms;

	private final Likeness likeness;

	/** Built at the first name that is not exact: a run where every name is exact never needs it. */
	private volatile FormIndex index;

	/** Category names in roster order: asked for every group name of a table, with 10,000 units to go through. */
	private final List<String> categories;

	/**
	 * @param units in roster order, names unique
	 * @param aliases normalized alias to unit; ambiguous aliases already left out
	 */
	private Roster(List<Unit> units, Map<String, Unit> aliases, UnitNameForms forms) {
		this.units = List.copyOf(units);
		for (Unit unit : units) {
			this.byName.put(Labels.normalize(unit.name()), unit);
			this.byCategory.computeIfAbsent(Labels.normalize(unit.category()), k -> new ArrayList<>()).add(unit);
		}
		aliases.forEach(this.byName::putIfAbsent);
		this.categories = Collections.unmodifiableList(new ArrayList<>(new java.util.LinkedHashSet<>(units.stream().map(Unit::category).toList())));
		this.byFormerName = formerNames(units, this.byName);
		this.forms = forms;
		// the city's own characters are in most names: they tell nothing apart
		this.likeness = Likeness.UNIT_NAMES;
	}

	static Roster ofChecked(List<Unit> units, Map<String, Unit> aliases) {
		return new Roster(units, aliases, new UnitNameForms(""));
	}

	/** The roster of these units; an alias that two units claim, or that is another unit's name, is no one's. */
	public static Roster of(List<Unit> units) {
		Map<String, Unit> names = new HashMap<>();
		units.forEach(u -> names.put(Labels.normalize(u.name()), u));
		Map<String, Unit> aliases = new LinkedHashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (Unit unit : units) {
			for (String alias : unit.aliases()) {
				String key = Labels.normalize(alias);
				Unit other = aliases.putIfAbsent(key, unit);
				Unit named = names.get(key);
				if ((other != null && other != unit) || (named != null && named != unit)) {
					ambiguous.add(key);
				}
			}
		}
		ambiguous.forEach(aliases::remove);
		return new Roster(units, aliases, new UnitNameForms(""));
	}

	/**
	 * The same units, each with the short names its former units had in older rosters as
	 * aliases (市大数据局, of 沈阳市大数据管理局, now 沈阳市数据局), so that a task table or a
	 * return still using them reaches the unit as the old roster's did. A name that is
	 * already a current unit's name, alias or former name is left out; a unit without aliases
	 * of its own keeps its full name as the first, which tables and charts show.
	 */
	public Roster withCarriedAliases(Map<String, List<String>> carried) {
		if (carried.isEmpty()) {
			return this;
		}
		Set<String> taken = new HashSet<>(this.byName.keySet());
		this.units.forEach(u -> u.formerNames().forEach(n -> taken.add(Labels.normalize(n))));
		List<Unit> units = new java.util.ArrayList<>();
		for (Unit unit : this.units) {
			List<String> added = carried.getOrDefault(unit.name(), List.of())
				.stream()
				.filter(n -> !taken.contains(Labels.normalize(n)))
				.distinct()
				.toList();
			if (added.isEmpty()) {
				units.add(unit);
				continue;
			}
			List<String> aliases = new java.util.ArrayList<>(unit.aliases().isEmpty() ? List.of(unit.name()) : unit.aliases());
			aliases.addAll(added);
			units.add(new Unit(unit.name(), aliases, unit.category(), unit.contact(), unit.phone(), unit.email(),
					unit.rosterRow(), unit.formerNames()));
		}
		return Roster.of(units);
	}

	/** The same roster, knowing the city whose name units may write in front of their own. */
	public Roster inCity(String city) {
		Map<String, Unit> aliases = new LinkedHashMap<>(this.byName);
		return new Roster(this.units, aliases, new UnitNameForms(city));
	}

	private static Map<String, Unit> formerNames(List<Unit> units, Map<String, Unit> current) {
		Map<String, Unit> former = new HashMap<>();
		Set<String> shared = new HashSet<>();
		for (Unit unit : units) {
			for (String name : unit.formerNames()) {
				String key = Labels.normalize(name);
				Unit other = former.putIfAbsent(key, unit);
				if ((other != null && other != unit) || current.containsKey(key)) {
					shared.add(key);
				}
			}
		}
		shared.forEach(former::remove);
		return former;
	}

	/** The unit a name stands for as the roster writes it: its full name, an alias or a former name. */
	public Optional<Unit> current(String name) {
		String key = Labels.normalize(name);
		Unit unit = this.byName.get(key);
		return Optional.ofNullable(unit != null ? unit : this.byFormerName.get(key));
	}

	/** Normalised former name → the name of the unit it now is, for history kept under the old name. */
	public Map<String, String> renamed() {
		Map<String, String> renamed = new HashMap<>();
		this.byFormerName.forEach((former, unit) -> renamed.put(former, unit.name()));
		return renamed;
	}

	public String city() {
		return this.forms.city();
	}

	public List<Unit> units() {
		return this.units;
	}

	public int size() {
		return this.units.size();
	}

	/** Full names, exactly as written, for {@link #fullNameIn}: made at its first use. */
	private volatile FullNames fullNames;

	private record FullNames(Map<String, Unit> byName, int longest) {
	}

	/**
	 * The unit whose full name a text (a file name, say) holds, the longest one when it holds
	 * several; short names are not looked for (和平区 is part of many names). Looks up the
	 * text's pieces rather than trying every unit, so that a province's roster costs the same.
	 */
	public Optional<Unit> fullNameIn(String text) {
		FullNames names = this.fullNames;
		if (names == null) {
			Map<String, Unit> byName = new HashMap<>();
			int longest = 0;
			for (Unit unit : this.units) {
				byName.put(unit.name(), unit);
				longest = Math.max(longest, unit.name().length());
			}
			names = new FullNames(byName, longest);
			this.fullNames = names;
		}
		Unit found = null;
		for (int from = 0; from < text.length(); from++) {
			for (int to = Math.min(text.length(), from + names.longest()); to > from + 1; to--) {
				Unit unit = names.byName().get(text.substring(from, to));
				if (unit != null && (found == null || unit.name().length() > found.name().length())) {
					found = unit;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The unit a text (a file name) names: by full name as {@link #fullNameIn}, else by a short
	 * name or alias of three characters or more (市 in front left out) that only one unit has
	 * (生态环境局进展.csv, 教育局10月.xlsx); empty
	 * when it names none or several. For addressing what cannot be read, never for crediting.
	 */
	public Optional<Unit> nameIn(String text) {
		Optional<Unit> full = fullNameIn(text);
		if (full.isPresent()) {
			return full;
		}
		String normalized = Labels.normalize(text);
		java.util.Set<Unit> named = new java.util.LinkedHashSet<>();
		for (Unit unit : this.units) {
			for (String alias : unit.aliases()) {
				String form = Labels.normalize(alias);
				// 市教育局 is written 教育局 as often
				String withoutCity = this.forms.withoutLevel(form);
				if (withoutCity.length() >= 3 && normalized.contains(withoutCity)) {
					named.add(unit);
				}
			}
		}
		return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
	}

	/** The unit a full name, short name or alias stands for, exactly as the roster writes it. */
	public Optional<Unit> unit(String name) {
		return Optional.ofNullable(this.byName.get(Labels.normalize(name)));
	}

	/**
	 * The unit a name stands for the way a person would read it: the exact name or alias,
	 * else a plain variation that leads to exactly one unit. A form shared by two units
	 * counts for neither, so nothing is resolved by a guess.
	 */
	public UnitMatch match(String name) {
		Unit exact = this.byName.get(Labels.normalize(name));
		if (exact != null) {
			return new UnitMatch(UnitMatch.Kind.EXACT, exact, List.of());
		}
		Unit renamed = this.byFormerName.get(Labels.normalize(name));
		if (renamed != null) {
			return new UnitMatch(UnitMatch.Kind.FORMER_NAME, renamed, List.of());
		}
		if (this.forms.isTooGeneral(name)) {
			return new UnitMatch(UnitMatch.Kind.TOO_GENERAL, null, List.of());
		}
		// quotes, a full stop, (盖章), traditional characters: the name itself, said with a warning
		Unit cleaned = this.byName.get(UnitNameForms.clean(name));
		if (cleaned != null) {
			return new UnitMatch(UnitMatch.Kind.VARIANT, cleaned, List.of());
		}
		FormIndex index = index();
		Set<Unit> found = new LinkedHashSet<>();
		Set<Unit> shared = new LinkedHashSet<>();
		for (String form : this.forms.of(name)) {
			Set<Unit> units = index.byForm().getOrDefault(form, Set.of());
			(units.size() == 1 ? found : shared).addAll(units);
		}
		if (found.size() == 1) {
			return new UnitMatch(UnitMatch.Kind.VARIANT, found.iterator().next(), List.of());
		}
		if (!found.isEmpty() || !shared.isEmpty()) {
			found.addAll(shared);
			return new UnitMatch(UnitMatch.Kind.AMBIGUOUS, null, inRosterOrder(found));
		}
		return new UnitMatch(UnitMatch.Kind.UNKNOWN, null, nearest(name, index));
	}

	/**
	 * The units whose name the written one could be a shortening of, the way Chinese names are
	 * shortened (政务服务局 of 政务服务与数据管理局, 发改局 of 发展和改革局): some form of it keeps the
	 * first character of a form of the unit's name and then only characters of that form in order,
	 * and ends with one of the last three, which say what kind of body it is (局, 委 of 委员会).
	 * Only a person, or a form made for the one unit found, can take it as that unit.
	 */
	public List<Unit> shortenedFrom(String name) {
		FormIndex index = index();
		List<String> written = this.forms.withoutTheCity(this.forms.of(name)).stream().filter(w -> w.length() >= 3).toList();
		List<Unit> found = new ArrayList<>();
		for (int u = 0; u < this.units.size() && !written.isEmpty(); u++) {
			if (shortensAny(written, index.inOrderOf().get(u))) {
				found.add(this.units.get(u));
			}
		}
		return found;
	}

	private static boolean shortensAny(List<String> written, List<char[]> forms) {
		for (char[] form : forms) {
			String full = new String(form);
			for (String w : written) {
				if (isShortening(w, full)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isShortening(String written, String full) {
		if (written.length() < 3 || written.length() >= full.length() || written.charAt(0) != full.charAt(0)
				|| full.indexOf(written.charAt(written.length() - 1), full.length() - 3) < 0) {
			return false;
		}
		int at = 0;
		for (int i = 0; i < full.length() && at < written.length(); i++) {
			if (full.charAt(i) == written.charAt(at)) {
				at++;
			}
		}
		return at == written.length();
	}

	/** The units a name stands for exactly: one unit, all units of a category, or none. */
	public List<Unit> resolve(String name) {
		String key = Labels.normalize(name);
		List<Unit> category = this.byCategory.get(key);
		if (category != null) {
			return Collections.unmodifiableList(category);
		}
		Unit unit = this.byName.get(key);
		return unit == null ? List.of() : List.of(unit);
	}

	/** True when the name is a category of the roster (市政府有关部门, 区县（市）政府 …). */
	public boolean isCategory(String name) {
		return this.byCategory.containsKey(Labels.normalize(name));
	}

	/**
	 * The category a group name means when it is the category written as tables write it:
	 * 各区县（市）政府, 各区市县政府, 市政府各有关部门, 市直各部门 for 区县（市）政府 and 市政府有关部门;
	 * 各乡镇人民政府 for 乡镇（街道）, 县直有关部门 for 县直部门. The same characters once 各, 全市,
	 * 所有, 人民 and brackets are set aside, in any order — or once 政府, 有关, 所属 and what a
	 * category adds in brackets are set aside too; empty unless exactly one category is meant.
	 */
	public Optional<String> categoryMeant(String name) {
		if (LOCAL_GOVERNMENTS.matcher(Labels.normalize(name)).matches()) {
			return localGovernments();
		}
		Set<String> keys = groupKeys(name);
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		List<String> meant = categories().stream()
			.filter(c -> categoryKeys(c).stream().anyMatch(keys::contains))
			.toList();
		String written = Labels.normalize(name);
		if (meant.size() != 1 && PLACES_GROUP.matcher(written).matches()) {
			// 各市, 各市政府, 各市、县（市、区）政府 in a province's table whose cities are 设区市政府: its places'
			// governments, when the levels written cover theirs (各区 is not a city's districts and counties)
			String levels = written.replaceAll("[^市县区旗]", "");
			return localGovernments().filter(c -> this.byCategory.get(Labels.normalize(c))
				.stream()
				.allMatch(u -> levels.indexOf(levelOf(u)) >= 0));
		}
		return meant.size() == 1 ? Optional.of(meant.get(0)) : Optional.empty();
	}

	/** A group of the governments of places by their levels: 各市, 各设区市政府, 各市、县（市、区）人民政府. */
	private static final java.util.regex.Pattern PLACES_GROUP = java.util.regex.Pattern
		.compile("^(?:全[省市])?各?(?:设区)?[市县区旗](?:[、，,][市县区旗])*(?:[（(][市县区旗、，,]+[)）])?(?:人民)?(?:政府)?$");

	/** A category's keys; one named as two groups (省政府各部门、各直属机构) is meant by either. */
	private static Set<String> categoryKeys(String category) {
		Set<String> keys = new java.util.LinkedHashSet<>(groupKeys(category));
		String plain = Labels.normalize(category);
		if (plain.matches(".*[、，,].*") && !plain.matches(".*[（(][^）)]*[、，,].*")) {
			for (String part : plain.split("[、，,]")) {
				keys.addAll(groupKeys(part));
			}
		}
		return keys;
	}

	/** 各地区, 各地, 各地方政府: the governments of the places under the office, as documents say it. */
	private static final java.util.regex.Pattern LOCAL_GOVERNMENTS = java.util.regex.Pattern
		.compile("^(?:全[省市县区])?各(?:地区|地方|地)(?:人民)?(?:政府)?$");

	/** A government of a place: 大连市人民政府, 和平区政府, 西岭乡人民政府. */
	private static final java.util.regex.Pattern PLACE_GOVERNMENT = java.util.regex.Pattern
		.compile("^\\p{IsHan}{2,8}[省市县区旗乡镇](?:人民)?政府$");

	/** The level of a place's government: 市 of 杭州市人民政府, 县 of 法库县人民政府. */
	private static char levelOf(Unit unit) {
		String name = Labels.normalize(unit.name()).replaceFirst("(?:人民)?政府$", "");
		return name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
	}

	/** The one category whose units are all governments of places, if there is exactly one. */
	private Optional<String> localGovernments() {
		List<String> found = categories().stream().filter(c -> {
			List<Unit> units = this.byCategory.getOrDefault(Labels.normalize(c), List.of());
			return !units.isEmpty()
					&& units.stream().allMatch(u -> PLACE_GOVERNMENT.matcher(Labels.normalize(u.name())).matches());
		}).toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * The categories a group name joins in short, when it is not one category: 各镇街 for 镇 and
	 * 街道, each part the start of exactly one category's name. Empty unless the whole name is
	 * two or more categories so.
	 */
	public List<String> categoriesJoined(String name) {
		String written = Labels.normalize(name).replaceFirst("^(各|全市|全县|全区|所有)", "")
			.replaceAll("[()（）、，,]|人民政府|政府|办事处", "");
		if (written.length() < 2 || written.length() > 6) {
			return List.of();
		}
		List<String> categories = categories();
		List<String> joined = new ArrayList<>();
		int at = 0;
		while (at < written.length()) {
			String found = null;
			int end = at;
			for (int to = written.length(); to > at && found == null; to--) {
				String part = written.substring(at, to);
				List<String> starting = categories.stream()
					.filter(c -> Labels.normalize(c).replaceAll("[()（）]", "").startsWith(part))
					.toList();
				if (starting.size() == 1 && !joined.contains(starting.get(0))) {
					found = starting.get(0);
					end = to;
				}
			}
			if (found == null) {
				return List.of();
			}
			joined.add(found);
			at = end;
		}
		return joined.size() >= 2 ? joined : List.of();
	}

	private static Set<String> groupKeys(String name) {
		// 14个市政府: the count says nothing the category does not
		String written = Labels.normalize(name).replaceFirst("^(全市|全县|全区|全省|所有|全体)", "")
			.replaceFirst("^\\d+个", "");
		Set<String> keys = new java.util.LinkedHashSet<>();
		// 乡镇（街道） is also meant by 各乡镇: the brackets add to a category, they do not make another
		for (String variant : List.of(written, written.replaceAll("[（(][^（()）]*[）)]", ""))) {
			String plain = variant.replaceAll("[各()（）、，,\\[\\]【】]|人民", "");
			// 市直部门 is how tables say 市政府有关部门 (县直 for a county's)
			keys.add(sorted(plain.replaceAll("([省市县区])直(部门|单位)", "$1政府有关$2")));
			// the core of the group: 县直有关部门, 县直各部门, 县政府有关部门 and 区直各单位 are 县部门 (区部门),
			// a province's 省直各有关部门 and 省级有关部门 省部门; 各乡镇人民政府 is 乡镇; 各街道, 各街道办 and
			// 街道办事处 are 街道; 各部门 the departments of the place; 各市 and 各市人民政府 a province's cities
			String core = plain.replaceAll("([省市县区])(直属?|级)", "$1")
				.replaceAll("政府|有关|所属", "")
				.replaceAll("([省市县区])单位$", "$1部门")
				// 各直属机构, 直属单位: the bodies directly under the government, among its departments in a roster
				.replaceAll("^直属(机构|单位)$", "部门")
				.replaceAll("(办事处|办)$", "");
			if (core.length() >= 2 || core.length() == 1 && "市县区".contains(core)) {
				keys.add("core:" + sorted(core));
			}
			if (core.length() >= 3 && "省市县区".indexOf(core.charAt(0)) >= 0) {
				keys.add("core:" + sorted(core.substring(1)));
			}
		}
		keys.remove("");
		return keys;
	}

	private static String sorted(String text) {
		char[] chars = text.toCharArray();
		Arrays.sort(chars);
		return new String(chars);
	}

	/** Category names in roster order. */
	public List<String> categories() {
		return this.categories;
	}

	private FormIndex index() {
		FormIndex built = this.index;
		if (built == null) {
			synchronized (this) {
				built = this.index;
				if (built == null) {
					built = FormIndex.of(this.units, this::namesOf, this.forms, this.likeness);
					this.index = built;
				}
			}
		}
		return built;
	}

	/** The full name, and the aliases and former names that are the unit's alone. */
	private List<String> namesOf(Unit unit) {
		List<String> names = new ArrayList<>();
		names.add(unit.name());
		for (String alias : unit.aliases()) {
			if (this.byName.get(Labels.normalize(alias)) == unit) {
				names.add(alias);
			}
		}
		for (String former : unit.formerNames()) {
			if (this.byFormerName.get(Labels.normalize(former)) == unit) {
				names.add(former);
			}
		}
		return names;
	}

	/**
	 * The units most like an unknown name, for a person to choose from: those sharing most
	 * of the characters that tell units apart (the generic 市, 区, 局, 政府 … do not count).
	 * Only units sharing at least one such character are compared, so an unknown name costs
	 * little in a roster of thousands.
	 */
	private List<Unit> nearest(String name, FormIndex index) {
		List<char[]> written = new ArrayList<>();
		List<char[]> writtenInOrder = new ArrayList<>();
		for (String w : this.forms.withoutTheCity(this.forms.of(name))) {
			written.add(this.likeness.signature(w));
			writtenInOrder.add(w.toCharArray());
		}
		// A unit is compared in full only when it could reach NEAR: for each written form, the characters it
		// shares with the unit's forms (counted as often as the written form has them) bound the shared count,
		// and the unit's shortest form bounds the length. A province's roster has thousands of units sharing a
		// character or two with any name, and each was compared in full.
		int units = this.units.size();
		int[] bound = new int[units];
		int[] touched = new int[units];
		double[] atMost = new double[units];
		BitSet candidates = new BitSet(units);
		for (char[] w : written) {
			int touchedCount = 0;
			for (int i = 0; i < w.length; i++) {
				if (i > 0 && w[i] == w[i - 1]) {
					continue;
				}
				int times = 1;
				while (i + times < w.length && w[i + times] == w[i]) {
					times++;
				}
				int[] having = index.byCharacter().get(w[i]);
				if (having == null) {
					continue;
				}
				for (int u : having) {
					if (bound[u] == 0) {
						touched[touchedCount++] = u;
					}
					bound[u] += times;
				}
			}
			for (int t = 0; t < touchedCount; t++) {
				int u = touched[t];
				if (2.0 * bound[u] >= Likeness.NEAR * (w.length + index.shortest()[u])) {
					candidates.set(u);
					atMost[u] = Math.max(atMost[u], Math.min(1.0, 2.0 * bound[u] / (w.length + index.shortest()[u])));
				}
				bound[u] = 0;
			}
		}
		// the best SUGGESTIONS by likeness, then by likeness in order (第0584号 before 第0458号 for 第0584号测式局,
		// which share the same characters; 沈河区 before 和平区 for 沈和区); the remaining ties go to the unit
		// listed first in the roster
		double[] bestScores = new double[SUGGESTIONS];
		double[] bestInOrder = new double[SUGGESTIONS];
		int[] bestUnits = new int[SUGGESTIONS];
		int found = 0;
		for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
			// a unit whose bound is under the last of the best cannot take its place: in a province of lookalike
			// names (第0012号测试局 …) nearly every unit is a candidate, and most are passed over here
			if (found == SUGGESTIONS && atMost[u] < bestScores[SUGGESTIONS - 1]) {
				continue;
			}
			double best = 0;
			for (char[] form : index.signaturesOf().get(u)) {
				for (char[] w : written) {
					best = Math.max(best, Likeness.of(w, form));
				}
			}
			if (best < Likeness.NEAR || (found == SUGGESTIONS && best < bestScores[SUGGESTIONS - 1])) {
				continue;
			}
			double inOrder = 0;
			for (char[] form : index.inOrderOf().get(u)) {
				for (char[] w : writtenInOrder) {
					inOrder = Math.max(inOrder, Likeness.inOrder(w, form));
				}
			}
			if (found == SUGGESTIONS && best == bestScores[SUGGESTIONS - 1] && inOrder <= bestInOrder[SUGGESTIONS - 1]) {
				continue;
			}
			int at = Math.min(found, SUGGESTIONS - 1);
			while (at > 0 && (bestScores[at - 1] < best || (bestScores[at - 1] == best && bestInOrder[at - 1] < inOrder))) {
				bestScores[at] = bestScores[at - 1];
				bestInOrder[at] = bestInOrder[at - 1];
				bestUnits[at] = bestUnits[at - 1];
				at--;
			}
			bestScores[at] = best;
			bestInOrder[at] = inOrder;
			bestUnits[at] = u;
			found = Math.min(found + 1, SUGGESTIONS);
		}
		List<Unit> nearest = new ArrayList<>(found);
		for (int i = 0; i < found; i++) {
			nearest.add(this.units.get(bestUnits[i]));
		}
		return nearest;
	}

	private List<Unit> inRosterOrder(Set<Unit> units) {
		Map<Unit, Integer> order = rosterOrder();
		return units.stream().sorted(Comparator.comparing(order::get)).toList();
	}

	private Map<Unit, Integer> rosterOrder() {
		Map<Unit, Integer> order = new HashMap<>();
		for (int i = 0; i < this.units.size(); i++) {
			order.put(this.units.get(i), i);
		}
		return order;
	}

	/**
	 * The forms of every unit's names: form → units (a form of two units counts for neither),
	 * each unit's (by roster position) distinct {@link Likeness#signature signatures} of its
	 * forms, the forms themselves, the length of its shortest form, and each character that tells units apart → the units
	 * whose forms hold it.
	 */
	private record FormIndex(Map<String, Set<Unit>> byForm, List<List<char[]>> signaturesOf,
			List<List<char[]>> inOrderOf, Map<Character, int[]> byCharacter, int[] shortest) {

		static FormIndex of(List<Unit> units, java.util.function.Function<Unit, List<String>> namesOf,
				UnitNameForms forms, Likeness likeness) {
			Map<String, Set<Unit>> byForm = new HashMap<>();
			List<List<char[]>> signaturesOf = new ArrayList<>(units.size());
			List<List<char[]>> inOrderOf = new ArrayList<>(units.size());
			Map<Character, BitSet> byCharacter = new HashMap<>();
			for (int u = 0; u < units.size(); u++) {
				Unit unit = units.get(u);
				Set<String> own = new LinkedHashSet<>();
				for (String name : namesOf.apply(unit)) {
					own.addAll(forms.of(name));
				}
				Set<String> signatures = new LinkedHashSet<>();
				Set<String> inOrder = new LinkedHashSet<>();
				for (String form : own) {
					byForm.computeIfAbsent(form, k -> new LinkedHashSet<>(2)).add(unit);
				}
				for (String form : forms.withoutTheCity(own)) {
					for (int i = 0; i < form.length(); i++) {
						if (likeness.isTelling(form.charAt(i))) {
							byCharacter.computeIfAbsent(form.charAt(i), k -> new BitSet()).set(u);
						}
					}
					signatures.add(new String(likeness.signature(form)));
					inOrder.add(form);
				}
				signaturesOf.add(signatures.stream().map(String::toCharArray).toList());
				inOrderOf.add(inOrder.stream().map(String::toCharArray).toList());
			}
			int[] shortest = new int[units.size()];
			for (int u = 0; u < units.size(); u++) {
				shortest[u] = signaturesOf.get(u).stream().mapToInt(s -> s.length).min().orElse(0);
			}
			// each character's units as an array: adding up the bounds walks thousands of them for every unknown name
			Map<Character, int[]> having = new HashMap<>();
			byCharacter.forEach((c, set) -> having.put(c, set.stream().toArray()));
			return new FormIndex(byForm, signaturesOf, inOrderOf, having, shortest);
		}

	}

}
