package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workledger.workbook.Labels;

/**
 * Splits a unit list cell into names. Tables separate units by spaces, {@code 、},
 * {@code ，}, {@code ,}, {@code ;}, {@code ；} and line breaks, and mix them freely.
 */
public final class UnitNames {

	/** 市司法局（牵头）, 市财政局牵头, 市教育局(配合): a unit with its role written after it. */
	public static final Pattern ROLE_MARK = Pattern.compile("(.{2,}?)[（(]?(牵头|配合|协办|参与)(?:单位)?[）)]?");

	private UnitNames() {
	}

	/** The units a cell marks as leading (市司法局（牵头）、市财政局 gives 市司法局), listed. */
	public static String markedLead(String cell) {
		List<String> leads = new ArrayList<>();
		for (String name : split(cell)) {
			Matcher marked = ROLE_MARK.matcher(name);
			if (marked.matches() && marked.group(2).equals("牵头")) {
				leads.add(marked.group(1));
			}
		}
		return String.join("、", leads);
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
