package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;
import org.workledger.roster.UnitMatch;

/**
 * Works out who reports on what: every unit named as lead or responsible for a task,
 * with category names expanded to their units. A name the roster does not know is a
 * finding, never a silent drop.
 */
public final class AssignmentResolver {

	/** Words of a name for many units (各乡镇, 市直各部门, 全市有关单位), not of one unit's name. */
	static final Pattern GROUP = Pattern.compile("各|全[市县区省]|所有|有关|[市县区]直|乡镇$|部门$|单位$");

	private AssignmentResolver() {
	}

	/** Assignments in roster order, then task order. */
	public static List<Assignment> resolve(Breakdown breakdown, Roster roster, Findings findings) {
		Map<String, Map<String, Role>> rolesByUnit = new LinkedHashMap<>();
		Set<String> said = new HashSet<>();
		roster.units().forEach(u -> rolesByUnit.put(u.name(), new LinkedHashMap<>()));
		// a name the roster lacks, in thirty cells, is one thing to fix: said once, at its first cell, with its tasks
		Findings unknown = new Findings();
		List<BreakdownTask> withoutUnits = new ArrayList<>();
		for (BreakdownTask task : breakdown.tasks()) {
			int before = countFor(task, rolesByUnit);
			assign(task, task.leadUnits(), Role.LEAD, BreakdownReader.LEAD, roster, rolesByUnit, breakdown, unknown, said);
			assign(task, task.responsibleUnits(), Role.RESPONSIBLE, BreakdownReader.RESPONSIBLE, roster, rolesByUnit,
					breakdown, unknown, said);
			if (countFor(task, rolesByUnit) == before) {
				withoutUnits.add(task);
			}
		}
		once(unknown).forEach(findings::add);
		if (!withoutUnits.isEmpty()) {
			BreakdownTask first = withoutUnits.get(0);
			findings.add(FindingCode.TASK_WITHOUT_UNITS.at(breakdown.cell(first, BreakdownReader.RESPONSIBLE),
					first.responsibleUnits(), ids(withoutUnits.stream().map(BreakdownTask::id).toList())));
		}
		List<Assignment> assignments = new ArrayList<>();
		for (Unit unit : roster.units()) {
			rolesByUnit.get(unit.name()).forEach((taskId, role) -> assignments.add(new Assignment(unit.name(), taskId, role)));
		}
		return assignments;
	}

	private static void assign(BreakdownTask task, String cell, Role role, String column, Roster roster,
			Map<String, Map<String, Role>> rolesByUnit, Breakdown breakdown, Findings findings, Set<String> said) {
		for (UnitNames.Named named : UnitNames.withRoles(cell, roster.categories())) {
			// 市司法局（牵头） or 牵头单位：市司法局 in either column: the unit, with the role the table gives it there
			String name = named.name();
			Role given = named.role() == null ? role : named.role();
			List<Unit> units = roster.isCategory(name) ? roster.resolve(name)
					: category(name, task, cell, column, roster, breakdown, findings, said)
						.or(() -> kind(name, task, cell, column, roster, breakdown, findings, said))
						.orElseGet(() -> unit(name, task, cell, column, roster, breakdown, findings, said));
			for (Unit unit : units) {
				Map<String, Role> roles = rolesByUnit.get(unit.name());
				if (given == Role.LEAD || !roles.containsKey(task.id())) {
					roles.put(task.id(), given);
				}
			}
		}
	}

	/** The units of the category a group name means (各区县（市）政府), said once; empty when it means none. */
	private static Optional<List<Unit>> category(String name, BreakdownTask task, String cell, String column,
			Roster roster, Breakdown breakdown, Findings findings, Set<String> said) {
		// 各街道办事处（镇）: two categories, the brackets adding one, before one category by its core
		Optional<List<String>> categories = Optional.of(roster.categoriesJoined(name))
			.filter(c -> !c.isEmpty())
			.or(() -> roster.categoryMeant(name).map(List::of));
		return categories.map(meant -> {
			List<Unit> units = meant.stream().flatMap(c -> roster.resolve(c).stream()).toList();
			if (said.add(name)) {
				findings.add(FindingCode.CATEGORY_VARIANT_IN_BREAKDOWN.at(breakdown.cell(task, column), cell, column, name,
						String.join("”“", meant), units.size(), name));
			}
			return units;
		});
	}

	/** 各有关单位, 相关部门, 有关单位: a group that does not say which units. */
	private static final Pattern VAGUE = Pattern
		.compile("^(?:(各|所有|其他|其它)?(有关|相关|其他|其它)?(各)?(单位|部门)|(?:有关|相关)\\p{IsHan}{1,8}(?:单位|部门|政府))$");

	/** Endings too general to stand for a kind of unit. */
	private static final Set<String> GENERAL_ENDINGS = Set.of("人民政府", "政府", "部门", "单位", "办公室", "委员会", "中心");

	/**
	 * The units a group written by their kind means, where the roster has no category for it:
	 * 街道办事处 in 各乡镇人民政府、街道办事处 (the usual words of a county's documents) stands for
	 * every unit whose name ends so (红旗街道办事处, 新城街道办事处), said once; empty when fewer than
	 * two units end so, or the name is a unit's own.
	 */
	private static Optional<List<Unit>> kind(String name, BreakdownTask task, String cell, String column,
			Roster roster, Breakdown breakdown, Findings findings, Set<String> said) {
		String kind = org.workledger.workbook.Labels.normalize(name).replaceFirst("^(各|全[市县区]|所有)", "");
		if (kind.length() < 3 || GENERAL_ENDINGS.contains(kind) || roster.unit(name).isPresent()) {
			return Optional.empty();
		}
		List<Unit> units = roster.units().stream().filter(u -> {
			String unitName = org.workledger.workbook.Labels.normalize(u.name());
			return unitName.endsWith(kind) && !unitName.equals(kind);
		}).toList();
		if (units.size() < 2) {
			return Optional.empty();
		}
		if (said.add(name)) {
			findings.add(FindingCode.UNIT_KIND_IN_BREAKDOWN.at(breakdown.cell(task, column), cell, column, name, kind,
					units.size(), firstFew(units.stream().map(Unit::name).toList()), name));
		}
		return Optional.of(units);
	}

	/** The unit a name stands for, read as a person would; a variation is said, an unknown or ambiguous name is a finding. */
	private static List<Unit> unit(String name, BreakdownTask task, String cell, String column, Roster roster,
			Breakdown breakdown, Findings findings, Set<String> said) {
		UnitMatch match = roster.match(name);
		switch (match.kind()) {
			case EXACT -> {
				return List.of(match.unit());
			}
			case VARIANT, FORMER_NAME -> {
				// said once, at the first cell: the same short name in twenty cells is one thing to know
				if (said.add(name)) {
					findings.add(FindingCode.UNIT_VARIANT_IN_BREAKDOWN.at(breakdown.cell(task, column), cell, column,
							name, match.unit().name(), name));
				}
				return List.of(match.unit());
			}
			case AMBIGUOUS -> findings.add(FindingCode.UNIT_AMBIGUOUS_IN_BREAKDOWN.at(breakdown.cell(task, column), cell,
					column, name, match.candidateNames(), name));
			default -> {
				if (VAGUE.matcher(name).matches()) {
					// 各有关单位: which units is the table's to say, not a category to make
					findings.add(FindingCode.UNIT_GROUP_VAGUE.at(breakdown.cell(task, column), cell, column, name,
							String.join("、", roster.categories())));
				}
				else if (GROUP.matcher(name).find()) {
					// an alias would make a group one unit: the roster's categories are what stand for groups
					findings.add(FindingCode.UNIT_GROUP_UNRESOLVED.at(breakdown.cell(task, column), cell, column, name,
							name, String.join("、", roster.categories()), name));
				}
				else {
					List<Unit> shortened = roster.shortenedFrom(name);
					if (shortened.size() == 1) {
						// 县发改局 for 清源县发展和改革局, with no alias in the roster: the one unit it can shorten, said
						// once for the office to check, rather than a task left off that unit's form
						if (said.add(name)) {
							findings.add(FindingCode.UNIT_SHORTENED_IN_BREAKDOWN.at(breakdown.cell(task, column), cell,
									column, name, shortened.get(0).name(), name, name));
						}
						return shortened;
					}
					findings.add(FindingCode.UNIT_UNRESOLVED.at(breakdown.cell(task, column), cell, column, name,
							match.candidates().isEmpty() ? "" : "（最接近的单位：" + match.candidateNames() + "）", name));
				}
			}
		}
		return List.of();
	}

	/** Task ids as a clerk reads them in a line: all of a few, the first of many and how many. */
	static String ids(List<String> ids) {
		return firstFew(ids) + (ids.size() > 5 ? " " + ids.size() + " 项" : "");
	}

	/** All of a few, or the first five and 等. */
	private static String firstFew(List<String> items) {
		return items.size() <= 5 ? String.join("、", items) : String.join("、", items.subList(0, 5)) + " 等";
	}

	/**
	 * The findings about names, one per name and kind: the first cell's, with the other tasks
	 * that name it added (the rest as they were). A roster put in by mistake made thirty-five
	 * lines of one missing category, each advising an alias.
	 */
	private static List<Finding> once(Findings about) {
		Map<String, List<Finding>> byName = new LinkedHashMap<>();
		List<Finding> kept = new ArrayList<>();
		for (Finding f : about.all()) {
			if (f.code() == FindingCode.UNIT_UNRESOLVED || f.code() == FindingCode.UNIT_GROUP_UNRESOLVED
					|| f.code() == FindingCode.UNIT_GROUP_VAGUE) {
				byName.computeIfAbsent(f.code() + "\n" + f.message(), k -> new ArrayList<>()).add(f);
			}
			else {
				kept.add(f);
			}
		}
		for (List<Finding> same : byName.values()) {
			Finding first = same.get(0);
			if (same.size() == 1) {
				kept.add(first);
				continue;
			}
			List<String> cells = same.stream().map(f -> f.location().cell()).distinct().toList();
			kept.add(new Finding(first.code(), first.location(), first.value(),
					first.message() + "（共 " + same.size() + " 处：" + firstFew(cells) + "）", first.fix()));
		}
		return kept;
	}

	private static int countFor(BreakdownTask task, Map<String, Map<String, Role>> rolesByUnit) {
		int n = 0;
		for (Map<String, Role> roles : rolesByUnit.values()) {
			if (roles.containsKey(task.id())) {
				n++;
			}
		}
		return n;
	}

}
