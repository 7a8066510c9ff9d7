package org.workledger.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.breakdown.Assignment;
import org.workledger.breakdown.AssignmentResolver;
import org.workledger.breakdown.Breakdown;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.consolidation.LedgerBuilder;
import org.workledger.consolidation.LedgerRow;
import org.workledger.contract.ProgressStatus;
import org.workledger.findings.Findings;
import org.workledger.period.Period;
import org.workledger.returns.ProgressEntry;
import org.workledger.returns.Submission;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterReader;
import org.workledger.roster.Unit;
import org.workledger.trends.YearSoFar;
import org.workledger.support.Samples;

/**
 * A realistic 49-unit period built from the shipped samples, without a database: most
 * units reported (with long narratives), a few did not, two returns were rejected.
 */
final class SamplePeriods {

	/** Units that did not report in October. */
	static final List<String> SILENT = List.of("沈阳市公安局", "沈阳市水务局", "沈阳市人民防空办公室", "康平县人民政府");

	static final String LONG_PROGRESS = "一是制定印发《政务公开重点工作实施方案》，明确责任科室和完成时限，建立周调度、月通报工作机制；"
			+ "二是在门户网站开设专栏，集中公开现行有效的行政规范性文件 126 件，同步发布政策解读 48 篇，其中图解 21 篇、视频解读 6 个；"
			+ "三是组织全系统业务培训 2 次，参训 180 余人次，对照任务清单逐项开展自查，发现问题 7 个，已整改 5 个，其余 2 个正在推进。"
			+ "本段文字用于检验长文本在报表中完整换行、不被截断：结束标记【完】";

	private SamplePeriods() {
	}

	static PeriodFacts october() throws Exception {
		return october(LONG_PROGRESS);
	}

	/** October with {@code longProgress} as the 工作进展 of every third task. */
	static PeriodFacts october(String longProgress) throws Exception {
		Findings findings = new Findings();
		Roster roster;
		Breakdown breakdown;
		try (Workbook r = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true);
				Workbook b = WorkbookFactory.create(Samples.BREAKDOWN.toFile(), null, true)) {
			roster = RosterReader.read(RosterReader.rosterSheet(r).orElseThrow(), "单位名册.xlsx", findings);
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(b).orElseThrow(), "分解表.xlsx", findings);
		}
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		LocalDate asOf = LocalDate.of(2023, 10, 31);
		List<LedgerRow> october = ledger(breakdown, roster, assignments, asOf, SILENT, 0, longProgress);
		List<LedgerRow> september = ledger(breakdown, roster, assignments, LocalDate.of(2023, 9, 30),
				List.of("沈阳市公安局", "沈阳市商务局"), 1, LONG_PROGRESS);
		Map<String, Submission> winners = winners(roster, SILENT);
		List<RejectedReturn> rejected = List.of(
				new RejectedReturn("a", "康平县/康平县10月进展.xlsx", "康平县人民政府", 2, 1, "进展填报!J9：任务标为“已完成”但没有填写工作进展",
						List.of(new RejectedReturn.NoticeFinding("错误", "进展填报", "J9", "", "任务标为“已完成”但没有填写工作进展",
								"请在“工作进展”中写明完成了什么、何时完成"),
								new RejectedReturn.NoticeFinding("错误", "进展填报", "I12", "150", "完成进度“150”不是 0–100 之间的数",
										"请填写 0–100 的整数，例如 80"),
								new RejectedReturn.NoticeFinding("提示", "进展填报", "H3", "", "没有填写填报日期",
										"请填写填报日期，例如 2023-10-26"))),
				new RejectedReturn("b", "扫描件.xlsx", "", 1, 0, "无法作为 Excel 工作簿打开（文件已损坏或格式不完整）",
						List.of(new RejectedReturn.NoticeFinding("错误", "", "", "", "无法作为 Excel 工作簿打开（文件已损坏或格式不完整）",
								"请用 Excel 或 WPS 打开确认文件完好，另存为 .xlsx 后重新报送"))));
		Map<String, List<RejectedReturn.NoticeFinding>> warnings = new HashMap<>();
		warnings.put("和平区人民政府", List.of(new RejectedReturn.NoticeFinding("提示", "进展填报", "H8", "进行中",
				"完成状态“进行中”已按“推进中”处理", "下次请直接选择“推进中”")));
		return new PeriodFacts(Period.of(2023, 10), asOf, breakdown.title(), "沈阳市政务公开领导小组办公室", "", 15,
				roster.units(), breakdown.tasks(), october, winners, september, rejected, warnings,
				PeriodFacts.Narratives.NONE, YearSoFar.empty(2023), java.time.ZoneId.of("Asia/Shanghai"), 5,
				"市政府办公室政务公开科 王敏 024-22721234");
	}

	static Map<String, Submission> winners(Roster roster, List<String> silent) {
		Map<String, Submission> winners = new LinkedHashMap<>();
		for (Unit unit : roster.units()) {
			if (!silent.contains(unit.name())) {
				winners.put(unit.name(), new Submission(unit.name(), unit.shortName() + "-10月.xlsx", unit.name(), "2023-10",
						LocalDate.of(2023, 10, 26), Instant.parse("2023-10-26T08:00:00Z"), "张明", "024-22345678"));
			}
		}
		return winners;
	}

	static List<LedgerRow> ledger(Breakdown breakdown, Roster roster, List<Assignment> assignments, LocalDate asOf,
			List<String> silent, int lag, String longProgress) {
		Map<String, Submission> winners = winners(roster, silent);
		Map<String, List<ProgressEntry>> entries = new HashMap<>();
		for (Assignment a : assignments) {
			Submission s = winners.get(a.unitName());
			if (s == null) {
				continue;
			}
			var task = breakdown.task(a.taskId()).orElseThrow();
			int h = Math.abs((a.unitName() + a.taskId()).hashCode()) % 10 + lag;
			ProgressStatus status = task.deadline().isOngoing() ? ProgressStatus.ONGOING
					: h < 4 ? ProgressStatus.DONE : h < 8 ? ProgressStatus.IN_PROGRESS : ProgressStatus.NOT_STARTED;
			int percent = switch (status) {
				case DONE -> 100;
				case NOT_STARTED -> 0;
				default -> 40 + h * 5;
			};
			String progress = h % 3 == 0 ? longProgress : "已按计划推进，本月完成阶段性工作。";
			entries.computeIfAbsent(s.sha256(), k -> new ArrayList<>())
				.add(new ProgressEntry(a.taskId(), status, status.label(), percent, progress,
						h % 4 == 0 ? "基层人员力量不足，专栏内容更新不及时。" : "无", "继续推进，下月底前完成自查整改。", 7));
		}
		return LedgerBuilder.build(breakdown.tasks(), roster.units(), assignments, winners, entries, Map.of(), asOf,
				java.util.Set.of());
	}

}
