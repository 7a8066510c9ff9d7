package org.workledger.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.workledger.returns.RejectionFiles;

/** A 退回通知 per rejected return (template {@code rejection-notice}). */
final class RejectionNotices {

	static final String TEMPLATE = "rejection-notice";

	static final String FOLDER = RejectionFiles.FOLDER;

	private final PeriodFacts facts;

	RejectionNotices(PeriodFacts facts) {
		this.facts = facts;
	}

	List<RejectedReturn> returns() {
		return this.facts.rejected();
	}

	String title(RejectedReturn r) {
		return "进展情况表退回通知";
	}

	String fileName(RejectedReturn r) {
		return RejectionFiles.baseName(r.fileName()) + "-退回通知.pdf";
	}

	Map<String, Object> parameters(RejectedReturn r) {
		Map<String, Object> p = Reports.common(this.facts, title(r));
		p.put("FILE_NAME", r.fileName());
		// a file whose unit cannot be told is answered to whoever sent it, as a letter is
		p.put("UNIT_NAME", r.unitName().isEmpty() ? "报送单位" : r.unitName());
		p.put("NOTICE_DATE", noticeDate(r));
		p.put("SUMMARY_LINE", String.format("经检查，该表格有 %d 个错误%s，未能汇总，现予退回。", r.errorCount(),
				r.warningCount() > 0 ? "、" + r.warningCount() + " 个提示" : ""));
		if (putRight(r)) {
			// marked across the page, outside the letter, as a filed copy is: the letter itself stays as it was
			p.put("WATERMARK", "存档 · 已重新报送并通过");
		}
		// a file that could not be read at all has no marked-up copy to point to
		boolean unreadable = r.findings().stream().allMatch(f -> f.sheet().isEmpty());
		p.put("NEXT_STEPS", unreadable
				? "该文件无法作为进展情况表读取，请按下表说明处理（例如取消打开密码、用 Excel 或 WPS 重新保存为 .xlsx），"
						+ "然后" + resend(r) + "，系统会以最新一次合格的报送为准。"
				: "请按下表逐项修改：可直接在退回的批注版表格（文件名以“-退回修改”结尾，问题单元格已标色并附批注）中修改，"
						+ "或在原表格中修改；“错误”必须改正，“提示”请核实。修改后保存，" + resend(r) + "，系统会以最新一次合格的报送为准。");
		return p;
	}

	/** Whether the unit has since sent a return for the period that passed. */
	boolean putRight(RejectedReturn r) {
		return r.resolvedBy(this.facts.winners());
	}

	/**
	 * The date the notice bears: the day the file came in when that is after the as-of day (a
	 * return filled in on 2 February was sent back under 31 January before). The file's time
	 * does not change between runs, so neither does the notice (nor is it sent again).
	 */
	String noticeDate(RejectedReturn r) {
		return PeriodFacts.dateLabel(noticeDay(r));
	}

	private java.time.LocalDate noticeDay(RejectedReturn r) {
		java.time.LocalDate date = this.facts.asOf();
		if (r.modifiedAt() != null) {
			java.time.LocalDate received = r.modifiedAt().atZone(this.facts.office()).toLocalDate();
			date = received.isAfter(date) ? received : date;
		}
		return date;
	}

	/**
	 * By when to send the corrected return: the period's due day while it is ahead of the notice,
	 * else at once with the day said passed (a notice without a day left a unit that had sent on
	 * time to send its correction a day late, and be counted late).
	 */
	private String resend(RejectedReturn r) {
		java.time.LocalDate due = this.facts.returnsDue();
		String day = due.getMonthValue() + "月" + due.getDayOfMonth() + "日";
		return noticeDay(r).isBefore(due) ? "请于" + day + "前按原渠道重新报送" : "报送时限" + day + "已过，请尽快按原渠道重新报送";
	}

	List<Map<String, ?>> rows(RejectedReturn r) {
		List<Map<String, ?>> rows = new ArrayList<>();
		int no = 1;
		// the same hint in many cells is one row naming where, as in the unit's report: one error was lost under
		// 39 rows of the same hint
		for (List<RejectedReturn.NoticeFinding> same : RejectedReturn.NoticeFinding.bySameHint(r.findings())) {
			RejectedReturn.NoticeFinding f = same.get(0);
			Map<String, Object> row = new HashMap<>();
			row.put("no", no++);
			row.put("severity", f.severity());
			row.put("where", RejectedReturn.NoticeFinding.placesOverTasks(same));
			row.put("value", same.stream().allMatch(g -> g.value().equals(f.value())) ? f.value() : "");
			row.put("message", f.message());
			row.put("fix", f.fix());
			rows.add(row);
		}
		return rows;
	}

}
