package org.workledger.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Location;

import static org.assertj.core.api.Assertions.assertThat;

class RejectedWorkbookAnnotatorTests {

	private static final String SHEET = "进展填报";

	@TempDir
	Path folder;

	private final RejectedWorkbookAnnotator annotator = new RejectedWorkbookAnnotator();

	@Test
	void marksCellsAndListsEveryFindingOnANewFirstSheet() throws IOException {
		// given
		Path original = writeReturn(new XSSFWorkbook(), "a.xlsx");
		byte[] before = sha256(original);
		List<Finding> findings = findings("a.xlsx");
		Path target = this.folder.resolve("退回/a（退回）.xlsx");

		// when
		this.annotator.annotate(original, findings, target);

		// then
		assertThat(sha256(original)).isEqualTo(before);
		assertThat(target).exists();
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(workbook).isInstanceOf(XSSFWorkbook.class);
			assertAnnotated(workbook, findings);
		}
		try (Stream<Path> files = Files.list(target.getParent())) {
			assertThat(files.map((f) -> f.getFileName().toString())).containsExactly("a（退回）.xlsx");
		}
	}

	@Test
	void legacyXlsStaysXls() throws IOException {
		// given
		Path original = writeReturn(new HSSFWorkbook(), "a.xls");
		byte[] before = sha256(original);
		List<Finding> findings = findings("a.xls");
		Path target = this.folder.resolve("a（退回）.xls");

		// when
		this.annotator.annotate(original, findings, target);

		// then
		assertThat(sha256(original)).isEqualTo(before);
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
			assertAnnotated(workbook, findings);
		}
	}

	@Test
	void annotatingAnAnnotatedFileAgainReplacesTheOldNotes() throws IOException {
		// given
		Path original = writeReturn(new XSSFWorkbook(), "a.xlsx");
		Path first = this.folder.resolve("first.xlsx");
		this.annotator.annotate(original, findings("a.xlsx"), first);
		List<Finding> second = List
			.of(FindingCode.DEADLINE_MISSING.at(new Location("a.xlsx", SHEET, "D4"), ""));

		// when
		Path target = this.folder.resolve("second.xlsx");
		this.annotator.annotate(first, second, target);

		// then
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(sheetNames(workbook)).containsExactly(RejectedWorkbookAnnotator.SHEET, SHEET);
			Sheet instructions = workbook.getSheetAt(0);
			assertThat(instructions.getLastRowNum()).isEqualTo(3);
			assertThat(text(instructions, 3, 4)).isEqualTo(second.get(0).message());
			Sheet sheet = workbook.getSheet(SHEET);
			// the stale comment on H7 is gone, and so is its colour; the unit's own comments are still there
			assertThat(sheet.getCellComment(new CellAddress("H7"))).isNull();
			assertThat(sheet.getRow(6).getCell(7).getCellStyle().getFillPattern())
				.isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
			assertThat(sheet.getRow(3).getCell(3).getCellStyle().getFillPattern())
				.isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			assertThat(sheet.getCellComment(new CellAddress("C3")).getString().getString()).isEqualTo("原有说明");
			assertThat(sheet.getCellComment(new CellAddress("I7")).getString().getString()).isEqualTo("请联系张三");
			assertThat(sheet.getCellComment(new CellAddress("D4")).getString().getString())
				.contains(second.get(0).message());
		}
	}

	@Test
	void targetMayReplaceAnExistingFile() throws IOException {
		// given
		Path original = writeReturn(new XSSFWorkbook(), "a.xlsx");
		Path target = this.folder.resolve("out.xlsx");
		Files.writeString(target, "old");

		// when
		this.annotator.annotate(original, findings("a.xlsx"), target);

		// then
		try (Workbook workbook = WorkbookFactory.create(target.toFile(), null, true)) {
			assertThat(workbook.getSheetName(0)).isEqualTo(RejectedWorkbookAnnotator.SHEET);
		}
	}

	private void assertAnnotated(Workbook workbook, List<Finding> findings) {
		assertThat(sheetNames(workbook)).containsExactly(RejectedWorkbookAnnotator.SHEET, SHEET);
		assertThat(workbook.getActiveSheetIndex()).isZero();
		assertThat(workbook.getSheetAt(0).isSelected()).isTrue();
		assertThat(workbook.getSheet(SHEET).isSelected()).isFalse();

		// 退回说明 lists every finding, with or without a cell
		Sheet instructions = workbook.getSheetAt(0);
		assertThat(text(instructions, 0, 0)).isEqualTo("本表已退回，请按以下说明修改后重新报送");
		assertThat(rowTexts(instructions, 2)).containsExactly("序号", "级别", "位置", "发现的值", "问题", "处理建议");
		assertThat(instructions.getLastRowNum()).isEqualTo(2 + findings.size());
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			assertThat(rowTexts(instructions, 3 + i)).containsExactly(String.valueOf(i + 1),
					finding.severity().label(), RejectedWorkbookAnnotator.position(finding.location()), finding.value(),
					finding.message(), finding.fix());
		}
		assertThat(rowTexts(instructions, 3 + 3)).contains(SHEET + " 第3行");
		assertThat(rowTexts(instructions, 3 + 4)).contains("不存在的表!B2");
		assertThat(rowTexts(instructions, 3 + 5)).contains("整个文件");

		Sheet sheet = workbook.getSheet(SHEET);
		assertThat(sheet.getProtect()).isTrue();

		// H7: both findings in one comment, rose fill, its border kept
		Cell h7 = cell(sheet, "H7");
		assertThat(h7.getStringCellValue()).isEqualTo("2023年13月");
		Comment comment = h7.getCellComment();
		assertThat(comment.getAuthor()).isEqualTo("workledger");
		assertThat(comment.getString().getString()).isEqualTo("【错误】" + findings.get(0).message() + "\n处理建议："
				+ findings.get(0).fix() + "\n【错误】" + findings.get(1).message() + "\n处理建议：" + findings.get(1).fix());
		CellStyle style = h7.getCellStyle();
		assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(style.getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
		assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THIN);
		assertThat(style.getLocked()).isFalse();
		ClientAnchor anchor = comment.getClientAnchor();
		assertThat(anchor.getCol2() - anchor.getCol1()).isGreaterThanOrEqualTo(2);
		assertThat(anchor.getRow2() - anchor.getRow1()).isGreaterThanOrEqualTo(5);

		// I7: a warning, after the unit's own comment, which is kept below
		Cell i7 = cell(sheet, "I7");
		assertThat(i7.getCellComment().getString().getString())
			.isEqualTo("【提示】" + findings.get(2).message() + "\n处理建议：" + findings.get(2).fix() + "\n——原批注：请联系张三");
		assertThat(i7.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());

		// K6 is inside the merged J5:L6: the comment goes on J5
		assertThat(cell(sheet, "J5").getCellComment().getString().getString()).contains(findings.get(6).message());
		assertThat(sheet.getCellComment(new CellAddress("K6"))).isNull();
		assertThat(cell(sheet, "J5").getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());

		// the empty cell B9 was created to carry its comment
		assertThat(cell(sheet, "B9").getCellComment().getString().getString()).contains(findings.get(7).message());

		// untouched: the other comment and the other cells' styles
		assertThat(sheet.getCellComment(new CellAddress("C3")).getString().getString()).isEqualTo("原有说明");
		assertThat(cell(sheet, "H8").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		assertThat(sheet.getCellComments()).hasSize(5);
	}

	/**
	 * Findings of every kind: two on H7, one on I7 (which has a comment), a row, a sheet
	 * that does not exist, the whole file, a cell inside a merged region, an empty cell.
	 */
	private static List<Finding> findings(String file) {
		List<Finding> findings = new ArrayList<>();
		findings.add(FindingCode.DEADLINE_UNREADABLE.at(new Location(file, SHEET, "H7"), "2023年13月", "2023年13月"));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location(file, SHEET, "H7"), ""));
		findings.add(FindingCode.BREAKDOWN_TASK_EMPTY.at(new Location(file, SHEET, "I7"), "备注"));
		findings.add(FindingCode.BREAKDOWN_ITEM_MISSING.at(Location.row(file, SHEET, 2), ""));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location(file, "不存在的表", "B2"), ""));
		findings.add(FindingCode.FILE_UNREADABLE.at(Location.file(file), "", "示例原因"));
		findings.add(FindingCode.DEADLINE_UNREADABLE.at(new Location(file, SHEET, "K6"), "下月", "下月"));
		findings.add(FindingCode.DEADLINE_MISSING.at(new Location(file, SHEET, "B9"), ""));
		return findings;
	}

	/** A return: values in A1:I8, comments on C3 and I7, J5:L6 merged, H7 unlocked with a border. */
	private Path writeReturn(Workbook workbook, String name) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.createSheet(SHEET);
			for (int r = 0; r < 8; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < 9; c++) {
					row.createCell(c).setCellValue("值" + r + "-" + c);
				}
			}
			CellStyle input = workbook.createCellStyle();
			input.setBorderBottom(BorderStyle.THIN);
			input.setLocked(false);
			Cell h7 = cell(sheet, "H7");
			h7.setCellValue("2023年13月");
			h7.setCellStyle(input);
			sheet.getRow(4).createCell(9).setCellValue("合并");
			sheet.addMergedRegion(CellRangeAddress.valueOf("J5:L6"));
			comment(sheet, "C3", "原有说明");
			comment(sheet, "I7", "请联系张三");
			sheet.protectSheet("");
			Path file = this.folder.resolve(name);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
	}

	private static void comment(Sheet sheet, String address, String text) {
		CreationHelper helper = sheet.getWorkbook().getCreationHelper();
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		CellReference reference = new CellReference(address);
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(reference.getCol());
		anchor.setRow1(reference.getRow());
		anchor.setCol2(reference.getCol() + 2);
		anchor.setRow2(reference.getRow() + 3);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(helper.createRichTextString(text));
		comment.setAuthor("填报人");
		cell(sheet, address).setCellComment(comment);
	}

	private static Cell cell(Sheet sheet, String address) {
		CellReference reference = new CellReference(address);
		Row row = sheet.getRow(reference.getRow());
		if (row == null) {
			row = sheet.createRow(reference.getRow());
		}
		Cell cell = row.getCell(reference.getCol());
		return (cell != null) ? cell : row.createCell(reference.getCol());
	}

	private static String text(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static List<String> rowTexts(Sheet sheet, int row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : sheet.getRow(row)) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	private static List<String> sheetNames(Workbook workbook) {
		List<String> names = new ArrayList<>();
		for (Sheet sheet : workbook) {
			names.add(sheet.getSheetName());
		}
		return names;
	}

	private static byte[] sha256(Path file) throws IOException {
		try {
			return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
