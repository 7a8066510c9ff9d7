package org.workledger.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workledger.workbook.Labels;

/**
 * The units of the roster, in roster order, and the names they answer to: full name,
 * short names and aliases, and category names that stand for all units of a category.
 */
public final class Roster {

	private final List<Unit> units;

	private final Map<String, Unit> byName = new LinkedHashMap<>();

	private final Map<String, List<Unit>> byCategory = new LinkedHashMap<>();

	/**
	 * @param units in roster order, names unique
	 * @param aliases normalized alias to unit; ambiguous aliases already left out
	 */
	Roster(List<Unit> units, Map<String, Unit> aliases) {
		this.units = List.copyOf(units);
		for (Unit unit : units) {
			this.byName.put(Labels.normalize(unit.name()), unit);
			this.byCategory.computeIfAbsent(Labels.normalize(unit.category()), k -> new ArrayList<>()).add(unit);
		}
		aliases.forEach(this.byName::putIfAbsent);
	}

	static Roster ofChecked(List<Unit> units, Map<String, Unit> aliases) {
		return new Roster(units, aliases);
	}

	public static Roster of(List<Unit> units) {
		Map<String, Unit> aliases = new LinkedHashMap<>();
		for (Unit unit : units) {
			for (String alias : unit.aliases()) {
				aliases.putIfAbsent(Labels.normalize(alias), unit);
			}
		}
		return new Roster(units, aliases);
	}

	public List<Unit> units() {
		return this.units;
	}

	public int size() {
		return this.units.size();
	}

	/** The unit a name, short name or alias stands for. */
	public Optional<Unit> unit(String name) {
		return Optional.ofNullable(this.byName.get(Labels.normalize(name)));
	}

	/** The units a name stands for: one unit, all units of a category, or none. */
	public List<Unit> resolve(String name) {
		String key = Labels.normalize(name);
		List<Unit> category = this.byCategory.get(key);
		if (category != null) {
			return Collections.unmodifiableList(category);
		}
		Unit unit = this.byName.get(key);
		return unit == null ? List.of() : List.of(unit);
	}

	/** Category names in roster order. */
	public List<String> categories() {
		List<String> names = new ArrayList<>();
		for (Unit unit : this.units) {
			if (!names.contains(unit.category())) {
				names.add(unit.category());
			}
		}
		return names;
	}

}
