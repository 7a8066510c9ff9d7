package org.workledger.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.workledger.period.Period;
import org.workledger.returns.Disposition;

/** What the console pages read from the database, in the plain shapes the templates show. */
@Component
@ConditionalOnWebApplication
class ConsoleQueries {

	public record Run(long id, String job, String period, LocalDateTime start, LocalDateTime end, String status,
			String exitMessage) {

		/** 2023年10月, as the rest of the pages write a period. */
		public String periodLabel() {
			return label(this.period);
		}

		public String jobLabel() {
			return switch (this.job) {
				case "consolidateJob" -> "汇总";
				case "distributeJob" -> "分发";
				default -> this.job;
			};
		}

		/**
		 * Why the run failed, as the clerk reads it: the first line of what was recorded,
		 * without the exception's class name (any class: ours are not all called …Exception)
		 * or the stack trace under it.
		 */
		public String reason() {
			String reason = org.workledger.system.Failures.reasonOf(this.exitMessage);
			return reason.isEmpty() ? "运行出错，详见运行日志和技术日志" : reason;
		}

		public String statusLabel() {
			return Runs.statusLabel(this.status);
		}

		/** Whether the database still says this run is going (it is, or its process was killed). */
		boolean unfinished() {
			return this.end == null && Runs.going(this.status);
		}

		/**
		 * This run as it is when no run is going in the workspace: one the database still
		 * says is going was ended by a kill (or a power cut) and is called so, instead of
		 * showing 运行中 for good.
		 */
		Run asOfNow(boolean aRunIsGoing) {
			return aRunIsGoing || !unfinished() ? this
					: new Run(this.id, this.job, this.period, this.start, this.end, Runs.INTERRUPTED, this.exitMessage);
		}

	}

	/** Batch statuses as the clerk reads them. */
	static final class Runs {

		private Runs() {
		}

		/** Not a Batch status: a run or step still marked as going while nothing runs. */
		static final String INTERRUPTED = "INTERRUPTED";

		static boolean going(String status) {
			return "STARTED".equals(status) || "STARTING".equals(status);
		}

		static String statusLabel(String status) {
			return switch (status == null ? "" : status) {
				case "COMPLETED" -> "完成";
				case "FAILED" -> "失败";
				case "STARTED", "STARTING" -> "运行中";
				case INTERRUPTED -> "已中断（进程被结束，重新运行即可补齐）";
				case "STOPPED", "STOPPING" -> "已停止";
				default -> status;
			};
		}

	}

	/**
	 * A step of a run as the clerk reads it: what it did, whether it finished and how long
	 * it took (the groups the intake was split into are not shown: the intake's own line
	 * counts them all).
	 */
	public record Step(String name, String status, LocalDateTime start, LocalDateTime end, long written) {

		public String label() {
			return switch (this.name) {
				case "importReferenceDataStep" -> "读取任务分解表和单位名册";
				case "intakeReturnsStep", "intakeManagerStep" -> "读取、检查各单位报送的表格";
				case "consolidateStep" -> "汇总台账";
				case "writeReportsStep" -> "生成通报和报告（PDF）";
				case "circulateStep" -> "发送邮件";
				case "writeProgressWorkbooksStep" -> "生成空白进展情况表（" + this.written + " 份）";
				default -> this.name;
			};
		}

		public String statusLabel() {
			return Runs.statusLabel(this.status);
		}

		/** As {@link Run#asOfNow}: a step left going by a killed run is called interrupted. */
		Step asOfNow(boolean aRunIsGoing) {
			return aRunIsGoing || this.end != null || !Runs.going(this.status) ? this
					: new Step(this.name, Runs.INTERRUPTED, this.start, this.end, this.written);
		}

		/** 0.4 秒, 12 秒, 3 分 5 秒; empty while the step runs. */
		public String took() {
			if (this.start == null || this.end == null) {
				return "";
			}
			long millis = Math.max(0, java.time.Duration.between(this.start, this.end).toMillis());
			if (millis < 10_000) {
				return String.format("%.1f 秒", millis / 1000.0);
			}
			long seconds = Math.round(millis / 1000.0);
			return seconds < 60 ? seconds + " 秒" : seconds / 60 + " 分 " + seconds % 60 + " 秒";
		}

		/** A worker of the partitioned intake (intakeReturnsWorkerStep:files0 …). */
		boolean partition() {
			return this.name.contains(":");
		}

	}

	/**
	 * How many files of a run ended how: 已接收 3; for returns accepted or rejected, the
	 * periods they were for (a run takes in every return in input/, whatever its period).
	 */
	public record FileCount(String disposition, long files, Map<Period, Long> periods) {

		public String label() {
			String text = Disposition.valueOf(this.disposition).label() + " " + this.files;
			if (this.periods.isEmpty()) {
				return text;
			}
			List<String> parts = new ArrayList<>();
			this.periods.forEach((p, n) -> parts.add(this.periods.size() == 1 ? p.label() : p.label() + " " + n));
			return text + "（" + String.join("，", parts) + "）";
		}

	}

	/** A file taken in, as the office and the unit see it. */
	/**
	 * The rejected returns a unit has since put right: a later return of the same unit and
	 * period was accepted. Their pages said 已退回 as if it stood.
	 */
	static java.util.Set<String> putRight(List<TakenIn> files) {
		java.util.Set<String> putRight = new java.util.HashSet<>();
		for (TakenIn rejected : files) {
			if (rejected.rejected() && rejected.period() != null && rejected.unitName() != null
					&& files.stream().anyMatch(f -> !f.rejected() && rejected.period().equals(f.period())
							&& rejected.unitName().equals(f.unitName()) && f.modifiedAt().isAfter(rejected.modifiedAt()))) {
				putRight.add(rejected.sha256());
			}
		}
		return putRight;
	}

	/**
	 * The periods whose latest return from the unit was accepted after a rejection: the unit
	 * fixed its return, yet its page still showed the rejection as if it stood.
	 */
	static java.util.Set<String> settledPeriods(List<TakenIn> files) {
		Map<String, TakenIn> latest = new java.util.HashMap<>();
		java.util.Set<String> rejectedOnce = new java.util.HashSet<>();
		for (TakenIn file : files) {
			if (file.period() == null) {
				continue;
			}
			if (file.rejected()) {
				rejectedOnce.add(file.period());
			}
			latest.merge(file.period(), file, (a, b) -> b.modifiedAt().isAfter(a.modifiedAt()) ? b : a);
		}
		java.util.Set<String> settled = new java.util.HashSet<>();
		latest.forEach((period, file) -> {
			if (!file.rejected() && rejectedOnce.contains(period)) {
				settled.add(period);
			}
		});
		return settled;
	}

	public record TakenIn(String sha256, String fileName, String unitName, String period, String outcome,
			LocalDateTime modifiedAt, int errors, int warnings, String mainReason) {

		public String outcomeLabel() {
			return Disposition.valueOf(this.outcome).label();
		}

		/** 2023年10月, as the rest of the pages write a period. */
		public String periodLabel() {
			return label(this.period);
		}

		public boolean rejected() {
			return "REJECTED".equals(this.outcome);
		}

		public boolean accepted() {
			return "ACCEPTED".equals(this.outcome);
		}

	}

	public record FindingLine(String severity, String where, String value, String message, String fix) {
	}

	private final JdbcClient jdbc;

	ConsoleQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every period anything happened for, newest first. */
	List<Period> periods() {
		TreeSet<String> keys = new TreeSet<>();
		keys.addAll(this.jdbc.sql("select period from period_summary").query(String.class).list());
		keys.addAll(this.jdbc.sql("select period from period_reference").query(String.class).list());
		keys.addAll(this.jdbc.sql("select distinct period from input_file where period is not null")
			.query(String.class)
			.list());
		List<Period> periods = new ArrayList<>();
		keys.descendingSet().forEach(k -> Period.tryParse(k).ifPresent(periods::add));
		return periods;
	}

	private static final String RUNS = """
			select e.job_execution_id, i.job_name, p.parameter_value, e.start_time, e.end_time, e.status, e.exit_message
			from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
			left join batch_job_execution_params p on p.job_execution_id = e.job_execution_id and p.parameter_name = 'period'
			""";

	List<Run> runs(int limit) {
		return this.jdbc.sql(RUNS + "order by e.job_execution_id desc limit ?").param(limit).query(ConsoleQueries::run).list();
	}

	Optional<Run> run(long id) {
		return this.jdbc.sql(RUNS + "where e.job_execution_id = ?").param(id).query(ConsoleQueries::run).optional();
	}

	private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Run(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toLocalDateTime(),
				rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toLocalDateTime(), rs.getString(6), rs.getString(7));
	}

	/** The run's steps in order, without the intake's partitions. */
	List<Step> steps(long jobExecutionId) {
		return this.jdbc.sql("""
				select step_name, status, start_time, end_time, write_count from batch_step_execution
				where job_execution_id = ? order by step_execution_id""")
			.param(jobExecutionId)
			.query((rs, n) -> new Step(rs.getString(1), rs.getString(2), localDateTime(rs.getTimestamp(3)),
					localDateTime(rs.getTimestamp(4)), rs.getLong(5)))
			.list()
			.stream()
			.filter(step -> !step.partition())
			.toList();
	}

	/** What the run did with the files it found in input/, in the order of {@link Disposition}. */
	List<FileCount> fileCounts(long jobExecutionId) {
		Map<String, Long> counts = new java.util.HashMap<>();
		Map<String, Map<Period, Long>> periods = new java.util.HashMap<>();
		this.jdbc.sql("""
				select r.disposition, f.period, count(*) from run_file r left join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? group by r.disposition, f.period""")
			.param(jobExecutionId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				String disposition = rs.getString(1);
				counts.merge(disposition, rs.getLong(3), Long::sum);
				Optional<Period> period = Period.tryParse(rs.getString(2) == null ? "" : rs.getString(2));
				if (period.isPresent() && (disposition.equals("ACCEPTED") || disposition.equals("REJECTED"))) {
					periods.computeIfAbsent(disposition, k -> new java.util.TreeMap<>()).merge(period.get(), rs.getLong(3),
							Long::sum);
				}
			});
		List<FileCount> ordered = new ArrayList<>();
		for (Disposition d : Disposition.values()) {
			if (counts.containsKey(d.name())) {
				ordered.add(new FileCount(d.name(), counts.get(d.name()), periods.getOrDefault(d.name(), Map.of())));
			}
		}
		return ordered;
	}

	/** The units with an accepted return for the period, by name. */
	List<String> acceptedUnits(Period period) {
		return this.jdbc.sql("select distinct unit_name from input_file where period = ? and outcome = 'ACCEPTED'"
				+ " and kind = 'RETURN' and unit_name is not null order by unit_name")
			.param(period.key())
			.query(String.class)
			.list();
	}

	/** The years a task breakdown was taken in for, oldest first. */
	List<Integer> breakdownYears() {
		return this.jdbc.sql("select distinct table_year from reference_version where kind = 'breakdown'"
				+ " and table_year is not null order by table_year")
			.query(Integer.class)
			.list();
	}

	private static LocalDateTime localDateTime(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	List<TakenIn> filesOf(Period period) {
		return this.jdbc.sql("""
				select sha256, file_name, unit_name, period, outcome, modified_at, error_count, warning_count, main_reason
				from input_file where period = ? and kind = 'RETURN' order by unit_name, modified_at desc""")
			.param(period.key())
			.query(ConsoleQueries::takenIn)
			.list();
	}

	List<TakenIn> filesOfUnit(String unitName) {
		return this.jdbc.sql("""
				select sha256, file_name, unit_name, period, outcome, modified_at, error_count, warning_count, main_reason
				from input_file where unit_name = ? and kind = 'RETURN' order by modified_at desc""")
			.param(unitName)
			.query(ConsoleQueries::takenIn)
			.list();
	}

	Optional<TakenIn> file(String sha256) {
		return this.jdbc.sql("""
				select sha256, file_name, unit_name, period, outcome, modified_at, error_count, warning_count, main_reason
				from input_file where sha256 = ?""")
			.param(sha256)
			.query(ConsoleQueries::takenIn)
			.optional();
	}

	List<FindingLine> findingsOf(String sha256) {
		return this.jdbc.sql("""
				select severity, sheet_name, cell, found_value, message, fix, task_id from return_finding
				where sha256 = ? order by case when severity = 'ERROR' then 0 else 1 end, ordinal""")
			.param(sha256)
			.query((rs, n) -> new FindingLine("ERROR".equals(rs.getString(1)) ? "错误" : "提示",
					new org.workledger.reports.RejectedReturn.NoticeFinding("", rs.getString(2), rs.getString(3), "", "",
							"", rs.getString(7)).where(),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** Whether a run (of this console or of the command line) ended successfully after {@code time} (server time). */
	boolean succeededSince(java.time.LocalDateTime time) {
		return this.jdbc.sql("select count(*) from batch_job_execution where status = 'COMPLETED' and end_time > ?")
			.param(time)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The units whose returns for a period were accepted after the period was last
	 * consolidated: a late October return taken in by November's run counts for October
	 * in the database, but October's figures and reports are only rebuilt by consolidating
	 * October again.
	 */
	List<String> acceptedSinceSummary(Period period) {
		return this.jdbc.sql("""
				select distinct f.unit_name from input_file f join period_summary s on s.period = f.period
				where f.period = ? and f.kind = 'RETURN' and f.outcome = 'ACCEPTED'
				and f.first_seen_execution > s.job_execution_id and f.unit_name is not null
				order by f.unit_name""")
			.param(period.key())
			.query(String.class)
			.list();
	}

	/** The reports written for a unit, newest run first: kind, path. */
	List<String[]> documentsOf(String unitName) {
		return this.jdbc.sql("""
				select d.kind, d.path from report_document d where d.unit_name = ?
				order by d.job_execution_id desc""")
			.param(unitName)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	/**
	 * Every task breakdown and roster taken in: kind, year, title, file, effective from, year
	 * rule, and when it was taken in (versions of one file name, 单位名册.xlsx each time, are told
	 * apart by it).
	 */
	List<Object[]> tables() {
		return this.jdbc.sql("""
				select v.kind, v.table_year, v.title, v.file_name, v.effective_from, v.year_rule, e.start_time
				from reference_version v left join batch_job_execution e on e.job_execution_id = v.taken_in_execution
				order by v.kind, v.table_year, v.effective_from, v.taken_in_execution""")
			.query((rs, n) -> new Object[] { "breakdown".equals(rs.getString(1)) ? "任务分解表" : "单位名册",
					rs.getObject(2) == null ? "" : rs.getString(2), rs.getString(3), rs.getString(4),
					Period.parse(rs.getString(5)).label(), rs.getString(6),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toLocalDateTime() })
			.list();
	}

	/** Of these files, the accepted returns a later return of the same unit and period has replaced. */
	static java.util.Set<String> superseded(org.workledger.returns.SubmissionRepository submissions, List<TakenIn> files) {
		return submissions.superseded(files.stream()
			.filter(TakenIn::accepted)
			.map(f -> new org.workledger.returns.Submission(f.sha256(), f.fileName(), f.unitName(), f.period(), null, null,
					"", ""))
			.toList());
	}

	/** A period key (2023-10) as people write it (2023年10月); anything else as it is. */
	static String label(String period) {
		return period == null ? "" : Period.tryParse(period).map(Period::label).orElse(period);
	}

	private static TakenIn takenIn(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TakenIn(rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getInt(7), rs.getInt(8),
				rs.getString(9));
	}

}
