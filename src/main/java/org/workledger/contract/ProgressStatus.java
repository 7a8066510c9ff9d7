package org.workledger.contract;

import java.util.List;
import java.util.Optional;

/**
 * The four status words a unit may write in 完成状态. 持续推进 is for ongoing tasks. The words
 * units commonly write instead, and an office's own, are in
 * {@link org.workledger.vocabulary.StatusVocabulary}.
 */
public enum ProgressStatus {

	DONE("已完成", "done"), IN_PROGRESS("推进中", "in-progress"), NOT_STARTED("未启动", "not-started"),
	ONGOING("持续推进", "ongoing");

	private final String label;

	private final String key;

	ProgressStatus(String label, String key) {
		this.label = label;
		this.key = key;
	}

	public String label() {
		return this.label;
	}

	/** The name of the status in settings, e.g. {@code in-progress}. */
	public String key() {
		return this.key;
	}

	public static List<String> labels() {
		return List.of(DONE.label, IN_PROGRESS.label, NOT_STARTED.label, ONGOING.label);
	}

	/** The status of a settings key or of one of the four words exactly. */
	public static Optional<ProgressStatus> ofKeyOrLabel(String text) {
		for (ProgressStatus status : values()) {
			if (status.key.equalsIgnoreCase(text.strip()) || status.label.equals(text.strip())) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
