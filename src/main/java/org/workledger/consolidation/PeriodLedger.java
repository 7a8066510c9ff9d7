package org.workledger.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.BreakdownTask;
import org.workledger.period.Period;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.returns.SubmissionRepository;
import org.workledger.roster.Unit;

/**
 * The ledger of a period as the database holds it. Two views, because a province's
 * ledger (10,000 units × 35 tasks, with narratives) does not fit in a small heap: the
 * rows without narratives, for counts, summaries and the circular; and all rows with
 * narratives, streamed task by task, for the ledger file.
 */
@Component
public class PeriodLedger {

	private final ReferenceDataRepository reference;

	private final SubmissionRepository submissions;

	public PeriodLedger(ReferenceDataRepository reference, SubmissionRepository submissions) {
		this.reference = reference;
		this.submissions = submissions;
	}

	/**
	 * The rows the ledger step of a run built, kept for the reports step that follows it:
	 * building them again from the database took seconds at 10,000 units.
	 */
	private final AtomicReference<Remembered> remembered = new AtomicReference<>();

	private record Remembered(long jobExecutionId, Period period, LocalDate asOf, Result result) {
	}

	/** Keeps a run's rows without narratives for {@link #of(Period, LocalDate, long)}. */
	void remember(long jobExecutionId, Period period, LocalDate asOf, Result result) {
		this.remembered.set(new Remembered(jobExecutionId, period, asOf, result));
	}

	/** As {@link #of(Period, LocalDate)}, taking the rows the run's ledger step kept when there are any. */
	public Result of(Period period, LocalDate asOf, long jobExecutionId) {
		Remembered kept = this.remembered.getAndSet(null);
		if (kept != null && kept.jobExecutionId() == jobExecutionId && kept.period().equals(period)
				&& kept.asOf().equals(asOf)) {
			return kept.result();
		}
		return of(period, asOf);
	}

	/** Forgets the rows kept for a run, when no reports step will take them. */
	public void forget(long jobExecutionId) {
		this.remembered.updateAndGet(kept -> kept != null && kept.jobExecutionId() == jobExecutionId ? null : kept);
	}

	/** Each unit's winning return and the ledger rows built from them, narratives left out. */
	public Result of(Period period, LocalDate asOf) {
		return build(period, asOf, this.submissions.winners(period));
	}

	private Result build(Period period, LocalDate asOf, Map<String, Submission> winners) {
		List<Unit> units = this.reference.units();
		List<LedgerRow> rows = LedgerBuilder.build(this.reference.tasks(), units, this.reference.assignments(),
				winners, this.submissions.lightEntriesOf(period), this.submissions.sheetsOf(period), asOf,
				this.submissions.doneEarlierInYear(period, LedgerBuilder.withoutReturn(units, winners)));
		return new Result(winners, rows);
	}

	/**
	 * As {@link #of(Period, LocalDate)} when any unit reported for the period; empty
	 * otherwise, without building a row of 未报送 for every one of its pairs.
	 */
	public Optional<Result> ifReported(Period period, LocalDate asOf) {
		Map<String, Submission> winners = this.submissions.winners(period);
		return winners.isEmpty() ? Optional.empty() : Optional.of(build(period, asOf, winners));
	}

	/**
	 * Both views of the period at once, for the ledger step: the rows without narratives
	 * (counts and summaries) and every row with its narratives in ledger order (task, then
	 * roster order). The lines are read in one pass: the narratives are sorted by task on
	 * disk (see {@link TaskBuckets}), the short columns kept in memory. Close the result to
	 * remove the temporary files.
	 */
	public RowsWithNarratives read(Period period, LocalDate asOf) {
		Map<String, Submission> winners = this.submissions.winners(period);
		List<Unit> units = this.reference.units();
		List<BreakdownTask> tasks = this.reference.tasks();
		List<Assignment> assignments = this.reference.assignments();
		Map<String, String> sheets = this.submissions.sheetsOf(period);
		Set<String> winning = new HashSet<>();
		winners.values().forEach(s -> winning.add(s.sha256()));
		// the short columns of every line, by return and task, for counts and summaries
		Map<String, Map<String, ProgressEntry>> reported = new ConcurrentHashMap<>();
		Map<String, String> words = new ConcurrentHashMap<>();
		// two halves of the returns read at once, each into buckets of its own: the one pass over a province's
		// 350,000 lines was 2.9 s on one core while the other had nothing to do
		int parts = Math.max(1, Math.min(READERS, Runtime.getRuntime().availableProcessors()));
		List<TaskBuckets> buckets = new ArrayList<>();
		for (int part = 0; part < parts; part++) {
			buckets.add(new TaskBuckets());
		}
		try {
			List<CompletableFuture<Void>> others = new ArrayList<>();
			for (int part = 1; part < parts; part++) {
				int p = part;
				others.add(CompletableFuture.runAsync(() -> readPart(period, p, parts, winning, buckets.get(p), reported,
						words), runnable -> {
							Thread reader = new Thread(runnable, "ledger-read-" + p);
							reader.setDaemon(true);
							reader.start();
						}));
			}
			try {
				readPart(period, 0, parts, winning, buckets.get(0), reported, words);
			}
			finally {
				// the other parts end (or fail) before their buckets are used or removed
				CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).exceptionally(ex -> null).join();
			}
			for (CompletableFuture<Void> other : others) {
				// as if read on this thread: a run out of memory is told as such
				Throwable failure = other.handle((done, ex) -> ex instanceof CompletionException wrapped
						&& wrapped.getCause() != null ? wrapped.getCause() : ex).join();
				if (failure instanceof Error error) {
					throw error;
				}
				if (failure instanceof RuntimeException runtime) {
					throw runtime;
				}
			}
		}
		catch (RuntimeException ex) {
			buckets.forEach(TaskBuckets::close);
			throw ex;
		}
		LedgerBuilder builder = new LedgerBuilder(tasks, units, winners, sheets, asOf,
				this.submissions.doneEarlierInYear(period, LedgerBuilder.withoutReturn(units, winners)));
		List<Assignment> ordered = builder.inLedgerOrder(assignments);
		Result summary = new Result(winners,
				builder.rows(ordered, (winner, taskId) -> reported.getOrDefault(winner.sha256(), Map.of()).get(taskId)));
		reported.clear();
		// the ordered pairs of each task, in ledger order: the file is written a task at a time
		Map<String, List<Assignment>> byTask = new LinkedHashMap<>();
		ordered.forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
		Iterable<LedgerRow> rows = () -> byTask.entrySet().stream().flatMap(task -> {
			Map<String, ProgressEntry> bySha = new HashMap<>();
			buckets.forEach(part -> bySha.putAll(part.task(task.getKey())));
			return builder.rows(task.getValue(), (winner, taskId) -> bySha.get(winner.sha256())).stream();
		}).iterator();
		return new RowsWithNarratives(summary, rows, buckets);
	}

	/** The threads that read the period's lines at once, each a part of the returns. */
	private static final int READERS = 2;

	private void readPart(Period period, int part, int parts, Set<String> winning, TaskBuckets buckets,
			Map<String, Map<String, ProgressEntry>> reported, Map<String, String> words) {
		this.submissions.forEachEntryOf(period, part, parts, (sha, entry) -> {
			if (winning.contains(sha)) {
				buckets.add(sha, entry);
				// a return's lines are all in one part: its map is filled by one thread
				reported.computeIfAbsent(sha, k -> new HashMap<>())
					.put(entry.taskId(), new ProgressEntry(entry.taskId(), entry.status(),
							words.computeIfAbsent(entry.statusText(), w -> w), entry.percent(), "", "", "",
							entry.row()));
			}
		});
	}

	/** Ledger rows with narratives, read once; holds temporary files until closed. */
	public static final class RowsWithNarratives implements Iterable<LedgerRow>, AutoCloseable {

		private final Result summary;

		private final Iterable<LedgerRow> rows;

		private final List<TaskBuckets> buckets;

		RowsWithNarratives(Result summary, Iterable<LedgerRow> rows, List<TaskBuckets> buckets) {
			this.summary = summary;
			this.rows = rows;
			this.buckets = buckets;
		}

		/** The winners and the rows without narratives. */
		public Result summary() {
			return this.summary;
		}

		@Override
		public java.util.Iterator<LedgerRow> iterator() {
			return this.rows.iterator();
		}

		@Override
		public void close() {
			this.buckets.forEach(TaskBuckets::close);
		}

	}

	/** The entries of one unit's winning return, with narratives, by task. */
	public Map<String, ProgressEntry> narrativesOf(Submission winner) {
		Map<String, ProgressEntry> byTask = new HashMap<>();
		this.submissions.entriesOf(winner.sha256()).forEach(e -> byTask.put(e.taskId(), e));
		return byTask;
	}

	/** Every winning return's 工作进展 for one task, by unit, each passed through {@code brief} as it is read. */
	public Map<String, String> progressOfTask(Period period, String taskId, Map<String, Submission> winners,
			java.util.function.UnaryOperator<String> brief) {
		Map<String, String> unitOfSha = new HashMap<>();
		winners.forEach((unit, s) -> unitOfSha.put(s.sha256(), unit));
		Map<String, String> byUnit = new HashMap<>();
		this.submissions.forEachProgressOfTask(period, taskId, (sha, progress) -> {
			String unit = unitOfSha.get(sha);
			if (unit != null) {
				byUnit.put(unit, brief.apply(progress));
			}
		});
		return byUnit;
	}

	public record Result(Map<String, Submission> winners, List<LedgerRow> rows) {
	}

}
