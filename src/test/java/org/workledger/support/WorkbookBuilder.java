package org.workledger.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for edge cases in code: rows of text, merged blocks. Empty
 * strings leave the cell out, as a person leaving it blank would.
 */
public final class WorkbookBuilder {

	private final String sheetName;

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> merges = new ArrayList<>();

	private WorkbookBuilder(String sheetName) {
		this.sheetName = sheetName;
	}

	public static WorkbookBuilder sheet(String name) {
		return new WorkbookBuilder(name);
	}

	public WorkbookBuilder row(String... cells) {
		this.rows.add(cells);
		return this;
	}

	public WorkbookBuilder merge(String range) {
		this.merges.add(range);
		return this;
	}

	public Path writeTo(Path file) throws IOException {
		try (Workbook workbook = build(); OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	public Workbook build() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet(this.sheetName);
		for (int r = 0; r < this.rows.size(); r++) {
			Row row = sheet.createRow(r);
			String[] cells = this.rows.get(r);
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] != null && !cells[c].isEmpty()) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
		}
		this.merges.forEach(m -> sheet.addMergedRegion(CellRangeAddress.valueOf(m)));
		return workbook;
	}

	/** A roster with the given units (name, aliases, category). */
	public static WorkbookBuilder roster(String[]... units) {
		WorkbookBuilder builder = sheet("单位名册").row("单位名称", "简称及别名（以分号分隔）", "类别");
		for (String[] unit : units) {
			builder.row(unit);
		}
		return builder;
	}

}
