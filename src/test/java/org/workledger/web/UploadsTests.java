package org.workledger.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The name an uploaded file is kept under: the extension its content calls for, and nothing a unit never wrote. */
class UploadsTests {

	@TempDir
	Path folder;

	@Test
	void aWorkbookIsNamedByItsContent() throws Exception {
		Path xlsx = this.folder.resolve("received");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("进展填报");
			workbook.write(out);
		}
		assertThat(kept(xlsx, "返回.pdf")).isEqualTo("返回.pdf.xlsx");
		assertThat(kept(xlsx, "旧表.xls")).isEqualTo("旧表.xlsx");

		// an .xls saved by WPS under its own extension is an .xls, not 商务局10月.et.xls
		Path xls = this.folder.resolve("received-xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("进展填报");
			workbook.write(out);
		}
		assertThat(kept(xls, "商务局10月.et")).isEqualTo("商务局10月.xls");
		assertThat(kept(xls, "商务局10月.xlsx")).isEqualTo("商务局10月.xls");
	}

	@Test
	void aPasswordProtectedXlsxStaysAnXlsxAndAZipIsNotCalledAWorkbook() throws Exception {
		// a password-protected .xlsx is an OLE2 file holding the encrypted package: not an .xls
		Path encrypted = this.folder.resolve("received-encrypted");
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("进展填报");
			workbook.write(plain);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain.toByteArray());
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(kept(encrypted, "司法局（加密）.xlsx")).isEqualTo("司法局（加密）.xlsx");

		// a zip a unit packed its return in keeps its name: the check says it is an archive, and what is inside
		Path zip = this.folder.resolve("received-zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("司法局10月.xlsx"));
			out.write(plain.toByteArray());
			out.closeEntry();
		}
		assertThat(kept(zip, "司法局10月报表.zip")).isEqualTo("司法局10月报表.zip");
	}

	@Test
	void aWordDocumentIsSaidToBeOneAndNotRenamedAWorkbook() throws Exception {
		// a .docx was kept as 进展情况.docx.xlsx and called a damaged workbook
		Path docx = this.folder.resolve("received-docx");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThat(Uploads.workbookExtension(docx, "进展情况.docx")).isNull();
		assertThat(Uploads.otherDocument(docx)).isEqualTo("Word 文档");
		// and an old .doc, an OLE2 file as an .xls is
		Path doc = this.folder.resolve("received-doc");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			try (OutputStream out = Files.newOutputStream(doc)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(Uploads.workbookExtension(doc, "进展情况.doc")).isNull();
		assertThat(Uploads.otherDocument(doc)).isEqualTo("Word 文档");
		// a workbook is none of these
		Path xlsx = this.folder.resolve("received-xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("进展填报");
			workbook.write(out);
		}
		assertThat(Uploads.otherDocument(xlsx)).isEmpty();
	}

	private static String kept(Path file, String sent) throws Exception {
		return Uploads.withExtension(sent, Uploads.workbookExtension(file, sent));
	}

}
