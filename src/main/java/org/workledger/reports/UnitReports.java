package org.workledger.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.workledger.consolidation.LedgerRow;
import org.workledger.contract.ProgressStatus;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.roster.Unit;
import org.workledger.system.FileNames;
import org.workledger.trends.Figures;
import org.workledger.trends.UnitMonth;

/**
 * One report per unit (template {@code unit-report}) or, for a unit that has not
 * reported, a reminder (template {@code unit-reminder}) listing what it owes and by when.
 */
final class UnitReports {

	static final String REPORT = "unit-report";

	static final String REMINDER = "unit-reminder";

	static final String FOLDER = "单位报告";

	private final PeriodFacts facts;

	private final Map<String, List<LedgerRow>> rowsByUnit = new LinkedHashMap<>();

	UnitReports(PeriodFacts facts) {
		this.facts = facts;
		facts.rows().forEach(r -> this.rowsByUnit.computeIfAbsent(r.unitName(), k -> new ArrayList<>()).add(r));
	}

	/** Units with at least one task, in roster order. */
	List<Unit> units() {
		return this.facts.units().stream().filter(u -> this.rowsByUnit.containsKey(u.name())).toList();
	}

	boolean reported(Unit unit) {
		return this.facts.winners().containsKey(unit.name());
	}

	String title(Unit unit) {
		// the office writes to the unit: a title naming only the unit read as if the unit had issued it
		return reported(unit) ? "关于" + unit.name() + this.facts.period().label() + "工作任务进展情况的反馈"
				: "关于报送" + this.facts.period().label() + "工作任务进展情况的催报通知";
	}

	String fileName(Unit unit) {
		return FileNames.safe(unit.name() + "-" + this.facts.period().label() + (reported(unit) ? "进展报告" : "催报通知"))
				+ ".pdf";
	}

	Map<String, Object> parameters(Unit unit) {
		Map<String, Object> p = Reports.common(this.facts, title(unit));
		List<LedgerRow> rows = this.rowsByUnit.get(unit.name());
		int overdue = (int) rows.stream().filter(LedgerRow::overdue).count();
		p.put("UNIT_NAME", unit.name());
		p.put("UNIT_CATEGORY", unit.category());
		LocalDate issued = issuedOn(unit);
		p.put("ISSUED_LABEL", PeriodFacts.dateLabel(issued));
		if (reported(unit)) {
			Submission s = this.facts.winners().get(unit.name());
			p.put("SUBMISSION_LINE", "报送文件：" + s.fileName() + (s.filledOn() == null ? "" : "；填报日期：" + PeriodFacts.dateLabel(s.filledOn()))
					+ (s.contact().isEmpty() ? "" : "；联系人：" + s.contact() + " " + s.phone()));
			p.put("SUMMARY_LINE", String.format("你单位共 %d 项任务：已完成 %d、推进中 %d、未启动 %d、持续推进 %d；逾期 %d 项。", rows.size(),
					count(rows, ProgressStatus.DONE), count(rows, ProgressStatus.IN_PROGRESS),
					count(rows, ProgressStatus.NOT_STARTED), count(rows, ProgressStatus.ONGOING), overdue));
			List<RejectedReturn.NoticeFinding> warnings = this.facts.warnings().getOrDefault(unit.name(), List.of());
			p.put("MONTHS_TEXT", monthsText(unit));
			p.put("WARNINGS_TEXT", warningsText(warnings));
		}
		else {
			p.put("CONTACT_LINE", this.facts.contact().isBlank() ? "" : "联系人：" + this.facts.contact().strip());
			// a unit that did send, only to have it sent back, is asked for the corrected return, not for a first one
			List<RejectedReturn> rejected = this.facts.rejected()
				.stream()
				.filter(r -> unit.name().equals(r.unitName()))
				.toList();
			List<String> sentBack = rejected.stream().map(RejectedReturn::fileName).toList();
			// a file that could not be opened at all has nothing to correct line by line: it is to be sent again as a workbook
			boolean unreadable = !rejected.isEmpty() && rejected.stream()
				.allMatch(r -> r.findings().stream().allMatch(f -> f.sheet().isEmpty()));
			String to = this.facts.issuer().isEmpty() ? "" : this.facts.issuer();
			// the overdue sentence only when there is something overdue ("其中 0 项已超过" read oddly)
			String overdueTail = overdue + " 项已超过完成时限，请优先说明进展。";
			p.put("MESSAGE", sentBack.isEmpty() ? String.format(
					"%s：截至%s，你单位尚未报送%s工作进展情况%s。请对照下列 %d 项任务，使用下发的进展情况表如实填报，%s报送%s%s。%s",
					unit.name(), PeriodFacts.dateLabel(issued), this.facts.period().label(), missedBefore(unit), rows.size(),
					by(issued), to, passed(issued), overdue == 0 ? "" : "其中 " + overdueTail)
					: String.format(
							"%s：你单位报送的%s工作进展情况表（%s）%s，已退回，%s尚未收到%s。%s，%s重新报送%s%s。%s",
							unit.name(), this.facts.period().label(), String.join("、", sentBack),
							unreadable ? "无法作为 Excel 进展情况表打开" : "经检查有错误", unreadable ? "能打开的表格" : "修改后的表格",
							missedBefore(unit),
							unreadable ? "请按退回通知的说明，使用下发的进展情况表（.xlsx 或 .xls）填写" : "请按退回通知逐条改正后",
							by(issued), to, passed(issued),
							overdue == 0 ? "" : "下列 " + rows.size() + " 项任务中 " + overdueTail));
		}
		return p;
	}

	/**
	 * The day the unit's document is dated: its own returns' (another unit's late return leaves
	 * it as it was). A reminder to a unit that sent nothing has none; once the day returns are
	 * due is past (a return came in after it), it is dated the day after that day, whichever
	 * unit's late return showed the day was past: dated the last day of the month, it asked on
	 * 8 December for the return "by 5 December", and dated by the last return, it moved with
	 * every other unit's late return.
	 */
	private LocalDate issuedOn(Unit unit) {
		LocalDate own = this.facts.issuedOn(unit.name());
		if (reported(unit)) {
			return own;
		}
		LocalDate period = this.facts.issuedOn();
		LocalDate dayAfterDue = this.facts.returnsDue().plusDays(1);
		if (period.isBefore(this.facts.returnsDue()) || !period.isAfter(own)) {
			return own;
		}
		return period.isBefore(dayAfterDue) ? period : dayAfterDue;
	}

	/**
	 * The earlier months of the year the unit has not reported either: （2023年9月的也未报送）.
	 * A unit silent two months running was reminded of the last one only.
	 */
	private String missedBefore(Unit unit) {
		List<String> missed = this.facts.yearSoFar()
			.monthsOf(unit.name(), unit.formerNames())
			.stream()
			.filter(m -> m.period().compareTo(this.facts.period()) < 0 && m.expected() && !m.reported())
			.map(m -> m.period().label())
			.toList();
		return missed.isEmpty() ? "" : "（" + String.join("、", missed) + "的也未报送）";
	}

	/**
	 * The hints of the unit's return, one line per hint: the same hint in many cells (进行中
	 * written for 推进中 in every row) is one line naming where, not 35 lines that ran the
	 * report's closing block onto a page of its own.
	 */
	static String warningsText(List<RejectedReturn.NoticeFinding> warnings) {
		List<String> lines = new ArrayList<>();
		RejectedReturn.NoticeFinding.bySameHint(warnings).forEach(same -> {
			RejectedReturn.NoticeFinding first = same.get(0);
			lines.add("· " + RejectedReturn.NoticeFinding.places(same) + "：" + first.message()
					+ (first.fix().isEmpty() ? "" : "（" + first.fix() + "）"));
		});
		return String.join("\n", lines);
	}

	/**
	 * When to report by: the day the period's returns are due while it is still ahead, and as
	 * soon as possible (saying the day has passed) after it.
	 */
	private String by(LocalDate issued) {
		LocalDate due = this.facts.returnsDue();
		String day = due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
		return issued.isBefore(due) ? "于" + day + "前" : "尽快";
	}

	/** After the day, said after whom to report to: （报送时限11月5日已过）. */
	private String passed(LocalDate issued) {
		LocalDate due = this.facts.returnsDue();
		return issued.isBefore(due) ? "" : "（报送时限" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日已过）";
	}

	/** The unit's own months of the year so far, one line each; empty before there are two. */
	String monthsText(Unit unit) {
		if (!this.facts.yearSoFar().hasTrend()) {
			return "";
		}
		List<String> lines = new ArrayList<>();
		// the office's calendar, as the document's own date: a file of 16:00 UTC came in the next day in Shenyang
		ZoneId zone = this.facts.office();
		for (UnitMonth m : this.facts.yearSoFar().monthsOf(unit.name(), unit.formerNames())) {
			if (!m.expected()) {
				continue;
			}
			StringBuilder line = new StringBuilder(m.period().label()).append("：");
			LocalDate received = m.receivedOn(zone);
			String on = received == null ? "" : received.getMonthValue() + "月" + received.getDayOfMonth() + "日收到";
			boolean late = received != null && received.isAfter(m.period().lastDay().plusDays(this.facts.returnsDueDays()));
			line.append(received == null ? "未报送"
					: m.counted() ? (late ? "迟报（" : "已报送（") + on + "）" : "已补报（" + on + "，当期汇总时尚未报送）");
			Figures f = m.figures();
			if (m.counted()) {
				line.append("，已完成 ").append(f.done()).append("/").append(f.pairs()).append(" 项");
				if (f.averageProgress() != null) {
					line.append("，平均完成进度 ").append(f.averageProgress()).append("%");
				}
			}
			line.append(f.overdue() == 0 ? "，无逾期" : "，逾期 " + f.overdue() + " 项（" + m.overdueTasks() + "）");
			if (m.rejectedReturns() > 0) {
				line.append("；退回 ").append(m.rejectedReturns()).append(" 份");
			}
			lines.add(line.append("。").toString());
		}
		return lines.size() < 2 ? "" : String.join("\n", lines);
	}

	List<Map<String, ?>> rows(Unit unit) {
		List<Map<String, ?>> rows = new ArrayList<>();
		Map<String, ProgressEntry> narratives = reported(unit) ? this.facts.narratives().ofUnit(unit.name()) : Map.of();
		for (LedgerRow r : this.rowsByUnit.get(unit.name())) {
			ProgressEntry entry = narratives.get(r.taskId());
			Map<String, Object> row = new HashMap<>();
			row.put("taskId", r.taskId());
			row.put("task", r.taskText());
			row.put("deadline", Reports.deadlineCell(r.deadlineText()));
			row.put("role", r.role());
			row.put("status", r.status());
			row.put("percent", r.percent() == null ? "" : r.percent() + "%");
			row.put("overdue", r.overdue() ? (r.reported() ? "逾期" : "已逾期") : "");
			row.put("progress", entry == null ? r.progress() : entry.progress());
			row.put("problems", entry == null ? r.problems() : entry.problems());
			row.put("nextSteps", entry == null ? r.nextSteps() : entry.nextSteps());
			rows.add(row);
		}
		return rows;
	}

	private static int count(List<LedgerRow> rows, ProgressStatus status) {
		return (int) rows.stream().filter(r -> status.label().equals(r.status())).count();
	}

}
