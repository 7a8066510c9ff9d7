package org.workledger.findings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings list opens as a sortable, filterable, printable sheet with every value as text. */
class FindingsWorkbookWriterTests {

	@TempDir
	Path folder;

	@Test
	void aReturnsListSaysWhichTaskEachRowLevelProblemIsIn() throws Exception {
		// given a problem in row 8 of the task table (task 4.1) and one in the header block
		List<Finding> findings = List.of(FindingCode.PERCENT_INVALID.at(new Location("a.xlsx", "进展填报", "I8"), "120", "120"),
				FindingCode.CONTACT_MISSING.at(new Location("a.xlsx", "进展填报", "B4"), "", "联系人"),
				// a missing row is marked where it goes, on the number of the task after it
				FindingCode.TASK_MISSING.at(new Location("a.xlsx", "进展填报", "B8"), "", "3.1", "（应在任务 1.1 与 4.1 之间）",
						"任务 1.1 与 4.1 之间", "3.1"));
		Path target = this.folder.resolve("退回/a-问题清单.xlsx");

		// when
		FindingsWorkbookWriter.write("退回问题清单：a.xlsx", findings, java.util.Map.of("进展填报!7", "1.1", "进展填报!8", "4.1"),
				target);

		// then
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FindingsWorkbookWriter.SHEET);
			assertThat(texts(sheet.getRow(1))).containsExactly("序号", "级别", "文件", "工作表", "单元格", "任务编号", "发现的值", "问题",
					"处理建议", "问题类型");
			assertThat(texts(sheet.getRow(2))).startsWith("1", "错误", "a.xlsx", "进展填报", "I8", "4.1", "120");
			assertThat(texts(sheet.getRow(3))).startsWith("2", "提示", "a.xlsx", "进展填报", "B4", "", "");
			assertThat(texts(sheet.getRow(4))).startsWith("3", "错误", "a.xlsx", "进展填报", "B8", "", "");
			assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:J1"));
		}
	}

	@Test
	void listsEveryFindingAsTextUnderAFilteredFrozenHeader() throws Exception {
		// given: findings whose values look like a formula, a number and a control character
		List<Finding> findings = new ArrayList<>();
		findings.add(FindingCode.STATUS_INVALID.at(new Location("a.xlsx", "进展填报", "H7"), "=1+1", "=1+1", ""));
		findings.add(FindingCode.PERCENT_INVALID.at(new Location("a.xlsx", "进展填报", "I8"), "120", "120"));
		findings.add(FindingCode.FILE_UNREADABLE.at(Location.file("b.xlsx"), "a\u0001b <&>", "示例原因"));
		Path target = this.folder.resolve("退回/a-问题清单.xlsx");

		// when
		FindingsWorkbookWriter.write("退回问题清单：a.xlsx（沈阳市教育局）", findings, target);

		// then
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(workbook.getNumberOfSheets()).isOne();
			Sheet sheet = workbook.getSheet(FindingsWorkbookWriter.SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("退回问题清单：a.xlsx（沈阳市教育局）");
			assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:I1"));
			assertThat(texts(sheet.getRow(1))).containsExactly("序号", "级别", "文件", "工作表", "单元格", "发现的值", "问题", "处理建议",
					"问题类型");
			assertThat(texts(sheet.getRow(2))).containsExactly("1", "错误", "a.xlsx", "进展填报", "H7", "=1+1",
					findings.get(0).message(), findings.get(0).fix(), "完成状态填法不对");
			assertThat(texts(sheet.getRow(4))).contains("b.xlsx", "a?b <&>", findings.get(2).message());
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				}
			}
			Cell header = sheet.getRow(1).getCell(0);
			assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(header.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
			Cell body = sheet.getRow(2).getCell(6);
			assertThat(body.getCellStyle().getWrapText()).isTrue();
			assertThat(body.getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(body.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:I5");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
			assertThat(sheet.getColumnWidth(6)).isEqualTo(50 * 256 + 200);
		}
	}

	@Test
	void everyKindOfFindingHasItsOwnShortChineseName() {
		java.util.Set<String> labels = new java.util.HashSet<>();
		for (FindingCode code : FindingCode.values()) {
			assertThat(code.label()).as(code.code()).isNotBlank().hasSizeLessThanOrEqualTo(12);
			// Chinese, but for the name of the program everybody knows
			assertThat(code.label().replace("Excel", "")).as(code.code()).doesNotContainPattern("[A-Za-z]");
			labels.add(code.label());
		}
		assertThat(labels).hasSize(FindingCode.values().length);
	}

	@Test
	void anEmptyListStillOpens() throws Exception {
		Path target = this.folder.resolve("空.xlsx");
		FindingsWorkbookWriter.write("基础数据检查结果", List.of(), target);
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
