package org.workledger.returns;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A returned progress workbook as read, before any rule is applied: the header block
 * values, the task rows, the hidden metadata when present, and where each came from.
 *
 * @param fileName path below input/
 * @param sheetName the sheet holding the task table; empty when none was found
 * @param missingColumns contract columns the task table lacks
 * @param header header block values by label (填报单位, 报送期次, …); labels not found are absent
 * @param meta the hidden metadata sheet's key/values; empty for hand-made workbooks
 * @param errorCells cells showing an Excel error value ({@code #REF!} …), A1 reference to value
 * @param mergedTaskIds task-number cells merged into the one above (B12 in B11:B12), A1 reference
 * to the merged range: the row's own number is lost in the merge
 * @param typedOverHeader on a distributed form whose task table was not found: the cells of its
 * header row where the fill-in columns' labels belong, in order, with what was typed over them
 * (a unit that filled down from one row too high); empty otherwise
 */
public record ReturnedWorkbook(String fileName, String sheetName, List<String> missingColumns,
		Map<String, HeaderValue> header, List<ReturnedRow> rows, Map<String, String> meta,
		Map<String, String> errorCells, Map<String, String> mergedTaskIds, Map<String, String> typedOverHeader) {

	public ReturnedWorkbook(String fileName, String sheetName, List<String> missingColumns,
			Map<String, HeaderValue> header, List<ReturnedRow> rows, Map<String, String> meta,
			Map<String, String> errorCells, Map<String, String> mergedTaskIds) {
		this(fileName, sheetName, missingColumns, header, rows, meta, errorCells, mergedTaskIds, Map.of());
	}

	public ReturnedWorkbook(String fileName, String sheetName, List<String> missingColumns,
			Map<String, HeaderValue> header, List<ReturnedRow> rows, Map<String, String> meta,
			Map<String, String> errorCells) {
		this(fileName, sheetName, missingColumns, header, rows, meta, errorCells, Map.of());
	}

	public boolean hasTable() {
		return !this.sheetName.isEmpty();
	}

	/** The task number of each row of the task table, by sheet name and Excel row ({@code 进展填报!10}). */
	public java.util.Map<String, String> taskOfRow() {
		java.util.Map<String, String> tasks = new java.util.HashMap<>();
		for (ReturnedRow row : this.rows) {
			if (!row.taskId().isEmpty()) {
				tasks.put(this.sheetName + "!" + row.row(), row.taskId());
			}
		}
		return tasks;
	}

	/** A table with task rows none of which is filled in (status, percent, progress, problems, plans all empty). */
	public boolean blank() {
		return !this.rows.isEmpty() && this.rows.stream()
			.allMatch(r -> r.statusText().isEmpty() && r.percent().blank() && r.progress().isBlank()
					&& r.problems().isBlank() && r.nextSteps().isBlank());
	}

	public Optional<HeaderValue> header(String label) {
		return Optional.ofNullable(this.header.get(label));
	}

	public String templateVersion() {
		return this.meta.getOrDefault(org.workledger.contract.ProgressWorkbookContract.META_VERSION, "");
	}

}
