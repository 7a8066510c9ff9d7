package org.workledger.reference;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentOrder;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.Deadline;
import org.workledger.breakdown.Role;
import org.workledger.findings.Finding;
import org.workledger.findings.Findings;
import org.workledger.roster.Unit;

/**
 * Stores the reference data of the latest run. It is replaced as a whole, so the database
 * always says what the files in {@code input/} say.
 */
@Repository
public class ReferenceDataRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/** Between the unit names of a task and role: a control character no cell of a workbook holds. */
	private static final String UNIT_SEPARATOR = "\u001f";

	public ReferenceDataRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void replace(ReferenceData data) {
		if (holds(data)) {
			// the usual case: the same tables as last run. Rewriting them costs seconds at
			// 10,000 units (a third of a million assignments) and changes nothing.
			return;
		}
		for (String table : List.of("task_assignment", "task", "unit", "reference_source")) {
			this.jdbc.sql("delete from " + table).update();
		}
		for (ReferenceSource source : new ReferenceSource[] { data.breakdownSource(), data.rosterSource() }) {
			if (source != null) {
				this.jdbc
					.sql("insert into reference_source (kind, title, file_name, sheet_name, sha256) values (?, ?, ?, ?, ?)")
					.params(source.kind(), source.title(), source.fileName(), source.sheetName(), source.sha256())
					.update();
			}
		}
		List<Object[]> units = new ArrayList<>();
		int ordinal = 0;
		for (Unit unit : data.roster().units()) {
			units.add(new Object[] { unit.name(), unit.category(), String.join(";", unit.aliases()), unit.contact(),
					unit.phone(), unit.email(), unit.rosterRow(), ordinal++, String.join(";", unit.formerNames()) });
		}
		units.sort(Comparator.comparing(row -> (String) row[0]));
		this.template.batchUpdate("insert into unit (name, category, aliases, contact, phone, email, roster_row, ordinal,"
				+ " former_names) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", units);
		List<Object[]> tasks = new ArrayList<>();
		ordinal = 0;
		for (BreakdownTask task : data.breakdown().tasks()) {
			Deadline deadline = task.deadline();
			tasks.add(new Object[] { task.id(), task.itemNo(), task.taskIndex(), task.itemName(), task.text(),
					task.leadUnits(), task.responsibleUnits(), deadline.text(),
					deadline.due() == null ? null : Date.valueOf(deadline.due()), task.row(), ordinal++ });
		}
		this.template.batchUpdate("insert into task (id, item_no, task_index, item_name, task_text, lead_units,"
				+ " responsible_units, deadline_text, deadline_due, source_row, ordinal)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tasks);
		Map<List<String>, List<String>> unitsByTaskAndRole = new LinkedHashMap<>();
		for (Assignment a : data.assignments()) {
			unitsByTaskAndRole.computeIfAbsent(List.of(a.taskId(), a.role().name()), k -> new ArrayList<>())
				.add(a.unitName());
		}
		List<Object[]> assignments = new ArrayList<>();
		unitsByTaskAndRole.forEach((key, names) -> assignments
			.add(new Object[] { key.get(0), key.get(1), String.join(UNIT_SEPARATOR, names) }));
		this.template.batchUpdate("insert into task_assignment (task_id, role, unit_names) values (?, ?, ?)",
				assignments);
	}

	/** True when the database already holds exactly this reference data. */
	boolean holds(ReferenceData data) {
		return data.breakdownSource() != null && data.rosterSource() != null
				&& source("breakdown").equals(Optional.of(data.breakdownSource()))
				&& source("roster").equals(Optional.of(data.rosterSource())) && units().equals(data.roster().units())
				&& tasks().equals(data.breakdown().tasks())
				&& new HashSet<>(assignments()).equals(new HashSet<>(data.assignments()));
	}

	public void saveFindings(long jobExecutionId, Findings findings) {
		List<Object[]> rows = new ArrayList<>();
		for (Finding f : findings.all()) {
			rows.add(new Object[] { jobExecutionId, f.code().code(), f.severity().name(), f.location().file(),
					f.location().sheet(), f.location().cell(), f.value(), f.message(), f.fix() });
		}
		this.template.batchUpdate("insert into reference_finding (job_execution_id, code, severity, file_name, sheet_name,"
				+ " cell, found_value, message, fix) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/**
	 * The files earlier runs took in as returns, whatever became of them (the intake's
	 * table): the scan for new reference tables need not read them again.
	 */
	public KnownReturns knownReturns() {
		Set<String> keys = new HashSet<>();
		this.jdbc.sql("select file_name, size_bytes, modified_at from input_file where kind = 'RETURN'")
			.query((RowCallbackHandler) rs -> keys.add(KnownReturns.key(rs.getString(1), rs.getLong(2),
					rs.getTimestamp(3).toInstant())));
		return KnownReturns.of(keys);
	}

	public List<Unit> units() {
		return this.jdbc.sql("select * from unit order by ordinal")
			.query((rs, n) -> new Unit(rs.getString("name"), aliases(rs.getString("aliases")), rs.getString("category"),
					rs.getString("contact"), rs.getString("phone"), rs.getString("email"), rs.getInt("roster_row"),
					aliases(rs.getString("former_names"))))
			.list();
	}

	public List<BreakdownTask> tasks() {
		return this.jdbc.sql("select * from task order by ordinal").query((rs, n) -> {
			Date due = rs.getDate("deadline_due");
			Deadline deadline = due == null ? Deadline.ongoing(rs.getString("deadline_text"))
					: Deadline.due(rs.getString("deadline_text"), due.toLocalDate());
			return new BreakdownTask(rs.getString("id"), rs.getInt("item_no"), rs.getInt("task_index"),
					rs.getString("item_name"), rs.getString("task_text"), rs.getString("lead_units"),
					rs.getString("responsible_units"), deadline, rs.getInt("source_row"));
		}).list();
	}

	/** Assignments in roster order, then task order. */
	public List<Assignment> assignments() {
		// sorted here rather than by a join in SQL: the database sorted a third of a million
		// rows for every caller at 10,000 units
		Map<String, Integer> unitOrder = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		this.jdbc.sql("select name, ordinal from unit").query((RowCallbackHandler) rs -> {
			String name = rs.getString(1);
			unitOrder.put(name, rs.getInt(2));
			names.put(name, name);
		});
		Map<String, Integer> taskOrder = new HashMap<>();
		this.jdbc.sql("select id, ordinal from task")
			.query((RowCallbackHandler) rs -> taskOrder.put(rs.getString(1), rs.getInt(2)));
		List<Assignment> assignments = new ArrayList<>();
		this.jdbc.sql("select task_id, role, unit_names from task_assignment").query((RowCallbackHandler) rs -> {
			String task = rs.getString(1);
			Role role = Role.valueOf(rs.getString(2));
			if (!taskOrder.containsKey(task)) {
				return;
			}
			for (String unit : rs.getString(3).split(UNIT_SEPARATOR)) {
				// the roster's own string: a third of a million copies of unit names add up
				String name = names.get(unit);
				if (name != null) {
					assignments.add(new Assignment(name, task, role));
				}
			}
		});
		return AssignmentOrder.sorted(assignments, a -> unitOrder.get(a.unitName()), a -> taskOrder.get(a.taskId()),
				taskOrder.size());
	}

	public Optional<ReferenceSource> source(String kind) {
		return this.jdbc.sql("select kind, title, file_name, sheet_name, sha256 from reference_source where kind = ?")
			.param(kind)
			.query((rs, n) -> new ReferenceSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	private static List<String> aliases(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
	}

}
