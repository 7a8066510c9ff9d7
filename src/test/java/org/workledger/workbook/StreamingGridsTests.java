package org.workledger.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workledger.cli.WorkledgerCommand;
import org.workledger.returns.ReturnedWorkbookReader;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path must read every return exactly as the usermodel does: same cells, same
 * reading of the return, for the odd ones too.
 */
class StreamingGridsTests {

	static Path blank;

	@BeforeAll
	static void distribute() throws Exception {
		Path workspace = TestWorkspace.withSamples();
		WorkledgerCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "distribute",
				"-w", workspace.toString(), "-p", "2023-10");
		blank = workspace.resolve("output/2023-10/沈阳市教育局-2023年10月进展情况表.xlsx");
	}

	static void assertSameReading(Path file) throws Exception {
		WorkbookGrid streamed = StreamingGrids.of(file);
		WorkbookGrid usermodel;
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			usermodel = UsermodelGrids.of(workbook);
		}
		assertThat(streamed.veryHidden()).isEqualTo(usermodel.veryHidden());
		assertThat(streamed.sheets()).hasSameSizeAs(usermodel.sheets());
		for (int i = 0; i < usermodel.sheets().size(); i++) {
			SheetGrid a = streamed.sheets().get(i);
			SheetGrid b = usermodel.sheets().get(i);
			assertThat(a.name()).isEqualTo(b.name());
			for (int r : b.rowIndexes()) {
				assertThat(a.row(r)).as(a.name() + " row " + (r + 1)).isEqualTo(b.row(r));
			}
			assertThat(a.lastRow()).isEqualTo(b.lastRow());
		}
		assertThat(ReturnedWorkbookReader.read(streamed, "x.xlsx")).isEqualTo(ReturnedWorkbookReader.read(usermodel, "x.xlsx"));
		// the first rows' reading (its shared strings pulled as the rows ask for them) reads them the same
		WorkbookGrid head = StreamingGrids.head(file, (sheet, row) -> row >= 5);
		for (int i = 0; i < usermodel.sheets().size(); i++) {
			SheetGrid a = head.sheets().get(i);
			SheetGrid b = usermodel.sheets().get(i);
			for (int r : b.rowIndexes()) {
				if (r <= 5) {
					assertThat(a.row(r)).as("head of " + a.name() + " row " + (r + 1)).isEqualTo(b.row(r));
				}
			}
			assertThat(a.lastRow()).isLessThanOrEqualTo(5);
		}
		WorkbookGrid whole = StreamingGrids.head(file, (sheet, row) -> false);
		for (int i = 0; i < usermodel.sheets().size(); i++) {
			for (int r : usermodel.sheets().get(i).rowIndexes()) {
				assertThat(whole.sheets().get(i).row(r)).isEqualTo(usermodel.sheets().get(i).row(r));
			}
		}
	}

	@Test
	void readsATidyReturnLikeTheUsermodel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = ReturnFixtures.fill(blank, dir.resolve("a.xlsx"), LocalDate.of(2023, 10, 26));
		assertSameReading(file);
		assertThat(ReturnedWorkbookReader.read(StreamingGrids.of(file), "a.xlsx").rows()).hasSize(34);
	}

	@Test
	void readsTheOddOnesLikeTheUsermodel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// given synonyms, percent formats, formulas, an error cell, booleans, a date typed as text, a hidden column
		Path file = ReturnFixtures.fill(blank, dir.resolve("odd.xlsx"), LocalDate.of(2023, 10, 26), (sheet, r) -> {
			switch (ReturnFixtures.taskId(sheet, r)) {
				case "1.1" -> ReturnFixtures.setPercentFormatted(sheet, r, ReturnFixtures.PERCENT, 0.75);
				case "2.1" -> ReturnFixtures.set(sheet, r, ReturnFixtures.PERCENT, "80%");
				case "3.1" -> sheet.getRow(r).getCell(ReturnFixtures.PERCENT).setCellFormula("40+40");
				case "4.1" -> sheet.getRow(r).getCell(ReturnFixtures.PROGRESS).setCellFormula("1/0");
				case "4.2" -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 66.6);
				case "5.1" -> sheet.getRow(r).getCell(ReturnFixtures.PROBLEMS).setCellValue(true);
				case "5.2" -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "进行中");
				case "5.3" -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 0.8);
				case "5.4" -> ReturnFixtures.set(sheet, r, ReturnFixtures.PROBLEMS, "第一行\r\n第二行_x0041_");
				default -> {
				}
			}
			if (r == ReturnFixtures.FIRST_TASK_ROW) {
				sheet.setColumnHidden(2, true);
			}
		});
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Sheet sheet = workbook.getSheetAt(0);
			Row dateRow = sheet.getRow(2);
			dateRow.getCell(7).setCellValue("2023年10月26日");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		assertSameReading(file);
	}

	@Test
	void readsAWorkbookWithInlineStringsLikeTheUsermodel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// SXSSF writes inline strings instead of a shared string table
		Path file = dir.resolve("inline.xlsx");
		try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("进展填报");
			List<String> labels = List.of("任务编号", "主要任务", "完成状态", "完成进度（%）", "工作进展", "存在问题", "下步计划");
			Row header = sheet.createRow(3);
			for (int c = 0; c < labels.size(); c++) {
				header.createCell(c).setCellValue(labels.get(c));
			}
			Row row = sheet.createRow(4);
			row.createCell(0).setCellValue("1.1");
			row.createCell(2).setCellValue("推进中");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			row.createCell(3).setCellValue(70);
			var filled = sheet.createRow(0).createCell(1);
			filled.setCellValue(LocalDate.of(2023, 10, 26));
			filled.setCellStyle(date);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			workbook.dispose();
		}
		assertSameReading(file);
	}

	@Test
	void aPlainWorkbookGridMatchesToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = dir.resolve("plain.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
		}
		assertSameReading(file);
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).isNotEmpty();
		}
	}

	@Test
	void readsWorkbooksUnitsMadeThemselvesLikeTheUsermodel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// given: the benchmark's hand-made returns: own sheet names, title rows, header blocks, column orders, percent
		// and date forms, bordered and bare tables, formulas, error cells, rows left out
		org.workledger.bench.SyntheticWorkspace synthetic = new org.workledger.bench.SyntheticWorkspace(dir.resolve("messy"),
				60, 7, new org.workledger.bench.SyntheticWorkspace.Mix(1, 0.6));
		synthetic.ensure(false, 2);
		int read = 0;
		for (int i = 0; i < synthetic.returns(); i++) {
			Path file = synthetic.returnFile(i);
			if (file.getFileName().toString().endsWith(".xlsx")) {
				// then: every cell and the reading of the return are the usermodel's
				assertSameReading(file);
				read++;
			}
		}
		assertThat(read).isEqualTo(synthetic.handMadeCount()).isGreaterThan(50);
	}

	@Test
	void theFirstRowsReadingRefusesSharedStringsThatDeclareAnEntity(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		// given: a return whose shared strings read a local secret through an entity
		Path secret = Files.writeString(dir.resolve("secret.txt"), "workledger-secret-marker");
		Path filled = ReturnFixtures.fill(blank, dir.resolve("a.xlsx"), LocalDate.of(2023, 10, 26));
		Path file = withPart(filled, dir.resolve("实体.xlsx"), "xl/sharedStrings.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>")
					.replaceFirst("<t>", "<t>&e;"));

		// when / then
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamingGrids.head(file, (sheet, row) -> false))
			.isInstanceOf(java.io.IOException.class)
			.satisfies(ex -> assertThat(String.valueOf(ex.getMessage())).doesNotContain("workledger-secret-marker"));
	}

	@Test
	void refusesAPartThatDeclaresAnEntity(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		// given: the blank template whose task sheet reads a local secret through an entity
		Path secret = Files.writeString(dir.resolve("secret.txt"), "workledger-secret-marker");
		Path file = withPart(blank, dir.resolve("实体.xlsx"), "xl/worksheets/sheet1.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>")
					.replaceFirst("<sheetData>",
							"<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"));

		// when / then: the streaming reader gives up (the usermodel then rejects the file)
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamingGrids.of(file))
			.isInstanceOf(java.io.IOException.class)
			.satisfies(ex -> assertThat(String.valueOf(ex.getMessage())).doesNotContain("workledger-secret-marker"));
	}


	/** A copy of {@code from} at {@code to} with one part's XML changed. */
	private static Path withPart(Path from, Path to, String part, java.util.function.UnaryOperator<String> change)
			throws IOException {
		try (var in = new java.util.zip.ZipFile(from.toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
			for (var entry : java.util.Collections.list(in.entries())) {
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(part)) {
					bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return to;
	}

}
