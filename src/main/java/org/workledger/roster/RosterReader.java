package org.workledger.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.findings.Location;
import org.workledger.workbook.GridCell;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.Labels;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UsermodelGrids;
import org.workledger.workbook.WorkbookGrid;

/**
 * Reads the unit roster: a sheet whose header row holds 单位名称 and 类别, optionally
 * 简称及别名 (separated by {@code ;}, {@code ；}, {@code 、}), 联络员, 联系电话 and 电子邮箱.
 */
public final class RosterReader {

	public static final String NAME = "单位名称";

	public static final String CATEGORY = "类别";

	/** What rosters also head the two columns with; the labels above are preferred where both occur. */
	public static final Map<String, List<String>> OTHER_NAMES = Map.of(
			NAME, List.of("单位全称", "单位名称（全称）", "单位"),
			CATEGORY, List.of("单位类别", "单位类型", "单位分类", "类型", "分类"));

	static final List<String> ALIAS_LABELS = List.of("简称及别名（以分号分隔）", "简称及别名", "简称", "别名");

	/** Names the unit had before a reorganisation, separated like aliases. */
	static final List<String> FORMER_LABELS = List.of("曾用名（以分号分隔）", "曾用名", "曾用名称", "原单位名称", "原名称");

	static final List<String> CONTACT_LABELS = List.of("联络员", "联系人");

	static final List<String> PHONE_LABELS = List.of("联系电话", "电话", "办公电话", "手机", "手机号码", "联系方式", "电话号码");

	static final List<String> EMAIL_LABELS = List.of("电子邮箱", "邮箱", "电子邮件");

	private RosterReader() {
	}

	/** The roster's header row in this sheet, if the sheet is a roster. */
	public static Optional<HeaderRow> findHeader(SheetGrid sheet) {
		return HeaderRow.find(sheet, allLabels(), 2)
			.map(h -> h.withOtherNames(OTHER_NAMES))
			.filter(h -> h.has(NAME) && (h.has(CATEGORY) || groupedUnderHeadings(sheet, h)));
	}

	/**
	 * A list without a 类别 column whose units stand under headings (一、市政府有关部门 …
	 * 二、区县（市）政府), as contact lists are often kept: each heading is its units' category.
	 */
	private static boolean groupedUnderHeadings(SheetGrid sheet, HeaderRow header) {
		int headings = 0;
		int units = 0;
		for (int r : sheet.rowIndexes()) {
			if (r <= header.rowIndex()) {
				continue;
			}
			if (groupHeading(sheet, r).isPresent()) {
				headings++;
			}
			else if (!sheet.text(r, header.column(NAME)).isBlank()) {
				units++;
			}
		}
		return headings > 0 && units > headings;
	}

	/** The category a heading row names: one cell, 一、市政府有关部门 or （二）区县（市）政府. */
	private static Optional<String> groupHeading(SheetGrid sheet, int row) {
		Map<Integer, GridCell> cells = sheet.row(row);
		if (cells.size() != 1) {
			return Optional.empty();
		}
		java.util.regex.Matcher m = GROUP_HEADING.matcher(Labels.tidy(cells.values().iterator().next().text()));
		// 一、区直部门（14个）: the count is the heading's, not the category's name
		return m.matches() ? Optional.of(Labels.tidy(HEADING_COUNT.matcher(m.group(1)).replaceFirst(""))) : Optional.empty();
	}

	private static final java.util.regex.Pattern HEADING_COUNT = java.util.regex.Pattern
		.compile("\\s*[（(]\\s*(?:共|计)?\\s*\\d+\\s*(?:个|家|个单位|家单位)?\\s*[)）]\\s*$");

	private static final java.util.regex.Pattern GROUP_HEADING = java.util.regex.Pattern
		.compile("^(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\\s*(\\S.*)$");

	static List<String> allLabels() {
		List<String> labels = new ArrayList<>(List.of(NAME, CATEGORY));
		labels.addAll(OTHER_NAMES.get(NAME));
		labels.addAll(OTHER_NAMES.get(CATEGORY));
		labels.addAll(ALIAS_LABELS);
		labels.addAll(FORMER_LABELS);
		labels.addAll(CONTACT_LABELS);
		labels.addAll(PHONE_LABELS);
		labels.addAll(EMAIL_LABELS);
		return labels;
	}

	/** The workbook's first sheet that is a roster, if any. */
	public static Optional<SheetGrid> rosterSheet(WorkbookGrid workbook) {
		return workbook.sheets().stream().filter(sheet -> findHeader(sheet).isPresent()).findFirst();
	}

	/** The same, for a workbook POI has opened. */
	public static Optional<SheetGrid> rosterSheet(Workbook workbook) {
		return rosterSheet(UsermodelGrids.of(workbook));
	}

	/** The roster's title: the first text above its header row (单位名册 of a city, say), else the sheet's name. */
	public static String title(SheetGrid sheet) {
		return findHeader(sheet).flatMap(HeaderRow::titleAbove).orElse(sheet.name());
	}

	/** Reads the roster from a sheet known to have a roster header; problems go to {@code findings}. */
	public static Roster read(SheetGrid sheet, String fileName, Findings findings) {
		HeaderRow header = findHeader(sheet).orElseThrow();
		String sheetName = sheet.name();
		List<Unit> units = new ArrayList<>();
		Map<String, Integer> rowOfName = new HashMap<>();
		String grouped = null;
		for (int r : sheet.rowIndexes()) {
			if (r <= header.rowIndex() || header.isRepeatedIn(r)) {
				continue;
			}
			if (!header.has(CATEGORY)) {
				Optional<String> heading = groupHeading(sheet, r);
				if (heading.isPresent()) {
					grouped = heading.get();
					continue;
				}
			}
			String name = Labels.tidy(header.text(r, NAME));
			if (name.isEmpty()) {
				continue;
			}
			String key = Labels.normalize(name);
			Location nameCell = Location.cell(fileName, sheetName, r, header.column(NAME));
			if (rowOfName.containsKey(key)) {
				findings.add(FindingCode.ROSTER_DUPLICATE_UNIT.at(nameCell, name, name, rowOfName.get(key) + 1));
				continue;
			}
			rowOfName.put(key, r);
			String category = header.has(CATEGORY) ? Labels.tidy(header.text(r, CATEGORY)) : grouped == null ? "" : grouped;
			if (category.isEmpty()) {
				findings.add(FindingCode.ROSTER_CATEGORY_MISSING.at(Location.cell(fileName, sheetName, r,
						header.has(CATEGORY) ? header.column(CATEGORY) : header.column(NAME)), "", name));
				category = "其他单位";
			}
			units.add(new Unit(name, aliases(first(header, r, ALIAS_LABELS)), category, first(header, r, CONTACT_LABELS),
					first(header, r, PHONE_LABELS), first(header, r, EMAIL_LABELS), r + 1,
					aliases(first(header, r, FORMER_LABELS))));
		}
		if (units.isEmpty()) {
			findings.add(FindingCode.ROSTER_EMPTY.at(Location.sheet(fileName, sheetName), ""));
		}
		formerNameFindings(units, fileName, sheetName, header, findings);
		return Roster.ofChecked(units, aliasFindings(units, fileName, sheetName, header, findings));
	}

	/**
	 * A former name that two units claim (a split) names neither, and one that is still a
	 * unit's name is that unit's: both are said, and {@link Roster} leaves such names out.
	 */
	private static void formerNameFindings(List<Unit> units, String fileName, String sheetName, HeaderRow header,
			Findings findings) {
		int column = -1;
		for (String label : FORMER_LABELS) {
			if (header.has(label)) {
				column = header.column(label);
				break;
			}
		}
		Map<String, Unit> current = new HashMap<>();
		units.forEach(u -> current.put(Labels.normalize(u.name()), u));
		Map<String, Unit> claimed = new HashMap<>();
		for (Unit unit : units) {
			Location where = column < 0 ? Location.sheet(fileName, sheetName)
					: Location.cell(fileName, sheetName, unit.rosterRow() - 1, column);
			for (String former : unit.formerNames()) {
				String key = Labels.normalize(former);
				Unit other = claimed.putIfAbsent(key, unit);
				if (current.containsKey(key)) {
					findings.add(FindingCode.ROSTER_FORMER_NAME_CURRENT.at(where, former, former, unit.name()));
				}
				else if (other != null && other != unit) {
					findings.add(FindingCode.ROSTER_FORMER_NAME_AMBIGUOUS.at(where, former, former, other.name(),
							unit.name()));
				}
			}
		}
	}

	private static Map<String, Unit> aliasFindings(List<Unit> units, String fileName, String sheetName,
			HeaderRow header, Findings findings) {
		Map<String, Unit> aliases = new LinkedHashMap<>();
		Map<String, Unit> ambiguous = new HashMap<>();
		Map<String, Unit> names = new HashMap<>();
		units.forEach(u -> names.put(Labels.normalize(u.name()), u));
		for (Unit unit : units) {
			for (String alias : unit.aliases()) {
				String key = Labels.normalize(alias);
				Unit other = aliases.get(key);
				Unit named = names.get(key);
				if ((other != null && other != unit) || (named != null && named != unit)) {
					Unit first = other != null ? other : named;
					if (!ambiguous.containsKey(key)) {
						int aliasColumn = aliasColumn(header);
						Location where = aliasColumn < 0 ? Location.sheet(fileName, sheetName)
								: Location.cell(fileName, sheetName, unit.rosterRow() - 1, aliasColumn);
						findings.add(FindingCode.ROSTER_ALIAS_AMBIGUOUS.at(where, alias, alias, first.name(), unit.name()));
					}
					ambiguous.put(key, unit);
					continue;
				}
				aliases.put(key, unit);
			}
		}
		ambiguous.keySet().forEach(aliases::remove);
		return aliases;
	}

	private static int aliasColumn(HeaderRow header) {
		for (String label : ALIAS_LABELS) {
			if (header.has(label)) {
				return header.column(label);
			}
		}
		return -1;
	}

	/** The first of the columns that has a value in the row: 办公电话, else 手机. */
	private static String first(HeaderRow header, int row, List<String> labels) {
		for (String label : labels) {
			if (header.has(label) && !Labels.tidy(header.text(row, label)).isEmpty()) {
				return Labels.tidy(header.text(row, label));
			}
		}
		return "";
	}

	static List<String> aliases(String cell) {
		List<String> aliases = new ArrayList<>();
		for (String part : cell.split("[;；、,，\\n]")) {
			String alias = Labels.tidy(part);
			if (!alias.isEmpty() && !aliases.contains(alias)) {
				aliases.add(alias);
			}
		}
		return aliases;
	}

}
