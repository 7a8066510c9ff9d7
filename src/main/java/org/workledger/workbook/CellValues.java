package org.workledger.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads cells the way Excel shows them: formulas by their cached value (never
 * evaluated), whole numbers without {@code .0}, error cells as {@code #REF!} and
 * friends. Everything is text here; typed reads live next to the rules that need them.
 */
public final class CellValues {

	private CellValues() {
	}

	public static Cell cell(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return r == null ? null : r.getCell(column);
	}

	public static String text(Sheet sheet, int row, int column) {
		return text(cell(sheet, row, column));
	}

	/** The cell's text, trimmed; empty for a missing or blank cell. */
	public static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> errorText(cell);
			default -> "";
		};
	}

	private static String numeric(Cell cell) {
		if (DateFormats.isDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR!";
		}
	}

	public static boolean isError(Cell cell) {
		if (cell == null) {
			return false;
		}
		return cell.getCellType() == CellType.ERROR
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR);
	}

	/** A date cell's date, if the cell holds one. */
	public static Optional<LocalDate> date(Cell cell) {
		if (cell == null) {
			return Optional.empty();
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateFormats.isDateFormatted(cell)) {
			return Optional.of(cell.getLocalDateTimeCellValue().toLocalDate());
		}
		return Optional.empty();
	}

	/** Excel's own rendering, e.g. {@code 80%}: for messages that quote a value. */
	public static String displayed(Cell cell) {
		return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
	}

	public static boolean isBlankRow(Row row) {
		if (row == null) {
			return true;
		}
		for (Cell cell : row) {
			if (!text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

}
