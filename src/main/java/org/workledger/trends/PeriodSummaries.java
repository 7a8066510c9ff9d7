package org.workledger.trends;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.consolidation.LedgerRow;
import org.workledger.period.Period;
import org.workledger.roster.Unit;

/**
 * The figures of every consolidated period (tables {@code period_*summary}), written each
 * time a period's ledger is built, so trends and the year report show each period as it
 * was judged, by the tables of its own time.
 */
@Repository
public class PeriodSummaries {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public PeriodSummaries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Replaces the figures of {@code period} with those of its ledger just built. */
	public void save(Period period, LocalDate asOf, long jobExecutionId, List<LedgerRow> rows, Set<String> reported,
			List<BreakdownTask> tasks, List<Unit> units) {
		Map<String, BreakdownTask> taskById = new HashMap<>();
		tasks.forEach(t -> taskById.put(t.id(), t));
		Map<String, Unit> unitByName = new HashMap<>();
		units.forEach(u -> unitByName.put(u.name(), u));
		Figures.Tally all = new Figures.Tally();
		Map<Integer, Figures.Tally> items = new LinkedHashMap<>();
		Map<String, Figures.Tally> byTask = new LinkedHashMap<>();
		Map<String, Figures.Tally> byUnit = new LinkedHashMap<>();
		Map<String, List<String>> overdueByUnit = new HashMap<>();
		for (BreakdownTask task : tasks) {
			items.computeIfAbsent(task.itemNo(), k -> new Figures.Tally());
			byTask.put(task.id(), new Figures.Tally());
		}
		for (LedgerRow row : rows) {
			all.add(row);
			BreakdownTask task = taskById.get(row.taskId());
			if (task != null) {
				items.get(task.itemNo()).add(row);
				byTask.get(task.id()).add(row);
			}
			byUnit.computeIfAbsent(row.unitName(), k -> new Figures.Tally()).add(row);
			if (row.overdue()) {
				overdueByUnit.computeIfAbsent(row.unitName(), k -> new ArrayList<>()).add(row.taskId());
			}
		}
		String key = period.key();
		for (String table : List.of("period_summary", "period_item_summary", "period_task_summary",
				"period_unit_summary")) {
			this.jdbc.sql("delete from " + table + " where period = ?").param(key).update();
		}
		Figures total = all.figures();
		int reportedUnits = (int) byUnit.keySet().stream().filter(reported::contains).count();
		this.jdbc.sql("""
				insert into period_summary (period, as_of, job_execution_id, units_expected, units_reported, pairs, done,
				in_progress, not_started, ongoing, not_reported, overdue, progress_sum, progress_count, done_earlier)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(key, Date.valueOf(asOf), jobExecutionId, byUnit.size(), reportedUnits, total.pairs(), total.done(),
					total.inProgress(), total.notStarted(), total.ongoing(), total.notReported(), total.overdue(),
					total.progressSum(), total.progressCount(), total.doneEarlier())
			.update();
		List<Object[]> itemRows = new ArrayList<>();
		Map<Integer, String> itemNames = new HashMap<>();
		tasks.forEach(t -> itemNames.putIfAbsent(t.itemNo(), t.itemName()));
		items.forEach((no, tally) -> {
			Figures f = tally.figures();
			itemRows.add(new Object[] { key, no, itemNames.get(no), f.pairs(), f.done(), f.overdue(), f.notReported(),
					f.progressSum(), f.progressCount() });
		});
		this.template.batchUpdate("insert into period_item_summary (period, item_no, item_name, pairs, done, overdue,"
				+ " not_reported, progress_sum, progress_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", itemRows);
		List<Object[]> taskRows = new ArrayList<>();
		byTask.forEach((id, tally) -> {
			BreakdownTask t = taskById.get(id);
			Figures f = tally.figures();
			taskRows.add(new Object[] { key, id, t.itemNo(), t.text(), t.leadUnits(), t.deadline().label(), f.pairs(),
					f.done(), f.inProgress(), f.notStarted(), f.ongoing(), f.notReported(), f.overdue(), f.doneEarlier() });
		});
		this.template.batchUpdate("insert into period_task_summary (period, task_id, item_no, task_text, lead_units,"
				+ " deadline_text, pairs, done, in_progress, not_started, ongoing, not_reported, overdue, done_earlier)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", taskRows);
		List<Object[]> unitRows = new ArrayList<>();
		byUnit.forEach((name, tally) -> {
			Figures f = tally.figures();
			Unit unit = unitByName.get(name);
			unitRows.add(new Object[] { key, name, unit == null ? "" : unit.category(),
					unit == null ? "" : String.join(";", unit.formerNames()), f.pairs(), reported.contains(name),
					f.done(), f.overdue(), String.join("、", overdueByUnit.getOrDefault(name, List.of())),
					f.progressSum(), f.progressCount(), f.doneEarlier() });
		});
		this.template.batchUpdate("insert into period_unit_summary (period, unit_name, category, former_names, pairs,"
				+ " reported, done, overdue, overdue_tasks, progress_sum, progress_count, done_earlier)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				unitRows);
	}

	/** The as-of day of the period's last consolidation, if it was ever consolidated. */
	public java.util.Optional<LocalDate> consolidatedAsOf(Period period) {
		return this.jdbc.sql("select as_of from period_summary where period = ?")
			.param(period.key())
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.optional();
	}

	/** The summarized periods of {@code year} up to {@code upTo}; the units' months only when asked for. */
	/**
	 * When each unit's first accepted return of each period from {@code from} to {@code to}
	 * (period keys) came in: its file's time, by which a return is on time or 迟报.
	 */
	public Map<Period, Map<String, Instant>> firstReceived(String from, String to) {
		Map<Period, Map<String, Instant>> received = new HashMap<>();
		this.jdbc.sql("""
				select period, unit_name, min(modified_at) from input_file
				where outcome = 'ACCEPTED' and period between ? and ? and unit_name is not null
				group by period, unit_name""")
			.params(from, to)
			.query((rs, n) -> received.computeIfAbsent(Period.parse(rs.getString(1)), k -> new HashMap<>())
				.put(rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
		return received;
	}

	/** The units a consolidated period owed returns from, by their names then; empty when it has no summary. */
	public java.util.Set<String> unitNames(Period period) {
		return new java.util.HashSet<>(this.jdbc.sql("select unit_name from period_unit_summary where period = ?")
			.param(period.key())
			.query(String.class)
			.list());
	}

	public YearSoFar year(int year, Period upTo, boolean withUnits) {
		String from = Period.of(year, 1).key();
		String to = upTo.key();
		Map<Period, List<PeriodSummary.Item>> items = new HashMap<>();
		this.jdbc.sql("select * from period_item_summary where period between ? and ? order by period, item_no")
			.params(from, to)
			.query((rs, n) -> items.computeIfAbsent(Period.parse(rs.getString("period")), k -> new ArrayList<>())
				.add(new PeriodSummary.Item(rs.getInt("item_no"), rs.getString("item_name"),
						new Figures(rs.getInt("pairs"), rs.getInt("done"), 0, 0, 0, rs.getInt("not_reported"),
								rs.getInt("overdue"), rs.getLong("progress_sum"), rs.getInt("progress_count")))))
			.list();
		Map<Period, List<PeriodSummary.Task>> tasks = new HashMap<>();
		this.jdbc.sql("select * from period_task_summary where period between ? and ? order by period, item_no")
			.params(from, to)
			.query((rs, n) -> tasks.computeIfAbsent(Period.parse(rs.getString("period")), k -> new ArrayList<>())
				.add(new PeriodSummary.Task(rs.getString("task_id"), rs.getInt("item_no"), rs.getString("task_text"),
						rs.getString("lead_units"), rs.getString("deadline_text"),
						new Figures(rs.getInt("pairs"), rs.getInt("done"), rs.getInt("in_progress"),
								rs.getInt("not_started"), rs.getInt("ongoing"), rs.getInt("not_reported"),
								rs.getInt("overdue"), 0, 0, rs.getInt("done_earlier")))))
			.list();
		// task ids sort as text (1.10 before 1.2): keep the breakdown's order
		tasks.values().forEach(list -> list.sort(java.util.Comparator.comparing(PeriodSummaries::taskOrder)));
		List<PeriodSummary> periods = this.jdbc
			.sql("select * from period_summary where period between ? and ? order by period")
			.params(from, to)
			.query((rs, n) -> {
				Period period = Period.parse(rs.getString("period"));
				return new PeriodSummary(period, rs.getDate("as_of").toLocalDate(), rs.getInt("units_expected"),
						rs.getInt("units_reported"),
						new Figures(rs.getInt("pairs"), rs.getInt("done"), rs.getInt("in_progress"),
								rs.getInt("not_started"), rs.getInt("ongoing"), rs.getInt("not_reported"),
								rs.getInt("overdue"), rs.getLong("progress_sum"), rs.getInt("progress_count"),
								rs.getInt("done_earlier")),
						items.getOrDefault(period, List.of()), tasks.getOrDefault(period, List.of()));
			})
			.list();
		if (!withUnits) {
			return new YearSoFar(year, periods, Map.of(), Map.of(), Map.of());
		}
		Map<Period, Map<String, PeriodSummary.Unit>> units = new HashMap<>();
		this.jdbc.sql("select * from period_unit_summary where period between ? and ?")
			.params(from, to)
			.query((rs, n) -> units.computeIfAbsent(Period.parse(rs.getString("period")), k -> new HashMap<>())
				.put(rs.getString("unit_name"),
						new PeriodSummary.Unit(rs.getString("unit_name"), rs.getString("category"),
								names(rs.getString("former_names")), rs.getBoolean("reported"),
								rs.getString("overdue_tasks"),
								new Figures(rs.getInt("pairs"), rs.getInt("done"), 0, 0, 0, 0, rs.getInt("overdue"),
										rs.getLong("progress_sum"), rs.getInt("progress_count"),
										rs.getInt("done_earlier")))))
			.list();
		Map<Period, Map<String, Instant>> received = firstReceived(from, to);
		Map<Period, Map<String, Integer>> rejected = new HashMap<>();
		this.jdbc.sql("""
				select period, unit_name, count(*) from input_file
				where outcome = 'REJECTED' and period between ? and ? and unit_name is not null
				group by period, unit_name""")
			.params(from, to)
			.query((rs, n) -> rejected.computeIfAbsent(Period.parse(rs.getString(1)), k -> new HashMap<>())
				.put(rs.getString(2), rs.getInt(3)))
			.list();
		return new YearSoFar(year, periods, units, received, rejected);
	}

	private static List<String> names(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(";"));
	}

	private static String taskOrder(PeriodSummary.Task task) {
		String[] parts = task.taskId().split("\\.");
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			key.append(String.format("%6s", part));
		}
		return key.toString();
	}


	/**
	 * The months of a year whose returns came in after the month was last consolidated (a late
	 * December return taken in by January's run), with how many: the year report counts such a
	 * month by its last consolidation, so the clerk is told to run it again first.
	 */
	public java.util.Map<String, Integer> returnsSinceSummary(int year) {
		java.util.Map<String, Integer> months = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select f.period, count(*) from input_file f join period_summary s on s.period = f.period
				where f.period like ? and f.kind = 'RETURN' and f.outcome = 'ACCEPTED'
				and f.first_seen_execution > s.job_execution_id
				group by f.period order by f.period""")
			.param(year + "-%")
			.query((rs, n) -> months.put(rs.getString(1), rs.getInt(2)))
			.list();
		return months;
	}

}
