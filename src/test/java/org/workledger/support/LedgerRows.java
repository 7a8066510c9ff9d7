package org.workledger.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

/** A written ledger's rows as label → text, found by the header labels like any reader. */
public final class LedgerRows {

	private LedgerRows() {
	}

	public static List<Map<String, String>> read(Path ledger) throws Exception {
		Path copy = Files.createTempFile("ledger", ".xlsx");
		Files.copy(ledger, copy, StandardCopyOption.REPLACE_EXISTING);
		try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
			Sheet sheet = workbook.getSheetAt(0);
			int headerRow = -1;
			for (Row row : sheet) {
				if ("任务编号".equals(CellValues.text(row.getCell(1))) || "任务编号".equals(CellValues.text(row.getCell(0)))) {
					headerRow = row.getRowNum();
					break;
				}
			}
			assertThat(headerRow).isNotNegative();
			Row header = sheet.getRow(headerRow);
			List<Map<String, String>> rows = new ArrayList<>();
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int c = 0; c < header.getLastCellNum(); c++) {
					values.put(CellValues.text(header.getCell(c)), CellValues.text(sheet, r, c));
				}
				rows.add(values);
			}
			return rows;
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** Every cell of every sheet as Sheet!A1=text: two ledgers equal cell for cell have equal lists. */
	public static List<String> allCells(Path ledger) throws Exception {
		Path copy = Files.createTempFile("ledger", ".xlsx");
		Files.copy(ledger, copy, StandardCopyOption.REPLACE_EXISTING);
		List<String> cells = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					row.forEach(cell -> cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "="
							+ CellValues.text(cell)));
				}
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
		return cells;
	}

	public static Map<String, String> row(List<Map<String, String>> ledger, String taskId, String unit) {
		return ledger.stream()
			.filter(r -> taskId.equals(r.get("任务编号")) && unit.equals(r.get("单位名称")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ledger row " + taskId + " " + unit));
	}

}
