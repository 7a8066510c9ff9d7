package org.workledger.web;

import java.util.ArrayList;
import java.util.List;

import org.workledger.findings.Finding;
import org.workledger.findings.Severity;
import org.workledger.reports.RejectedReturn.NoticeFinding;

/**
 * The lines of a check's findings as the unit's page lists them: the same problem in many
 * cells (进行中 written for 推进中 in every row, 完成进度 left empty all down a column) is one
 * line naming where, not 35 lines a clerk reads through to find the one error among them —
 * grouped as the unit report and the 退回通知 group them.
 */
final class FindingLines {

	/** Cells named before a line says how many there are in all. */
	static final int CELLS_NAMED = 6;

	private FindingLines() {
	}

	/** One line: a finding, or the same finding in several places. */
	record Line(boolean error, String severity, String where, String value, String message, String fix, int count) {
	}

	/** @param taskOfRow the task number of each row of the return's task table (进展填报!10 → 2.1) */
	static List<Line> of(List<Finding> findings, java.util.Map<String, String> taskOfRow) {
		List<NoticeFinding> notices = findings.stream()
			.map(f -> new NoticeFinding(f.severity().label(), f.location().sheet(), f.location().cell(), f.value(),
					f.message(), f.fix(), f.taskIn(taskOfRow)))
			.toList();
		List<Line> lines = new ArrayList<>();
		NoticeFinding.bySameHint(notices).forEach(same -> {
			NoticeFinding first = same.get(0);
			lines.add(new Line(Severity.ERROR.label().equals(first.severity()), first.severity(),
					NoticeFinding.placesOverTasks(same, CELLS_NAMED), first.value(), first.message(), first.fix(), same.size()));
		});
		return lines;
	}

}
