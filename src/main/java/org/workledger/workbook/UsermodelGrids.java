package org.workledger.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** Grids from a workbook POI has opened (any format: .xls, .xlsx, .xlsm). */
public final class UsermodelGrids {

	private UsermodelGrids() {
	}

	public static WorkbookGrid of(Workbook workbook) {
		List<SheetGrid> sheets = new ArrayList<>();
		List<String> veryHidden = new ArrayList<>();
		Formulas formulas = new Formulas(workbook);
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			sheets.add(of(sheet, formulas));
			if (workbook.isSheetVeryHidden(i)) {
				veryHidden.add(sheet.getSheetName());
			}
		}
		return new WorkbookGrid(sheets, veryHidden);
	}

	public static SheetGrid of(Sheet sheet) {
		return of(sheet, new Formulas(sheet.getWorkbook()));
	}

	private static SheetGrid of(Sheet sheet, Formulas formulas) {
		SheetGrid grid = new SheetGrid(sheet.getSheetName());
		for (Row row : sheet) {
			for (Cell cell : row) {
				GridCell read = formulas.isUncalculated(cell) ? formulas.calculated(cell) : cell(cell);
				grid.put(row.getRowNum(), cell.getColumnIndex(), read);
			}
		}
		sheet.getMergedRegions().forEach(grid::addMergedRegion);
		return grid;
	}

	static GridCell cell(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		Double number = type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
		String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
		return new GridCell(CellValues.text(cell), CellValues.isError(cell), CellValues.date(cell).orElse(null), number,
				number != null && format != null && format.contains("%"));
	}

	/**
	 * Formulas saved without their result. Excel and WPS save each formula's result with it,
	 * but workbooks written by scripts (openpyxl, POI without evaluation) hold the formula
	 * alone: read by the cached value, its 完成进度 was 0 and its 完成状态 empty, and a good
	 * return was sent back for what the unit could see filled in. Such a formula is worked
	 * out here as Excel would on opening the file; one that cannot be (a function POI does
	 * not know, a link to another file) reads as an error cell whose text is the formula,
	 * so the unit is told to save the file in Excel or type the value.
	 */
	private static final class Formulas {

		private final Workbook workbook;

		private FormulaEvaluator evaluator;

		Formulas(Workbook workbook) {
			this.workbook = workbook;
		}

		boolean isUncalculated(Cell cell) {
			// POI writes no <v> after the formula, openpyxl an empty one; only a text result may be empty
			return cell instanceof XSSFCell xssf && xssf.getCellType() == CellType.FORMULA && (!xssf.getCTCell().isSetV()
					|| xssf.getCTCell().getV().isEmpty() && xssf.getCTCell().getT() != STCellType.STR);
		}

		GridCell calculated(Cell cell) {
			String formula = cell.getCellFormula();
			try {
				if (this.evaluator == null) {
					this.evaluator = this.workbook.getCreationHelper().createFormulaEvaluator();
				}
				// the result is kept in the cell (in memory: the file was opened read-only and is not saved)
				this.evaluator.evaluateFormulaCell(cell);
				return cell(cell);
			}
			catch (RuntimeException ex) {
				return new GridCell(UNCALCULATED_PREFIX + formula, true, null, null, false);
			}
		}

	}

	/** How an error cell's text starts when it is a formula that has no result (see {@link Formulas}). */
	public static final String UNCALCULATED_PREFIX = "=";

}
