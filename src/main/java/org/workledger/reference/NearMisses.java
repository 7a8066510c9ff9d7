package org.workledger.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UnreadableWorkbookException;
import org.workledger.workbook.WorkbookGrid;
import org.workledger.workbook.WorkbookOpener;

/**
 * Why a file the clerk meant as the roster or the task breakdown was not taken for one:
 * "no roster in input/" puzzles someone who put 联络员名册.xlsx there, "its header has no
 * 类别 column" tells them what to add. Only files whose name says what they are meant to be
 * are looked at again, so this costs nothing in a round of thousands of returns.
 */
final class NearMisses {

	private NearMisses() {
	}

	/**
	 * For the first file whose name holds one of {@code nameWords} and whose header rows hold
	 * some of the {@code required} labels (each with its other names): the labels it lacks,
	 * said as "（“联络员名册.xlsx”的表头中没有“类别”列）"; empty when no file comes near.
	 */
	static String said(List<Path> files, InputNames names, List<String> nameWords, List<String> required,
			Map<String, List<String>> otherNames, WorkbookOpener opener) {
		for (Path file : files) {
			String name = names.of(file);
			if (nameWords.stream().noneMatch(name::contains)) {
				continue;
			}
			Optional<List<String>> missing = missing(file, required, otherNames, opener);
			if (missing.isPresent()) {
				return "（“" + name + "”的表头中没有" + String.join("、", missing.get().stream().map(l -> "“" + l + "”").toList())
						+ "列" + (required.size() > 2 ? "，或表头的写法不同" : "") + "）";
			}
		}
		return "";
	}

	/** How a file of input/ is named to the clerk. */
	interface InputNames {

		String of(Path file);

	}

	private static Optional<List<String>> missing(Path file, List<String> required, Map<String, List<String>> otherNames,
			WorkbookOpener opener) {
		WorkbookGrid grid;
		try {
			grid = opener.head(file, (sheet, row) -> row >= HeaderRow.SEARCH_ROWS);
		}
		catch (UnreadableWorkbookException ex) {
			return Optional.empty();
		}
		List<String> fewestMissing = null;
		for (SheetGrid sheet : grid.sheets()) {
			for (int r : sheet.rowIndexes()) {
				if (r > HeaderRow.SEARCH_ROWS) {
					break;
				}
				List<String> missing = new ArrayList<>();
				for (String label : required) {
					List<String> words = Stream.concat(Stream.of(label), otherNames.getOrDefault(label, List.of()).stream())
						.toList();
					if (HeaderRow.match(sheet.row(r), words).isEmpty()) {
						missing.add(label);
					}
				}
				if (missing.size() < required.size() && (fewestMissing == null || missing.size() < fewestMissing.size())) {
					fewestMissing = missing;
				}
			}
		}
		return Optional.ofNullable(fewestMissing).filter(m -> !m.isEmpty());
	}

}
