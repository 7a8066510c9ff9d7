package org.workledger.returns;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.contract.ProgressStatus;
import org.workledger.findings.Finding;
import org.workledger.period.Period;
import org.workledger.workbook.Labels;

/** Stores input files, accepted entries and findings, and answers which return wins. */
@Repository
public class SubmissionRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public SubmissionRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The names the given content hashes were first seen under, for those seen before: one
	 * query per few hundred files instead of one per file (a first round of 10,000 returns
	 * asked 10,000 times, for nothing).
	 */
	public Map<String, String> knownFileNames(Collection<String> sha256s) {
		Map<String, String> known = new HashMap<>();
		byHashes("select sha256, file_name from input_file where sha256 in", sha256s,
				rs -> known.put(rs.getString(1), rs.getString(2)));
		return known;
	}

	private static final int KNOWN_BATCH = 500;

	/**
	 * How each of these files was sent back, as {@code errors|main reason}, for those stored as
	 * rejected: a file checked again under new tables and sent back for the same reason is not
	 * news to the clerk.
	 */
	public Map<String, String> rejections(Collection<String> sha256s) {
		Map<String, String> rejected = new HashMap<>();
		byHashes("select sha256, error_count, main_reason from input_file where outcome = 'REJECTED' and sha256 in",
				sha256s, rs -> rejected.put(rs.getString(1), rs.getInt(2) + "|" + rs.getString(3)));
		return rejected;
	}

	/** Runs {@code select … in} for the given hashes, a few hundred at a time, each row to {@code row}. */
	private void byHashes(String selectIn, Collection<String> sha256s, RowCallbackHandler row) {
		List<String> all = sha256s.stream().filter(s -> s != null && !s.isEmpty()).distinct().toList();
		for (int from = 0; from < all.size(); from += KNOWN_BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + KNOWN_BATCH));
			this.jdbc.sql(selectIn + " (" + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")")
				.params(batch)
				.query(row);
		}
	}

	/** The name a content hash was first seen under, if it was seen before. */
	public Optional<String> knownFileName(String sha256) {
		return this.jdbc.sql("select file_name from input_file where sha256 = ?").param(sha256).query(String.class).optional();
	}

	/**
	 * A return as it was stored while other reference tables were in force than
	 * {@code referenceSha}, for a second look: one rejected then (fixing the roster or the
	 * task table must give it a second chance without the unit sending it again), or one
	 * accepted for a unit under a name the tables of its period may no longer list (a new
	 * roster put in too early and taken out again). A file that could not be read (a
	 * password, a broken file) stays so whatever the tables say, and is left out.
	 */
	public Optional<StoredReturn> storedUnderOtherReference(String sha256, String referenceSha) {
		return this.jdbc
			.sql("select outcome, unit_name, period from input_file f where sha256 = ? and kind = 'RETURN'"
					+ " and outcome in ('REJECTED', 'ACCEPTED') and (reference_sha is null or reference_sha <> ?)"
					+ " and not exists (select 1 from return_finding r where r.sha256 = f.sha256"
					+ " and r.severity = 'ERROR' and r.code like 'file.%')")
			.params(sha256, referenceSha)
			.query((rs, n) -> new StoredReturn("ACCEPTED".equals(rs.getString(1)), rs.getString(2),
					Period.tryParse(rs.getString(3) == null ? "" : rs.getString(3)).orElse(null)))
			.optional();
	}

	/** What a return was stored as: accepted or not, for which unit and period. */
	public record StoredReturn(boolean accepted, String unitName, Period period) {
	}

	/** Forgets a file (its row and findings) so that it can be taken in again. */
	public void forget(String sha256) {
		this.jdbc.sql("delete from return_finding where sha256 = ?").param(sha256).update();
		// a file's lines are the keys of its file number (lines are only ever stored with one)
		Optional<Long> fileNo = this.jdbc.sql("select file_no from input_file where sha256 = ? and file_no is not null")
			.param(sha256)
			.query(Long.class)
			.optional();
		if (fileNo.isPresent()) {
			long first = fileNo.get() * LINES_PER_FILE;
			long last = first + LINES_PER_FILE - 1;
			this.jdbc.sql("delete from progress_text where line_id between ? and ?").params(first, last).update();
			this.jdbc.sql("delete from progress_line where id between ? and ?").params(first, last).update();
		}
		this.jdbc.sql("delete from input_file where sha256 = ?").param(sha256).update();
	}

	/**
	 * Removes lines stored past the last stored file's key range, before a run numbers its
	 * files. Only a run stopped while it wrote can leave them (a SIGKILL at the wrong moment
	 * left part of a chunk's narratives in H2's file), and they would take the keys of the
	 * next files: the rerun then failed on a duplicate key.
	 * @return how many rows were removed
	 */
	public int removeLinesPastTheLastFile() {
		long first = (this.jdbc.sql("select coalesce(max(file_no), 0) from input_file").query(Long.class).single() + 1)
				* LINES_PER_FILE;
		int texts = this.jdbc.sql("delete from progress_text where line_id >= ?").param(first).update();
		int lines = this.jdbc.sql("delete from progress_line where id >= ?").param(first).update();
		return texts + lines;
	}

	/**
	 * Numbers for the next {@code count} stored files, in arrival order. The line keys are
	 * built from them, so a return's lines sit together and are appended at the table's end.
	 * Counted in memory from the stored maximum once per run: only one run writes a
	 * workspace at a time, and the parallel readers of that run share this counter.
	 */
	private synchronized long firstFileNumber(long jobExecutionId, int count) {
		if (this.numberedFor != jobExecutionId) {
			this.lastFileNumber = this.jdbc.sql("select coalesce(max(file_no), 0) from input_file")
				.query(Long.class)
				.single();
			this.numberedFor = jobExecutionId;
		}
		long first = this.lastFileNumber + 1;
		this.lastFileNumber += count;
		return first;
	}

	private long numberedFor = -1;

	private long lastFileNumber;

	/** Lines per return that a line key has room for. */
	static final long LINES_PER_FILE = 10_000;

	/** A file to store, and where its archived copy is. */
	public record Stored(IntakeOutcome outcome, String archivedAs) {
	}

	/** Stores the files of a chunk with one batch per table: a row at a time costs a fifth of the intake. */
	public void saveFiles(List<Stored> files, long jobExecutionId) {
		List<Object[]> inputs = new ArrayList<>();
		List<LineRow> lines = new ArrayList<>();
		List<FindingRow> findings = new ArrayList<>();
		long fileNo = files.isEmpty() ? 0 : firstFileNumber(jobExecutionId, files.size());
		for (Stored stored : files) {
			IntakeOutcome outcome = stored.outcome();
			long takenIn = jobExecutionId;
			if (outcome.recheck()) {
				// a file read again keeps the run that first received it: it is no later a submission for it
				takenIn = this.jdbc.sql("select coalesce(received_execution, first_seen_execution) from input_file where sha256 = ?")
					.param(outcome.sha256())
					.query(Long.class)
					.optional()
					.orElse(jobExecutionId);
				forget(outcome.sha256());
			}
			ValidatedReturn v = outcome.validated();
			String outcomeName = switch (outcome.disposition()) {
				case ACCEPTED -> "ACCEPTED";
				case REFERENCE -> "REFERENCE";
				case OWN_OUTPUT -> "OWN_OUTPUT";
				default -> "REJECTED";
			};
			long errors = outcome.errorCount();
			boolean accepted = v != null && outcome.disposition() == Disposition.ACCEPTED;
			inputs.add(new Object[] { outcome.sha256(), fileNo, outcome.file().name(), outcome.size(),
					Timestamp.from(outcome.modified()), stored.archivedAs(), jobExecutionId, takenIn, outcome.kind(), outcomeName,
					v == null || v.unit() == null ? null : v.unit().name(),
					v == null || v.period() == null ? null : v.period().key(),
					v == null || v.filledOn() == null ? null : Date.valueOf(v.filledOn()), v == null ? "" : v.contact(),
					v == null ? "" : v.phone(), v == null ? "" : v.source().templateVersion(), errors,
					outcome.findings().size() - errors,
					outcome.disposition() == Disposition.REJECTED || outcome.disposition() == Disposition.OWN_OUTPUT
							? outcome.mainReason() : "",
					outcome.referenceSha(),
					accepted ? v.source().sheetName() : "" });
			if (accepted) {
				long line = fileNo * LINES_PER_FILE;
				for (ProgressEntry e : v.entries()) {
					lines.add(new LineRow(++line, outcome.sha256(), e));
				}
			}
			int ordinal = 0;
			Map<String, String> taskOfRow = v == null || outcome.findings().isEmpty() ? Map.of() : v.source().taskOfRow();
			for (Finding f : outcome.findings()) {
				findings.add(new FindingRow(outcome.sha256(), ordinal++, f, f.taskIn(taskOfRow)));
			}
			fileNo++;
		}
		this.template.batchUpdate("insert into input_file (sha256, file_no, file_name, size_bytes, modified_at,"
				+ " archived_as, first_seen_execution, received_execution, kind, outcome, unit_name, period, filled_on,"
				+ " contact, phone, template_version, error_count, warning_count, main_reason, reference_sha, sheet_name)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inputs);
		// the many rows go in through typed setters: the untyped ones look at every value's class first
		this.template.batchUpdate("insert into progress_line (id, sha256, task_id, status, status_text, percent,"
				+ " source_row) values (?, ?, ?, ?, ?, ?, ?)", lines, BATCH, (ps, line) -> {
					ProgressEntry e = line.entry();
					ps.setLong(1, line.id());
					ps.setString(2, line.sha256());
					ps.setString(3, e.taskId());
					ps.setString(4, e.status().name());
					ps.setString(5, e.statusText());
					if (e.percent() == null) {
						ps.setNull(6, java.sql.Types.INTEGER);
					}
					else {
						ps.setInt(6, e.percent());
					}
					ps.setInt(7, e.row());
				});
		this.template.batchUpdate("insert into progress_text (line_id, progress, problems, next_steps) values (?, ?, ?, ?)",
				lines, BATCH, (ps, line) -> {
					ps.setLong(1, line.id());
					ps.setString(2, line.entry().progress());
					ps.setString(3, line.entry().problems());
					ps.setString(4, line.entry().nextSteps());
				});
		this.template.batchUpdate("insert into return_finding (sha256, ordinal, code, severity, sheet_name, cell,"
				+ " found_value, message, fix, task_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", findings, BATCH, (ps, row) -> {
					Finding f = row.finding();
					ps.setString(1, row.sha256());
					ps.setInt(2, row.ordinal());
					ps.setString(3, f.code().code());
					ps.setString(4, f.severity().name());
					ps.setString(5, f.location().sheet());
					ps.setString(6, f.location().cell());
					ps.setString(7, f.value());
					ps.setString(8, f.message());
					ps.setString(9, f.fix());
					ps.setString(10, row.task().isEmpty() ? null : row.task());
				});
	}

	/** Rows per JDBC batch: a chunk's rows (50 files, a couple of thousand lines) go in one. */
	private static final int BATCH = 10_000;

	private record LineRow(long id, String sha256, ProgressEntry entry) {
	}

	private record FindingRow(String sha256, int ordinal, Finding finding, String task) {
	}

	public void saveRunFiles(long jobExecutionId, List<? extends IntakeOutcome> outcomes) {
		List<Object[]> rows = new ArrayList<>();
		for (IntakeOutcome outcome : outcomes) {
			// a file rejected before and still rejected after a second look under new reference tables is
			// not a new rejection: it is counted and named as one waiting for its unit, as before
			Disposition disposition = outcome.recheck() && outcome.disposition() == Disposition.REJECTED
					? Disposition.KNOWN : outcome.disposition();
			rows.add(new Object[] { jobExecutionId, outcome.file().name(), outcome.sha256(), disposition.name(),
					outcome.detail() });
		}
		this.template.batchUpdate(
				"insert into run_file (job_execution_id, file_name, sha256, disposition, detail) values (?, ?, ?, ?, ?)",
				rows);
	}

	/** Accepted returns of a period, the winning one of each unit first. */
	public List<Submission> acceptedFor(Period period) {
		long[] finished = finishedIntakes();
		List<Submission> accepted = new ArrayList<>(this.jdbc.sql("""
				select sha256, file_name, unit_name, period, filled_on, modified_at, contact, phone,
				coalesce(received_execution, first_seen_execution) as received
				from input_file where outcome = 'ACCEPTED' and kind = 'RETURN' and period = ?
				order by unit_name, received desc, filled_on desc nulls last, modified_at desc, sha256 desc""")
			.param(period.key())
			.query(SubmissionRepository::submission)
			.list()
			.stream()
			.map(s -> roundOf(s, finished))
			.toList());
		// the rounds can reorder a unit's returns (a killed run's file and its rerun's are one round);
		// units stay in the database's order
		int from = 0;
		for (int i = 1; i <= accepted.size(); i++) {
			if (i == accepted.size() || !accepted.get(i).unitName().equals(accepted.get(from).unitName())) {
				accepted.subList(from, i).sort(LATER_FIRST);
				from = i;
			}
		}
		return accepted;
	}

	/**
	 * The runs whose intake finished, in order. A run killed (or failed) in its intake took in
	 * some of the files that were waiting and its rerun the others: all of them arrived
	 * together, so they are one round, that of the rerun. Without this a unit's draft taken in
	 * by the rerun beat its final version, which the killed run had taken in, as "later".
	 */
	private long[] finishedIntakes() {
		return this.jdbc.sql("select job_execution_id from batch_step_execution"
				+ " where step_name = 'intakeReturnsStep' and status = 'COMPLETED' order by job_execution_id")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/** The return with the run it counts as taken in by: the first run at or after it whose intake finished. */
	private static Submission roundOf(Submission s, long[] finished) {
		int at = Arrays.binarySearch(finished, s.takenIn());
		int next = at >= 0 ? at : -at - 1;
		if (at >= 0 || next == finished.length) {
			return s;
		}
		return new Submission(s.sha256(), s.fileName(), s.unitName(), s.period(), s.filledOn(), s.modifiedAt(),
				s.contact(), s.phone(), finished[next]);
	}

	/**
	 * Per unit, the return that counts for the period: the one a later run took in (a unit's
	 * correction counts even when its 填报日期 is earlier, say, corrected from a wrong one),
	 * then, among files taken in by one run, later 填报日期, then later file time. A run
	 * killed in its intake and the rerun that finishes it count as one run.
	 * A return kept under a name the unit had before a reorganisation (曾用名 in the roster in
	 * force) counts for the unit it now is; two merged units' returns compete for the one.
	 */
	public Map<String, Submission> winners(Period period) {
		return winners(period, renamedUnits());
	}

	/**
	 * The same, with the renames of a given roster (normalised former name → unit name): a
	 * period is shown with the units of the roster it was judged by.
	 */
	public Map<String, Submission> winners(Period period, Map<String, String> renamed) {
		Map<String, Submission> winners = new LinkedHashMap<>();
		for (Submission s : acceptedFor(period)) {
			String unit = renamed.isEmpty() ? s.unitName()
					: renamed.getOrDefault(Labels.normalize(s.unitName()), s.unitName());
			Submission best = winners.get(unit);
			if (best == null || (!renamed.isEmpty() && LATER_FIRST.compare(s, best) < 0)) {
				winners.put(unit, s);
			}
		}
		return winners;
	}

	/**
	 * Of these units, the tasks each last reported 已完成 in an earlier month of the period's
	 * year, by the return that counted for that month (a later month's other status takes it
	 * back), as {@code unit + '\n' + taskId}. A task a unit finished in September and did not
	 * report again in October (silent, or its return sent back) is done, not overdue: the
	 * circular named such units among the overdue for a task they had finished.
	 * <p>
	 * Asked for the units without a return that counts this month, which are few once a
	 * year is under way: one query per such unit and earlier month, by the return's key range.
	 */
	public Set<String> doneEarlierInYear(Period period, Collection<String> units) {
		Set<String> done = new HashSet<>();
		if (units.isEmpty() || period.month().getMonthValue() == 1) {
			return done;
		}
		Set<String> asked = new HashSet<>(units);
		List<String> earlier = this.jdbc.sql("""
				select distinct period from input_file where outcome = 'ACCEPTED' and kind = 'RETURN'
				and period >= ? and period < ? order by period""")
			.param(Period.of(period.month().getYear(), 1).key())
			.param(period.key())
			.query(String.class)
			.list();
		Map<String, String> renamed = earlier.isEmpty() ? Map.of() : renamedUnits();
		for (String month : earlier) {
			winners(Period.parse(month), renamed).forEach((unit, winner) -> {
				if (!asked.contains(unit)) {
					return;
				}
				this.jdbc.sql("select l.task_id, l.status from input_file f join progress_line l on " + LINES_OF_FILE
						+ " where f.sha256 = ?")
					.param(winner.sha256())
					.query((RowCallbackHandler) rs -> {
						String key = unit + '\n' + rs.getString(1);
						if (ProgressStatus.DONE.name().equals(rs.getString(2))) {
							done.add(key);
						}
						else {
							done.remove(key);
						}
					});
			});
		}
		return done;
	}

	/**
	 * Of these accepted returns (by content hash), those another return of the same unit and
	 * period outranks: they are kept as history and count for nothing. Only periods where a
	 * unit has two accepted returns among them are looked into.
	 */
	public Set<String> superseded(Collection<Submission> accepted) {
		Map<String, Long> perUnitAndPeriod = new HashMap<>();
		accepted.forEach(s -> perUnitAndPeriod.merge(s.unitName() + "\u001f" + s.period(), 1L, Long::sum));
		Set<String> superseded = new HashSet<>();
		Set<String> periods = new java.util.TreeSet<>();
		accepted.stream()
			.filter(s -> s.period() != null && perUnitAndPeriod.get(s.unitName() + "\u001f" + s.period()) > 1)
			.forEach(s -> periods.add(s.period()));
		for (String period : periods) {
			Map<String, Submission> winners = winners(Period.parse(period));
			for (Submission s : accepted) {
				Submission winner = period.equals(s.period()) ? winners.get(s.unitName()) : null;
				if (winner != null && !winner.sha256().equals(s.sha256())) {
					superseded.add(s.sha256());
				}
			}
		}
		return superseded;
	}

	/** The order of {@link #acceptedFor}: taken in later, then later 填报日期 (none last), then later file time, then hash. */
	private static final Comparator<Submission> LATER_FIRST = Comparator
		.comparingLong(Submission::takenIn)
		.reversed()
		.thenComparing(Submission::filledOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
		.thenComparing(Submission::modifiedAt, Comparator.reverseOrder())
		.thenComparing(Submission::sha256, Comparator.reverseOrder());

	/** Former name → current unit, from the roster in force; names two units claim, or still in use, left out. */
	private Map<String, String> renamedUnits() {
		Map<String, String> renamed = new HashMap<>();
		Set<String> shared = new HashSet<>();
		this.jdbc.sql("select name, former_names from unit where former_names <> ''").query((RowCallbackHandler) rs -> {
			for (String name : rs.getString(2).split(";")) {
				String former = Labels.normalize(name);
				String other = renamed.putIfAbsent(former, rs.getString(1));
				if (other != null && !other.equals(rs.getString(1))) {
					shared.add(former);
				}
			}
		});
		if (!renamed.isEmpty()) {
			this.jdbc.sql("select name from unit").query(String.class).list().forEach(n -> shared.add(Labels.normalize(n)));
			shared.forEach(renamed::remove);
		}
		return renamed;
	}

	/** The lines of one return, with their narratives, in the return's order. */
	public List<ProgressEntry> entriesOf(String sha256) {
		return this.jdbc.sql("select " + WITH_TEXT + " where f.sha256 = ? order by l.id")
			.param(sha256)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/**
	 * Entries of the period's accepted returns without their narratives (工作进展, 存在问题,
	 * 下步计划), by return: what counts and summaries need, small enough to hold for
	 * thousands of returns. One query for the period: lists of hashes in {@code in (...)}
	 * made the database scan every stored line once per 500 returns.
	 */
	public Map<String, List<ProgressEntry>> lightEntriesOf(Period period) {
		Map<String, List<ProgressEntry>> bySha = new HashMap<>();
		Map<String, String> statusTexts = new HashMap<>();
		this.jdbc
			.sql("select l.sha256, l.task_id, l.status, l.status_text, l.percent, l.source_row from input_file f"
					+ " join progress_line l on " + LINES_OF_FILE
					+ " where f.period = ? and f.outcome = 'ACCEPTED' and f.kind = 'RETURN'")
			.param(period.key())
			.query((RowCallbackHandler) rs -> {
				int percent = rs.getInt("percent");
				Integer given = rs.wasNull() ? null : percent;
				// a handful of distinct words over a third of a million lines: keep one copy of each
				String statusText = statusTexts.computeIfAbsent(rs.getString("status_text"), t -> t);
				bySha.computeIfAbsent(rs.getString("sha256"), k -> new ArrayList<>())
					.add(new ProgressEntry(rs.getString("task_id"), ProgressStatus.valueOf(rs.getString("status")),
							statusText, given, "", "", "", rs.getInt("source_row")));
			});
		return bySha;
	}

	/**
	 * The 工作进展 of every accepted return's line for one task of a period, one at a time
	 * with its return's hash: only that one narrative column, for the lead units' tables.
	 */
	public void forEachProgressOfTask(Period period, String taskId, java.util.function.BiConsumer<String, String> handler) {
		this.jdbc
			// found through the task's index; each line's file then by its hash
			.sql("select l.sha256, t.progress from progress_line l join progress_text t on t.line_id = l.id"
					+ " join input_file f on f.sha256 = l.sha256"
					+ " where l.task_id = ? and f.period = ? and f.outcome = 'ACCEPTED' and f.kind = 'RETURN'")
			.params(taskId, period.key())
			.query((RowCallbackHandler) rs -> {
				String progress = rs.getString("progress");
				handler.accept(rs.getString("sha256"), progress == null ? "" : progress);
			});
	}

	/**
	 * Every line of the period's accepted returns with its narratives, in no particular
	 * order, one at a time: a province's period does not fit in memory. The rows are
	 * streamed from the database, not gathered first: H2 would otherwise copy the whole
	 * result (a hundred million characters at 10,000 returns) into a temporary result on
	 * disk and read it back, and PostgreSQL's driver would hold it all in memory.
	 */
	public void forEachEntryOf(Period period, LineHandler handler) {
		forEachEntryOf(period, 0, 1, handler);
	}

	/**
	 * As {@link #forEachEntryOf(Period, LineHandler)}, the lines of one part of the returns
	 * ({@code part} of {@code parts}, by file number), so that the parts can be read at once on
	 * their own threads. Each part reads on a connection of its own in a read-only
	 * transaction of its own (PostgreSQL streams only within one), so it sees what is
	 * committed.
	 */
	public void forEachEntryOf(Period period, int part, int parts, LineHandler handler) {
		String sql = "select " + WITH_TEXT + " where f.period = ? and f.outcome = 'ACCEPTED' and f.kind = 'RETURN'"
				+ (parts > 1 ? " and mod(f.file_no, ?) = ?" : "");
		this.template.execute((ConnectionCallback<Void>) connection -> {
			boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
			if (h2) {
				setLazy(connection, true);
			}
			boolean autoCommit = connection.getAutoCommit();
			if (autoCommit) {
				connection.setAutoCommit(false);
			}
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				// PostgreSQL streams in a transaction with a fetch size; H2 when lazy
				statement.setFetchSize(STREAMED_FETCH_SIZE);
				statement.setString(1, period.key());
				if (parts > 1) {
					statement.setInt(2, parts);
					statement.setInt(3, part);
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						handler.line(rs.getString("sha256"), entry(rs));
					}
				}
			}
			finally {
				if (autoCommit) {
					// only read: nothing to keep
					connection.rollback();
					connection.setAutoCommit(true);
				}
				if (h2) {
					setLazy(connection, false);
				}
			}
			return null;
		});
	}

	private static final int STREAMED_FETCH_SIZE = 1_000;

	private static void setLazy(Connection connection, boolean lazy) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set lazy_query_execution " + lazy);
		}
	}

	/** Receives one stored line. */
	@FunctionalInterface
	public interface LineHandler {

		void line(String sha256, ProgressEntry entry);

	}

	/** A stored file's lines: the keys of its file number (see {@link #LINES_PER_FILE}). */
	private static final String LINES_OF_FILE = "l.id between f.file_no * " + LINES_PER_FILE + " and f.file_no * "
			+ LINES_PER_FILE + " + " + (LINES_PER_FILE - 1);

	/** Lines with their narratives, of the files {@code f} a where clause picks. */
	private static final String WITH_TEXT = "l.sha256, l.task_id, l.status, l.status_text, l.percent, l.source_row,"
			+ " t.progress, t.problems, t.next_steps from input_file f join progress_line l on " + LINES_OF_FILE
			+ " join progress_text t on t.line_id = l.id";

	private static ProgressEntry entry(ResultSet rs) throws SQLException {
		// wasNull() speaks of the column read last: it must follow getInt at once
		int value = rs.getInt("percent");
		Integer percent = rs.wasNull() ? null : value;
		return new ProgressEntry(rs.getString("task_id"), ProgressStatus.valueOf(rs.getString("status")),
				rs.getString("status_text"), percent, rs.getString("progress"),
				rs.getString("problems"), rs.getString("next_steps"), rs.getInt("source_row"));
	}

	private static Submission submission(ResultSet rs, int n) throws SQLException {
		Date filled = rs.getDate("filled_on");
		return new Submission(rs.getString("sha256"), rs.getString("file_name"), rs.getString("unit_name"),
				rs.getString("period"), filled == null ? null : filled.toLocalDate(),
				rs.getTimestamp("modified_at").toInstant(), rs.getString("contact"), rs.getString("phone"),
				rs.getLong("received"));
	}

	/** The sheet each accepted return of the period was read from, by return. */
	public Map<String, String> sheetsOf(Period period) {
		Map<String, String> sheets = new HashMap<>();
		this.jdbc
			.sql("select sha256, sheet_name from input_file"
					+ " where period = ? and outcome = 'ACCEPTED' and kind = 'RETURN'")
			.param(period.key())
			.query((RowCallbackHandler) rs -> sheets.put(rs.getString(1), rs.getString(2)));
		return sheets;
	}

}
