package org.workledger.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.workbook.CellValues;

/** Rosters after a reorganisation (机构改革), made from the shipped one as an office would. */
public final class Rosters {

	public static final String BIG_DATA = "沈阳市大数据管理局";

	public static final String DATA = "沈阳市数据局";

	public static final String HOUSING = "沈阳市房产局";

	public static final String CONSTRUCTION = "沈阳市城乡建设局";

	public static final String HOUSING_AND_CONSTRUCTION = "沈阳市住房和城乡建设局";

	private Rosters() {
	}

	/**
	 * 大数据管理局 renamed 数据局, and 房产局 and 城乡建设局 merged into 住房和城乡建设局; a 曾用名
	 * column says so, and the new units keep the old short names as aliases.
	 */
	public static Path reorganised(Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.ROSTER); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(0).createCell(6).setCellValue("曾用名");
			int construction = -1;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				String name = CellValues.text(sheet, r, 0);
				if (BIG_DATA.equals(name)) {
					set(sheet.getRow(r), DATA, "市数据局;市大数据局", BIG_DATA);
				}
				else if (HOUSING.equals(name)) {
					set(sheet.getRow(r), HOUSING_AND_CONSTRUCTION, "市住房城乡建设局;市住建局;市房产局;市城乡建设局;城乡建设局",
							HOUSING + ";" + CONSTRUCTION);
				}
				else if (CONSTRUCTION.equals(name)) {
					construction = r;
				}
			}
			sheet.removeRow(sheet.getRow(construction));
			sheet.shiftRows(construction + 1, sheet.getLastRowNum(), -1);
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	/**
	 * 大数据管理局 renamed 数据局, with its old full name as 曾用名 and only its new short
	 * name as alias: the task table's 市大数据局 is the old roster's short name for it.
	 */
	public static Path renamedWithoutOldShortName(Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.ROSTER); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(0).createCell(6).setCellValue("曾用名");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				if (BIG_DATA.equals(CellValues.text(sheet, r, 0))) {
					set(sheet.getRow(r), DATA, "市数据局", BIG_DATA);
				}
			}
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	/** The shipped roster with one unit added at its end. */
	public static Path withUnit(String name, String alias, String category, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.ROSTER); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			row.createCell(0).setCellValue(name);
			row.createCell(1).setCellValue(alias);
			row.createCell(2).setCellValue(category);
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	/** The first units of the shipped roster and no others: a contact list of a few units put in by mistake. */
	public static Path firstUnits(int units, Path target) throws IOException {
		try (InputStream in = Files.newInputStream(Samples.ROSTER); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = sheet.getLastRowNum(); r > units; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			Files.createDirectories(target.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	private static void set(Row row, String name, String aliases, String formerNames) {
		Breakdowns.rewrite(row.getSheet(), row.getRowNum(), 0, t -> name);
		Breakdowns.rewrite(row.getSheet(), row.getRowNum(), 1, t -> aliases);
		row.createCell(6).setCellValue(formerNames);
	}

}
