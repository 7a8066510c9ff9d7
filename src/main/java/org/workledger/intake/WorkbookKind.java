package org.workledger.intake;

import org.apache.poi.ss.usermodel.Workbook;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.consolidation.LedgerWorkbookWriter;
import org.workledger.findings.FindingsWorkbookWriter;
import org.workledger.roster.RosterReader;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UsermodelGrids;
import org.workledger.workbook.WorkbookGrid;

/**
 * What a workbook is, judged by its content, never its file name: a task breakdown, a
 * roster, or (anything else) a returned progress workbook.
 */
public enum WorkbookKind {

	BREAKDOWN("任务分解表"), ROSTER("单位名册"), RETURN("进展情况表");

	/** The first sheets of the workbooks workledger writes itself: the ledger and the 问题清单. */
	private static final java.util.Set<String> OWN_OUTPUT = java.util.Set.of(LedgerWorkbookWriter.SHEET,
			FindingsWorkbookWriter.SHEET);

	private final String label;

	WorkbookKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static WorkbookKind of(WorkbookGrid workbook) {
		if (!workbook.sheets().isEmpty() && OWN_OUTPUT.contains(workbook.sheets().get(0).name())) {
			// workledger's own ledger or 问题清单 saved into input/: its columns look like a roster's,
			// and taken as the newest roster it stopped every run; the intake says what it is
			return RETURN;
		}
		if (workbook.sheet(org.workledger.contract.ProgressWorkbookContract.META_SHEET) != null) {
			// a form workledger distributed, whatever was typed over its header row (a unit filling down from one row
			// too high made it a breakdown's header): taken as a breakdown it was never sent back, and its unit was
			// chased as not reported
			return RETURN;
		}
		for (SheetGrid sheet : workbook.sheets()) {
			if (BreakdownReader.findHeader(sheet).isPresent()) {
				return BREAKDOWN;
			}
			if (RosterReader.findHeader(sheet).isPresent()) {
				return ROSTER;
			}
		}
		return RETURN;
	}

	/**
	 * Whether a sheet read down to {@code row} tells as much as the whole sheet would: the
	 * header rows are searched no further down, or the row is a progress workbook's header
	 * (a table's header below a return's header in the same sheet is not looked for).
	 * Reading thousands of hand-made returns only that far is what {@link #of} needs of them.
	 */
	public static boolean enough(SheetGrid sheet, int row) {
		return row >= HeaderRow.SEARCH_ROWS || BreakdownReader.isProgressHeader(sheet.row(row));
	}

	public static WorkbookKind of(Workbook workbook) {
		return of(UsermodelGrids.of(workbook));
	}

}
