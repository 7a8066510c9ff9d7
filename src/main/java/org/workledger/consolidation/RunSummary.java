package org.workledger.consolidation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.workledger.period.Period;
import org.workledger.returns.Disposition;

/**
 * What a consolidate run did, for the terminal and the run history.
 *
 * @param files count of input files by what was done with them
 * @param otherPeriods accepted returns of this run filed under another period, by period label
 * @param notReported units of the period without an accepted return, in roster order
 * @param rejectedFolders where this run's rejected returns got their problem lists and marked-up copies (the
 * folder of each return's own period)
 * @param notes lines naming the files a clerk should follow up (duplicates, returns still rejected)
 */
public record RunSummary(Period period, java.time.LocalDate asOf, Map<Disposition, Integer> files,
		Map<String, String> otherPeriods, int unitsExpected, List<String> notReported, int pairs, int overduePairs,
		List<Path> rejectedFolders, List<String> notes) {

	public int count(Disposition disposition) {
		return this.files.getOrDefault(disposition, 0);
	}

	public int total() {
		return this.files.values().stream().mapToInt(Integer::intValue).sum();
	}

	public List<String> lines(Path ledger) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%s汇总完成（统计截止日 %s）", this.period.label(), this.asOf));
		lines.add(String.format("  input 文件夹：共 %d 个文件 — 接收 %d，退回 %d，重复 %d，此前已处理 %d，分解表和名册 %d，忽略 %d", total(),
				count(Disposition.ACCEPTED), count(Disposition.REJECTED), count(Disposition.DUPLICATE),
				count(Disposition.KNOWN), count(Disposition.REFERENCE),
				count(Disposition.IGNORED) + count(Disposition.OWN_OUTPUT)));
		if (!this.otherPeriods.isEmpty()) {
			List<String> parts = new ArrayList<>();
			this.otherPeriods.forEach((p, n) -> parts.add(p + "：" + n));
			lines.add("  本次接收的报表中属于其他期次的：" + String.join("；", parts)
					+ "（按各自期次记录；那一期的台账和通报要对该期次再汇总一次才会计入）");
		}
		this.notes.forEach(note -> lines.add("  " + note));
		lines.add(String.format("  单位：应报 %d，已报 %d，未报 %d", this.unitsExpected,
				this.unitsExpected - this.notReported.size(), this.notReported.size()));
		if (!this.notReported.isEmpty()) {
			List<String> shown = this.notReported.size() > 12 ? this.notReported.subList(0, 12) : this.notReported;
			lines.add("  未报送单位：" + String.join("、", shown) + (this.notReported.size() > 12 ? " 等" : ""));
		}
		lines.add(String.format("  逾期：%d 项单位任务（共 %d 项）", this.overduePairs, this.pairs));
		lines.add("  汇总台账：" + ledger);
		if (count(Disposition.REJECTED) > 0) {
			lines.add("  退回文件的问题清单和批注版：" + String.join("；", this.rejectedFolders.stream().map(Path::toString).toList()));
		}
		return lines;
	}

	public String oneLine() {
		return String.format("接收 %d，退回 %d，重复 %d；已报 %d/%d 个单位；逾期 %d 项", count(Disposition.ACCEPTED),
				count(Disposition.REJECTED), count(Disposition.DUPLICATE), this.unitsExpected - this.notReported.size(),
				this.unitsExpected, this.overduePairs);
	}

}
