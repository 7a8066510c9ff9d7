package org.workledger.reports;

import java.util.ArrayList;
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
		this.sentBack = facts.sentBack();
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
		p.put("ISSUED_LABEL", PeriodFacts.dateLabel(this.facts.issuedOn()));
		// the office's own table, when it leads tasks itself: not addressed to it as to another unit
		boolean own = org.workledger.workbook.Labels.normalize(unit.name())
			.equals(org.workledger.workbook.Labels.normalize(this.facts.issuer()));
		p.put("SUMMARY_LINE", String.format("%s牵头 %d 项任务，分到各单位共 %d 项%s。", own ? "本单位" : "你单位",
				this.ledTasks.get(unit.name()).size(), tally.pairs(), tally.breakdown()));
		return p;
	}

	/** Unit-task pairs in the lead unit's table. */
	long size(Unit unit) {
		return tally(unit).pairs();
	}

	/** The pairs by status, in the statuses' order, and how many of them are overdue. */
	private record Tally(long pairs, Map<String, Long> byStatus, long overdue) {

		/** ：已完成 5 项、推进中 10 项、未报送 3 项，其中逾期 1 项 (every status the pairs have, none left out) */
		String breakdown() {
			if (this.pairs == 0) {
				return "";
			}
			List<String> parts = new ArrayList<>();
			this.byStatus.forEach((status, count) -> parts.add(status + " " + count + " 项"));
			return "：" + String.join("、", parts) + "，其中逾期 " + this.overdue + " 项";
		}

	}

	private Tally tally(Unit unit) {
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ProgressStatus status : ProgressStatus.values()) {
			byStatus.put(status.label(), 0L);
		}
		byStatus.put(LedgerRow.NOT_REPORTED, 0L);
		long pairs = 0;
		long overdue = 0;
		for (LedgerRow r : ledRows(unit)) {
			pairs++;
			byStatus.merge(r.status(), 1L, Long::sum);
			overdue += r.overdue() ? 1 : 0;
		}
		byStatus.values().removeIf(count -> count == 0);
		return new Tally(pairs, byStatus, overdue);
	}

	private final Set<String> sentBack;

	/** The lead unit needs the gist; the full narrative is in each unit's own report. */
	static String brief(String progress) {
		String flat = progress.replaceAll("\\s+", " ").strip();
		return flat.length() <= 90 ? flat : flat.substring(0, 90) + "…（全文见该单位报告）";
	}

	/** How many names of units that did not report a task's row lists; the ledger has them all. */
	static final int SILENT_NAMES = 60;

	/**
	 * The table's rows one task at a time: the units that reported, each with the gist of
	 * its progress, then one row naming the units that did not (a lead unit over every unit
	 * of a city had a page of 未报送 rows per task). Each task's narratives are fetched when
	 * the rows reach that task and let go after it: a lead unit over a province's units has
	 * hundreds of thousands of rows, far more than a small heap holds with their narratives.
	 */
	java.util.Iterator<Map<String, ?>> dataSource(Unit unit) {
		java.util.Iterator<LedgerRow> led = ledRows(unit).iterator();
		return new java.util.Iterator<>() {

			private final java.util.ArrayDeque<Map<String, ?>> ready = new java.util.ArrayDeque<>();

			/** The first row of the next task, read while the one before was collected. */
			private LedgerRow pending;

			@Override
			public boolean hasNext() {
				fill();
				return !this.ready.isEmpty();
			}

			@Override
			public Map<String, ?> next() {
				fill();
				if (this.ready.isEmpty()) {
					throw new java.util.NoSuchElementException();
				}
				return this.ready.poll();
			}

			private void fill() {
				if (!this.ready.isEmpty()) {
					return;
				}
				LedgerRow r = this.pending != null ? this.pending : led.hasNext() ? led.next() : null;
				this.pending = null;
				if (r == null) {
					return;
				}
				String task = r.taskId();
				Map<String, String> progress = LeadUnitReports.this.facts.narratives()
					.progressOfTask(task, LeadUnitReports::brief);
				List<LedgerRow> silent = new ArrayList<>();
				while (r != null && r.taskId().equals(task)) {
					if (r.reported()) {
						String gist = progress.get(r.unitName());
						this.ready.add(row(r, r.unitName(), r.status(), gist == null ? brief(r.progress()) : gist,
								r.overdue()));
					}
					else {
						silent.add(r);
					}
					r = led.hasNext() ? led.next() : null;
				}
				this.pending = r;
				// the silent units share a row, those overdue apart from those not (a task one of them finished in an
				// earlier month is not overdue): one row marked 逾期 named units the circular did not
				silentRow(silent.stream().filter(LedgerRow::overdue).toList(), true, false);
				silentRow(silent.stream().filter(LedgerRow::doneEarlier).toList(), false, true);
				silentRow(silent.stream().filter(s -> !s.overdue() && !s.doneEarlier()).toList(), false, false);
			}

			private void silentRow(List<LedgerRow> silent, boolean overdue, boolean doneEarlier) {
				if (!silent.isEmpty()) {
					List<String> names = silent.stream().limit(SILENT_NAMES).map(this::named).toList();
					String listed = String.join("、", names) + (silent.size() > names.size()
							? " 等 " + silent.size() + " 个单位（名单见汇总台账）" : "");
					this.ready.add(row(silent.get(0), "未报送单位（" + silent.size() + " 个" + (doneEarlier ? "，此前已报已完成" : "") + "）",
							LedgerRow.NOT_REPORTED, listed, overdue));
				}
			}

			/** A unit whose return was sent back and not yet put right did report: 退回待改, as the circular says. */
			private String named(LedgerRow silent) {
				return silent.unitName() + (LeadUnitReports.this.sentBack.contains(silent.unitName()) ? "（退回待改）" : "");
			}

		};
	}

	private static Map<String, ?> row(LedgerRow r, String unit, String status, String progress, boolean overdue) {
		Map<String, Object> row = new HashMap<>();
		row.put("taskId", r.taskId());
		row.put("task", r.taskText());
		row.put("deadline", Reports.deadlineCell(r.deadlineText()));
		row.put("unit", unit);
		row.put("status", status);
		row.put("percent", r.reported() && r.percent() != null ? r.percent() + "%" : "");
		row.put("overdue", overdue ? "逾期" : "");
		row.put("progress", progress);
		return row;
	}

	/** The ledger rows of the tasks a unit leads, in ledger order (task by task). */
	private Iterable<LedgerRow> ledRows(Unit unit) {
		Set<String> tasks = this.ledTasks.get(unit.name());
		return () -> this.facts.rows().stream().filter(r -> tasks.contains(r.taskId())).iterator();
	}

}
