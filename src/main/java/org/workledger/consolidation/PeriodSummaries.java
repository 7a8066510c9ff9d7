package org.workledger.consolidation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.period.Period;

/**
 * What each period's ledger said when it was last consolidated, per item, task and unit:
 * the circular's trend page and the year report read the months of a year from here, as
 * they were circulated, without building every month's ledger again.
 */
@Repository
public class PeriodSummaries {

	/** Counts over a set of ledger rows. */
	public record Tally(int pairs, int done, int inProgress, int notStarted, int ongoing, int notReported, int overdue,
			long percentSum, int percentCount) {

		/** The average of the percentages given, 0 when none was. */
		public double averagePercent() {
			return this.percentCount == 0 ? 0 : (double) this.percentSum / this.percentCount;
		}

		/** The share of pairs done, 0–100. */
		public double donePercent() {
			return this.pairs == 0 ? 0 : 100.0 * this.done / this.pairs;
		}

	}

	public record ItemSummary(Period period, int itemNo, String itemName, Tally tally) {
	}

	public record TaskSummary(Period period, String taskId, int itemNo, String itemName, String taskText,
			String deadlineText, LocalDate deadlineDue, Tally tally) {
	}

	public record UnitSummary(Period period, String unitName, String unitCategory, Tally tally, String sourceFile,
			LocalDate filledOn) {

		public boolean reported() {
			return !this.sourceFile.isEmpty();
		}

	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public PeriodSummaries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Replaces the period's summaries with those of its rows. */
	public void save(Period period, LocalDate asOf, long jobExecutionId, List<LedgerRow> rows) {
		for (String table : List.of("period_item_summary", "period_task_summary", "period_unit_summary",
				"period_summary")) {
			this.jdbc.sql("delete from " + table + " where period = ?").param(period.key()).update();
		}
		Map<Integer, Counter> items = new LinkedHashMap<>();
		Map<String, Counter> tasks = new LinkedHashMap<>();
		Map<String, Counter> units = new LinkedHashMap<>();
		for (LedgerRow row : rows) {
			items.computeIfAbsent(itemNo(row.taskId()), k -> new Counter(row)).add(row);
			tasks.computeIfAbsent(row.taskId(), k -> new Counter(row)).add(row);
			units.computeIfAbsent(row.unitName(), k -> new Counter(row)).add(row);
		}
		List<Object[]> itemRows = new ArrayList<>();
		items.forEach((no, c) -> itemRows.add(new Object[] { period.key(), no, c.first.itemName(), c.pairs, c.done,
				c.inProgress, c.notStarted, c.ongoing, c.notReported, c.overdue, c.percentSum, c.percentCount }));
		this.template.batchUpdate("insert into period_item_summary (period, item_no, item_name, pairs, done, in_progress,"
				+ " not_started, ongoing, not_reported, overdue, percent_sum, percent_count)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", itemRows);
		List<Object[]> taskRows = new ArrayList<>();
		int ordinal = 0;
		for (Map.Entry<String, Counter> e : tasks.entrySet()) {
			Counter c = e.getValue();
			LedgerRow first = c.first;
			taskRows.add(new Object[] { period.key(), e.getKey(), itemNo(e.getKey()), first.itemName(), first.taskText(),
					first.deadlineText(), first.deadlineDue() == null ? null : Date.valueOf(first.deadlineDue()),
					c.pairs, c.done, c.notReported, c.overdue, c.percentSum, c.percentCount, ordinal++ });
		}
		this.template.batchUpdate("insert into period_task_summary (period, task_id, item_no, item_name, task_text,"
				+ " deadline_text, deadline_due, pairs, done, not_reported, overdue, percent_sum, percent_count, ordinal)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", taskRows);
		List<Object[]> unitRows = new ArrayList<>();
		ordinal = 0;
		for (Map.Entry<String, Counter> e : units.entrySet()) {
			Counter c = e.getValue();
			LedgerRow first = c.first;
			unitRows.add(new Object[] { period.key(), e.getKey(), first.unitCategory(), ordinal++, c.pairs, c.done,
					c.overdue, c.percentSum, c.percentCount, first.reported() ? first.sourceFile() : "",
					first.filledOn() == null ? null : Date.valueOf(first.filledOn()) });
		}
		this.template.batchUpdate("insert into period_unit_summary (period, unit_name, unit_category, ordinal, pairs,"
				+ " done, overdue, percent_sum, percent_count, source_file, filled_on)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", unitRows);
		this.jdbc.sql("insert into period_summary (period, as_of, job_execution_id) values (?, ?, ?)")
			.params(period.key(), Date.valueOf(asOf), jobExecutionId)
			.update();
	}

	/** The consolidated periods of a year up to and including the given one, in order. */
	public List<Period> periodsOfYear(int year, Period upTo) {
		return this.jdbc.sql("select period from period_summary where period like ? order by period")
			.param(year + "-%")
			.query(String.class)
			.list()
			.stream()
			.map(Period::parse)
			.filter(p -> p.compareTo(upTo) <= 0)
			.toList();
	}

	public List<ItemSummary> items(Period period) {
		return this.jdbc.sql("select * from period_item_summary where period = ? order by item_no")
			.param(period.key())
			.query((rs, n) -> new ItemSummary(period, rs.getInt("item_no"), rs.getString("item_name"), tally(rs, true)))
			.list();
	}

	public List<TaskSummary> tasks(Period period) {
		return this.jdbc.sql("select * from period_task_summary where period = ? order by ordinal")
			.param(period.key())
			.query((rs, n) -> {
				Date due = rs.getDate("deadline_due");
				return new TaskSummary(period, rs.getString("task_id"), rs.getInt("item_no"), rs.getString("item_name"),
						rs.getString("task_text"), rs.getString("deadline_text"), due == null ? null : due.toLocalDate(),
						tally(rs, false));
			})
			.list();
	}

	public List<UnitSummary> units(Period period) {
		return this.jdbc.sql("select * from period_unit_summary where period = ? order by ordinal")
			.param(period.key())
			.query((rs, n) -> {
				Date filled = rs.getDate("filled_on");
				return new UnitSummary(period, rs.getString("unit_name"), rs.getString("unit_category"),
						tally(rs, false), rs.getString("source_file"), filled == null ? null : filled.toLocalDate());
			})
			.list();
	}

	public LocalDate asOf(Period period) {
		return this.jdbc.sql("select as_of from period_summary where period = ?")
			.param(period.key())
			.query(Date.class)
			.single()
			.toLocalDate();
	}

	private static Tally tally(java.sql.ResultSet rs, boolean byStatus) throws java.sql.SQLException {
		int pairs = rs.getInt("pairs");
		int done = rs.getInt("done");
		return new Tally(pairs, done, byStatus ? rs.getInt("in_progress") : 0, byStatus ? rs.getInt("not_started") : 0,
				byStatus ? rs.getInt("ongoing") : 0, hasColumn(rs, "not_reported") ? rs.getInt("not_reported") : 0,
				rs.getInt("overdue"), rs.getLong("percent_sum"), rs.getInt("percent_count"));
	}

	private static boolean hasColumn(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		var meta = rs.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (meta.getColumnLabel(i).equalsIgnoreCase(column)) {
				return true;
			}
		}
		return false;
	}

	static int itemNo(String taskId) {
		int dot = taskId.indexOf('.');
		return Integer.parseInt(dot < 0 ? taskId : taskId.substring(0, dot));
	}

	/** Counts rows as they come. */
	private static final class Counter {

		final LedgerRow first;

		int pairs;

		int done;

		int inProgress;

		int notStarted;

		int ongoing;

		int notReported;

		int overdue;

		long percentSum;

		int percentCount;

		Counter(LedgerRow first) {
			this.first = first;
		}

		void add(LedgerRow row) {
			this.pairs++;
			switch (row.status()) {
				case "已完成" -> this.done++;
				case "推进中" -> this.inProgress++;
				case "未启动" -> this.notStarted++;
				case "持续推进" -> this.ongoing++;
				default -> this.notReported++;
			}
			if (row.overdue()) {
				this.overdue++;
			}
			if (row.percent() != null) {
				this.percentSum += row.percent();
				this.percentCount++;
			}
		}

	}

}
