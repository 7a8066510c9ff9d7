package org.workledger.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.workbook.CellValues;

/** Task breakdowns of other years, made from the shipped 2023 table as an office would make them. */
public final class Breakdowns {

	/** The item the 2024 table drops (25. 加强绩效考核) and the one it adds. */
	public static final String DROPPED_ITEM = "25. 加强绩效考核";

	public static final String ADDED_ITEM = "27. 推进基层政务公开标准化规范化";

	private Breakdowns() {
	}

	/**
	 * 2024's table: the title says 2024, every deadline moves to 2024, task 1.1 is reworded,
	 * item 25 is dropped and item 27 is added (27.1, due 2024年9月底前).
	 */
	public static Path of2024(Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.BREAKDOWN); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			rewrite(sheet, 0, 0, t -> "沈阳市2024年政务公开重点工作任务分解表");
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				rewrite(sheet, r, 4, t -> t.replace("2023", "2024"));
			}
			rewrite(sheet, 2, 1, t -> t + "（2024年继续深化）");
			int dropped = -1;
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				if (CellValues.text(sheet, r, 0).startsWith(DROPPED_ITEM)) {
					dropped = r;
				}
			}
			sheet.removeRow(sheet.getRow(dropped));
			sheet.shiftRows(dropped + 1, sheet.getLastRowNum(), -1);
			Row added = sheet.createRow(sheet.getLastRowNum() + 1);
			String[] values = { ADDED_ITEM, "制定基层政务公开标准目录，推动乡镇（街道）政务公开专区建设全覆盖。", "市政府办公室",
					"区县（市）政府", "2024年9月底前" };
			for (int c = 0; c < values.length; c++) {
				added.createCell(c).setCellValue(values[c]);
			}
			write(workbook, target);
		}
		return target;
	}

	/** The 2023 table as the table of another year: title and deadlines say that year, nothing else changes. */
	public static Path ofYear(int year, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.BREAKDOWN); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			rewrite(sheet, 0, 0, t -> "沈阳市" + year + "年政务公开重点工作任务分解表");
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				rewrite(sheet, r, 4, t -> t.replace("2023", String.valueOf(year)));
			}
			write(workbook, target);
		}
		return target;
	}

	/** The 2023 table with its deadlines made ongoing and no year anywhere: no rule can tell its year. */
	public static Path withoutYear(Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.BREAKDOWN); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				rewrite(sheet, r, 4, t -> t.isEmpty() ? t : "长期坚持");
			}
			write(workbook, target);
		}
		return target;
	}

	/**
	 * The first rows of the shipped table and nothing below them (one department's extract, or
	 * a half-finished copy): the title, the header and {@code rows} task rows.
	 */
	public static Path firstRows(int rows, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.BREAKDOWN); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			int lastKept = 1 + rows;
			for (int m = sheet.getNumMergedRegions() - 1; m >= 0; m--) {
				if (sheet.getMergedRegion(m).getLastRow() > lastKept) {
					sheet.removeMergedRegion(m);
				}
			}
			for (int r = sheet.getLastRowNum(); r > lastKept; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			write(workbook, target);
		}
		return target;
	}

	/** Replaces a cell's text (with a new cell: the sample stores inline strings, which POI does not rewrite in place). */
	public static void rewrite(Sheet sheet, int row, int column, UnaryOperator<String> change) {
		Row r = sheet.getRow(row);
		if (r == null || r.getCell(column) == null) {
			return;
		}
		String text = CellValues.text(r.getCell(column));
		r.removeCell(r.getCell(column));
		Cell cell = r.createCell(column);
		cell.setCellValue(change.apply(text));
	}

	private static void write(Workbook workbook, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
	}

}
