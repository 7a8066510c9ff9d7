package org.workledger.consolidation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the consolidated ledger (汇总台账): an expected (unit, task) pair and what the
 * unit's winning return says about it, or 未报送.
 * <p>
 * What a row shares with other rows (its task's texts, its unit, the return it came from)
 * is held once and pointed to: a province's 350,000 rows stay in memory from the ledger
 * step through the reports, and twenty fields per row took twice the heap.
 * <p>
 * {@code status} is 已完成 / 推进中 / 未启动 / 持续推进, or 未报送 when the unit has no
 * accepted return; {@code percent} 0–100, or {@code null} when not given or not reported;
 * {@code deadlineDue} {@code null} for ongoing tasks; {@code sourceFile} the input file the
 * values came from (path below input/), empty when not reported; {@code sourceRow} the
 * one-based row in that file's task sheet, 0 when not reported.
 */
public final class LedgerRow {

	public static final String NOT_REPORTED = "未报送";

	/** What every row of one task shows. */
	record TaskPart(String taskId, String itemName, String taskText, String deadlineText, LocalDate deadlineDue) {
	}

	/** What every row of one unit shows. */
	record UnitPart(String unitName, String unitCategory) {
	}

	/** What every row from one return (or of one unit without a return) shows. */
	record SourcePart(String contact, String phone, LocalDate filledOn, String sourceFile, String sourceSheet) {
	}

	/** The three narratives of a reported line; one shared instance where there are none. */
	record Narratives(String progress, String problems, String nextSteps) {

		static final Narratives NONE = new Narratives("", "", "");

		static Narratives of(String progress, String problems, String nextSteps) {
			boolean none = "".equals(progress) && "".equals(problems) && "".equals(nextSteps);
			return none ? NONE : new Narratives(progress, problems, nextSteps);
		}

	}

	private final TaskPart task;

	private final UnitPart unit;

	private final String role;

	private final String status;

	private final Integer percent;

	private final boolean overdue;

	private final Narratives narratives;

	private final SourcePart source;

	private final int sourceRow;

	private final boolean doneEarlier;

	LedgerRow(TaskPart task, UnitPart unit, String role, String status, Integer percent, boolean overdue,
			Narratives narratives, SourcePart source, int sourceRow) {
		this(task, unit, role, status, percent, overdue, narratives, source, sourceRow, false);
	}

	LedgerRow(TaskPart task, UnitPart unit, String role, String status, Integer percent, boolean overdue,
			Narratives narratives, SourcePart source, int sourceRow, boolean doneEarlier) {
		this.doneEarlier = doneEarlier;
		this.task = task;
		this.unit = unit;
		this.role = role;
		this.status = status;
		this.percent = percent;
		this.overdue = overdue;
		this.narratives = narratives;
		this.source = source;
		this.sourceRow = sourceRow;
	}

	public LedgerRow(String taskId, String itemName, String taskText, String unitName, String unitCategory,
			String role, String deadlineText, LocalDate deadlineDue, String status, Integer percent, boolean overdue,
			String progress, String problems, String nextSteps, String contact, String phone, LocalDate filledOn,
			String sourceFile, String sourceSheet, int sourceRow) {
		this(new TaskPart(taskId, itemName, taskText, deadlineText, deadlineDue), new UnitPart(unitName, unitCategory),
				role, status, percent, overdue, Narratives.of(progress, problems, nextSteps),
				new SourcePart(contact, phone, filledOn, sourceFile, sourceSheet), sourceRow);
	}

	public String taskId() {
		return this.task.taskId();
	}

	public String itemName() {
		return this.task.itemName();
	}

	public String taskText() {
		return this.task.taskText();
	}

	public String unitName() {
		return this.unit.unitName();
	}

	public String unitCategory() {
		return this.unit.unitCategory();
	}

	public String role() {
		return this.role;
	}

	public String deadlineText() {
		return this.task.deadlineText();
	}

	public LocalDate deadlineDue() {
		return this.task.deadlineDue();
	}

	public String status() {
		return this.status;
	}

	public Integer percent() {
		return this.percent;
	}

	public boolean overdue() {
		return this.overdue;
	}

	public String progress() {
		return this.narratives.progress();
	}

	public String problems() {
		return this.narratives.problems();
	}

	public String nextSteps() {
		return this.narratives.nextSteps();
	}

	public String contact() {
		return this.source.contact();
	}

	public String phone() {
		return this.source.phone();
	}

	public LocalDate filledOn() {
		return this.source.filledOn();
	}

	public String sourceFile() {
		return this.source.sourceFile();
	}

	public String sourceSheet() {
		return this.source.sourceSheet();
	}

	public int sourceRow() {
		return this.sourceRow;
	}

	public boolean reported() {
		return !NOT_REPORTED.equals(this.status);
	}

	/**
	 * A 未报送 pair whose unit reported the task 已完成 in an earlier month of the year: not
	 * overdue, and done at the year's end.
	 */
	public boolean doneEarlier() {
		return this.doneEarlier;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LedgerRow that && this.task.equals(that.task) && this.unit.equals(that.unit)
				&& Objects.equals(this.role, that.role) && Objects.equals(this.status, that.status)
				&& Objects.equals(this.percent, that.percent) && this.overdue == that.overdue
				&& this.narratives.equals(that.narratives) && this.source.equals(that.source)
				&& this.sourceRow == that.sourceRow && this.doneEarlier == that.doneEarlier;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.task, this.unit, this.role, this.status, this.percent, this.overdue, this.narratives,
				this.source, this.sourceRow);
	}

	@Override
	public String toString() {
		return "LedgerRow[" + this.task + ", " + this.unit + ", role=" + this.role + ", status=" + this.status
				+ ", percent=" + this.percent + ", overdue=" + this.overdue + ", " + this.narratives + ", " + this.source
				+ ", sourceRow=" + this.sourceRow + (this.doneEarlier ? ", doneEarlier" : "") + "]";
	}

}
