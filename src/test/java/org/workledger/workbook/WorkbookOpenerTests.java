package org.workledger.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every hostile or broken file a unit can send must come back as a finding with a
 * Chinese message, never as a crash, a hang, an expanded external entity or an
 * exhausted heap. Each file is built here in code.
 */
@Timeout(30)
class WorkbookOpenerTests {

	private static final long LIMIT = 50L * 1024 * 1024;

	@TempDir
	Path dir;

	private final WorkbookOpener opener = new WorkbookOpener(LIMIT);

	// --- empty and oversized ---

	@Test
	void reportsAnEmptyFile() throws IOException {
		// given
		Path file = Files.write(this.dir.resolve("空表.xlsx"), new byte[0]);

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_EMPTY);
		assertThat(finding.message()).contains("0 字节");
		assertChinese(finding);
	}

	@Test
	void reportsAFileOverTheSizeLimit() throws IOException {
		// given
		Path file = Files.write(this.dir.resolve("大表.xlsx"), new byte[2048]);

		// when
		Finding finding = rejected(new WorkbookOpener(1024), file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_TOO_LARGE);
		assertThat(finding.message()).contains("超过上限");
		assertChinese(finding);
	}

	@Test
	void tellsTheSizeFromTheLimit() throws IOException {
		// given
		Path file = Files.write(this.dir.resolve("大表.xlsx"), new byte[2048]);

		// when
		Finding finding = rejected(new WorkbookOpener(1024), file);

		// then
		Matcher sizes = Pattern.compile("文件大小 (.+) 超过上限 (.+)").matcher(finding.message());
		assertThat(sizes.matches()).as(finding.message()).isTrue();
		assertThat(sizes.group(1)).as(finding.message()).isNotEqualTo(sizes.group(2));
	}

	// --- not Excel at all ---

	@Test
	void reportsCsvTextNamedXlsx() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("进展.xlsx"), "任务编号,完成状态\n1.1,已完成\n",
				StandardCharsets.UTF_8);

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_NOT_EXCEL);
		assertThat(finding.message()).contains("不是 Excel", "CSV 文本文件");
		assertChinese(finding);
	}

	@Test
	void reportsAZipOfReturnsAsAnArchiveToUnpackNamingWhatIsInside() throws IOException {
		// given the returns of a county's towns, packed on a Chinese Windows (names in GBK)
		Path file = this.dir.resolve("各乡镇进展.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), java.nio.charset.Charset.forName("GBK"))) {
			for (String name : List.of("甲镇.xlsx", "乙镇.xlsx", "丙镇.xlsx", "丁镇.xlsx")) {
				zip.putNextEntry(new ZipEntry("10月/" + name));
				zip.write(new byte[] { 1, 2, 3 });
				zip.closeEntry();
			}
		}
		// and one in RAR
		Path rar = Files.write(this.dir.resolve("进展.rar"), new byte[] { 'R', 'a', 'r', '!', 0x1a, 0x07, 0, 1, 2 });

		// when
		Finding zipped = rejected(this.opener, file);
		Finding rarred = rejected(this.opener, rar);

		// then
		assertThat(zipped.code()).isEqualTo(FindingCode.FILE_ARCHIVE);
		assertThat(zipped.message()).isEqualTo("这是压缩包（zip 格式，内含 4 个文件：甲镇.xlsx、乙镇.xlsx、丙镇.xlsx 等），不是 Excel 工作簿");
		assertThat(zipped.fix()).contains("请直接报送其中的进展情况表", "不要压缩");
		assertThat(rarred.message()).isEqualTo("这是压缩包（RAR 格式），不是 Excel 工作簿");
	}

	@Test
	void reportsAZipHoldingOneWorkbookAsAnArchive() throws IOException {
		// given a unit's return zipped on its own, the way a mail client or a unit's clerk packs one
		Path workbook = this.dir.resolve("inner.xlsx");
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
			wb.createSheet("进展情况").createRow(0).createCell(0).setCellValue("填报单位");
			wb.write(out);
		}
		// on Linux: its name in UTF-8, without the flag that says so
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("沈阳市教育局-2023年10月进展情况表.xlsx"));
			zip.write(Files.readAllBytes(workbook));
			zip.closeEntry();
		}
		byte[] zipped = bytes.toByteArray();
		for (int i = 0; i + 10 < zipped.length; i++) {
			boolean local = zipped[i] == 'P' && zipped[i + 1] == 'K' && zipped[i + 2] == 3 && zipped[i + 3] == 4;
			boolean central = zipped[i] == 'P' && zipped[i + 1] == 'K' && zipped[i + 2] == 1 && zipped[i + 3] == 2;
			if (local || central) {
				zipped[i + (local ? 7 : 9)] &= ~0x08;
			}
		}
		Path file = Files.write(this.dir.resolve("教育局报表.zip"), zipped);

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.message()).isEqualTo("这是压缩包（zip 格式，内含 1 个文件：沈阳市教育局-2023年10月进展情况表.xlsx），不是 Excel 工作簿");
	}

	@Test
	void reportsAPdfNamedXlsx() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("进展.xlsx"),
				"%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
				StandardCharsets.ISO_8859_1);

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_NOT_EXCEL);
		assertThat(finding.message()).contains("PDF");
		assertChinese(finding);
	}

	@Test
	void reportsAnHtmlPageSavedAsXls() throws IOException {
		// given
		Path file = Files.writeString(this.dir.resolve("系统导出.xls"),
				"<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>任务编号</td></tr></table></body></html>",
				StandardCharsets.UTF_8);

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_NOT_EXCEL);
		assertThat(finding.message()).contains("网页");
		assertChinese(finding);
	}

	@Test
	void reportsAWordDocumentNamedXlsx() throws IOException {
		// given
		Path file = this.dir.resolve("进展.xlsx");
		writeZip(file, Map.of("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				</Types>""", "_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="word/document.xml"/></Relationships>""", "word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
				<w:body><w:p><w:r><w:t>工作进展</w:t></w:r></w:p></w:body></w:document>"""));

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_NOT_EXCEL);
		assertChinese(finding);
	}

	@Test
	void reportsAWorkbookCutShortAsDamagedNotAsAnotherKindOfFile() throws IOException {
		// given: the first third of a real workbook (a copy or a download that did not finish)
		byte[] whole = xlsx(new XSSFWorkbook());
		Path file = Files.write(this.dir.resolve("进展.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 3));

		// when
		Finding finding = rejected(this.opener, file);

		// then: not "不是 Excel 工作簿……请以 .xlsx 格式报送" to a unit that sent an .xlsx
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_UNREADABLE);
		assertThat(finding.message()).contains("已损坏");
		assertChinese(finding);
	}

	// --- encrypted ---

	@Test
	void reportsAPasswordEncryptedXlsx() throws Exception {
		// given
		byte[] plain = xlsx(new XSSFWorkbook());
		Path file = this.dir.resolve("加密.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_ENCRYPTED);
		assertThat(finding.message()).contains("密码");
		assertChinese(finding);
	}

	@Test
	void reportsAPasswordProtectedXls() throws IOException {
		// given
		Path file = this.dir.resolve("加密.xls");
		Biff8EncryptionKey.setCurrentUserPassword("x");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
			workbook.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_ENCRYPTED);
		assertThat(finding.message()).contains("密码");
		assertChinese(finding);
	}

	// --- corrupt ---

	@Test
	void reportsATruncatedXlsxAsUnreadable() throws IOException {
		// given
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("进展");
		for (int r = 0; r < 200; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < 8; c++) {
				row.createCell(c).setCellValue("第" + r + "行第" + c + "列的工作进展");
			}
		}
		byte[] whole = xlsx(workbook);
		Path file = Files.write(this.dir.resolve("截断.xlsx"), Arrays.copyOf(whole, whole.length / 2));

		// when
		Finding finding = rejected(this.opener, file);

		// then
		assertThat(finding.code()).isEqualTo(FindingCode.FILE_UNREADABLE);
		assertThat(finding.message()).contains("无法作为 Excel 工作簿打开");
		assertChinese(finding);
	}

	// --- decompression bomb ---

	@Test
	void reportsAZipBomb() throws IOException {
		// given: a 200 MB sheet that deflates to a few hundred KB
		Path file = this.dir.resolve("炸弹.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : minimalXlsxParts().entrySet()) {
				if (!part.getKey().equals("xl/worksheets/sheet1.xml")) {
					putEntry(zip, part.getKey(), part.getValue());
				}
			}
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(Files.size(file)).isLessThan(LIMIT);

		// when
		UnreadableWorkbookException ex = rejection(this.opener, file);

		// then
		assertThat(ex.finding().code()).as(causeChain(ex)).isEqualTo(FindingCode.FILE_BOMB);
		assertThat(ex.finding().message()).contains("极不相称");
		assertChinese(ex.finding());
	}

	// --- external entities ---

	@Test
	void neverExpandsAnExternalEntityInSharedStrings() throws IOException {
		// given: a real workbook whose shared strings declare an entity reading /etc/passwd
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
		Path file = this.dir.resolve("外部实体.xlsx");
		rewriteZip(xlsx(workbook), file, Map.of("xl/sharedStrings.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="no"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">\
				<si><t>&e;</t></si></sst>"""));

		// when / then
		assertRejectedOrNotExpanded(file, "root:");
	}

	@Test
	void neverExpandsAnExternalEntityInASheet() throws IOException {
		// given: a hand-built workbook whose sheet reads a local secret into an inline string
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "root:x:0:0:workledger-secret-marker");
		Map<String, String> parts = minimalXlsxParts();
		parts.put("xl/worksheets/sheet1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="no"?>
				<!DOCTYPE x [<!ENTITY e SYSTEM "%s">]>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
				<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>"""
			.formatted(secret.toUri()));
		Path file = this.dir.resolve("外部实体2.xlsx");
		writeZip(file, parts);

		// when / then
		assertRejectedOrNotExpanded(file, "workledger-secret-marker");
	}

	// --- good files ---

	@Test
	void opensAValidXlsx() throws Exception {
		// given
		XSSFWorkbook written = new XSSFWorkbook();
		written.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
		Path file = Files.write(this.dir.resolve("进展.xlsx"), xlsx(written));

		// when
		try (Workbook workbook = this.opener.open(file)) {
			// then
			assertThat(workbook.getSheet("进展").getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务编号");
		}
	}

	@Test
	void readsAValidXlsxAsGridsByStreaming() throws Exception {
		// given: a sheet with a merged block, as a task breakdown has
		XSSFWorkbook written = new XSSFWorkbook();
		Sheet sheet = written.createSheet("进展");
		sheet.createRow(0).createCell(0).setCellValue("事项名称");
		sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A2:A4"));
		Path file = Files.write(this.dir.resolve("进展.xlsx"), xlsx(written));

		// when
		WorkbookGrid grid = this.opener.grid(file);

		// then
		assertThat(grid.sheet("进展").text(0, 0)).isEqualTo("事项名称");
		assertThat(grid.sheet("进展").mergedRegions()).extracting(Object::toString)
			.containsExactly(org.apache.poi.ss.util.CellRangeAddress.valueOf("A2:A4").toString());
	}

	@Test
	void readsAValidXlsAsGridsThroughTheUsermodel() throws Exception {
		// given
		Path file = this.dir.resolve("进展.xls");
		try (HSSFWorkbook written = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			written.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
			written.getSheet("进展").addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B1:C1"));
			written.write(out);
		}

		// when
		WorkbookGrid grid = this.opener.grid(file);

		// then
		assertThat(grid.sheet("进展").text(0, 0)).isEqualTo("任务编号");
		assertThat(grid.sheet("进展").mergedRegions()).hasSize(1);
	}

	@Test
	void opensAValidXls() throws Exception {
		// given
		Path file = this.dir.resolve("进展.xls");
		try (HSSFWorkbook written = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			written.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
			written.write(out);
		}

		// when
		try (Workbook workbook = this.opener.open(file)) {
			// then
			assertThat(workbook.getSheet("进展").getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务编号");
		}
	}

	@Test
	void opensAMacroEnabledXlsm() throws Exception {
		// given
		XSSFWorkbook written = new XSSFWorkbook(XSSFWorkbookType.XLSM);
		written.createSheet("进展").createRow(0).createCell(0).setCellValue("任务编号");
		Path file = Files.write(this.dir.resolve("进展.xlsm"), xlsx(written));

		// when
		try (Workbook workbook = this.opener.open(file)) {
			// then
			assertThat(workbook.getSheet("进展").getRow(0).getCell(0).getStringCellValue()).isEqualTo("任务编号");
		}
	}

	// --- helpers ---

	private void assertRejectedOrNotExpanded(Path file, String secret) {
		try {
			WorkbookGrid grid = this.opener.grid(file);
			for (SheetGrid sheet : grid.sheets()) {
				for (int r : sheet.rowIndexes()) {
					assertThat(sheet.row(r).values()).noneMatch((cell) -> cell.text().contains(secret));
				}
			}
		}
		catch (UnreadableWorkbookException ex) {
			assertThat(ex.finding().code()).as(causeChain(ex)).isEqualTo(FindingCode.FILE_UNREADABLE);
			assertThat(ex.finding().message()).doesNotContain(secret);
		}
		Workbook workbook;
		try {
			workbook = this.opener.open(file);
		}
		catch (UnreadableWorkbookException ex) {
			assertThat(ex.finding().code()).as(causeChain(ex)).isEqualTo(FindingCode.FILE_UNREADABLE);
			assertChinese(ex.finding());
			assertThat(ex.finding().message()).doesNotContain(secret);
			return;
		}
		try (workbook) {
			assertThat(allText(workbook)).noneMatch((text) -> text.contains(secret));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> allText(Workbook workbook) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		for (Sheet sheet : workbook) {
			texts.add(sheet.getSheetName());
			for (Row row : sheet) {
				for (Cell cell : row) {
					texts.add(formatter.formatCellValue(cell));
				}
			}
		}
		return texts;
	}

	private static Finding rejected(WorkbookOpener opener, Path file) {
		return rejection(opener, file).finding();
	}

	/** The rejection, the same whether the file is opened as a workbook or read as grids. */
	private static UnreadableWorkbookException rejection(WorkbookOpener opener, Path file) {
		UnreadableWorkbookException ex = catchThrowableOfType(UnreadableWorkbookException.class,
				() -> opener.open(file).close());
		assertThat(ex).as("%s should be rejected", file.getFileName()).isNotNull();
		UnreadableWorkbookException asGrid = catchThrowableOfType(UnreadableWorkbookException.class,
				() -> opener.grid(file));
		assertThat(asGrid).as("%s should be rejected as grids too", file.getFileName()).isNotNull();
		assertThat(asGrid.finding()).isEqualTo(ex.finding());
		return ex;
	}

	private static void assertChinese(Finding finding) {
		assertThat(finding.message()).containsPattern("\\p{IsHan}{2,}");
		assertThat(finding.fix()).containsPattern("\\p{IsHan}{2,}");
		assertThat(finding.location().file()).isNotEmpty();
	}

	private static String causeChain(Throwable ex) {
		StringBuilder chain = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			chain.append("\n  ").append(t.getClass().getName()).append(": ").append(t.getMessage());
		}
		return chain.toString();
	}

	private static byte[] xlsx(XSSFWorkbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The parts of the smallest workbook Excel opens: one empty sheet. */
	private static Map<String, String> minimalXlsxParts() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/worksheets/sheet1.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
				</Types>""");
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="xl/workbook.xml"/></Relationships>""");
		parts.put("xl/workbook.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
				<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
		parts.put("xl/_rels/workbook.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
				Target="worksheets/sheet1.xml"/></Relationships>""");
		parts.put("xl/worksheets/sheet1.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""");
		return parts;
	}

	private static void writeZip(Path file, Map<String, String> parts) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				putEntry(zip, part.getKey(), part.getValue());
			}
		}
	}

	/** Copies a zip entry by entry, swapping in the given contents for the named entries. */
	private static void rewriteZip(byte[] original, Path file, Map<String, String> replacements) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String replacement = replacements.get(entry.getName());
				if (replacement != null) {
					putEntry(zip, entry.getName(), replacement);
				}
				else {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					in.transferTo(zip);
					zip.closeEntry();
				}
			}
		}
	}

	private static void putEntry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
