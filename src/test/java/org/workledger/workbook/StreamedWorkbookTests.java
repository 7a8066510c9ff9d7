package org.workledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faster sheet writer must write exactly the XML that POI's own writes, and the sheet
 * data compressed while it is written must make a valid zip entry.
 */
class StreamedWorkbookTests {

	static final List<String> AWKWARD = List.of("", "普通文本", "a < b && c > d \"引号\" 'single'",
			"换行\n回车\r制表\t不换行空格\u00a0", "控制字符\u0001\u0008\u001f结束", "非字符\ufffe\uffff",
			"补充平面𠀀𩸽表情😀", "孤立代理\ud800尾", " 前后空格 ", "=SUM(A1:A2)", "长".repeat(32_767));

	@Test
	void writesTheSameSheetXmlAsPoi() throws IOException {
		assertThat(sheetXml(new StreamedWorkbook(100))).isEqualTo(sheetXml(new SXSSFWorkbook(100)));
	}

	@Test
	void zipsWhatIsReadBackWithItsChecksumsAndOpensInPoi() throws IOException {
		byte[] file = twoSheets();
		// ZipInputStream checks every entry's CRC-32 and sizes against the data it inflates
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				byte[] content = zip.readAllBytes();
				names.add(entry.getName());
				if (entry.getName().startsWith("xl/worksheets/")) {
					assertThat(new String(content, StandardCharsets.UTF_8)).startsWith("<?xml")
						.contains("<sheetData>")
						.endsWith("</worksheet>");
				}
			}
		}
		assertThat(names).contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(read.getSheet("台账").getLastRowNum()).isEqualTo(19_999);
			assertThat(read.getSheet("台账").getRow(19_999).getCell(1).getStringCellValue()).isEqualTo("第19999行 & <尾>");
			assertThat(read.getSheet("空表").getPhysicalNumberOfRows()).isZero();
			assertThat(read.getSheet("提示").getRow(2).getCell(0).getStringCellValue()).isEqualTo("提示 2");
		}
	}

	@Test
	void theSameWorkbookGivesTheSameFile() throws IOException {
		assertThat(twoSheets()).isEqualTo(twoSheets());
	}

	/** A large sheet (compressed over many blocks), an empty one and a small one. */
	private static byte[] twoSheets() throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new StreamedWorkbook(100)) {
			workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
			Sheet large = workbook.createSheet("台账");
			for (int r = 0; r < 20_000; r++) {
				Row row = large.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue("第" + r + "行 & <尾>");
				row.createCell(2).setCellValue("长".repeat(r % 200));
			}
			large.createFreezePane(0, 1);
			workbook.createSheet("空表");
			Sheet small = workbook.createSheet("提示");
			for (int r = 0; r < 3; r++) {
				small.createRow(r).createCell(0).setCellValue("提示 " + r);
			}
			workbook.write(file);
			workbook.dispose();
		}
		return file.toByteArray();
	}

	private static String sheetXml(SXSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (workbook) {
			Sheet sheet = workbook.createSheet("台账");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			for (int r = 0; r < 300; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				for (int c = 0; c < AWKWARD.size(); c++) {
					Cell cell = row.createCell(c + 1);
					cell.setCellValue(AWKWARD.get((r + c) % AWKWARD.size()));
					if (c % 3 == 0) {
						cell.setCellStyle(wrapped);
					}
				}
				int next = AWKWARD.size() + 1;
				row.createCell(next).setCellStyle(wrapped); // blank with a style
				row.createCell(next + 1); // blank without
				row.createCell(next + 2).setCellValue(LocalDate.of(2023, 10, 1 + r % 28));
				row.getCell(next + 2).setCellStyle(date);
				row.createCell(next + 3).setCellValue(r * 0.1 + 1e-7);
				row.createCell(next + 4).setCellValue(r % 2 == 0);
				row.createCell(next + 5).setCellFormula("A" + (r + 1) + "*2");
				row.createCell(30 + r % 5).setCellValue(-r);
			}
			workbook.write(file);
			workbook.dispose();
		}
		Path copy = Files.createTempFile("streamed", ".xlsx");
		try {
			Files.write(copy, file.toByteArray());
			try (ZipFile zip = new ZipFile(copy.toFile());
					InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
				return new String(sheet.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(copy);
		}
	}


	@Test
	void encodesUtf8AsTheJdkDoesAcrossBufferBoundaries() throws IOException {
		// given: text of every kind, lone surrogates included, written in pieces of random sizes
		java.util.Random random = new java.util.Random(7);
		StringBuilder text = new StringBuilder();
		char[] kinds = { 'a', '<', 'é', 'Ж', '汇', '。', '\uD83D', '\uDE00', '\uDC00', '\uD800', '\n' };
		while (text.length() < 300_000) {
			char c = kinds[random.nextInt(kinds.length)];
			text.append(c);
			if (c == '\uD83D' && random.nextBoolean()) {
				text.append('\uDE00');
			}
		}
		for (boolean endsOnHighSurrogate : new boolean[] { false, true }) {
			String written = endsOnHighSurrogate ? text + "\uD83D" : text.toString();
			ByteArrayOutputStream ours = new ByteArrayOutputStream();
			ByteArrayOutputStream jdks = new ByteArrayOutputStream();

			// when
			try (var writer = new StreamedWorkbook.UnsynchronisedBufferedWriter(ours);
					var reference = new java.io.OutputStreamWriter(jdks, StandardCharsets.UTF_8)) {
				int at = 0;
				while (at < written.length()) {
					int n = Math.min(written.length() - at, 1 + random.nextInt(70_000));
					switch (random.nextInt(3)) {
						case 0 -> writer.write(written, at, n);
						case 1 -> writer.write(written.substring(at, at + n).toCharArray(), 0, n);
						default -> {
							for (int k = 0; k < Math.min(n, 50); k++) {
								writer.write(written.charAt(at + k));
							}
							n = Math.min(n, 50);
						}
					}
					at += n;
				}
				reference.write(written);
			}

			// then
			assertThat(ours.toByteArray()).isEqualTo(jdks.toByteArray());
		}
	}

}
