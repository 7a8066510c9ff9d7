package org.workledger.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.workledger.period.Period;
import org.workledger.system.FileNames;
import org.workledger.trends.Figures;
import org.workledger.trends.PeriodSummary;
import org.workledger.trends.UnitMonth;
import org.workledger.trends.YearSoFar;

/**
 * The year report 《2023年度政务公开重点工作任务完成情况》: how the year ended for each task,
 * each unit's record of returns over the year (on time, late, missing, rejected), when tasks
 * fell overdue, and the trend. Made from the periods' figures as each was last
 * consolidated; sections are subreports like the circular's.
 */
final class YearReport {

	static final String TEMPLATE = "year-report";

	static final List<String> SECTION_KINDS = List.of("year-tasks", "year-units", "year-overdue",
			TrendSections.CHART_KIND, TrendSections.TABLE_KIND);


	private static final Pattern YEAR = Pattern.compile("\\s*\\d{4}\\s*年度?\\s*");

	private static final Pattern PLACE = Pattern.compile("^(\\S{2,10}?(?:自治区|省|市|区|县))(.+)$");

	/**
	 * @param subject what the breakdown is about, e.g. 沈阳市政务公开重点工作任务
	 * @param returnsDueDays a period's return is on time when received within this many days
	 * after the period's last day
	 * @param rosterOrder the units of the roster in force, in its order: the order the units are listed in
	 */
	record Facts(YearSoFar year, String subject, String issuer, String watermark, int returnsDueDays, ZoneId zone,
			List<String> rosterOrder) {
	}

	private final Facts facts;

	private final PeriodSummary last;

	YearReport(Facts facts) {
		if (facts.year().periods().isEmpty()) {
			throw new IllegalArgumentException("no period of " + facts.year().year() + " was consolidated");
		}
		this.facts = facts;
		this.last = facts.year().periods().get(facts.year().periods().size() - 1);
	}

	/** 沈阳市政务公开重点工作任务 → 沈阳市2023年度政务公开重点工作任务完成情况 */
	String title() {
		String year = this.facts.year().year() + "年度";
		String subject = YEAR.matcher(this.facts.subject()).replaceAll("");
		Matcher place = PLACE.matcher(subject);
		String title = place.matches() ? place.group(1) + year + place.group(2) : year + subject;
		return title + "完成情况";
	}

	String fileName() {
		return FileNames.safe(title()) + ".pdf";
	}

	/** The folder below output/ the report goes into, e.g. 2023年度. */
	String folder() {
		return this.facts.year().year() + "年度";
	}

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		List<PeriodSummary> periods = this.facts.year().periods();
		String span = month(periods.get(0).period()) + (periods.size() > 1 ? "至" + month(this.last.period()) : "");
		String asOf = label(this.last.asOf());
		p.put("REPORT_TITLE", title());
		p.put("PERIOD_LABEL", this.facts.year().year() + "年" + span + "，共 " + periods.size() + " 个期次");
		p.put("AS_OF_LABEL", asOf);
		p.put("ISSUED_LABEL", label(issuedOn()));
		p.put("ISSUER", this.facts.issuer());
		p.put("WATERMARK", this.facts.watermark());
		p.put("HEADER_LINE", title() + " · 截至 " + asOf);
		int[] record = returnsRecord();
		Figures end = this.last.figures();
		p.put("PERIODS", periods.size());
		p.put("RETURNS_DUE", record[0]);
		p.put("RETURNS_ON_TIME", record[1]);
		p.put("RETURNS_LATE", record[2]);
		p.put("RETURNS_MISSING", record[3]);
		p.put("RETURNS_REJECTED", record[4]);
		p.put("PAIRS_TOTAL", end.pairs());
		p.put("END_WORD", endWord());
		// a task a unit finished in September stays finished in a December it did not report
		p.put("PAIRS_DONE", end.doneByNow());
		p.put("PAIRS_OVERDUE", end.overdue());
		p.put("ON_TIME_SHARE", record[0] == 0 ? "—" : Math.round(record[1] * 100.0 / record[0]) + "%");
		p.put("DONE_SHARE", end.doneByNowShare() == null ? "—" : end.doneByNowShare() + "%");
		p.put("HEADLINE", headline(span, record, end));
		return p;
	}

	private String headline(String span, int[] record, Figures end) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%d年%s共汇总 %d 个期次。截至%s（%s统计截止），%d 项任务分到各单位共 %d 项，其中已完成 %d%s、推进中 %d、未启动 %d、持续推进 %d、未报送 %d；逾期 %d 项。",
				this.facts.year().year(), span, this.facts.year().periods().size(), month(this.last.period()),
				label(this.last.asOf()), this.last.tasks().size(), end.pairs(), end.doneByNow(),
				end.doneEarlier() == 0 ? ""
						: "（含" + month(this.last.period()) + "未报送、此前已报已完成的 " + end.doneEarlier() + " 项）",
				end.inProgress(), end.notStarted(), end.ongoing(), end.notReportedNorDone(), end.overdue()));
		text.append(String.format("全年应报送进展情况表 %d 份，按时报送 %d 份、迟报 %d 份、未报送 %d 份；退回不合格报表 %d 份。", record[0],
				record[1], record[2], record[3], record[4]));
		long fullRecord = returnsOwed().values().stream().filter(m -> m.stream().allMatch(this::onTime)).count();
		text.append(String.format("各期均按时报送的单位 %d 个。", fullRecord));
		return text.toString();
	}

	/** due, on time, late, missing, rejected: over every expected (unit, period). */
	private int[] returnsRecord() {
		int[] record = new int[5];
		for (List<UnitMonth> months : units().values()) {
			for (UnitMonth m : months) {
				record[4] += m.rejectedReturns();
			}
		}
		for (List<UnitMonth> owed : returnsOwed().values()) {
			for (UnitMonth m : owed) {
				record[0]++;
				String timeliness = timeliness(m);
				record["按时".equals(timeliness) ? 1 : "迟报".equals(timeliness) ? 2 : 3]++;
			}
		}
		return record;
	}

	private boolean onTime(UnitMonth m) {
		return "按时".equals(timeliness(m));
	}

	private String timeliness(UnitMonth m) {
		return m.timeliness(m.period().lastDay().plusDays(this.facts.returnsDueDays()), this.facts.zone());
	}

	private Map<String, List<UnitMonth>> unitsCache;

	private Map<String, List<UnitMonth>> returnsCache;

	/**
	 * The returns each unit of {@link #units()} owed, one per name it was expected under in a
	 * period: a unit merged from two owed two a month before the merger.
	 */
	Map<String, List<UnitMonth>> returnsOwed() {
		if (this.returnsCache != null) {
			return this.returnsCache;
		}
		Map<String, PeriodSummary.Unit> lastUnits = this.facts.year().units().getOrDefault(this.last.period(), Map.of());
		Map<String, List<UnitMonth>> owed = new LinkedHashMap<>();
		units().keySet().forEach(name -> owed.put(name, this.facts.year()
			.returnsOf(name, lastUnits.containsKey(name) ? lastUnits.get(name).formerNames() : List.of())));
		this.returnsCache = owed;
		return owed;
	}

	/**
	 * Each unit's months under its name in the year's last period (its former names
	 * included); units of earlier periods that are neither after them, under their own.
	 */
	Map<String, List<UnitMonth>> units() {
		if (this.unitsCache != null) {
			return this.unitsCache;
		}
		Map<String, List<UnitMonth>> units = new LinkedHashMap<>();
		Set<String> covered = new LinkedHashSet<>();
		Map<String, PeriodSummary.Unit> lastUnits = this.facts.year().units().getOrDefault(this.last.period(), Map.of());
		List<String> names = new ArrayList<>(lastUnits.keySet());
		// in the roster's order, as the office lists its units (by character code 于洪区 came first); units the
		// roster no longer has after them
		Map<String, Integer> order = new java.util.HashMap<>();
		this.facts.rosterOrder().forEach(n -> order.putIfAbsent(n, order.size()));
		names.sort(java.util.Comparator.comparing((String n) -> order.getOrDefault(n, Integer.MAX_VALUE))
			.thenComparing((String n) -> lastUnits.get(n).category())
			.thenComparing(n -> n));
		for (String name : names) {
			// the roster of the year's last period says which names a unit had before
			List<String> former = lastUnits.get(name).formerNames();
			units.put(name, this.facts.year().monthsOf(name, former));
			covered.add(name);
			covered.addAll(former);
		}
		for (PeriodSummary p : this.facts.year().periods()) {
			for (String name : this.facts.year().units().getOrDefault(p.period(), Map.of()).keySet()) {
				if (covered.add(name)) {
					units.put(name, this.facts.year().monthsOf(name, List.of()));
				}
			}
		}
		this.unitsCache = units;
		return units;
	}

	/**
	 * Whether the year's latest period is December: a report made before then speaks of the end
	 * of that month (3月末), not of the year's.
	 */
	private boolean atYearEnd() {
		return this.last.period().month().getMonthValue() == 12;
	}

	/** 年末, or 3月末 for a report made before the year is over: the word its figures and columns are headed by. */
	private String endWord() {
		return atYearEnd() ? "年末" : this.last.period().month().getMonthValue() + "月末";
	}

	List<Map<String, ?>> sections() {
		List<Map<String, ?>> sections = new ArrayList<>();
		Reports.addSection(sections, "year-tasks", atYearEnd() ? "各项任务年末完成情况"
				: "各项任务完成情况（截至" + month(this.last.period()) + "）",
				"按" + month(this.last.period()) + "（最近一期）的汇总；表中数字为单位个数，“已完成”含该期未报送、此前期次已报已完成的单位，“逾期月份”为该任务有逾期单位的月份。", tasks());
		Reports.addSection(sections, "year-units", "各单位全年报送情况", String.format(
				"每期的进展情况表应在期末后 %d 天内报送（以收到文件的时间为准）；“退回”为被退回、未被同一文件替代的报表份数；已完成含此前期次已报已完成的任务；%s进度为最近一期的平均完成进度。",
				this.facts.returnsDueDays(), endWord()), unitRows());
		Reports.addSection(sections, "year-overdue", "逾期情况（按月）", "每期统计截止时完成时限已过且未完成的单位任务；“新增”为比上一个汇总期次多出的。", overdue());
		if (this.facts.year().hasTrend()) {
			TrendSections trend = new TrendSections(this.facts.year());
			Reports.addSection(sections, TrendSections.CHART_KIND, "全年总体走势", TrendSections.CHART_NOTE, trend.chart());
			Reports.addSection(sections, TrendSections.TABLE_KIND, "各事项全年走势", TrendSections.TABLE_NOTE, trend.table());
		}
		return sections;
	}

	private List<Map<String, ?>> tasks() {
		Map<String, List<Period>> overdueMonths = new HashMap<>();
		for (PeriodSummary p : this.facts.year().periods()) {
			for (PeriodSummary.Task t : p.tasks()) {
				if (t.figures().overdue() > 0) {
					overdueMonths.computeIfAbsent(t.taskId(), k -> new ArrayList<>()).add(p.period());
				}
			}
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (PeriodSummary.Task t : this.last.tasks()) {
			Figures f = t.figures();
			Map<String, Object> row = new HashMap<>();
			row.put("taskId", t.taskId());
			row.put("task", t.taskText());
			row.put("lead", org.workledger.breakdown.UnitNames.listed(t.leadUnits()));
			row.put("deadline", Reports.deadlineCell(t.deadlineText()));
			row.put("done", f.doneByNow());
			row.put("inProgress", f.inProgress());
			row.put("notStarted", f.notStarted());
			row.put("ongoing", f.ongoing());
			row.put("notReported", f.notReportedNorDone());
			row.put("overdue", f.overdue());
			row.put("result", result(f));
			row.put("overdueMonths", months(overdueMonths.getOrDefault(t.taskId(), List.of())));
			rows.add(row);
		}
		return rows;
	}

	/** How a task stands at the end: 已完成 only when every unit says so, now or earlier in the year. */
	static String result(Figures f) {
		if (f.pairs() > 0 && f.doneByNow() == f.pairs()) {
			return "已完成";
		}
		if (f.overdue() > 0) {
			return "逾期";
		}
		// a 长期坚持 task every reporting unit keeps pushing on (those that did not report cannot say otherwise)
		if (f.ongoing() > 0 && f.ongoing() + f.doneByNow() == f.pairs() - f.notReportedNorDone()) {
			return "持续推进";
		}
		if (f.notReportedNorDone() == f.pairs()) {
			return "未报送";
		}
		return "推进中";
	}

	private List<Map<String, ?>> unitRows() {
		List<Map<String, ?>> rows = new ArrayList<>();
		Map<String, PeriodSummary.Unit> lastUnits = this.facts.year().units().getOrDefault(this.last.period(), Map.of());
		units().forEach((name, months) -> {
			int due = 0;
			int onTime = 0;
			int rejected = 0;
			List<Period> late = new ArrayList<>();
			List<Period> missing = new ArrayList<>();
			List<Period> overdueMonths = new ArrayList<>();
			for (UnitMonth m : months) {
				rejected += m.rejectedReturns();
				if (m.expected() && m.figures().overdue() > 0) {
					overdueMonths.add(m.period());
				}
			}
			int lateReturns = 0;
			int missingReturns = 0;
			for (UnitMonth m : returnsOwed().get(name)) {
				due++;
				switch (timeliness(m)) {
					case "按时" -> onTime++;
					case "迟报" -> {
						lateReturns++;
						addOnce(late, m.period());
					}
					default -> {
						missingReturns++;
						addOnce(missing, m.period());
					}
				}
			}
			PeriodSummary.Unit atEnd = lastUnits.get(name);
			Map<String, Object> row = new HashMap<>();
			row.put("unit", atEnd == null ? name + "（已不在名册）" : name);
			row.put("category", atEnd == null ? "" : atEnd.category());
			row.put("due", due);
			row.put("onTime", onTime);
			row.put("late", late.isEmpty() ? "0" : lateReturns + "（" + months(late) + "）");
			row.put("missing", missing.isEmpty() ? "0" : missingReturns + "（" + months(missing) + "）");
			row.put("rejected", rejected);
			row.put("done", atEnd == null ? "" : atEnd.figures().doneByNow() + "/" + atEnd.figures().pairs());
			Integer progress = atEnd == null ? null : atEnd.figures().averageProgress();
			row.put("progress", progress == null ? "" : progress + "%");
			row.put("overdueMonths", months(overdueMonths));
			rows.add(row);
		});
		return rows;
	}

	private List<Map<String, ?>> overdue() {
		List<Map<String, ?>> rows = new ArrayList<>();
		Set<String> before = null;
		for (PeriodSummary p : this.facts.year().periods()) {
			Map<String, PeriodSummary.Unit> units = this.facts.year().units().getOrDefault(p.period(), Map.of());
			Set<String> now = new LinkedHashSet<>();
			Map<String, Integer> byTask = new LinkedHashMap<>();
			for (PeriodSummary.Task t : p.tasks()) {
				if (t.figures().overdue() > 0) {
					byTask.put(t.taskId(), t.figures().overdue());
				}
			}
			units.values().forEach(u -> {
				for (String task : u.overdueTasks().split("、")) {
					if (!task.isEmpty()) {
						now.add(u.unitName() + "|" + task);
					}
				}
			});
			long unitsInvolved = units.values().stream().filter(u -> u.figures().overdue() > 0).count();
			Set<String> previous = before;
			int added = previous == null ? 0 : (int) now.stream().filter(k -> !previous.contains(k)).count();
			Map<String, Object> row = new HashMap<>();
			row.put("period", p.period().label());
			row.put("pairs", p.figures().overdue());
			row.put("units", (int) unitsInvolved);
			row.put("added", before == null ? "—" : String.valueOf(added));
			row.put("tasks", byTask.isEmpty() ? "无" : byTask.entrySet()
				.stream()
				.map(e -> e.getKey() + "（" + e.getValue() + "）")
				.collect(Collectors.joining("、")));
			rows.add(row);
			before = now;
		}
		return rows;
	}

	/** Months of one year, runs shortened: 9月、10月、11月、12月 → 9—12月; 3月、5月 → 3、5月. */
	private static void addOnce(List<Period> periods, Period period) {
		if (!periods.contains(period)) {
			periods.add(period);
		}
	}

	static String months(List<Period> periods) {
		if (periods.isEmpty()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < periods.size()) {
			int start = periods.get(i).month().getMonthValue();
			int end = start;
			while (i + 1 < periods.size() && periods.get(i + 1).month().getMonthValue() == end + 1) {
				end++;
				i++;
			}
			parts.add(end > start ? start + "—" + end : String.valueOf(start));
			i++;
		}
		return String.join("、", parts) + "月";
	}

	private static String month(Period period) {
		return period.month().getMonthValue() + "月";
	}

	/**
	 * The day the report is dated: the last period's as-of day, or the day the year's last
	 * return came in when later (December's returns arrive in January), as the circulars are.
	 */
	private LocalDate issuedOn() {
		LocalDate issued = this.last.asOf();
		for (List<UnitMonth> months : units().values()) {
			for (UnitMonth m : months) {
				LocalDate received = m.receivedOn(this.facts.zone());
				if (received != null && received.isAfter(issued)) {
					issued = received;
				}
			}
		}
		return issued;
	}

	private static String label(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
