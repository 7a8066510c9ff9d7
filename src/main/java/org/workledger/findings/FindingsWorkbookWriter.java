package org.workledger.findings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.workledger.system.AtomicFiles;

/**
 * Writes findings as a workbook a clerk can sort and filter: one row per finding with
 * severity, file, sheet, cell, the value found, what is wrong and how to fix it. Every
 * value is written as text, so nothing a unit typed can become a formula.
 */
public final class FindingsWorkbookWriter {

	private static final List<String> HEADERS = List.of("序号", "级别", "文件", "工作表", "单元格", "发现的值", "问题", "处理建议",
			"问题代码");

	private static final int[] WIDTHS = { 6, 6, 36, 14, 10, 30, 50, 50, 28 };

	private FindingsWorkbookWriter() {
	}

	public static void write(String title, List<Finding> findings, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("问题清单");
			CellStyle titleStyle = workbook.createCellStyle();
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			titleStyle.setFont(titleFont);
			CellStyle headerStyle = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			headerStyle.setFont(bold);
			headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			border(headerStyle);
			CellStyle body = workbook.createCellStyle();
			body.setWrapText(true);
			body.setVerticalAlignment(VerticalAlignment.TOP);
			border(body);
			body.setDataFormat(workbook.createDataFormat().getFormat("@"));

			Row titleRow = sheet.createRow(0);
			titleRow.createCell(0).setCellValue(title);
			titleRow.getCell(0).setCellStyle(titleStyle);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
			Row header = sheet.createRow(1);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
				header.getCell(c).setCellStyle(headerStyle);
				sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
			}
			int r = 2;
			for (Finding f : findings) {
				Row row = sheet.createRow(r);
				String[] values = { String.valueOf(r - 1), f.severity().label(), f.location().file(), f.location().sheet(),
						f.location().cell(), f.value(), f.message(), f.fix(), f.code().code() };
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c]);
					row.getCell(c).setCellStyle(body);
				}
				r++;
			}
			sheet.createFreezePane(0, 2);
			sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADERS.size() - 1));
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			sheet.setFitToPage(true);
			sheet.getPrintSetup().setFitWidth((short) 1);
			sheet.getPrintSetup().setFitHeight((short) 0);
			sheet.setRepeatingRows(CellRangeAddress.valueOf("2:2"));
			AtomicFiles.write(target, workbook::write);
		}
	}

	private static void border(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

}
