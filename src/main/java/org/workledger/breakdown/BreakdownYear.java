package org.workledger.breakdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workledger.workbook.GridCell;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.Labels;
import org.workledger.workbook.SheetGrid;

/**
 * The year a task breakdown applies to, and which rule decided it: the year in its title
 * (沈阳市2024年政务公开重点工作任务分解表), else a 年度 cell above the table (年度：2024, or 年度 with
 * 2024 in the next cell), else the year in which most of its dated deadlines fall (the
 * shipped table's title has no year; its deadlines say 2023).
 */
public record BreakdownYear(int year, Rule rule) {

	public enum Rule {

		TITLE("标题中的年份"), YEAR_CELL("表格上方的“年度”"), DEADLINES("多数完成时限所在的年份");

		private final String label;

		Rule(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	private static final Pattern YEAR_IN_TEXT = Pattern.compile("(20\\d{2})\\s*年");

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

	private static final String YEAR_LABEL = "年度";

	/** The year of a breakdown read from this sheet, if any rule can tell. */
	public static Optional<BreakdownYear> of(SheetGrid sheet, Breakdown breakdown) {
		Matcher title = YEAR_IN_TEXT.matcher(Labels.normalize(breakdown.title()));
		if (title.find()) {
			return Optional.of(new BreakdownYear(Integer.parseInt(title.group(1)), Rule.TITLE));
		}
		Optional<Integer> cell = yearCell(sheet);
		if (cell.isPresent()) {
			return Optional.of(new BreakdownYear(cell.get(), Rule.YEAR_CELL));
		}
		return mostDeadlines(breakdown).map(year -> new BreakdownYear(year, Rule.DEADLINES));
	}

	/**
	 * The year the table says it is for, in its title or a 年度 cell: what a deadline written
	 * without its year (6月底前, 年底前) means.
	 */
	public static Optional<Integer> declared(SheetGrid sheet, String title) {
		Matcher m = YEAR_IN_TEXT.matcher(Labels.normalize(title));
		return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : yearCell(sheet);
	}

	/** 年度：2024 in one cell, or 年度 with the year in the next cell to the right, above the header row. */
	private static Optional<Integer> yearCell(SheetGrid sheet) {
		int headerRow = BreakdownReader.findHeader(sheet).map(HeaderRow::rowIndex).orElse(Integer.MAX_VALUE);
		for (int r : sheet.rowIndexes()) {
			if (r >= headerRow) {
				break;
			}
			for (Map.Entry<Integer, GridCell> cell : sheet.row(r).entrySet()) {
				String text = Labels.normalize(cell.getValue().text());
				if (!text.startsWith(YEAR_LABEL)) {
					continue;
				}
				String rest = text.substring(YEAR_LABEL.length());
				if (rest.isEmpty()) {
					rest = Labels.normalize(sheet.text(r, cell.getKey() + 1));
				}
				Matcher m = YEAR.matcher(rest);
				if (m.find()) {
					return Optional.of(Integer.parseInt(m.group(1)));
				}
			}
		}
		return Optional.empty();
	}

	/** The year most dated deadlines fall in; none when there are none or two years tie. */
	public static Optional<Integer> mostDeadlines(Breakdown breakdown) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (BreakdownTask task : breakdown.tasks()) {
			if (task.deadline().due() != null) {
				counts.merge(task.deadline().due().getYear(), 1, Integer::sum);
			}
		}
		int best = counts.values().stream().max(Integer::compare).orElse(0);
		if (best == 0 || counts.values().stream().filter(c -> c == best).count() > 1) {
			return Optional.empty();
		}
		return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).findFirst();
	}

}
