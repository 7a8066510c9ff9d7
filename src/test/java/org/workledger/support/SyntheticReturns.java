package org.workledger.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.bench.SyntheticWorkspace;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Role;
import org.workledger.distribute.ProgressWorkbookSpec;
import org.workledger.distribute.ProgressWorkbookSpecs;
import org.workledger.findings.Findings;
import org.workledger.returns.ReturnRules;
import org.workledger.returns.ReturnValidator;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterReader;
import org.workledger.vocabulary.StatusVocabulary;

/** The rules a consolidate run applies to a benchmark workspace's returns, built from its own tables. */
public final class SyntheticReturns {

	private SyntheticReturns() {
	}

	public static ReturnValidator validator(SyntheticWorkspace synthetic) throws IOException {
		Findings findings = new Findings();
		Roster roster;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.ROSTER_FILE))) {
			roster = RosterReader.read(RosterReader.rosterSheet(workbook).orElseThrow(), SyntheticWorkspace.ROSTER_FILE,
					findings);
		}
		Breakdown breakdown;
		try (Workbook workbook = open(synthetic.input().resolve(SyntheticWorkspace.BREAKDOWN_FILE))) {
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(),
					SyntheticWorkspace.BREAKDOWN_FILE, findings);
		}
		return new ReturnValidator(rules(breakdown, roster, AssignmentResolver.resolve(breakdown, roster, findings)));
	}

	/** The rules as the intake step builds them (its fingerprints from the stored assignments). */
	public static ReturnRules rules(Breakdown breakdown, Roster roster, List<Assignment> assignments) {
		Map<String, BreakdownTask> tasks = new LinkedHashMap<>();
		breakdown.tasks().forEach(t -> tasks.put(t.id(), t));
		Map<String, Map<String, Role>> roles = new LinkedHashMap<>();
		Map<String, List<ProgressWorkbookSpec.Task>> specTasks = new LinkedHashMap<>();
		for (Assignment a : assignments) {
			roles.computeIfAbsent(a.unitName(), k -> new LinkedHashMap<>()).put(a.taskId(), a.role());
			BreakdownTask task = tasks.get(a.taskId());
			specTasks.computeIfAbsent(a.unitName(), k -> new ArrayList<>())
				.add(new ProgressWorkbookSpec.Task(task.id(), task.itemName(), task.text(), task.leadUnits(),
						task.deadline().label(), task.deadline().isOngoing(), a.role()));
		}
		Map<String, String> fingerprints = new LinkedHashMap<>();
		specTasks.forEach((unit, list) -> fingerprints.put(unit, ProgressWorkbookSpecs.fingerprint(list)));
		return new ReturnRules(roster, tasks, roles, SyntheticWorkspace.PERIOD.lastDay(), fingerprints,
				(unit, period) -> Map.of(), StatusVocabulary.standard());
	}

	private static Workbook open(Path file) throws IOException {
		return WorkbookFactory.create(file.toFile(), null, true);
	}

}
