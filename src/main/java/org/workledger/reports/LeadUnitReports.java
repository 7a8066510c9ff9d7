package org.workledger.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workledger.consolidation.LedgerRow;
import org.workledger.contract.ProgressStatus;
import org.workledger.roster.Unit;
import org.workledger.system.FileNames;

/**
 * For each lead unit, the tasks it leads with every responsible unit's status on them, so
 * it can supervise (template {@code lead-unit-report}).
 */
final class LeadUnitReports {

	static final String TEMPLATE = "lead-unit-report";

	static final String FOLDER = "牵头单位督办";

	private final PeriodFacts facts;

	/** Lead unit to the tasks it leads, in task order. */
	private final Map<String, Set<String>> ledTasks = new LinkedHashMap<>();

	LeadUnitReports(PeriodFacts facts) {
		this.facts = facts;
		facts.rows()
			.stream()
			.filter(r -> "牵头".equals(r.role()))
			.forEach(r -> this.ledTasks.computeIfAbsent(r.unitName(), k -> new LinkedHashSet<>()).add(r.taskId()));
	}

	List<Unit> units() {
		return this.facts.units().stream().filter(u -> this.ledTasks.containsKey(u.name())).toList();
	}

	String title(Unit unit) {
		return unit.name() + "牵头任务进展督办表";
	}

	String fileName(Unit unit) {
		return FileNames.safe(unit.name() + "-" + this.facts.period().label() + "牵头任务督办表") + ".pdf";
	}

	Map<String, Object> parameters(Unit unit) {
		Map<String, Object> p = Reports.common(this.facts, title(unit));
		Tally tally = tally(unit);
		p.put("UNIT_NAME", unit.name());
		p.put("SUMMARY_LINE", String.format("本单位牵头 %d 项任务，涉及 %d 个单位-任务对：已完成 %d，未报送 %d，逾期 %d。",
				this.ledTasks.get(unit.name()).size(), tally.pairs(), tally.done(), tally.missing(), tally.overdue()));
		return p;
	}

	/** Unit-task pairs in the lead unit's table. */
	long size(Unit unit) {
		return tally(unit).pairs();
	}

	private record Tally(long pairs, long done, long missing, long overdue) {
	}

	private Tally tally(Unit unit) {
		long pairs = 0;
		long done = 0;
		long missing = 0;
		long overdue = 0;
		for (LedgerRow r : ledRows(unit)) {
			pairs++;
			done += ProgressStatus.DONE.label().equals(r.status()) ? 1 : 0;
			missing += LedgerRow.NOT_REPORTED.equals(r.status()) ? 1 : 0;
			overdue += r.overdue() ? 1 : 0;
		}
		return new Tally(pairs, done, missing, overdue);
	}

	/** The lead unit needs the gist; the full narrative is in each unit's own report. */
	static String brief(String progress) {
		String flat = progress.replaceAll("\\s+", " ").strip();
		return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…（全文见该单位报告）";
	}

	/**
	 * The table's rows one at a time, with each task's narratives fetched when the rows
	 * reach that task and let go after it: a lead unit over a province's units has hundreds
	 * of thousands of rows, far more than a small heap holds with their narratives.
	 */
	java.util.Iterator<Map<String, ?>> dataSource(Unit unit) {
		java.util.Iterator<LedgerRow> led = ledRows(unit).iterator();
		return new java.util.Iterator<>() {

			private String task;

			private Map<String, String> progress = Map.of();

			@Override
			public boolean hasNext() {
				return led.hasNext();
			}

			@Override
			public Map<String, ?> next() {
				LedgerRow r = led.next();
				if (!r.taskId().equals(this.task)) {
					this.task = r.taskId();
					this.progress = LeadUnitReports.this.facts.narratives().progressOfTask(r.taskId(), LeadUnitReports::brief);
				}
				String progress = this.progress.get(r.unitName());
				Map<String, Object> row = new HashMap<>();
				row.put("taskId", r.taskId());
				row.put("task", r.taskText());
				row.put("deadline", r.deadlineText());
				row.put("unit", r.unitName());
				row.put("status", r.status());
				row.put("percent", r.percent() == null ? "" : r.percent() + "%");
				row.put("overdue", r.overdue() ? "逾期" : "");
				row.put("progress", progress == null ? brief(r.progress()) : progress);
				return row;
			}

		};
	}

	/** The ledger rows of the tasks a unit leads, in ledger order (task by task). */
	private Iterable<LedgerRow> ledRows(Unit unit) {
		Set<String> tasks = this.ledTasks.get(unit.name());
		return () -> this.facts.rows().stream().filter(r -> tasks.contains(r.taskId())).iterator();
	}

}
