package org.workledger.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.workbook.CellValues;

/**
 * Fills in distributed progress workbooks the way units do, for tests: every task with a
 * status, a percent and a plausible narrative, with hooks to spoil any of it.
 */
public final class ReturnFixtures {

	/** Columns of the distributed template (see ProgressWorkbookWriter). */
	public static final int TASK_ID = 1;

	public static final int STATUS = 7;

	public static final int PERCENT = 8;

	public static final int PROGRESS = 9;

	public static final int PROBLEMS = 10;

	public static final int NEXT_STEPS = 11;

	public static final int FIRST_TASK_ROW = 6;

	private ReturnFixtures() {
	}

	/** A tidy return: contact, phone, date, and every task 推进中 60% with a narrative. */
	public static Path fill(Path distributed, Path target, LocalDate filledOn) throws IOException {
		return fill(distributed, target, filledOn, (sheet, row) -> {
		});
	}

	/**
	 * Fills every task row, then lets {@code spoil} change the row (zero-based row index)
	 * before the file is written.
	 */
	public static Path fill(Path distributed, Path target, LocalDate filledOn, BiConsumer<Sheet, Integer> spoil)
			throws IOException {
		try (InputStream in = Files.newInputStream(distributed); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			set(sheet, 3, 1, "张明");
			set(sheet, 3, 5, "024-22345678");
			Cell date = sheet.getRow(2).getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
			date.setCellValue(filledOn);
			for (int r = FIRST_TASK_ROW; r <= sheet.getLastRowNum(); r++) {
				String id = CellValues.text(sheet, r, TASK_ID);
				if (id.isEmpty()) {
					continue;
				}
				set(sheet, r, STATUS, "推进中");
				setNumber(sheet, r, PERCENT, 60);
				set(sheet, r, PROGRESS, "已制定任务" + id + "落实方案，明确责任科室和时间节点，正在按计划推进，本月完成阶段性工作。");
				set(sheet, r, PROBLEMS, "无");
				set(sheet, r, NEXT_STEPS, "继续按方案推进，月底前完成自查。");
				spoil.accept(sheet, r);
			}
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	public static void set(Sheet sheet, int row, int column, String value) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		Cell cell = r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
		if (value == null) {
			r.removeCell(cell);
			return;
		}
		cell.setCellValue(value);
	}

	public static void setNumber(Sheet sheet, int row, int column, double value) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
	}

	/** 0.8 in a cell formatted as a percentage, as Excel stores "80%". */
	public static void setPercentFormatted(Sheet sheet, int row, int column, double fraction) {
		Cell cell = sheet.getRow(row).getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
		Workbook workbook = sheet.getWorkbook();
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(cell.getCellStyle());
		style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
		cell.setCellStyle(style);
		cell.setCellValue(fraction);
	}

	/**
	 * Saves a return as a legacy .xls, values only, with the task table's columns in the
	 * given order (a unit that rearranged its columns): {@code order[i]} is the source
	 * column written at position i.
	 */
	public static Path toXls(Path xlsx, Path xls, int... order) throws IOException {
		try (Workbook source = WorkbookFactory.create(xlsx.toFile(), null, true);
				Workbook target = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
			Sheet from = source.getSheet(ProgressWorkbookContract.SHEET);
			Sheet to = target.createSheet(ProgressWorkbookContract.SHEET);
			for (int r = 0; r <= from.getLastRowNum(); r++) {
				Row row = from.getRow(r);
				if (row == null) {
					continue;
				}
				Row out = to.createRow(r);
				boolean table = r >= FIRST_TASK_ROW - 1;
				for (int c = 0; c < Math.max(order.length, row.getLastCellNum()); c++) {
					int sourceColumn = table && order.length > 0 ? (c < order.length ? order[c] : -1) : c;
					if (sourceColumn < 0) {
						continue;
					}
					Cell cell = row.getCell(sourceColumn);
					if (cell == null) {
						continue;
					}
					Cell copy = out.createCell(c);
					switch (cell.getCellType()) {
						case NUMERIC -> {
							copy.setCellValue(cell.getNumericCellValue());
							if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
								CellStyle style = target.createCellStyle();
								style.setDataFormat(target.createDataFormat().getFormat("yyyy-mm-dd"));
								copy.setCellStyle(style);
							}
						}
						case STRING -> copy.setCellValue(cell.getStringCellValue());
						default -> {
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(xls)) {
				target.write(out);
			}
		}
		return xls;
	}

	public static String taskId(Sheet sheet, int row) {
		return CellValues.text(sheet, row, TASK_ID);
	}

	/**
	 * The return as a script writes it: every formula without its result, as POI does
	 * ({@code <f>…</f>} alone) or as openpyxl does ({@code emptyValues}: an empty {@code <v/>}).
	 */
	public static Path withoutFormulaResults(Path xlsx, boolean emptyValues) throws IOException {
		Path rewritten = xlsx.resolveSibling(xlsx.getFileName() + ".tmp");
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(xlsx));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rewritten))) {
			for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
					xml = xml.replaceAll("(<f>[^<]*</f>)(<v>[^<]*</v>)?", "$1" + (emptyValues ? "<v></v>" : ""));
					if (emptyValues) {
						// openpyxl gives a formula cell no type either
						xml = xml.replaceAll("<c([^>]*?) t=\"str\"([^>]*)><f>", "<c$1$2><f>");
					}
					bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.move(rewritten, xlsx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return xlsx;
	}

}
