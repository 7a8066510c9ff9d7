package org.workledger.consolidation;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.period.Period;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerWorkbookWriterTests {

	private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

	@TempDir
	Path folder;

	private final LedgerWorkbookWriter writer = new LedgerWorkbookWriter();

	@Test
	void writesHeaderValuesAndSummary() throws Exception {
		// given
		Path file = this.folder.resolve("output/2023-10/汇总台账.xlsx");

		// when
		this.writer.write("重点任务推进情况汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows(), file);

		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheet("汇总台账");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("重点任务推进情况汇总台账（2023年10月）");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("统计截止 2023年10月31日；应报送的单位任务 3 项，已报送 2 项，未报送 1 项，逾期 1 项");
			assertThat(headers(sheet)).containsExactly("序号", "任务编号", "事项名称", "主要任务", "单位名称", "单位类别", "本单位角色", "完成时限",
					"完成状态", "完成进度（%）", "是否逾期", "工作进展", "存在问题", "下步计划", "联系人", "联系电话", "填报日期", "来源文件", "来源工作表",
					"来源行");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);

			List<String> headers = headers(sheet);
			Row done = sheet.getRow(3);
			assertThat(done.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(text(done, headers, "任务编号")).isEqualTo("1.1");
			assertThat(text(done, headers, "单位名称")).isEqualTo("沈阳市卫生健康委员会");
			assertThat(text(done, headers, "完成状态")).isEqualTo("已完成");
			Cell percent = cell(done, headers, "完成进度（%）");
			assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(percent.getNumericCellValue()).isEqualTo(100);
			assertThat(text(done, headers, "是否逾期")).isEqualTo("否");
			Cell filledOn = cell(done, headers, "填报日期");
			assertThat(filledOn.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(filledOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 10, 30));
			assertThat(new DataFormatter().formatCellValue(filledOn)).isEqualTo("2023-10-30");
			assertThat(text(done, headers, "来源文件")).isEqualTo("卫生健康委/进展情况表.xlsx");
			assertThat(cell(done, headers, "来源行").getNumericCellValue()).isEqualTo(7);

			Row missing = sheet.getRow(4);
			assertThat(text(missing, headers, "单位名称")).isEqualTo("和平区人民政府");
			assertThat(text(missing, headers, "完成状态")).isEqualTo("未报送");
			assertThat(cell(missing, headers, "完成进度（%）").getCellType()).isEqualTo(CellType.BLANK);
			assertThat(text(missing, headers, "是否逾期")).isEqualTo("是");
			assertThat(cell(missing, headers, "填报日期").getCellType()).isEqualTo(CellType.BLANK);
			assertThat(cell(missing, headers, "来源行").getCellType()).isEqualTo(CellType.BLANK);
			assertThat(cell(missing, headers, "完成状态").getCellStyle().getFillPattern().getCode())
				.isNotEqualTo(cell(done, headers, "完成状态").getCellStyle().getFillPattern().getCode());
			assertThat(cell(missing, headers, "是否逾期").getCellStyle().getIndex())
				.isNotEqualTo(cell(done, headers, "是否逾期").getCellStyle().getIndex());

			Row tricky = sheet.getRow(5);
			assertThat(cell(tricky, headers, "工作进展").getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(tricky, headers, "工作进展")).isEqualTo(HYPERLINK);
			assertThat(cell(tricky, headers, "存在问题").getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(tricky, headers, "存在问题")).isEqualTo("@SUM(A1)");
			assertThat(cell(tricky, headers, "下步计划").getCellType()).isEqualTo(CellType.STRING);
			assertThat(text(tricky, headers, "下步计划")).isEqualTo("+1");
			assertThat(text(tricky, headers, "联系人")).isEqualTo("张三李四");
			assertThat(cell(tricky, headers, "完成进度（%）").getNumericCellValue()).isEqualTo(40);

			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

	@Test
	void laysOutTheSheetForScreenAndPrint() throws Exception {
		// given
		Path file = this.folder.resolve("汇总台账.xlsx");

		// when
		this.writer.write("汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows(), file);

		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			// the title centred over the printed columns, 序号 to 填报日期; the source columns are not printed
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 16));
			assertThat(workbook.getPrintArea(0)).isEqualTo("汇总台账!$A$1:$Q$6");
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 3);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:T6");
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getRow(3).getCell(3).getCellStyle().getWrapText()).isTrue();
			assertThat(workbook.getNumCellStyles()).isLessThan(20);
			assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("workledger");
			assertThat(workbook.getProperties().getCoreProperties().getCreated()).isNull();
		}
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactly("汇总台账.xlsx");
		}
	}

	@Test
	void keepsTextAWorkbookCannotHold() throws Exception {
		// given
		List<LedgerRow> rows = List.of(row("2.1", "单位\u0001甲", "已完成", 100, false, "进展\u0000\u000B说明\t第二行\n第三行",
				"x".repeat(40_000), "\uD800孤立代理", LocalDate.of(2023, 10, 1), 9));
		Path file = this.folder.resolve("汇总台账.xlsx");

		// when
		this.writer.write("汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows, file);

		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = headers(sheet);
			Row row = sheet.getRow(3);
			assertThat(text(row, headers, "单位名称")).isEqualTo("单位甲");
			assertThat(text(row, headers, "工作进展")).isEqualTo("进展说明\t第二行\n第三行");
			assertThat(text(row, headers, "存在问题")).hasSize(32_767);
			assertThat(text(row, headers, "下步计划")).isEqualTo("孤立代理");
		}
	}

	@Test
	void givesTheSameContentForTheSameRows() throws Exception {
		// given
		Path first = this.folder.resolve("a/汇总台账.xlsx");
		Path second = this.folder.resolve("b/汇总台账.xlsx");

		// when
		this.writer.write("汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows(), first);
		this.writer.write("汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows(), second);

		// then
		assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
	}

	@Test
	void writesAHundredThousandRows() throws Exception {
		// given
		int count = 100_000;
		List<LedgerRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			boolean reported = i % 3 != 0;
			rows.add(reported
					? row("T" + (i % 35), "单位" + (i / 35), "推进中", i % 101, i % 7 == 0, "按计划推进第 " + i + " 项工作", "无",
							"继续推进", LocalDate.of(2023, 10, 25), 7 + i % 35)
					: notReported("T" + (i % 35), "单位" + (i / 35)));
		}
		Path file = this.folder.resolve("汇总台账.xlsx");

		// when
		this.writer.write("汇总台账", Period.of(2023, 10), LocalDate.of(2023, 10, 31), rows, file);

		// then
		assertThat(sheetRowCount(file)).isEqualTo(count + 3);
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactly("汇总台账.xlsx");
		}
	}

	/** Counts the rows of the first sheet with a SAX parser, without loading the workbook. */
	private static long sheetRowCount(Path file) throws Exception {
		long[] rows = { 0 };
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			try (InputStream sheet = reader.getSheetsData().next()) {
				SAXParserFactory factory = SAXParserFactory.newInstance();
				factory.setNamespaceAware(true);
				factory.newSAXParser().parse(sheet, new DefaultHandler() {
					@Override
					public void startElement(String uri, String localName, String qName, Attributes attributes) {
						if ("row".equals(localName)) {
							rows[0]++;
						}
					}
				});
			}
		}
		return rows[0];
	}

	private static List<LedgerRow> rows() {
		return List.of(
				row("1.1", "沈阳市卫生健康委员会", "已完成", 100, false, "已于10月20日完成全部建设任务，形成验收报告。", "无", "无",
						LocalDate.of(2023, 10, 30), 7),
				notReported("1.2", "和平区人民政府"),
				new LedgerRow("2.3", "营商环境", "优化审批流程，压缩办理时限", "沈阳市生态环境局", "市政府有关部门", "责任单位", "2023年12月底前",
						LocalDate.of(2023, 12, 31), "推进中", 40, false, HYPERLINK, "@SUM(A1)", "+1", "张三李四",
						"024-12345678", LocalDate.of(2023, 10, 28), "生态环境局/进展情况表.xlsx", "进展填报", 9));
	}

	private static LedgerRow row(String taskId, String unit, String status, Integer percent, boolean overdue,
			String progress, String problems, String nextSteps, LocalDate filledOn, int sourceRow) {
		String folder = unit.replace("沈阳市", "").replace("委员会", "委");
		return new LedgerRow(taskId, "数字政府建设", "推进政务服务一网通办，实现高频事项全程网办", unit, "市政府有关部门", "牵头单位", "2023年10月底前",
				LocalDate.of(2023, 10, 31), status, percent, overdue, progress, problems, nextSteps, "王五",
				"13800000000", filledOn, folder + "/进展情况表.xlsx", "进展填报", sourceRow);
	}

	private static LedgerRow notReported(String taskId, String unit) {
		return new LedgerRow(taskId, "数字政府建设", "推进政务服务一网通办，实现高频事项全程网办", unit, "区县（市）政府", "责任单位", "2023年10月底前",
				LocalDate.of(2023, 10, 31), LedgerRow.NOT_REPORTED, null, true, null, null, null, null, null, null,
				"", "", 0);
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		for (Cell cell : sheet.getRow(2)) {
			headers.add(cell.getStringCellValue());
		}
		return headers;
	}

	private static Cell cell(Row row, List<String> headers, String label) {
		int column = headers.indexOf(label);
		assertThat(column).as(label).isNotNegative();
		Cell cell = row.getCell(column);
		assertThat(cell).as(label).isNotNull();
		return cell;
	}

	private static String text(Row row, List<String> headers, String label) {
		Cell cell = cell(row, headers, label);
		assertThat(cell.getCellType()).as(label).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

}
