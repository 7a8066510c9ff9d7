package org.workledger.distribute;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.breakdown.Role;
import org.workledger.contract.ProgressStatus;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.period.Period;
import org.workledger.roster.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressWorkbookWriterTests {

	private static final String UNIT_NAME = "沈阳市和平区人民政府";

	@TempDir
	Path folder;

	private final ProgressWorkbookWriter writer = new ProgressWorkbookWriter();

	@Test
	void writesSheetsAndHiddenMetadata() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			assertThat(sheetNames(workbook)).containsExactly(ProgressWorkbookContract.SHEET,
					ProgressWorkbookContract.INSTRUCTIONS_SHEET, ProgressWorkbookContract.META_SHEET);
			assertThat(workbook.getActiveSheetIndex()).isZero();
			int meta = workbook.getSheetIndex(ProgressWorkbookContract.META_SHEET);
			assertThat(workbook.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(keyValues(workbook.getSheetAt(meta))).containsExactly(
					Map.entry(ProgressWorkbookContract.META_VERSION, ProgressWorkbookContract.TEMPLATE_VERSION),
					Map.entry(ProgressWorkbookContract.META_UNIT, UNIT_NAME),
					Map.entry(ProgressWorkbookContract.META_PERIOD, "2023-10"),
					Map.entry(ProgressWorkbookContract.META_FINGERPRINT, "fp-123"));
			assertThat(((XSSFWorkbook) workbook).getProperties().getCoreProperties().getTitle())
				.isEqualTo("沈阳市政务公开重点工作任务进展情况表（2023年10月）");
		}
	}

	@Test
	void writesTitleAndHeaderBlock() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			assertThat(text(sheet, "A1")).isEqualTo("沈阳市政务公开重点工作任务进展情况表（2023年10月）");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:L1"),
					CellRangeAddress.valueOf("A2:L2"), CellRangeAddress.valueOf("B3:D3"),
					CellRangeAddress.valueOf("B4:D4"));
			assertThat(text(sheet, "A2")).contains("填报说明");
			assertThat(text(sheet, "A3")).isEqualTo(ProgressWorkbookContract.UNIT);
			assertThat(text(sheet, "B3")).isEqualTo(UNIT_NAME);
			assertThat(text(sheet, "E3")).isEqualTo(ProgressWorkbookContract.PERIOD);
			assertThat(cell(sheet, "F3").getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(sheet, "F3")).isEqualTo("2023年10月");
			assertThat(text(sheet, "G3")).isEqualTo(ProgressWorkbookContract.FILLED_ON);
			assertThat(text(sheet, "A4")).isEqualTo(ProgressWorkbookContract.CONTACT);
			assertThat(text(sheet, "E4")).isEqualTo(ProgressWorkbookContract.PHONE);
			assertThat(cell(sheet, "A3").getCellStyle().getFontIndex()).isNotZero();
			assertThat(workbook.getFontAt(cell(sheet, "A3").getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(cell(sheet, "B3").getCellStyle().getLocked()).isTrue();
			assertThat(cell(sheet, "F3").getCellStyle().getLocked()).isTrue();
			assertThat(cell(sheet, "H3").getCellStyle().getLocked()).isFalse();
			assertThat(cell(sheet, "H3").getCellStyle().getDataFormatString()).isEqualTo("yyyy\"年\"m\"月\"d\"日\"");
			assertThat(cell(sheet, "B4").getCellStyle().getLocked()).isFalse();
			assertThat(cell(sheet, "F4").getCellStyle().getLocked()).isFalse();
			assertThat(cell(sheet, "F4").getCellStyle().getDataFormatString()).isEqualTo("@");
		}
	}

	@Test
	void writesOneRowPerTaskBelowTheHeader() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			List<String> header = rowTexts(sheet.getRow(5));
			assertThat(header).containsAll(ProgressWorkbookContract.REQUIRED_COLUMNS)
				.contains(ProgressWorkbookContract.ITEM, ProgressWorkbookContract.LEAD_UNITS,
						ProgressWorkbookContract.DEADLINE, ProgressWorkbookContract.ROLE);
			assertThat(header).containsExactly("序号", "任务编号", "事项名称", "主要任务", "牵头单位", "完成时限", "本单位角色", "完成状态",
					"完成进度（%）", "工作进展", "存在问题", "下步计划");
			assertThat(List.of(text(sheet, "B7"), text(sheet, "B8"), text(sheet, "B9"))).containsExactly("1.1", "4.2",
					"10");
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
			assertThat(cell(sheet, "A7").getNumericCellValue()).isEqualTo(1);
			assertThat(cell(sheet, "A9").getNumericCellValue()).isEqualTo(3);
			assertThat(cell(sheet, "B9").getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(sheet, "C8")).isEqualTo("政策解读");
			assertThat(text(sheet, "D8")).startsWith("围绕重大政策");
			assertThat(text(sheet, "E8")).isEqualTo("市政府办公室、市发展改革委");
			assertThat(text(sheet, "F8")).isEqualTo("2023年12月底前");
			assertThat(text(sheet, "G7")).isEqualTo(Role.RESPONSIBLE.label());
			assertThat(text(sheet, "G8")).isEqualTo(Role.LEAD.label());
			assertThat(text(sheet, "F9")).isEqualTo("长期坚持");
			for (int r = 6; r <= 8; r++) {
				Row row = sheet.getRow(r);
				assertThat(row.getCell(1).getCellStyle().getLocked()).isTrue();
				assertThat(row.getCell(3).getCellStyle().getLocked()).isTrue();
				for (int c = 7; c <= 11; c++) {
					assertThat(row.getCell(c).getCellStyle().getLocked()).as("row %d column %d", r + 1, c + 1).isFalse();
					assertThat(text(row.getCell(c))).isEmpty();
				}
			}
		}
	}

	@Test
	void protectsTheSheetsWithoutPassword() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			XSSFSheet sheet = (XSSFSheet) workbook.getSheet(ProgressWorkbookContract.SHEET);
			assertThat(sheet.isSheetLocked()).isTrue();
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.isFormatColumnsLocked()).isFalse();
			assertThat(sheet.isFormatRowsLocked()).isFalse();
			assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
			assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
			assertThat(((XSSFSheet) workbook.getSheet(ProgressWorkbookContract.INSTRUCTIONS_SHEET)).isSheetLocked())
				.isTrue();
		}
	}

	@Test
	void validatesStatusPercentAndDate() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			XSSFSheet sheet = (XSSFSheet) workbook.getSheet(ProgressWorkbookContract.SHEET);
			Map<String, DataValidation> byRange = new LinkedHashMap<>();
			for (DataValidation validation : sheet.getDataValidations()) {
				for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
					byRange.put(range.formatAsString(), validation);
				}
			}
			assertThat(byRange).containsOnlyKeys("H7:H9", "I7:I9", "H3");

			DataValidation status = byRange.get("H7:H9");
			assertThat(status.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
			assertThat(status.getValidationConstraint().getExplicitListValues())
				.containsExactlyElementsOf(ProgressStatus.labels())
				.contains("已完成", "推进中", "未启动", "持续推进");
			assertThat(status.getShowErrorBox()).isTrue();
			assertThat(status.getShowPromptBox()).isTrue();
			assertThat(status.getPromptBoxTitle()).isEqualTo("完成状态");
			assertThat(status.getPromptBoxText()).contains("持续推进");
			assertThat(status.getErrorBoxText()).isNotBlank();

			DataValidation percent = byRange.get("I7:I9");
			DataValidationConstraint range = percent.getValidationConstraint();
			assertThat(range.getValidationType()).isEqualTo(ValidationType.INTEGER);
			assertThat(range.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
			assertThat(range.getFormula1()).isEqualTo("0");
			assertThat(range.getFormula2()).isEqualTo("100");
			assertThat(percent.getShowErrorBox()).isTrue();

			DataValidation date = byRange.get("H3");
			assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
			assertThat(date.getValidationConstraint().getFormula1()).isEqualTo("36526");
			assertThat(date.getValidationConstraint().getFormula2()).isEqualTo("73415");
			assertThat(date.getShowErrorBox()).isTrue();
		}
	}

	@Test
	void setsUpViewAndPrinting() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane).isNotNull();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 6);
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isZero();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("6:6"));
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
		}
	}

	@Test
	void explainsEveryField() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");

		// when
		this.writer.write(spec(), file);

		// then
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.INSTRUCTIONS_SHEET);
			StringBuilder all = new StringBuilder();
			List<String> items = new ArrayList<>();
			for (Row row : sheet) {
				items.add(text(row.getCell(0)));
				all.append(rowTexts(row)).append('\n');
			}
			assertThat(items).contains(ProgressWorkbookContract.UNIT, ProgressWorkbookContract.PERIOD,
					ProgressWorkbookContract.CONTACT, ProgressWorkbookContract.PHONE,
					ProgressWorkbookContract.FILLED_ON, ProgressWorkbookContract.TASK_ID,
					ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT,
					ProgressWorkbookContract.PROGRESS, ProgressWorkbookContract.PROBLEMS,
					ProgressWorkbookContract.NEXT_STEPS, ProgressWorkbookContract.DEADLINE);
			assertThat(all.toString()).contains(ProgressStatus.labels())
				.contains("长期坚持", "底前", "已完成的任务必须写明完成情况", "请勿修改表格结构（不要删除、合并列），填好后按原文件名报送。")
				// the examples are the form's own month, not another year's
				.contains("为本次报送的年月（2023年10月）", "例如 2023-10-31 或 2023/10/31");
		}
	}

	@Test
	void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
		// given
		Path file = this.folder.resolve("进展情况表.xlsx");
		Files.writeString(file, "old");

		// when
		this.writer.write(spec(), file);

		// then
		try (var files = Files.list(this.folder)) {
			assertThat(files).containsExactly(file);
		}
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			assertThat(workbook.getSheet(ProgressWorkbookContract.SHEET)).isNotNull();
		}
	}

	@Test
	void writesTheSameContentForTheSameInput() throws Exception {
		// given
		Path first = this.folder.resolve("first.xlsx");
		Path second = this.folder.resolve("second.xlsx");

		// when
		this.writer.write(spec(), first);
		Thread.sleep(2100);
		this.writer.write(spec(), second);

		// then
		assertThat(entries(second)).isEqualTo(entries(first));
	}

	private static ProgressWorkbookSpec spec() {
		Unit unit = new Unit(UNIT_NAME, List.of("和平区政府", "和平区"), "区县（市）政府", "张三", "024-12345678", "", 5);
		List<ProgressWorkbookSpec.Task> tasks = List.of(
				new ProgressWorkbookSpec.Task("1.1", "政府信息主动公开", "按照基本目录要求，及时更新政府信息公开专栏内容，确保信息准确、完整。", "市政府办公室",
						"2023年10月底前", false, Role.RESPONSIBLE),
				new ProgressWorkbookSpec.Task("4.2", "政策解读",
						"围绕重大政策开展多元化解读，通过图表图解、音频视频、新闻发布会等形式提高解读质量，做到政策文件与解读材料同步组织、同步审签、同步部署。", "市政府办公室、市发展改革委",
						"2023年12月底前", false, Role.LEAD),
				new ProgressWorkbookSpec.Task("10", "依申请公开", "规范办理政府信息公开申请，提高答复质量。", "市司法局", "长期坚持", true,
						Role.RESPONSIBLE));
		return new ProgressWorkbookSpec("沈阳市政务公开重点工作任务进展情况表", unit, Period.of(2023, 10), tasks, "fp-123");
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			names.add(workbook.getSheetName(i));
		}
		return names;
	}

	private static Map<String, String> keyValues(Sheet sheet) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Row row : sheet) {
			values.put(text(row.getCell(0)), text(row.getCell(1)));
		}
		return values;
	}

	private static List<String> rowTexts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(text(cell));
		}
		return texts;
	}

	private static Cell cell(Sheet sheet, String reference) {
		CellAddress address = new CellAddress(reference);
		Row row = sheet.getRow(address.getRow());
		assertThat(row).as(reference).isNotNull();
		Cell cell = row.getCell(address.getColumn());
		assertThat(cell).as(reference).isNotNull();
		return cell;
	}

	private static String text(Sheet sheet, String reference) {
		return text(cell(sheet, reference));
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> String.valueOf(cell.getNumericCellValue());
			default -> "";
		};
	}

	private static Map<String, String> entries(Path file) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

}
