package org.workledger.returns;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.support.WorkbookBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnedWorkbookReaderTests {

	@Test
	void findsTheHeaderBlockHoweverItIsTyped() throws Exception {
		// given labels with colons, padding, a value two cells away and one in the label's own cell
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1")
			.row("某某进展情况表")
			.row("填报单位：", "", "和平区人民政府", "报送期次： 2023年10月")
			.row("联 系 人", "张明", "联系电话:", "024-1234")
			.row("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1.1", "任务", "推进中", "60", "进展", "无", "继续")
			.build()) {
			// when
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			// then
			assertThat(book.sheetName()).isEqualTo("Sheet1");
			assertThat(book.header(ProgressWorkbookContract.UNIT)).hasValueSatisfying(v -> {
				assertThat(v.text()).isEqualTo("和平区人民政府");
				assertThat(v.cell()).isEqualTo("C2");
			});
			assertThat(book.header(ProgressWorkbookContract.PERIOD).orElseThrow().text()).isEqualTo("2023年10月");
			assertThat(book.header(ProgressWorkbookContract.CONTACT).orElseThrow().text()).isEqualTo("张明");
			assertThat(book.header(ProgressWorkbookContract.PHONE).orElseThrow().text()).isEqualTo("024-1234");
			assertThat(book.header(ProgressWorkbookContract.FILLED_ON)).isEmpty();
			assertThat(book.rows()).singleElement().satisfies(r -> {
				assertThat(r.row()).isEqualTo(5);
				assertThat(r.taskId()).isEqualTo("1.1");
				assertThat(r.percent().value()).isEqualTo(60);
				assertThat(r.cell(ProgressWorkbookContract.STATUS)).isEqualTo("C5");
			});
		}
	}

	@Test
	void aFillInCellMergedOverSeveralTasksIsReadInEachOfThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		// given 推进中 merged down C3:C5 and one problem merged down F3:F4, as units do for tasks that share them
		try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
			.row("填报单位", "和平区人民政府")
			.row("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1.1", "任务甲", "推进中", "60", "进展甲", "人手不足", "继续")
			.row("1.2", "任务乙", "", "50", "进展乙", "", "继续")
			.row("1.3", "任务丙", "", "40", "进展丙", "无", "继续")
			.build()) {
			workbook.getSheetAt(0).addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("C3:C5"));
			workbook.getSheetAt(0).addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("F3:F4"));
			java.nio.file.Path file = dir.resolve("a.xlsx");
			try (var out = java.nio.file.Files.newOutputStream(file)) {
				workbook.write(out);
			}

			// when read through the object model and streamed
			for (ReturnedWorkbook book : List.of(ReturnedWorkbookReader.read(workbook, "a.xlsx"),
					ReturnedWorkbookReader.read(org.workledger.workbook.StreamingGrids.of(file), "a.xlsx"))) {
				// then each task has the block's status and problem, as a person sees them
				assertThat(book.rows()).extracting(ReturnedRow::statusText).containsExactly("推进中", "推进中", "推进中");
				assertThat(book.rows()).extracting(ReturnedRow::problems).containsExactly("人手不足", "人手不足", "无");
				// and the task numbers are each row's own
				assertThat(book.rows()).extracting(ReturnedRow::taskId).containsExactly("1.1", "1.2", "1.3");
			}
		}
	}

	@Test
	void aTableHeadedInTheUnitsOwnWordsReadsAsTheContractsColumns() throws Exception {
		// given 完成进度 without (%), 进展情况, 存在的问题, 下步打算, and the header repeated on a second page
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1")
			.row("填报单位", "和平区人民政府")
			.row("任务编号", "主要任务", "完成状态", "完成进度", "进展情况", "存在的问题", "下步打算")
			.row("1.1", "任务", "推进中", "60", "进展甲", "无", "继续")
			.row("任务编号", "主要任务", "完成状态", "完成进度", "进展情况", "存在的问题", "下步打算")
			.row("1.2", "任务", "已完成", "100", "进展乙", "无", "无")
			.build()) {
			// when
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			// then
			assertThat(book.missingColumns()).isEmpty();
			assertThat(book.rows()).extracting(ReturnedRow::taskId).containsExactly("1.1", "1.2");
			assertThat(book.rows().get(0).percent().value()).isEqualTo(60);
			assertThat(book.rows().get(0).cell(ProgressWorkbookContract.PROGRESS)).isEqualTo("E3");
		}
	}

	@Test
	void 完成情况AboveTheStatusWordsIsTheStatusColumn() throws Exception {
		// given the distributed form's 完成状态 retyped as 完成情况, the column the unit sees filled in
		try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
			.row("填报单位", "沈阳市应急管理局")
			.row("任务编号", "主要任务", "完成情况", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1.1", "任务", "推进中", "60", "进展甲", "无", "继续")
			.build()) {
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			assertThat(book.missingColumns()).isEmpty();
			assertThat(book.rows().get(0).statusText()).isEqualTo("推进中");
			assertThat(book.rows().get(0).cell(ProgressWorkbookContract.STATUS)).isEqualTo("C3");
		}
	}

	@Test
	void aHeaderBlockInAUnitsOwnWordsIsReadAsTheContractsLabels() throws Exception {
		// 电话 for 联系电话, 报送单位 for 填报单位, 填报人 for 联系人: read as no phone at all, a hint to a unit that wrote it
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1")
			.row("报送单位：浙江省住房和城乡建设厅", "", "报送日期", "2026-12-03")
			.row("填报人：王强", "", "电话：0571-87050000")
			.row("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1.1", "任务", "推进中", "60", "进展", "无", "继续")
			.build()) {
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "住建厅.xlsx");
			assertThat(book.header(ProgressWorkbookContract.UNIT).orElseThrow().text()).isEqualTo("浙江省住房和城乡建设厅");
			assertThat(book.header(ProgressWorkbookContract.CONTACT).orElseThrow().text()).isEqualTo("王强");
			assertThat(book.header(ProgressWorkbookContract.PHONE).orElseThrow().text()).isEqualTo("0571-87050000");
			assertThat(book.header(ProgressWorkbookContract.FILLED_ON).orElseThrow().text()).isEqualTo("2026-12-03");
		}
	}

	@Test
	void aHeaderBlockTypedTwoLabelsToACellAndTheMonthInTheTitleReadAsAPersonReadsThem() throws Exception {
		// given a table of the unit's own making: no 报送期次, the month in the title, two labels to a cell
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1")
			.row("沈阳市交通运输局政务公开重点工作任务进展情况（2023年11月）")
			.row("填报单位：沈阳市交通运输局  填报日期：2023年11月28日")
			.row("联系人：张伟　联系电话：０２４-22720000")
			.row("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1.1", "任务", "推进中", "60", "进展", "无", "继续")
			.build()) {
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "交通运输局11月进展情况.xlsx");
			assertThat(book.header(ProgressWorkbookContract.UNIT)).hasValueSatisfying(v -> {
				assertThat(v.text()).isEqualTo("沈阳市交通运输局");
				assertThat(v.cell()).isEqualTo("A2");
			});
			assertThat(book.header(ProgressWorkbookContract.FILLED_ON))
				.hasValueSatisfying(v -> assertThat(v.date()).isEqualTo(java.time.LocalDate.of(2023, 11, 28)));
			assertThat(book.header(ProgressWorkbookContract.CONTACT)).hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("张伟"));
			assertThat(book.header(ProgressWorkbookContract.PHONE))
				.hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("０２４-22720000"));
			assertThat(book.header(ProgressWorkbookContract.PERIOD)).hasValueSatisfying(v -> {
				assertThat(v.text()).isEqualTo("2023年11月");
				assertThat(v.cell()).isEqualTo("A1");
			});
		}
	}

	@Test
	void aTaskNumberMergedIntoTheOneAboveIsKnownAsMerged() throws Exception {
		try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
			.row("填报单位", "和平区人民政府")
			.row("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("4.2", "任务甲", "推进中", "60", "进展甲", "无", "继续")
			.row("", "任务乙", "已完成", "100", "进展乙", "无", "无")
			.build()) {
			workbook.getSheetAt(0).addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A3:A4"));
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			assertThat(book.mergedTaskIds()).containsExactly(java.util.Map.entry("A4", "A3:A4"));
			assertThat(book.rows()).extracting(ReturnedRow::taskId).containsExactly("4.2", "");
		}
	}

	@Test
	void aTotalsRowUnderTheTableIsNoTaskRow() throws Exception {
		try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
			.row("填报单位", "沈阳市人力资源和社会保障局")
			.row("序号", "任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划")
			.row("1", "1.1", "任务", "已完成", "100", "进展甲", "无", "无")
			.row("2", "3.1", "任务", "推进中", "60", "进展乙", "无", "继续")
			.row("合计", "", "", "已完成1项、推进中1项", "80", "", "", "")
			.row("", "共2项", "", "", "80", "", "", "")
			.build()) {
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			assertThat(book.rows()).extracting(ReturnedRow::taskId).containsExactly("1.1", "3.1");
		}
	}

	@Test
	void readsColumnsInAnyOrderAndSkipsBlankRowsAndNotes() throws Exception {
		try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
			.row("填报单位", "沈阳市司法局")
			.row("备注", "下步计划", "工作进展", "完成进度(%)", "完成状态", "存在问题", "主要任务", "任务编号")
			.row("自加列", "继续", "进展甲", "80%", "推进中", "无", "任务", "１.１")
			.row()
			.row("", "继续", "进展乙", "100", "已完成", "无", "任务", "3.1")
			.row("审核人：李四")
			.build()) {
			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");
			assertThat(book.missingColumns()).isEmpty();
			assertThat(book.rows()).extracting(ReturnedRow::taskId).containsExactly("1.1", "3.1");
			assertThat(book.rows()).extracting(r -> r.percent().value()).containsExactly(80, 100);
			assertThat(book.rows()).extracting(ReturnedRow::row).containsExactly(3, 5);
			assertThat(book.rows().get(0).cell(ProgressWorkbookContract.PERCENT)).isEqualTo("D3");
		}
	}

	@Test
	void readsFormulasByTheirCachedValueAndReportsErrorCells() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("进展填报");
			Row header = sheet.createRow(0);
			String[] labels = { "任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划" };
			for (int c = 0; c < labels.length; c++) {
				header.createCell(c).setCellValue(labels[c]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("1.1");
			row.createCell(2).setCellValue("推进中");
			row.createCell(3).setCellFormula("40+40");
			row.createCell(4).setCellFormula("1/0");
			Row percent = sheet.createRow(2);
			percent.createCell(0).setCellValue("2.1");
			percent.createCell(2).setCellValue("推进中");
			Cell fraction = percent.createCell(3);
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			fraction.setCellStyle(style);
			fraction.setCellValue(0.75);
			sheet.setColumnHidden(1, true);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");

			assertThat(book.rows().get(0).percent().value()).isEqualTo(80);
			assertThat(book.rows().get(0).progress()).isEmpty();
			assertThat(book.errorCells()).containsEntry("E2", "#DIV/0!");
			assertThat(book.rows().get(1).percent().value()).isEqualTo(75);
		}
	}

	@Test
	void aDateCellInTheHeaderBlockIsADate() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("进展填报");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("填报日期");
			Cell date = row.createCell(1);
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			date.setCellStyle(style);
			date.setCellValue(LocalDate.of(2023, 10, 26));
			Row header = sheet.createRow(1);
			String[] labels = { "任务编号", "主要任务", "完成状态", "完成进度（%）" };
			for (int c = 0; c < labels.length; c++) {
				header.createCell(c).setCellValue(labels[c]);
			}

			ReturnedWorkbook book = ReturnedWorkbookReader.read(workbook, "a.xlsx");

			assertThat(book.header(ProgressWorkbookContract.FILLED_ON).orElseThrow().date())
				.isEqualTo(LocalDate.of(2023, 10, 26));
			assertThat(book.missingColumns()).containsExactly("工作进展", "存在问题", "下步计划");
		}
	}

	@Test
	void aWorkbookWithoutATaskTableSaysSo() throws Exception {
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1").row("随便写的内容").build()) {
			assertThat(ReturnedWorkbookReader.read(workbook, "a.xlsx").hasTable()).isFalse();
		}
	}

}
