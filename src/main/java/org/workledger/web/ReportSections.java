package org.workledger.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's output folder as the reports page lists it: under headings, the ledger and the
 * circular first, each file by its own name. A city's period holds a hundred files (the
 * units' reports and reminders, the lead units' tables, the rejected returns' papers, the
 * blank workbooks); in one list the circular was hard to find.
 */
final class ReportSections {

	/**
	 * A heading and its files: the name shown and the path below output/ to download it by;
	 * {@code paths}, the same files by their path below the period's folder and below output/.
	 */
	record Section(String title, List<String[]> files, List<String[]> paths) {
	}

	private ReportSections() {
	}

	/** @param files each file's path below the period's folder and below output/ */
	static List<Section> of(List<String[]> files) {
		Map<String, List<String[]>> sections = new LinkedHashMap<>();
		Map<String, List<String[]>> paths = new LinkedHashMap<>();
		for (String title : List.of("台账和通报", "单位进展报告", "催报通知", "牵头单位督办表", "退回的表格（问题清单、退回修改版、退回通知）",
				"空白进展情况表（下发给各单位）", "其他文件")) {
			sections.put(title, new ArrayList<>());
			paths.put(title, new ArrayList<>());
		}
		for (String[] file : files) {
			String inPeriod = file[0].replace('\\', '/');
			String name = inPeriod.substring(inPeriod.lastIndexOf('/') + 1);
			String folder = inPeriod.contains("/") ? inPeriod.substring(0, inPeriod.indexOf('/')) : "";
			String title = switch (folder) {
				case "" -> name.endsWith("进展情况表.xlsx") ? "空白进展情况表（下发给各单位）" : "台账和通报";
				case "单位报告" -> name.contains("催报通知") ? "催报通知" : "单位进展报告";
				case "牵头单位督办" -> "牵头单位督办表";
				case "退回" -> "退回的表格（问题清单、退回修改版、退回通知）";
				default -> "其他文件";
			};
			sections.get(title).add(new String[] { name, file[1] });
			paths.get(title).add(file);
		}
		List<Section> shown = new ArrayList<>();
		sections.forEach((title, list) -> {
			if (!list.isEmpty()) {
				shown.add(new Section(title, list, paths.get(title)));
			}
		});
		return shown;
	}

}
