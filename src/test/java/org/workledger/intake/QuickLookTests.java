package org.workledger.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.contract.ProgressWorkbookContract;

class QuickLookTests {

	@TempDir
	Path dir;

	@Test
	void aTemplateReturnIsKnownByItsSheetNamesAsXlsxAndAsXls() throws IOException {
		assertThat(QuickLook.isTemplateReturn(save(new XSSFWorkbook(), "a.xlsx", ProgressWorkbookContract.SHEET,
				ProgressWorkbookContract.META_SHEET))).isTrue();
		assertThat(QuickLook.isTemplateReturn(save(new HSSFWorkbook(), "b.xls", ProgressWorkbookContract.SHEET,
				ProgressWorkbookContract.INSTRUCTIONS_SHEET, ProgressWorkbookContract.META_SHEET))).isTrue();
	}

	@Test
	void anythingElseIsLeftToTheFullCheck() throws IOException {
		// a workbook without the metadata sheet, in either format
		assertThat(QuickLook.isTemplateReturn(save(new XSSFWorkbook(), "c.xlsx", ProgressWorkbookContract.SHEET))).isFalse();
		assertThat(QuickLook.isTemplateReturn(save(new HSSFWorkbook(), "d.xls", "Sheet1", "Sheet2"))).isFalse();
		// not a workbook at all, whatever its name
		assertThat(QuickLook.isTemplateReturn(Files.writeString(this.dir.resolve("e.xls"), "进展情况"))).isFalse();
		assertThat(QuickLook.isTemplateReturn(Files.writeString(this.dir.resolve("f.xlsx"), "进展情况"))).isFalse();
	}

	@Test
	void aWorkbookIsLookedIntoByWhatItIsNotByItsName() throws IOException {
		assertThat(QuickLook.isTemplateReturn(save(new XSSFWorkbook(), "g.xls", ProgressWorkbookContract.SHEET,
				ProgressWorkbookContract.META_SHEET))).isTrue();
		assertThat(QuickLook.isTemplateReturn(save(new HSSFWorkbook(), "h.xlsx", ProgressWorkbookContract.SHEET,
				ProgressWorkbookContract.META_SHEET))).isTrue();
	}

	private Path save(Workbook workbook, String name, String... sheets) throws IOException {
		Path file = this.dir.resolve(name);
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			for (String sheet : sheets) {
				workbook.createSheet(sheet).createRow(0).createCell(0).setCellValue(sheet);
			}
			workbook.write(out);
		}
		return file;
	}

}
