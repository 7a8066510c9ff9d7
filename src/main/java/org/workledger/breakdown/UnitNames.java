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

}
