package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.List;

import org.workledger.workbook.Labels;

/**
 * Splits a unit list cell into names. Tables separate units by spaces, {@code 、},
 * {@code ，}, {@code ,}, {@code ;}, {@code ；} and line breaks, and mix them freely.
 */
public final class UnitNames {

	private UnitNames() {
	}

	public static List<String> split(String cell) {
		List<String> names = new ArrayList<>();
		if (cell == null) {
			return names;
		}
		for (String part : cell.split("[\\s\\u3000\\u00a0、，,;；/／]+")) {
			String name = Labels.tidy(part);
			if (!name.isEmpty() && !names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The names as a document lists them, 市政府办公室、市司法局, whatever the table separated
	 * them by: spaces in a narrow cell wrapped as "市政府办公室 市/司法局".
	 */
	public static String listed(String cell) {
		return String.join("、", split(cell));
	}

}
