package org.workledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.workbook.CellValues;

/**
 * Fills in distributed progress workbooks as units do (contact, phone, date, a status, a
 * percent and Chinese narratives for every task) and drops them into {@code input/}: the
 * returns of a city-scale round, made from the real templates.
 */
public final class FilledReturns {

	private static final String[] STATUSES = { "推进中", "推进中", "推进中", "已完成", "持续推进" };

	private FilledReturns() {
	}

	/**
	 * @param distributed the folder {@code distribute} wrote the period's workbooks to
	 * @param count how many units return theirs (the first ones by file name)
	 * @return the files written
	 */
	public static List<Path> fill(Path distributed, Path input, int count, LocalDate filledOn, long seed)
			throws IOException {
		return fill(distributed, input, 0, count, filledOn, seed);
	}

	/** As {@link #fill(Path, Path, int, LocalDate, long)}, from the {@code from}th unit by file name. */
	public static List<Path> fill(Path distributed, Path input, int from, int count, LocalDate filledOn, long seed)
			throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.list(distributed)) {
			templates = files.filter(f -> f.getFileName().toString().endsWith("进展情况表.xlsx"))
				.sorted()
				.skip(from)
				.limit(count)
				.toList();
		}
		SplittableRandom random = new SplittableRandom(seed);
		Files.createDirectories(input);
		// an hour old: settled, as a file that arrived by e-mail in the morning
		FileTime arrived = FileTime.from(Instant.now().minusSeconds(3600));
		for (Path template : templates) {
			Path target = input.resolve(template.getFileName().toString().replace("进展情况表", "进展情况表（已填）"));
			fillOne(template, target, filledOn, random.split());
			Files.setLastModifiedTime(target, arrived);
		}
		return templates.stream()
			.map(t -> input.resolve(t.getFileName().toString().replace("进展情况表", "进展情况表（已填）")))
			.toList();
	}

	private static void fillOne(Path template, Path target, LocalDate filledOn, SplittableRandom random)
			throws IOException {
		try (InputStream in = Files.newInputStream(template); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			Map<String, int[]> labels = new HashMap<>();
			Map<String, Integer> columns = new HashMap<>();
			int headerRow = -1;
			for (int r = 0; r <= sheet.getLastRowNum() && headerRow < 0; r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				for (Cell cell : row) {
					String text = CellValues.text(sheet, r, cell.getColumnIndex()).replace("：", "").replace(":", "").trim();
					labels.putIfAbsent(text, new int[] { r, cell.getColumnIndex() });
					if (text.equals(ProgressWorkbookContract.TASK_ID)) {
						headerRow = r;
					}
				}
			}
			if (headerRow >= 0) {
				for (Cell cell : sheet.getRow(headerRow)) {
					columns.put(CellValues.text(sheet, headerRow, cell.getColumnIndex()).trim(), cell.getColumnIndex());
				}
			}
			besideLabel(sheet, labels.get(ProgressWorkbookContract.CONTACT)).setCellValue("张明");
			besideLabel(sheet, labels.get(ProgressWorkbookContract.PHONE)).setCellValue("024-22345678");
			besideLabel(sheet, labels.get(ProgressWorkbookContract.FILLED_ON)).setCellValue(filledOn);
			int id = columns.get(ProgressWorkbookContract.TASK_ID);
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				if (CellValues.text(sheet, r, id).isEmpty()) {
					continue;
				}
				String status = STATUSES[random.nextInt(STATUSES.length)];
				cell(sheet, r, columns.get(ProgressWorkbookContract.STATUS)).setCellValue(status);
				cell(sheet, r, columns.get(ProgressWorkbookContract.PERCENT))
					.setCellValue(status.equals("已完成") ? 100 : 30 + random.nextInt(60));
				cell(sheet, r, columns.get(ProgressWorkbookContract.PROGRESS)).setCellValue(Narratives.progress(random, 60, 160));
				cell(sheet, r, columns.get(ProgressWorkbookContract.PROBLEMS)).setCellValue("无");
				cell(sheet, r, columns.get(ProgressWorkbookContract.NEXT_STEPS)).setCellValue("继续按照时间节点推进相关工作。");
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
	}

	/** The value cell of a header label: the first cell right of it that is not part of the label. */
	private static Cell besideLabel(Sheet sheet, int[] label) {
		return cell(sheet, label[0], label[1] + 1);
	}

	private static Cell cell(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		return r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
	}

}
