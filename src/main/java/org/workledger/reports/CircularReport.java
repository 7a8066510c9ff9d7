package org.workledger.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.workledger.breakdown.BreakdownTask;
import org.workledger.consolidation.LedgerRow;
import org.workledger.contract.ProgressStatus;
import org.workledger.roster.Unit;
import org.workledger.system.FileNames;

/**
 * The circular (通报) of a period: page one answers "how are we doing, who is late, who has
 * not reported"; then the sections, each a subreport of template {@code circular-<kind>}.
 * See {@code templates/README.md} for the parameters and fields of each template.
 */
final class CircularReport {

	static final String TEMPLATE = "circular";

	static final List<String> SECTION_KINDS = List.of("items", "chart", "tasks", "missing", "overdue", "rejected",
			"changes", TrendSections.CHART_KIND, TrendSections.TABLE_KIND);


	/** More bars than this make a chart nobody can read: then only the lowest are shown. */
	static final int CHART_BARS = 40;

	private final PeriodFacts facts;

	private final Map<String, String> shortNames = new HashMap<>();

	/** Units among the 未报送 whose return was sent back and not put right: marked 退回待改 wherever listed. */
	private final Set<String> sentBack;

	CircularReport(PeriodFacts facts) {
		this.facts = facts;
		this.sentBack = facts.sentBack();
		// short names only when every unit has one: a roster with aliases for some units alone made a document that
		// named 市政府办公室 beside 沈阳市统计局
		boolean allShort = facts.units().stream().noneMatch(u -> u.aliases().isEmpty());
		facts.units().forEach(u -> this.shortNames.put(u.name(), allShort ? u.shortName() : u.name()));
	}

	String title() {
		return this.facts.subject() + "进展情况通报";
	}

	String fileName() {
		return FileNames.safe(title() + "（" + this.facts.period().label() + "）") + ".pdf";
	}

	Map<String, Object> parameters() {
		Map<String, Object> p = Reports.common(this.facts, title());
		List<LedgerRow> rows = this.facts.rows();
		Set<String> expected = new LinkedHashSet<>();
		rows.forEach(r -> expected.add(r.unitName()));
		int reported = (int) expected.stream().filter(this.facts.winners()::containsKey).count();
		p.put("UNITS_EXPECTED", expected.size());
		p.put("UNITS_REPORTED", reported);
		p.put("UNITS_NOT_REPORTED", expected.size() - reported);
		p.put("RETURNS_REJECTED", (int) this.facts.stillRejected().stream().filter(CircularReport::ofAUnit).count());
		p.put("TASKS_TOTAL", this.facts.tasks().size());
		p.put("PAIRS_TOTAL", rows.size());
		p.put("PAIRS_DONE", count(rows, ProgressStatus.DONE.label()));
		p.put("PAIRS_IN_PROGRESS", count(rows, ProgressStatus.IN_PROGRESS.label()));
		p.put("PAIRS_NOT_STARTED", count(rows, ProgressStatus.NOT_STARTED.label()));
		p.put("PAIRS_ONGOING", count(rows, ProgressStatus.ONGOING.label()));
		p.put("PAIRS_NOT_REPORTED", count(rows, LedgerRow.NOT_REPORTED));
		p.put("PAIRS_OVERDUE", (int) rows.stream().filter(LedgerRow::overdue).count());
		List<Map<String, ?>> items = items();
		p.put("ITEMS_RED", (int) items.stream().filter(i -> "红".equals(i.get("light"))).count());
		p.put("ITEMS_YELLOW", (int) items.stream().filter(i -> "黄".equals(i.get("light"))).count());
		p.put("ITEMS_GREEN", (int) items.stream().filter(i -> "绿".equals(i.get("light"))).count());
		p.put("ISSUED_LABEL", PeriodFacts.dateLabel(this.facts.issuedOn()));
		p.put("HEADLINE", headline(expected, p));
		return p;
	}

	private String headline(Set<String> expected, Map<String, Object> p) {
		List<String> missing = expected.stream()
			.filter(u -> !this.facts.winners().containsKey(u))
			.map(u -> shortName(u) + (this.sentBack.contains(u) ? SENT_BACK : ""))
			.toList();
		StringBuilder text = new StringBuilder();
		// returns are counted up to the last one received, which for a month is often days after its end
		text.append(String.format("截至%s收到的报表，应报送单位 %d 个，已报送 %d 个，未报送 %d 个", p.get("ISSUED_LABEL"), expected.size(),
				p.get("UNITS_REPORTED"), missing.size()));
		if (!missing.isEmpty()) {
			text.append("（").append(String.join("、", missing.size() > 10 ? missing.subList(0, 10) : missing));
			text.append(missing.size() > 10 ? " 等）" : "）");
		}
		List<RejectedReturn> ofUnits = rejectedOfUnits();
		if (ofUnits.isEmpty()) {
			text.append("。");
		}
		else {
			int resolved = (int) ofUnits.stream().filter(r -> r.resolvedBy(this.facts.winners())).count();
			text.append(String.format("；退回不合格报表 %d 份", ofUnits.size()));
			text.append(resolved == 0 ? "。" : String.format("，其中 %d 份的单位已重新报送并通过。", resolved));
		}
		text.append(String.format("%d 项任务分到各单位共 %d 项，其中已完成 %d、推进中 %d、未启动 %d、持续推进 %d、未报送 %d；逾期 %d 项",
				p.get("TASKS_TOTAL"), p.get("PAIRS_TOTAL"), p.get("PAIRS_DONE"), p.get("PAIRS_IN_PROGRESS"),
				p.get("PAIRS_NOT_STARTED"), p.get("PAIRS_ONGOING"), p.get("PAIRS_NOT_REPORTED"), p.get("PAIRS_OVERDUE")));
		Map<String, Long> overdueByUnit = this.facts.rows()
			.stream()
			.filter(LedgerRow::overdue)
			.collect(Collectors.groupingBy(LedgerRow::unitName, LinkedHashMap::new, Collectors.counting()));
		if (!overdueByUnit.isEmpty()) {
			text.append(String.format("，涉及 %d 个单位", overdueByUnit.size()));
		}
		text.append(String.format("。事项进展：红灯 %d 项、黄灯 %d 项、绿灯 %d 项。", p.get("ITEMS_RED"), p.get("ITEMS_YELLOW"),
				p.get("ITEMS_GREEN")));
		return text.toString();
	}

	/** The detail rows of the master report: one per section, empty sections left out. */
	List<Map<String, ?>> sections() {
		List<Map<String, ?>> sections = new ArrayList<>();
		Reports.addSection(sections, "items", "各事项进展（红黄绿灯）", lightNote(), items());
		for (String category : categories()) {
			List<Map<String, ?>> chart = chart(category);
			String note = "未报送的单位不画条形，标“未报送”；条形越长进展越快。长期坚持的任务未填完成进度的，不计入平均。";
			if (chart.size() > CHART_BARS) {
				// the units that did not report first, as the lowest
				chart = chart.stream()
					.sorted(java.util.Comparator.comparing((Map<String, ?> r) -> (Boolean) r.get("reported"))
						.thenComparingDouble(r -> (Double) r.get("rate")))
					.limit(CHART_BARS)
					.toList();
				note = "单位较多，仅列出未报送和平均完成进度最低的共 " + CHART_BARS + " 个单位；未报送的单位标“未报送”。长期坚持的任务未填完成进度的，不计入平均。";
			}
			Reports.addSection(sections, "chart", category + "平均完成进度", note, chart);
		}
		Reports.addSection(sections, "tasks", "各项任务完成情况", "表中数字为单位个数。", tasks());
		Reports.addSection(sections, "missing", "未报送单位",
				this.sentBack.isEmpty() ? "" : "标“退回待改”的单位已报送，但报表经检查不合格已退回（见下文“退回的报表”），修改后重新报送即可计入。",
				missing());
		Reports.addSection(sections, "overdue", "逾期任务（按单位）", "完成时限早于统计截止日且未完成的任务；未报送的按逾期计（此前已报“已完成”的除外）。", overdue());
		Reports.addSection(sections, "rejected", "退回的报表", "以下报表有错误，已退回相关单位修改后重新报送。", rejected());
		if (!this.facts.previousRows().isEmpty()) {
			Reports.addSection(sections, "changes", "与上期相比", "与" + this.facts.period().previous().label() + "通报相比的变化"
					+ (this.facts.period().month().getMonthValue() == 1 ? "（上期属上一年度，任务分解表不同，只比较各单位的报送情况）。" : "。"),
					changes());
		}
		if (this.facts.yearSoFar().hasTrend()) {
			TrendSections trend = new TrendSections(this.facts.yearSoFar());
			String year = this.facts.period().month().getYear() + "年";
			Reports.addSection(sections, TrendSections.CHART_KIND, year + "以来总体走势", TrendSections.CHART_NOTE, trend.chart());
			Reports.addSection(sections, TrendSections.TABLE_KIND, year + "以来各事项走势", TrendSections.TABLE_NOTE, trend.table());
		}
		return sections;
	}

	private String lightNote() {
		return Lights.legend(this.facts.warningDays());
	}

	List<Map<String, ?>> items() {
		Map<Integer, List<BreakdownTask>> byItem = new LinkedHashMap<>();
		this.facts.tasks().forEach(t -> byItem.computeIfAbsent(t.itemNo(), k -> new ArrayList<>()).add(t));
		Map<String, List<LedgerRow>> rowsByTask = rowsByTask();
		List<Map<String, ?>> items = new ArrayList<>();
		for (Map.Entry<Integer, List<BreakdownTask>> item : byItem.entrySet()) {
			int pairs = 0;
			int done = 0;
			int overdue = 0;
			int notReported = 0;
			boolean dueSoon = false;
			for (BreakdownTask task : item.getValue()) {
				for (LedgerRow row : rowsByTask.getOrDefault(task.id(), List.of())) {
					pairs++;
					notReported += row.reported() ? 0 : 1;
					boolean isDone = ProgressStatus.DONE.label().equals(row.status());
					done += isDone ? 1 : 0;
					overdue += row.overdue() ? 1 : 0;
					LocalDate due = task.deadline().due();
					dueSoon |= !isDone && Lights.dueSoon(due, this.facts.asOf(), this.facts.warningDays());
				}
			}
			String light = Lights.of(overdue, dueSoon, notReported);
			// "正常" only for what units actually reported: a green light over silence would mislead
			String reason = overdue > 0 ? "逾期 " + overdue + " 项"
					: dueSoon ? this.facts.warningDays() + " 天内到期" : notReported > 0 ? "未报送 " + notReported + " 项" : "正常";
			Map<String, Object> row = new HashMap<>();
			row.put("itemNo", item.getKey());
			row.put("itemName", item.getValue().get(0).itemName());
			row.put("tasks", item.getValue().size());
			row.put("pairs", pairs);
			row.put("done", done);
			row.put("overdue", overdue);
			row.put("light", light);
			row.put("reason", reason);
			items.add(row);
		}
		return items;
	}

	private List<Map<String, ?>> chart(String category) {
		// per unit: the sum of its percents, how many lines gave one, how many lines it has
		Map<String, int[]> byUnit = new LinkedHashMap<>();
		for (Unit unit : this.facts.units()) {
			if (unit.category().equals(category)) {
				byUnit.put(unit.name(), new int[3]);
			}
		}
		for (LedgerRow row : this.facts.rows()) {
			int[] sums = byUnit.get(row.unitName());
			if (sums != null) {
				// a 长期坚持 task reported 持续推进 may leave its percent blank: it has no end to measure
				// against, and counting it as 0 would pull the unit's average down
				if (row.percent() != null) {
					sums[0] += row.percent();
					sums[1]++;
				}
				sums[2]++;
			}
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		byUnit.forEach((unit, sums) -> {
			if (sums[2] > 0) {
				// a unit that did not report has no progress to show, not a progress of 0: the
				// template labels it 未报送 (rate stays 0.0 so that older templates still render)
				boolean reported = this.facts.winners().containsKey(unit);
				Map<String, Object> row = new HashMap<>();
				row.put("unit", shortName(unit));
				row.put("category", category);
				row.put("reported", reported);
				row.put("rate", reported && sums[1] > 0 ? Math.round(sums[0] * 10.0 / sums[1]) / 10.0 : 0.0);
				// a unit whose tasks are all 长期坚持, reported without a percent, has no bar either: not a progress of 0
				row.put("label", !reported ? "未报送" : sums[1] == 0 ? "持续推进"
						: new java.text.DecimalFormat("0.0").format(Math.round(sums[0] * 10.0 / sums[1]) / 10.0));
				rows.add(row);
			}
		});
		return rows;
	}

	private List<Map<String, ?>> tasks() {
		Map<String, List<LedgerRow>> rowsByTask = rowsByTask();
		Map<String, String> lights = new HashMap<>();
		for (Map<String, ?> item : items()) {
			lights.put(String.valueOf(item.get("itemNo")), (String) item.get("light"));
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (BreakdownTask task : this.facts.tasks()) {
			List<LedgerRow> pairs = rowsByTask.getOrDefault(task.id(), List.of());
			Map<String, Object> row = new HashMap<>();
			row.put("taskId", task.id());
			row.put("task", task.text());
			row.put("lead", org.workledger.breakdown.UnitNames.listed(task.leadUnits()));
			row.put("deadline", Reports.deadlineCell(task.deadline().label()));
			row.put("done", count(pairs, ProgressStatus.DONE.label()));
			row.put("inProgress", count(pairs, ProgressStatus.IN_PROGRESS.label()));
			row.put("notStarted", count(pairs, ProgressStatus.NOT_STARTED.label()));
			row.put("ongoing", count(pairs, ProgressStatus.ONGOING.label()));
			row.put("notReported", count(pairs, LedgerRow.NOT_REPORTED));
			row.put("overdue", (int) pairs.stream().filter(LedgerRow::overdue).count());
			int overdue = (int) pairs.stream().filter(LedgerRow::overdue).count();
			LocalDate due = task.deadline().due();
			boolean dueSoon = Lights.dueSoon(due, this.facts.asOf(), this.facts.warningDays())
					&& pairs.stream().anyMatch(p -> !ProgressStatus.DONE.label().equals(p.status()));
			row.put("light", Lights.of(overdue, dueSoon, count(pairs, LedgerRow.NOT_REPORTED)));
			rows.add(row);
		}
		return rows;
	}

	private List<Map<String, ?>> missing() {
		Map<String, List<String>> byCategory = new LinkedHashMap<>();
		Set<String> expected = new LinkedHashSet<>();
		this.facts.rows().forEach(r -> expected.add(r.unitName()));
		for (Unit unit : this.facts.units()) {
			if (expected.contains(unit.name()) && !this.facts.winners().containsKey(unit.name())) {
				byCategory.computeIfAbsent(unit.category(), k -> new ArrayList<>())
					.add(unit.name() + (this.sentBack.contains(unit.name()) ? SENT_BACK : ""));
			}
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		byCategory.forEach((category, units) -> rows
			.add(Map.of("category", category, "count", units.size(), "units", String.join("、", units))));
		return rows;
	}

	private List<Map<String, ?>> overdue() {
		Map<String, Unit> units = new LinkedHashMap<>();
		this.facts.units().forEach(u -> units.put(u.name(), u));
		Map<String, List<LedgerRow>> byUnit = new LinkedHashMap<>();
		this.facts.units().forEach(u -> byUnit.put(u.name(), new ArrayList<>()));
		this.facts.rows().stream().filter(LedgerRow::overdue).forEach(r -> byUnit.get(r.unitName()).add(r));
		List<Map<String, ?>> rows = new ArrayList<>();
		byUnit.forEach((unit, overdue) -> {
			if (!overdue.isEmpty()) {
				String tasks = overdue.stream()
					.map(r -> r.taskId() + "（" + r.deadlineText().replace(" ", "") + "，"
							+ (r.reported() ? r.status() : "未报送") + "）")
					.collect(Collectors.joining("、"));
				rows.add(Map.of("unit", unit, "category", units.get(unit).category(), "count", overdue.size(), "tasks",
						tasks));
			}
		});
		return rows;
	}

	/** Said after the name of a unit that did report, but whose return was sent back and not yet put right. */
	private static final String SENT_BACK = "（退回待改）";

	/**
	 * The rejected returns the circular names: those of a unit. A file whose unit could not be
	 * told (a sign-in sheet dropped in by mistake, a workbook nobody can open) is the office's
	 * to look into, on its pages and in the run log; in a circulated document it read as a
	 * return sent back "to the unit concerned".
	 */
	private List<RejectedReturn> rejectedOfUnits() {
		return this.facts.rejected().stream().filter(CircularReport::ofAUnit).toList();
	}

	private static boolean ofAUnit(RejectedReturn r) {
		return r.unitName() != null && !r.unitName().isBlank();
	}

	/**
	 * A reason as a circular gives it, without the cell (进展填报!H9：): the unit's notice and
	 * marked-up copy say where; the circular goes to every unit and reads as a document.
	 */
	static String withoutCell(String reason) {
		return reason == null ? "" : reason.replaceFirst("^[^：!]{1,40}![A-Z]{1,3}\\d{1,7}：", "");
	}

	private List<Map<String, ?>> rejected() {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (RejectedReturn r : rejectedOfUnits()) {
			String unit = r.unitName();
			rows.add(Map.of("file", r.fileName(), "unit", r.resolvedBy(this.facts.winners()) ? unit + "（已重新报送并通过）" : unit,
					"errors", r.errorCount(), "reason", withoutCell(r.mainReason())));
		}
		return rows;
	}

	private List<Map<String, ?>> changes() {
		Map<String, LedgerRow> before = new HashMap<>();
		// task numbers start again with each year's table: 1.1 of January is not 1.1 of December
		boolean sameTable = this.facts.period().month().getYear() == this.facts.period().previous().month().getYear();
		if (sameTable) {
			this.facts.previousRows().forEach(r -> before.put(r.taskId() + "|" + r.unitName(), r));
		}
		List<String> newlyDone = new ArrayList<>();
		List<String> newlyOverdue = new ArrayList<>();
		List<String> undone = new ArrayList<>();
		for (LedgerRow now : this.facts.rows()) {
			LedgerRow then = before.get(now.taskId() + "|" + now.unitName());
			if (then == null) {
				continue;
			}
			String pair = shortName(now.unitName()) + " " + now.taskId();
			// a unit silent last month that had reported the task done before it: done then, not newly
			if (ProgressStatus.DONE.label().equals(now.status()) && !ProgressStatus.DONE.label().equals(then.status())
					&& !then.doneEarlier()) {
				newlyDone.add(pair);
			}
			if (now.overdue() && !then.overdue()) {
				newlyOverdue.add(pair);
			}
			// reported done last month and reported as not done now: the other way, which 新完成 alone hid
			if (now.reported() && !ProgressStatus.DONE.label().equals(now.status())
					&& ProgressStatus.DONE.label().equals(then.status())) {
				undone.add(pair);
			}
		}
		// a unit reported last month when any of its lines came from a return: a task it had no line for (a task new
		// this year, read against last month's return) does not make it one that did not report
		Set<String> reportedBefore = new HashSet<>();
		this.facts.previousRows().stream().filter(LedgerRow::reported).forEach(r -> reportedBefore.add(r.unitName()));
		Set<String> missingBefore = new LinkedHashSet<>();
		this.facts.previousRows()
			.stream()
			.map(LedgerRow::unitName)
			.filter(unit -> !reportedBefore.contains(unit))
			.forEach(missingBefore::add);
		List<String> stillMissing = new ArrayList<>();
		List<String> newlyReported = new ArrayList<>();
		for (String unit : missingBefore) {
			if (this.facts.winners().containsKey(unit)) {
				newlyReported.add(shortName(unit));
			}
			else {
				stillMissing.add(shortName(unit) + (this.sentBack.contains(unit) ? SENT_BACK : ""));
			}
		}
		// and the other way: a unit that reported last month and has not this month (a unit under the same name in both)
		List<String> droppedOut = new ArrayList<>();
		for (Unit unit : this.facts.units()) {
			if (reportedBefore.contains(unit.name()) && !this.facts.winners().containsKey(unit.name())) {
				droppedOut.add(shortName(unit.name()) + (this.sentBack.contains(unit.name()) ? SENT_BACK : ""));
			}
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		if (sameTable) {
			rows.add(Map.of("change", "新完成", "count", newlyDone.size(), "detail", abbreviate(newlyDone, "项")));
			rows.add(Map.of("change", "上期已完成、本期报为未完成", "count", undone.size(), "detail", abbreviate(undone, "项")));
			rows.add(Map.of("change", "新逾期", "count", newlyOverdue.size(), "detail", abbreviate(newlyOverdue, "项")));
		}
		rows.add(Map.of("change", "上期未报、本期已报", "count", newlyReported.size(), "detail", abbreviate(newlyReported, "个")));
		rows.add(Map.of("change", "上期已报、本期未报", "count", droppedOut.size(), "detail", abbreviate(droppedOut, "个")));
		rows.add(Map.of("change", "连续未报送", "count", stillMissing.size(), "detail", abbreviate(stillMissing, "个")));
		return rows;
	}

	/** @param measure 项 for unit tasks, 个 for units */
	private static String abbreviate(List<String> items, String measure) {
		if (items.isEmpty()) {
			return "无";
		}
		return items.size() > 40 ? String.join("、", items.subList(0, 40)) + " 等 " + items.size() + " " + measure
				: String.join("、", items);
	}

	private List<String> categories() {
		List<String> categories = new ArrayList<>();
		this.facts.units().forEach(u -> {
			if (!categories.contains(u.category())) {
				categories.add(u.category());
			}
		});
		return categories;
	}

	private Map<String, List<LedgerRow>> rowsByTask() {
		Map<String, List<LedgerRow>> byTask = new HashMap<>();
		this.facts.rows().forEach(r -> byTask.computeIfAbsent(r.taskId(), k -> new ArrayList<>()).add(r));
		return byTask;
	}

	private String shortName(String unitName) {
		return this.shortNames.getOrDefault(unitName, unitName);
	}

	private static int count(List<LedgerRow> rows, String status) {
		return (int) rows.stream().filter(r -> status.equals(r.status())).count();
	}

}
