package org.workledger.intake;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.workledger.breakdown.BreakdownReader;
import org.workledger.roster.RosterReader;

/**
 * What a workbook is, judged by its content, never its file name: a task breakdown, a
 * roster, or (anything else) a returned progress workbook.
 */
public enum WorkbookKind {

	BREAKDOWN("任务分解表"), ROSTER("单位名册"), RETURN("进展情况表");

	private final String label;

	WorkbookKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static WorkbookKind of(Workbook workbook) {
		for (Sheet sheet : workbook) {
			if (BreakdownReader.findHeader(sheet).isPresent()) {
				return BREAKDOWN;
			}
			if (RosterReader.findHeader(sheet).isPresent()) {
				return ROSTER;
			}
		}
		return RETURN;
	}

}
