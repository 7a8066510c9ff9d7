package org.workledger.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Grids from a workbook POI has opened (any format: .xls, .xlsx, .xlsm). */
public final class UsermodelGrids {

	private UsermodelGrids() {
	}

	public static WorkbookGrid of(Workbook workbook) {
		List<SheetGrid> sheets = new ArrayList<>();
		List<String> veryHidden = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			Sheet sheet = workbook.getSheetAt(i);
			sheets.add(of(sheet));
			if (workbook.isSheetVeryHidden(i)) {
				veryHidden.add(sheet.getSheetName());
			}
		}
		return new WorkbookGrid(sheets, veryHidden);
	}

	public static SheetGrid of(Sheet sheet) {
		SheetGrid grid = new SheetGrid(sheet.getSheetName());
		for (Row row : sheet) {
			for (Cell cell : row) {
				grid.put(row.getRowNum(), cell.getColumnIndex(), cell(cell));
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

}
