package org.workledger.breakdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workledger.findings.Location;

/**
 * The task breakdown table as read: its title (e.g. 沈阳市政务公开重点工作任务分解表), where it
 * came from, and its tasks in table order.
 */
public record Breakdown(String title, String file, String sheet, Map<String, Integer> columns, List<BreakdownTask> tasks) {

	public Breakdown {
		tasks = List.copyOf(tasks);
		columns = Map.copyOf(columns);
	}

	/** Where a cell of a task is, as Excel shows it, e.g. {@code 任务分解表!D7}. */
	public Location cell(BreakdownTask task, String label) {
		Integer column = this.columns.get(label);
		if (column == null) {
			return new Location(this.file, this.sheet, "第" + task.row() + "行");
		}
		return Location.cell(this.file, this.sheet, task.row() - 1, column);
	}

	public Optional<BreakdownTask> task(String id) {
		return this.tasks.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/** The title of the progress workbook that goes with this breakdown. */
	public String progressTitle() {
		String base = withoutNote(this.title);
		for (String suffix : List.of("任务分解表", "分解表", "任务表")) {
			if (base.endsWith(suffix)) {
				return base.substring(0, base.length() - suffix.length()) + "任务进展情况表";
			}
		}
		return base + "进展情况表";
	}


	/**
	 * The title without a note in brackets at its end: 沈阳市2024年…任务分解表（修订） names the
	 * table, and the circular, the ledger and the forms are not (修订) documents.
	 */
	public static String withoutNote(String title) {
		String text = title == null ? "" : title.strip();
		String before;
		do {
			before = text;
			text = text.replaceFirst("\\s*[（(【\\[][^（）()【】\\[\\]]*[）)】\\]]$", "").strip();
		}
		while (!text.equals(before) && !text.isEmpty());
		return text.isEmpty() ? before : text;
	}

}
