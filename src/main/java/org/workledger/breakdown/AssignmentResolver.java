package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.roster.Roster;
import org.workledger.roster.Unit;

/**
 * Works out who reports on what: every unit named as lead or responsible for a task,
 * with category names expanded to their units. A name the roster does not know is a
 * finding, never a silent drop.
 */
public final class AssignmentResolver {

	private AssignmentResolver() {
	}

	/** Assignments in roster order, then task order. */
	public static List<Assignment> resolve(Breakdown breakdown, Roster roster, Findings findings) {
		Map<String, Map<String, Role>> rolesByUnit = new LinkedHashMap<>();
		roster.units().forEach(u -> rolesByUnit.put(u.name(), new LinkedHashMap<>()));
		for (BreakdownTask task : breakdown.tasks()) {
			int before = countFor(task, rolesByUnit);
			assign(task, task.leadUnits(), Role.LEAD, BreakdownReader.LEAD, roster, rolesByUnit, breakdown, findings);
			assign(task, task.responsibleUnits(), Role.RESPONSIBLE, BreakdownReader.RESPONSIBLE, roster, rolesByUnit, breakdown, findings);
			if (countFor(task, rolesByUnit) == before) {
				findings.add(FindingCode.TASK_WITHOUT_UNITS.at(breakdown.cell(task, BreakdownReader.RESPONSIBLE),
						task.responsibleUnits(), task.id()));
			}
		}
		List<Assignment> assignments = new ArrayList<>();
		for (Unit unit : roster.units()) {
			rolesByUnit.get(unit.name()).forEach((taskId, role) -> assignments.add(new Assignment(unit.name(), taskId, role)));
		}
		return assignments;
	}

	private static void assign(BreakdownTask task, String cell, Role role, String column, Roster roster,
			Map<String, Map<String, Role>> rolesByUnit, Breakdown breakdown, Findings findings) {
		for (String name : UnitNames.split(cell)) {
			List<Unit> units = roster.resolve(name);
			if (units.isEmpty()) {
				findings.add(FindingCode.UNIT_UNRESOLVED.at(
						breakdown.cell(task, column), cell, column,
						name, name));
				continue;
			}
			for (Unit unit : units) {
				Map<String, Role> roles = rolesByUnit.get(unit.name());
				if (role == Role.LEAD || !roles.containsKey(task.id())) {
					roles.put(task.id(), role);
				}
			}
		}
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
