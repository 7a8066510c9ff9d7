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
		return withRoles(cell, List.of());
	}

	/** As {@link #withRoles(String)}, {@code keptWhole} (the roster's categories) not split. */
	public static List<Named> withRoles(String cell, java.util.Collection<String> keptWhole) {
		List<Named> named = new ArrayList<>();
		Role labelled = null;
		for (String written : split(cell, keptWhole)) {
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
		return split(cell, List.of());
	}

	/** A separator kept inside a name while the cell is split. */
	private static final char KEPT = '\u0001';

	private static final String SEPARATORS = "\\s\\u3000\\u00a0、，,;；/／";

	/**
	 * 各市、县（市、区）政府, 各区、县（市）政府: the governments of a province's or a city's places, one
	 * group whose level words are listed with 、.
	 */
	private static final Pattern PLACES_GROUP = Pattern
		.compile("各?(?:设区)?[市县区旗](?:、[市县区旗])*(?:[（(][市县区旗、\u0001]+[)）])?(?:人民)?政府");

	/** 省政府办公厅会同省司法厅: two units, the first leading where the cell leads. */
	private static final Pattern TOGETHER_WITH = Pattern.compile("(?<=\\p{IsHan}{2})(?:会同|协同)(?=\\p{IsHan}{2})");

	/** 各地各部门, 各地区各部门: two groups written as one. */
	private static final Pattern TWO_GROUPS = Pattern.compile("^(各[^各]{1,4})(各[^各]{1,6})$");

	/** 省数据局等省级有关单位: a unit named for a group it is one of. */
	private static final Pattern ONE_OF_A_GROUP = Pattern
		.compile("^(\\p{IsHan}{2,}?)等((?:各|省级|市级|县级|区级|省直|市直|县直|区直|有关|相关|其他).*(?:单位|部门|机构|政府))$");

	/**
	 * The names of a cell, split at its separators except inside brackets (县（市、区）), inside a
	 * group of places' governments (各市、县（市、区）政府) and inside {@code keptWhole} (a roster's
	 * category named 省政府各部门、各直属机构); 会同 between two units, 各地各部门 and 某单位等有关单位
	 * split as a person reads them.
	 */
	public static List<String> split(String cell, java.util.Collection<String> keptWhole) {
		List<String> names = new ArrayList<>();
		if (cell == null) {
			return names;
		}
		String masked = cell;
		for (String whole : keptWhole) {
			if (whole.length() > 2 && masked.contains(whole)) {
				masked = masked.replace(whole, keep(whole));
			}
		}
		masked = keepInsideBrackets(masked);
		Matcher places = PLACES_GROUP.matcher(masked);
		StringBuilder kept = new StringBuilder();
		while (places.find()) {
			places.appendReplacement(kept, Matcher.quoteReplacement(keep(places.group())));
		}
		places.appendTail(kept);
		for (String part : kept.toString().split("[" + SEPARATORS + "]+")) {
			String name = Labels.tidy(part.replace(KEPT, '、'));
			for (String piece : pieces(name)) {
				if (!piece.isEmpty() && !names.contains(piece)) {
					names.add(piece);
				}
			}
		}
		return names;
	}

	private static List<String> pieces(String name) {
		Matcher two = TWO_GROUPS.matcher(name);
		if (two.matches()) {
			return List.of(two.group(1), two.group(2));
		}
		Matcher oneOf = ONE_OF_A_GROUP.matcher(name);
		if (oneOf.matches()) {
			return List.of(oneOf.group(1), oneOf.group(2));
		}
		return List.of(TOGETHER_WITH.split(name));
	}

	private static String keep(String text) {
		return text.replaceAll("[" + SEPARATORS + "]", String.valueOf(KEPT));
	}

	/** Separators inside brackets, kept: 县（市、区） is one thing. */
	private static String keepInsideBrackets(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
			out.append(depth > 0 && "、，,;；/／".indexOf(c) >= 0 ? KEPT : c);
		}
		// a bracket never closed would keep the rest of the cell together
		return depth > 0 ? text : out.toString();
	}

	/**
	 * The names as a document lists them, 市政府办公室、市司法局, whatever the table separated
	 * them by: spaces in a narrow cell wrapped as "市政府办公室 市/司法局".
	 */
	public static String listed(String cell) {
		return String.join("、", split(cell));
	}

}
