package org.workledger.reports;

import java.util.List;

/**
 * A rejected return and everything found in it, for its notice and the circular.
 *
 * @param unitName empty when the unit could not be told
 * @param modifiedAt when the file was last changed; null when not known
 */
public record RejectedReturn(String sha256, String fileName, String unitName, int errorCount, int warningCount,
		String mainReason, List<NoticeFinding> findings, java.time.Instant modifiedAt) {

	public RejectedReturn(String sha256, String fileName, String unitName, int errorCount, int warningCount,
			String mainReason, List<NoticeFinding> findings) {
		this(sha256, fileName, unitName, errorCount, warningCount, mainReason, findings, null);
	}

	/**
	 * True when the unit has since sent a return that was accepted for the period (a winner
	 * changed no earlier than this file): the rejection needs nothing more from anyone.
	 */
	public boolean resolvedBy(java.util.Map<String, org.workledger.returns.Submission> winners) {
		org.workledger.returns.Submission winner = this.unitName.isEmpty() ? null : winners.get(this.unitName);
		return winner != null && (this.modifiedAt == null || !winner.modifiedAt().isBefore(this.modifiedAt));
	}

	/**
	 * One finding as the notice prints it.
	 *
	 * @param task the task number of the row the cell is in; empty outside the task rows
	 */
	public record NoticeFinding(String severity, String sheet, String cell, String value, String message, String fix,
			String task) {

		public NoticeFinding {
			task = task == null ? "" : task;
		}

		public NoticeFinding(String severity, String sheet, String cell, String value, String message, String fix) {
			this(severity, sheet, cell, value, message, fix, "");
		}

		/** The sheet and cell, and the task of the cell's row: 进展填报!H7（任务 1.1）. */
		public String where() {
			return place() + ofTask();
		}

		private String place() {
			if (this.sheet.isEmpty()) {
				return "整个文件";
			}
			if (this.cell.isEmpty()) {
				return this.sheet;
			}
			return this.cell.startsWith("第") ? this.sheet + " " + this.cell : this.sheet + "!" + this.cell;
		}

		/** （任务 2.1） after a cell of a task's row: a unit clerk finds the row by its task faster than by its number. */
		private String ofTask() {
			return this.task.isEmpty() ? "" : "（任务 " + this.task + "）";
		}

		/** Cells named with one hint, the rest counted: 进展填报!H7、H8、H9 等 35 处. */
		private static final int CELLS_NAMED = 3;

		/**
		 * The findings grouped by the same hint (severity, message and fix), in the order each
		 * first comes: 进行中 written for 推进中 in every row is one hint, not 35.
		 */
		public static java.util.Collection<List<NoticeFinding>> bySameHint(List<NoticeFinding> findings) {
			java.util.Map<String, List<NoticeFinding>> byHint = new java.util.LinkedHashMap<>();
			for (NoticeFinding f : findings) {
				byHint.computeIfAbsent(f.severity() + "\n" + f.message() + "\n" + f.fix(), k -> new java.util.ArrayList<>())
					.add(f);
			}
			return byHint.values();
		}

		/** Where the findings of one hint are: the sheet said once for cells of the same sheet. */
		public static String places(List<NoticeFinding> same) {
			return places(same, CELLS_NAMED);
		}

		/**
		 * As {@link #places(List)}, for a narrow table cell: the cells on one line, their tasks on a
		 * line of their own below (进展填报!H8、H10 等 4 处 / 任务 4.1、9.1 等), so that no 任务 is
		 * broken from its number.
		 */
		public static String placesOverTasks(List<NoticeFinding> same) {
			return placesOverTasks(same, CELLS_NAMED);
		}

		/** As {@link #placesOverTasks(List)}, naming up to {@code named} cells and tasks. */
		public static String placesOverTasks(List<NoticeFinding> same, int named) {
			List<String> tasks = same.stream().map(NoticeFinding::task).filter(t -> !t.isEmpty()).distinct().toList();
			String where = places(same, named, false);
			if (tasks.isEmpty()) {
				return where;
			}
			return where + "\n任务 " + String.join("、", tasks.subList(0, Math.min(tasks.size(), named)))
					+ (tasks.size() > named ? " 等" : "");
		}

		/** As {@link #places(List)}, naming up to {@code named} cells (a page has room for more than a PDF's line). */
		public static String places(List<NoticeFinding> same, int named) {
			return places(same, named, true);
		}

		private static String places(List<NoticeFinding> same, int named, boolean withTasks) {
			NoticeFinding first = same.get(0);
			StringBuilder where = new StringBuilder(first.place()).append(withTasks ? first.ofTask() : "");
			for (int i = 1; i < Math.min(same.size(), named); i++) {
				NoticeFinding f = same.get(i);
				where.append("、")
					.append(f.sheet().equals(first.sheet()) && !f.cell().isEmpty() && !f.cell().startsWith("第") ? f.cell()
							: f.place())
					.append(withTasks ? f.ofTask() : "");
			}
			if (same.size() > named) {
				where.append(" 等 ").append(same.size()).append(" 处");
			}
			return where.toString();
		}

	}

}
