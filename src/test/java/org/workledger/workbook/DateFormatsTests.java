package org.workledger.workbook;

import java.time.LocalDate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Number formats of Chinese Excel and WPS that show dates, and those that do not. */
class DateFormatsTests {

	@ParameterizedTest
	@ValueSource(strings = { "yyyy\"年\"m\"月\"d\"日\"", "[$-804]yyyy年m月d日", "[$-804]yyyy\"年\"m\"月\"d\"日\";@",
			"[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", "e\"年\"m\"月\"d\"日\"", "[$-804]e\"年\"m\"月\"d\"日\"", "[$-804]aaaa",
			"yyyy年m月d日 h时mm分", "yyyy\"年\"m\"月\"d\"日\" aaaa", "m\"月\"d\"日\"", "yyyy-mm-dd", "yyyy/m/d" })
	void chineseDateFormatsAreDates(String format) {
		assertThat(DateFormats.isDate(200, format)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "General", "0", "0.00", "0%", "0.0%", "#,##0", "@", "0\"年\"", "\"第\"0\"周\"",
			"[Red]0.00", "0.00E+00", "h\"时\"mm\"分\"", "" })
	void numbersTextAndTimesAreNot(String format) {
		assertThat(DateFormats.isDate(200, format)).isFalse();
	}

	@Test
	void theLocaleBuiltinsOfChineseExcelAreDatesEvenWhenAFileNamesThemByNumberOnly() {
		for (int id = 27; id <= 36; id++) {
			assertThat(DateFormats.isDate(id, "reserved-0x" + Integer.toHexString(id).toUpperCase())).as("%d", id).isTrue();
		}
		for (int id = 50; id <= 58; id++) {
			assertThat(DateFormats.isDate(id, null)).as("%d", id).isTrue();
			assertThat(DateFormats.isDate(id, "General")).as("%d", id).isTrue();
		}
		assertThat(DateFormats.isDate(26, null)).isFalse();
		assertThat(DateFormats.isDate(37, "#,##0 ;(#,##0)")).isFalse();
	}

	@Test
	void aCellWithBuiltinFormat31IsReadAsItsDateInXlsxAndXls() throws Exception {
		for (Workbook workbook : new Workbook[] { new XSSFWorkbook(), new HSSFWorkbook() }) {
			try (workbook) {
				Cell cell = workbook.createSheet("进展填报").createRow(2).createCell(7);
				cell.setCellValue(LocalDate.of(2023, 10, 25));
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat((short) 31);
				cell.setCellStyle(style);

				assertThat(CellValues.date(cell)).as(workbook.getClass().getSimpleName()).contains(LocalDate.of(2023, 10, 25));
				assertThat(CellValues.text(cell)).isEqualTo("2023-10-25");
				assertThat(UsermodelGrids.cell(cell).date()).isEqualTo(LocalDate.of(2023, 10, 25));
			}
		}
	}

}
