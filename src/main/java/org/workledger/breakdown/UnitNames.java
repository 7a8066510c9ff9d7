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

	/** 牵头单位：县政府办, 配合：县直各部门 — the role said before the units of a part of the cell. */
	private static final Pattern ROLE_LABEL = Pattern
		.compile("^(牵头|责任|配合|协办|参与|主办|主责)(?:单位|部门)?[：:](.*)$");

	/**
	 * What a table says a unit does, after its name: 省交通运输厅按职责分工负责, 各市政府负责本地区落实,
	 * 省直有关部门按照职能分工落实, 各区县分别负责.
	 */
	private static final Pattern DUTY = Pattern.compile(
			"(?:按照?(?:各自)?职(?:责|能)(?:分工)?(?:负责|落实|推进|抓好落实)?|(?:分别|共同)(?:负责|落实)|负责(?:本(?:地区|辖区|地|系统|部门))?(?:的)?(?:落实|推进|实施|工作)?|结合(?:本地|本部门)?实际(?:落实|推进)?|抓好落实|组织落实)$");

	/** A unit named in a cell, with the role the cell gives it there; null when the cell says none. */
	public record Named(String name, Role role) {
	}

	/**
	 * The units of a cell with the roles it gives them: 市司法局（牵头）, 市财政局牵头, and
	 * 牵头单位：县政府办、县司法局 责任单位：县直各部门 (a label that holds for the names after it).
	 */
	public static List<Named> withRoles(String cell) {
		List<Named> named = new ArrayList<>();
		Role labelled = null;
		for (String written : split(cell)) {
			Matcher label = ROLE_LABEL.matcher(written);
			String name = written;
			if (label.matches()) {
				labelled = label.group(1).equals("牵头") || label.group(1).startsWith("主") ? Role.LEAD : Role.RESPONSIBLE;
				name = Labels.tidy(label.group(2));
				if (name.isEmpty()) {
					continue;
				}
			}
			String said = DUTY.matcher(name).replaceFirst("");
			if (said.length() >= 2) {
				name = said;
			}
			Matcher marked = ROLE_MARK.matcher(name);
			if (marked.matches()) {
				named.add(new Named(marked.group(1), marked.group(2).equals("牵头") ? Role.LEAD : Role.RESPONSIBLE));
			}
			else {
				named.add(new Named(name, labelled));
			}
		}
		return named;
	}

	/** The units a cell marks as leading (市司法局（牵头）、市财政局 gives 市司法局; so does 牵头单位：市司法局), listed. */
	public static String markedLead(String cell) {
		return String.join("、", withRoles(cell).stream().filter(n -> n.role() == Role.LEAD).map(Named::name).toList());
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
