package org.workledger.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.workledger.returns.RejectionFiles;

/**
 * A period's output folder as the reports page lists it: under headings, the ledger and the
 * circular first, each file by its own name. A city's period holds a hundred files (the
 * units' reports and reminders, the lead units' tables, the rejected returns' papers, the
 * blank workbooks); in one list the circular was hard to find.
 */
final class ReportSections {

	/** The heading of the ledger and the circular, the papers a run's page links too. */
	static final String PAPERS = "台账和通报";

	/** Circulars of earlier days that a rerun replaced, kept in 此前的通报/ (see EarlierCirculars). */
	static final String EARLIER = "此前的通报（重新汇总前的旧版，按生成日期）";

	/**
	 * A file: the name shown, its path below the period's folder (as a zip holds it) and
	 * below output/ (to download it by).
	 */
	record Entry(String name, String inPeriod, String underOutput) {
	}

	record Section(String title, List<Entry> files) {
	}

	private ReportSections() {
	}

	/** @param files each file's path below the period's folder and below output/ */
	static List<Section> of(List<String[]> files) {
		return of(files, List.of());
	}

	/**
	 * As {@link #of(List)}, the files of each heading in roster order of the unit their name
	 * begins with (和平区, 沈河区, 大东区 …), the rest after them by name: listed by character
	 * code, 于洪区 came before 和平区 and a clerk looked for a unit's report through 49 names.
	 *
	 * @param units the roster's unit names in roster order
	 */
	static List<Section> of(List<String[]> files, List<String> units) {
		Map<String, List<Entry>> sections = new LinkedHashMap<>();
		for (String title : List.of(PAPERS, "单位进展报告", "催报通知", "牵头单位督办表", "退回的表格（问题清单、退回修改版、退回通知）",
				"空白进展情况表（下发给各单位）", EARLIER, "其他文件")) {
			sections.put(title, new ArrayList<>());
		}
		for (String[] file : files) {
			String inPeriod = file[0].replace('\\', '/');
			String name = inPeriod.substring(inPeriod.lastIndexOf('/') + 1);
			String folder = inPeriod.contains("/") ? inPeriod.substring(0, inPeriod.indexOf('/')) : "";
			String title = switch (folder) {
				case "" -> name.endsWith("进展情况表.xlsx") ? "空白进展情况表（下发给各单位）" : PAPERS;
				case "单位报告" -> name.contains("催报通知") ? "催报通知" : "单位进展报告";
				case "牵头单位督办" -> "牵头单位督办表";
				case "退回" -> "退回的表格（问题清单、退回修改版、退回通知）";
				case "此前的通报" -> EARLIER;
				default -> "其他文件";
			};
			// what was sent back to units that have since put it right, or that a second look took, is kept on file
			String kept = inPeriod.contains("/" + RejectionFiles.PUT_RIGHT + "/") ? "（已重新报送并通过，存档）"
					: inPeriod.contains("/" + RejectionFiles.ACCEPTED_ON_RECHECK + "/") ? "（重新核对后已接收，存档）" : "";
			sections.get(title).add(new Entry(name + kept, inPeriod, file[1]));
		}
		Map<String, Integer> order = new java.util.HashMap<>();
		for (String unit : units) {
			order.putIfAbsent(unit, order.size());
		}
		java.util.Comparator<Entry> byRoster = java.util.Comparator
			.comparingInt((Entry e) -> order.getOrDefault(unitOf(e.name()), Integer.MAX_VALUE))
			.thenComparing(Entry::name);
		List<Section> shown = new ArrayList<>();
		sections.forEach((title, list) -> {
			if (!list.isEmpty()) {
				// the ledger and the circular stay first, as they are
				if (!title.equals(PAPERS) && !order.isEmpty()) {
					list.sort(byRoster);
				}
				shown.add(new Section(title, list));
			}
		});
		return shown;
	}

	/** The unit a file is named after: 和平区人民政府 of 和平区人民政府-2023年10月进展报告.pdf. */
	private static String unitOf(String name) {
		int dash = name.indexOf('-');
		return dash > 0 ? name.substring(0, dash) : name;
	}

}
