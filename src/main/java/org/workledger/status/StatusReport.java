package org.workledger.status;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.workledger.period.Period;
import org.workledger.breakdown.Assignment;
import org.workledger.intake.FileArchive;
import org.workledger.reference.ReferenceData;
import org.workledger.reference.ReferenceDataRepository;
import org.workledger.reference.ReferenceImporter;
import org.workledger.reference.ReferenceVersion;
import org.workledger.reference.ReferenceVersions;
import org.workledger.returns.Submission;
import org.workledger.returns.SubmissionRepository;
import org.workledger.roster.Unit;
import org.workledger.system.WorkspaceProperties;

/**
 * The {@code status} view of a workspace, for a terminal: per period who reported, who
 * did not, what was rejected and why; then the last runs and how they ended.
 */
@Component
public class StatusReport {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final int RUNS_SHOWN = 8;

	private final ReferenceDataRepository reference;

	private final SubmissionRepository submissions;

	private final JdbcClient jdbc;

	private final JobRepository jobRepository;

	private final ReferenceVersions versions;

	private final ReferenceImporter importer;

	private final FileArchive archive;

	/** The office's clock: runs are listed by it, as the console and the run logs show them. */
	private final java.time.ZoneId office;

	/** A period's return is on time when received within this many days after its end (as the year report counts). */
	private final int returnsDueDays;

	private final org.workledger.trends.PeriodSummaries summaries;

	/** Tables of periods other than the last run's, read from the archive once per status. */
	private final Map<List<ReferenceVersion>, ReferenceData> tablesOf = new HashMap<>();

	public StatusReport(ReferenceDataRepository reference, SubmissionRepository submissions, JdbcClient jdbc,
			JobRepository jobRepository, ReferenceVersions versions, ReferenceImporter importer,
			WorkspaceProperties workspace, org.workledger.schedule.ScheduleProperties schedule,
			org.workledger.reports.ReportsProperties reports, org.workledger.trends.PeriodSummaries summaries) {
		this.summaries = summaries;
		this.office = java.time.ZoneId.of(schedule.zone());
		this.returnsDueDays = reports.returnsDueDays();
		this.reference = reference;
		this.versions = versions;
		this.importer = importer;
		this.archive = new FileArchive(workspace.workspace().data().resolve("archive"));
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.jobRepository = jobRepository;
	}

	public List<String> lines(Optional<Period> only) {
		return lines(only, true);
	}

	/**
	 * @param aRunMayBeGoing whether another process may be running in the workspace now; when
	 * not, a run the database says is going was ended by a kill and is called so
	 */
	public List<String> lines(Optional<Period> only, boolean aRunMayBeGoing) {
		return lines(only, aRunMayBeGoing, false);
	}

	/** Periods listed in full when no period is asked for and not all are: the newest ones, the month at work. */
	static final int IN_FULL = 2;

	/**
	 * @param all every period in full; otherwise the {@value #IN_FULL} newest in full and the
	 * earlier ones in a line each (after a year of months the list ran to hundreds of lines,
	 * and the month at work scrolled off the top of the window)
	 */
	public List<String> lines(Optional<Period> only, boolean aRunMayBeGoing, boolean all) {
		List<String> lines = new ArrayList<>();
		List<Unit> units = this.reference.units();
		if (units.isEmpty()) {
			lines.add("尚未导入任务分解表和单位名册：请先运行 distribute 或 consolidate。");
			return lines;
		}
		Set<Period> periods = new TreeSet<>();
		only.ifPresent(periods::add);
		if (only.isEmpty()) {
			// the periods returns came in for, and those distributed or consolidated without any
			this.jdbc.sql("select distinct period from input_file where period is not null"
					+ " union select period from period_reference")
				.query(String.class)
				.list()
				.forEach(p -> periods.add(Period.parse(p)));
		}
		if (periods.isEmpty()) {
			lines.add("还没有收到任何进展情况表。");
		}
		int inBrief = all || only.isPresent() ? 0 : Math.max(0, periods.size() - IN_FULL);
		int index = 0;
		for (Period period : periods) {
			List<String> of = period(period, units);
			if (index++ < inBrief) {
				lines.add(of.get(0) + "（详见：status --period " + period.key() + "）");
				if (index == inBrief) {
					lines.add("");
				}
				continue;
			}
			lines.addAll(of);
			lines.add("");
		}
		List<String> unplaced = this.jdbc
			.sql("select file_name, main_reason from input_file where outcome = 'REJECTED' and period is null"
					+ " order by file_name")
			.query((rs, n) -> String.format("  退回  %s：%s", rs.getString(1), rs.getString(2)))
			.list();
		if (!unplaced.isEmpty()) {
			lines.add("【期次不明的文件】");
			lines.addAll(unplaced);
			lines.add("");
		}
		lines.addAll(runs(aRunMayBeGoing));
		return lines;
	}

	private List<String> period(Period period, List<Unit> workingUnits) {
		List<String> lines = new ArrayList<>();
		Optional<List<ReferenceVersion>> bound = this.versions.boundTo(period);
		List<Unit> units = workingUnits;
		List<Assignment> assignments;
		Map<String, Submission> winners;
		if (bound.isPresent() && !inForce(bound.get())) {
			// a period judged by other tables than the last run's is shown with its own units
			ReferenceData tables = this.tablesOf.computeIfAbsent(bound.get(),
					b -> this.importer.load(b.get(0), b.get(1), this.archive));
			units = tables.roster().units();
			assignments = tables.assignments();
			winners = this.submissions.winners(period, tables.roster().renamed());
		}
		else {
			assignments = this.reference.assignments();
			winners = this.submissions.winners(period);
		}
		Set<String> expected = new java.util.LinkedHashSet<>();
		assignments.forEach(a -> expected.add(a.unitName()));
		lines.add(String.format("【%s】应报 %d 个单位，已报 %d，未报 %d", period.label(), expected.size(),
				winners.keySet().stream().filter(expected::contains).count(),
				expected.stream().filter(u -> !winners.containsKey(u)).count()));
		this.versions.boundTo(period).ifPresent(tables -> lines.add(tablesLine(period, tables.get(0), tables.get(1))));
		Map<String, java.time.Instant> firstReceived = this.summaries.firstReceived(period.key(), period.key())
			.getOrDefault(period, Map.of());
		java.time.LocalDate due = period.lastDay().plusDays(this.returnsDueDays);
		for (Unit unit : units) {
			Submission s = winners.get(unit.name());
			if (s != null) {
				int warnings = this.jdbc.sql("select warning_count from input_file where sha256 = ?")
					.param(s.sha256())
					.query(Integer.class)
					.single();
				java.time.Instant first = firstReceived.get(unit.name());
				java.time.LocalDate received = first == null ? null : first.atZone(this.office).toLocalDate();
				lines.add(String.format("  已报  %s ← %s%s%s%s", unit.name(), s.fileName(),
						s.filledOn() == null ? "" : "（填报日期 " + s.filledOn() + "）",
						received != null && received.isAfter(due) ? "，迟报（" + received + " 收到，应于 " + due + " 前）" : "",
						warnings == 0 ? "" : "，" + warnings + " 个提示（见汇总台账“填报提示”表）"));
			}
		}
		Map<String, List<String>> missing = new LinkedHashMap<>();
		for (Unit unit : units) {
			if (expected.contains(unit.name()) && !winners.containsKey(unit.name())) {
				missing.computeIfAbsent(unit.category(), k -> new ArrayList<>()).add(unit.name());
			}
		}
		missing.forEach((category, names) -> lines
			.add(String.format("  未报  %s（%d）：%s", category, names.size(), String.join("、", names))));
		this.jdbc.sql("""
				select file_name, unit_name, error_count, main_reason from input_file
				where outcome = 'REJECTED' and period = ? order by file_name""")
			.param(period.key())
			.query((rs, n) -> {
				String unit = rs.getString(2);
				String again = unit != null && winners.containsKey(unit) ? "（该单位已重新报送并被接收）" : "";
				return String.format("  退回  %s%s：%s（共 %d 个错误）%s", rs.getString(1), unit == null ? "" : "（" + unit + "）",
						rs.getString(4), rs.getInt(3), again);
			})
			.list()
			.forEach(lines::add);
		return lines;
	}

	/** Whether the last run's tables, which the database holds in full, are these. */
	private boolean inForce(List<ReferenceVersion> tables) {
		return this.reference.source(ReferenceVersion.BREAKDOWN)
			.map(s -> s.sha256().equals(tables.get(0).sha256()))
			.orElse(false)
				&& this.reference.source(ReferenceVersion.ROSTER)
					.map(s -> s.sha256().equals(tables.get(1).sha256()))
					.orElse(false);
	}

	/** Which tables the period was judged by, and how the breakdown's year was told. */
	static String tablesLine(Period period, ReferenceVersion breakdown, ReferenceVersion roster) {
		// the first roster taken in serves the periods before it too: "used from November" under October misled
		String rosterFrom = roster.effectiveFrom().compareTo(period) > 0 ? "最早导入的一版"
				: roster.effectiveFrom().label() + "起使用";
		return String.format("  依据  任务分解表 %s（%d 年，依据%s）；单位名册 %s（%s）", breakdown.fileName(),
				breakdown.year(), breakdown.yearRule(), roster.fileName(), rosterFrom);
	}

	private List<String> runs(boolean aRunMayBeGoing) {
		List<JobExecution> executions = new ArrayList<>();
		for (String job : List.of("consolidateJob", "distributeJob")) {
			for (JobInstance instance : this.jobRepository.getJobInstances(job, 0, RUNS_SHOWN)) {
				executions.addAll(this.jobRepository.getJobExecutions(instance));
			}
		}
		executions.sort((a, b) -> b.getCreateTime().compareTo(a.getCreateTime()));
		List<String> lines = new ArrayList<>();
		lines.add("最近的运行：");
		if (executions.isEmpty()) {
			lines.add("  （无）");
		}
		for (JobExecution e : executions.subList(0, Math.min(RUNS_SHOWN, executions.size()))) {
			String what = "consolidateJob".equals(e.getJobInstance().getJobName()) ? "汇总" : "分发";
			String period = Optional.ofNullable(e.getJobParameters().getString("period"))
				.map(p -> Period.parse(p).label())
				.orElse("");
			String outcome = switch (e.getStatus()) {
				case COMPLETED -> "完成";
				case FAILED -> "失败";
				case STARTED, STARTING -> aRunMayBeGoing ? "进行中或被中断" : "已中断（进程被结束，重新运行即可补齐）";
				default -> e.getStatus().name();
			};
			String detail = e.getExecutionContext().containsKey("summary") ? e.getExecutionContext().getString("summary")
					: reason(e.getExitStatus().getExitDescription());
			java.time.LocalDate asOf = e.getJobParameters().getLocalDate("asOf");
			String asOfText = asOf == null || "distributeJob".equals(e.getJobInstance().getJobName()) ? ""
					: "（截止 " + asOf + "）";
			// Batch keeps the server's clock; a server kept in UTC showed a run of 07:08 as 23:08 the day before
			String when = e.getCreateTime()
				.atZone(java.time.ZoneId.systemDefault())
				.withZoneSameInstant(this.office)
				.format(WHEN);
			lines.add(String.format("  %s  %s %s%s  %s  %s", when, what, period, asOfText, outcome,
					detail)
				.stripTrailing());
		}
		return lines;
	}

	/** The clerk's one-line reason from a stored exit description (a stack trace). */
	private static String reason(String exitDescription) {
		return org.workledger.system.Failures.reasonOf(exitDescription);
	}


}
