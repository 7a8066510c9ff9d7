package org.workledger.bench;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.workledger.contract.ProgressWorkbookContract;

/**
 * Writes a return as legacy .xls (what a unit gets when it "saves as Excel 97–2003"),
 * with POI's HSSF: the same sheets, header block and task table as {@link ReturnXlsx}.
 */
final class ReturnXls {

	private static final String[] COLUMN_LABELS = { "序号", ProgressWorkbookContract.TASK_ID, ProgressWorkbookContract.ITEM,
			ProgressWorkbookContract.TASK, ProgressWorkbookContract.LEAD_UNITS, ProgressWorkbookContract.DEADLINE,
			ProgressWorkbookContract.ROLE, ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT,
			ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS, ProgressWorkbookContract.NEXT_STEPS };

	private static final int[] WIDTHS = { 10, 9, 22, 45, 16, 14, 12, 11, 14, 30, 30, 30 };

	private ReturnXls() {
	}

	static void write(ReturnContent c, OutputStream out) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			HSSFCellStyle plain = bordered(workbook);
			HSSFCellStyle wrapped = bordered(workbook);
			wrapped.setWrapText(true);
			HSSFCellStyle text = bordered(workbook);
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			HSSFCellStyle date = bordered(workbook);
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

			HSSFSheet sheet = workbook.createSheet(ProgressWorkbookContract.SHEET);
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			sheet.createRow(0).createCell(0).setCellValue(c.title());
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
			sheet.createRow(1).createCell(0).setCellValue("说明：浅黄色底纹单元格为填报区域，其余单元格已锁定；完成状态请从下拉列表选择，完成进度填 0–100 的整数。");
			sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 11));
			HSSFRow unitRow = sheet.createRow(2);
			cell(unitRow, 0, plain).setCellValue(ProgressWorkbookContract.UNIT);
			cell(unitRow, 1, plain).setCellValue(c.unitName());
			cell(unitRow, 2, plain);
			cell(unitRow, 3, plain);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
			cell(unitRow, 4, plain).setCellValue(ProgressWorkbookContract.PERIOD);
			cell(unitRow, 5, text).setCellValue(c.periodLabel());
			cell(unitRow, 6, plain).setCellValue(ProgressWorkbookContract.FILLED_ON);
			cell(unitRow, 7, date).setCellValue(c.filledOn());
			HSSFRow contactRow = sheet.createRow(3);
			cell(contactRow, 0, plain).setCellValue(ProgressWorkbookContract.CONTACT);
			cell(contactRow, 1, plain).setCellValue(c.contact());
			cell(contactRow, 2, plain);
			cell(contactRow, 3, plain);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 3));
			cell(contactRow, 4, plain).setCellValue(ProgressWorkbookContract.PHONE);
			cell(contactRow, 5, text).setCellValue(c.phone());
			HSSFRow header = sheet.createRow(5);
			for (int i = 0; i < COLUMN_LABELS.length; i++) {
				cell(header, i, wrapped).setCellValue(COLUMN_LABELS[i]);
			}
			for (int i = 0; i < c.rows().size(); i++) {
				ReturnContent.Row t = c.rows().get(i);
				HSSFRow row = sheet.createRow(6 + i);
				cell(row, 0, plain).setCellValue(i + 1);
				cell(row, 1, text).setCellValue(t.id());
				String[] values = { t.item(), t.task(), t.leads(), t.deadline(), t.role(), t.status() };
				for (int v = 0; v < values.length; v++) {
					HSSFCell cell = cell(row, 2 + v, wrapped);
					if (!values[v].isEmpty()) {
						cell.setCellValue(values[v]);
					}
				}
				HSSFCell percent = cell(row, 8, plain);
				if (t.percent() != null) {
					percent.setCellValue(t.percent());
				}
				set(cell(row, 9, wrapped), t.progress());
				set(cell(row, 10, wrapped), t.problems());
				set(cell(row, 11, wrapped), t.nextSteps());
				row.setHeightInPoints(60);
			}
			sheet.createFreezePane(0, 6);

			HSSFSheet instructions = workbook.createSheet(ProgressWorkbookContract.INSTRUCTIONS_SHEET);
			instructions.createRow(0).createCell(0).setCellValue("填报说明");
			instructions.createRow(1).createCell(0).setCellValue("完成状态只能是：已完成、推进中、未启动、持续推进；完成进度填 0–100 的整数。");

			HSSFSheet meta = workbook.createSheet(ProgressWorkbookContract.META_SHEET);
			for (int i = 0; i < c.meta().size(); i++) {
				HSSFRow row = meta.createRow(i);
				row.createCell(0).setCellValue(c.meta().get(i)[0]);
				row.createCell(1).setCellValue(c.meta().get(i)[1]);
			}
			workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
			workbook.setActiveSheet(0);
			workbook.createInformationProperties();
			workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
			workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
			workbook.getSummaryInformation().setTitle(c.title());
			workbook.getSummaryInformation().setLastAuthor(c.contact());
			workbook.write(out);
		}
	}

	private static HSSFCellStyle bordered(HSSFWorkbook workbook) {
		HSSFCellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static HSSFCell cell(HSSFRow row, int column, HSSFCellStyle style) {
		HSSFCell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

	private static void set(HSSFCell cell, String value) {
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

}
