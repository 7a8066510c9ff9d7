package org.workledger.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workledger.findings.Finding;

/**
 * The lines of a check's findings as the unit's page lists them: the same problem in many
 * cells (进行中 written for 推进中 in every row, 完成进度 left empty all down a column) is one
 * line naming where, not 35 lines a clerk reads through to find the one error among them.
 */
final class FindingLines {

	private FindingLines() {
	}

	/** Cells named before a line says how many there are in all. */
	static final int CELLS_NAMED = 6;

	/** One line: a finding, or the same finding in several places. */
	record Line(boolean error, String severity, String where, String value, String message, String fix, int count) {
	}

	static List<Line> of(List<Finding> findings) {
		Map<String, List<Finding>> same = new LinkedHashMap<>();
		for (Finding f : findings) {
			same.computeIfAbsent(f.severity() + "\n" + f.message() + "\n" + f.fix(), k -> new ArrayList<>()).add(f);
		}
		List<Line> lines = new ArrayList<>();
		same.values().forEach(group -> {
			Finding first = group.get(0);
			lines.add(new Line(first.isError(), first.severity().label(), where(group), first.value(), first.message(),
					first.fix(), group.size()));
		});
		return lines;
	}

	/** 进展填报!H7、H8、H9 等 31 处: the sheet said once for cells of one sheet. */
	private static String where(List<Finding> group) {
		Finding first = group.get(0);
		String at = first.location().sheetCell();
		StringBuilder where = new StringBuilder(at.isEmpty() ? "整个文件" : at);
		for (int i = 1; i < Math.min(group.size(), CELLS_NAMED); i++) {
			var location = group.get(i).location();
			boolean cellOfSameSheet = location.sheet().equals(first.location().sheet()) && !location.cell().isEmpty()
					&& !location.cell().startsWith("第");
			where.append("、").append(cellOfSameSheet ? location.cell()
					: location.sheetCell().isEmpty() ? "整个文件" : location.sheetCell());
		}
		if (group.size() > CELLS_NAMED) {
			where.append(" 等 ").append(group.size()).append(" 处");
		}
		return where.toString();
	}

}
