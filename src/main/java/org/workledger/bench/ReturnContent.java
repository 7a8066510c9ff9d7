package org.workledger.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * What one synthetic returned workbook holds: the header block a unit filled in and its
 * task rows, as the unit left them. Written as .xlsx by {@link ReturnXlsx} (or
 * {@link HandMadeXlsx} for a workbook of the unit's own making, which has no metadata) or,
 * for the legacy share, as .xls by {@link ReturnXls}.
 *
 * @param title the sheet title, e.g. 测试省政务公开重点工作任务进展情况表（2023年10月）
 * @param meta the very hidden metadata sheet's key/value rows, as distributed workbooks have them
 */
record ReturnContent(int index, SyntheticWorkspace.Oddity oddity, String title, String unitName, String periodLabel,
		String contact, String phone, LocalDate filledOn, List<String[]> meta, List<Row> rows) {

	/**
	 * One task row. {@code percent} {@code null} = blank cell; a non-null
	 * {@code percentFormula} / {@code nextStepsFormula} makes that cell a formula whose
	 * cached value is {@code percent} / {@code nextSteps}; a {@code percentFormula} with a
	 * {@code null} percent is a formula whose cached value is an error ({@code #REF!}).
	 */
	record Row(String id, String item, String task, String leads, String deadline, String role, String status,
			Integer percent, String percentFormula, String progress, String problems, String nextSteps,
			String nextStepsFormula) {
	}

}
