package org.workledger.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.workledger.workbook.Labels;

/**
 * The status words a unit may write in 完成状态. 持续推进 is for ongoing tasks. Obvious
 * synonyms are accepted (and the unit is told which word to use next time).
 */
public enum ProgressStatus {

	DONE("已完成"), IN_PROGRESS("推进中"), NOT_STARTED("未启动"), ONGOING("持续推进");

	private static final Map<String, ProgressStatus> SYNONYMS = Map.ofEntries(Map.entry("完成", DONE),
			Map.entry("已完成", DONE), Map.entry("全部完成", DONE), Map.entry("已办结", DONE), Map.entry("办结", DONE),
			Map.entry("已落实", DONE), Map.entry("进行中", IN_PROGRESS), Map.entry("正在推进", IN_PROGRESS),
			Map.entry("推进中", IN_PROGRESS), Map.entry("正在进行", IN_PROGRESS), Map.entry("在办", IN_PROGRESS),
			Map.entry("正在办理", IN_PROGRESS), Map.entry("部分完成", IN_PROGRESS), Map.entry("未开始", NOT_STARTED),
			Map.entry("尚未启动", NOT_STARTED), Map.entry("未启动", NOT_STARTED), Map.entry("未开展", NOT_STARTED),
			Map.entry("持续推进", ONGOING), Map.entry("长期坚持", ONGOING), Map.entry("持续开展", ONGOING),
			Map.entry("常态化推进", ONGOING), Map.entry("持续进行", ONGOING));

	private final String label;

	ProgressStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static List<String> labels() {
		return List.of(DONE.label, IN_PROGRESS.label, NOT_STARTED.label, ONGOING.label);
	}

	/** The status a word means, exact or synonym. */
	public static Optional<ProgressStatus> parse(String text) {
		return Optional.ofNullable(SYNONYMS.get(Labels.normalize(text)));
	}

	/** True when the text is one of the four words exactly (not a synonym). */
	public static boolean isExact(String text) {
		String normalized = Labels.normalize(text);
		return labels().contains(normalized);
	}

}
