package org.workledger.vocabulary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.workledger.contract.ProgressStatus;
import org.workledger.workbook.Labels;

/**
 * Every word a unit may write in 完成状态 and the status it means: the four words, the words
 * units commonly write instead (accepted with a warning that names the word to use), and
 * the office's own words from {@code workledger.vocabulary.status-synonyms}. An office word
 * overrides a common one. Anything else is an error whose finding names the nearest status.
 */
public final class StatusVocabulary {

	/** What units write in returns for each status, collected from real returns and 督查督办 practice. */
	private static final Map<ProgressStatus, List<String>> COMMON = new EnumMap<>(Map.of(
			ProgressStatus.DONE,
			List.of("完成", "全部完成", "已全部完成", "已经完成", "完成了", "已办结", "办结", "已经办结", "已落实", "已完结", "完结",
					"已结束", "已做完", "完工", "已完工", "已实现", "已达成", "按期完成", "已按期完成", "如期完成", "提前完成", "已销号"),
			ProgressStatus.IN_PROGRESS,
			List.of("推进", "进行中", "正在进行", "正在推进", "在推进", "推进当中", "正常推进", "有序推进", "稳步推进", "积极推进", "加快推进",
					"按计划推进", "进展中", "在办", "正在办理", "办理中", "处理中", "部分完成", "实施中", "正在实施", "开展中", "正在开展",
					"落实中", "正在落实", "建设中", "正在建设", "正在完善", "已启动", "已开始", "已开展", "进行当中", "正在推进中", "按进度推进",
					"已完成阶段性任务", "阶段性完成"),
			ProgressStatus.NOT_STARTED,
			List.of("未开始", "尚未启动", "尚未开始", "没开始", "没有开始", "还没开始", "暂未启动", "待启动", "未开展", "尚未开展", "暂未开展",
					"待开展", "未实施", "尚未实施", "还未开展", "还未启动", "还未开始", "还没有开展", "还没开展", "暂未开始"),
			ProgressStatus.ONGOING,
			List.of("持续", "长期", "长期坚持", "长期坚持推进", "坚持推进", "持续开展", "持续进行", "持续实施", "持续落实", "持续推动", "持续做好",
					"持续加强", "长期推进", "长期开展", "长期执行", "长效推进", "常态化", "常态化推进", "常态化开展", "常态化落实", "常态推进",
					"常态化工作", "长期性工作", "持续推进中", "持续开展中", "长期坚持中", "常态化推进中")));

	/** Words that say too little to choose one status: the finding names the ones they may mean. */
	private static final Map<String, List<ProgressStatus>> UNCLEAR = Map.ofEntries(
			Map.entry("未完成", List.of(ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_STARTED)),
			Map.entry("尚未完成", List.of(ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_STARTED)),
			Map.entry("基本完成", List.of(ProgressStatus.DONE, ProgressStatus.IN_PROGRESS)),
			Map.entry("大部分完成", List.of(ProgressStatus.IN_PROGRESS)),
			// not done yet: nearest by letters is 已完成, which would invite a unit to claim it
			Map.entry("即将完成", List.of(ProgressStatus.IN_PROGRESS)),
			Map.entry("接近完成", List.of(ProgressStatus.IN_PROGRESS)),
			Map.entry("快要完成", List.of(ProgressStatus.IN_PROGRESS)),
			Map.entry("待完成", List.of(ProgressStatus.IN_PROGRESS)),
			Map.entry("部分启动", List.of(ProgressStatus.IN_PROGRESS)),
			Map.entry("计划中", List.of(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS)));

	/** A percentage written after the word: 推进中（80%）, 已完成 100%. The percent column says it already. */
	private static final java.util.regex.Pattern TRAILING_PERCENT = java.util.regex.Pattern
		.compile("\\(?\\d{1,3}(?:\\.\\d+)?%\\)?$");

	private static final String PUNCTUATION = "。．.！!，,；;、:：\"'“”‘’「」【】[]()（）《》<>";

	private static final Map<String, ProgressStatus> COMMON_WORDS = new java.util.HashMap<>();

	static {
		COMMON.forEach((status, list) -> list.forEach(word -> COMMON_WORDS.put(key(word), status)));
	}

	private final Map<String, ProgressStatus> words = new LinkedHashMap<>();

	/** The office's words as given, sorted: part of what a return was judged by. */
	private final Map<String, ProgressStatus> officeWords;

	private StatusVocabulary(Map<String, ProgressStatus> officeWords) {
		for (ProgressStatus status : ProgressStatus.values()) {
			this.words.put(status.label(), status);
		}
		COMMON.forEach((status, list) -> list.forEach(word -> this.words.put(key(word), status)));
		officeWords.forEach((word, status) -> {
			if (!ProgressStatus.labels().contains(word)) {
				this.words.put(word, status);
			}
		});
		this.officeWords = new TreeMap<>(officeWords);
	}

	/** The four words and the common ones. */
	public static StatusVocabulary standard() {
		return new StatusVocabulary(Map.of());
	}

	/**
	 * With the office's own words, by status: the key is {@code done}, {@code in-progress},
	 * {@code not-started} or {@code ongoing} (or the status word itself), each value a list of
	 * words (a YAML list, or one text separated by 、，, or spaces).
	 *
	 * @throws IllegalArgumentException in Chinese, naming the setting to fix
	 */
	public static StatusVocabulary withOfficeWords(Map<String, List<String>> byStatus) {
		Map<String, ProgressStatus> office = new LinkedHashMap<>();
		Map<String, String> listedUnder = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> entry : byStatus.entrySet()) {
			ProgressStatus status = ProgressStatus.ofKeyOrLabel(entry.getKey())
				.orElseThrow(() -> new IllegalArgumentException("workledger.vocabulary.status-synonyms 中的“" + entry.getKey()
						+ "”不是一种完成状态，应为 done（已完成）、in-progress（推进中）、not-started（未启动）或 ongoing（持续推进）"));
			for (String listed : entry.getValue()) {
				for (String word : listed.split("[、，,;；\\s]+")) {
					String key = key(word);
					if (key.isEmpty()) {
						continue;
					}
					if (ProgressStatus.labels().contains(key) && !key.equals(status.label())) {
						throw new IllegalArgumentException("workledger.vocabulary.status-synonyms 中的“" + word
								+ "”是规定的完成状态之一，不能列在 " + entry.getKey() + " 下");
					}
					ProgressStatus common = COMMON_WORDS.get(key);
					if (common != null && common != status) {
						// an office word that turns a common one into another status would quietly recount returns
						throw new IllegalArgumentException("workledger.vocabulary.status-synonyms 中的“" + word + "”已是“"
								+ common.label() + "”的常用说法，不能列在 " + entry.getKey() + " 下");
					}
					ProgressStatus earlier = office.put(key, status);
					if (earlier != null && earlier != status) {
						throw new IllegalArgumentException("workledger.vocabulary.status-synonyms 中的“" + word + "”同时列在 "
								+ listedUnder.get(key) + " 和 " + entry.getKey() + " 下，请只保留一处");
					}
					listedUnder.put(key, entry.getKey());
				}
			}
		}
		return new StatusVocabulary(office);
	}

	/** The status a word means: one of the four, a common word or an office word. */
	public Optional<ProgressStatus> parse(String text) {
		return Optional.ofNullable(this.words.get(key(text)));
	}

	/** True when the text is one of the four words exactly (not a synonym). */
	public static boolean isExact(String text) {
		return ProgressStatus.labels().contains(Labels.normalize(text));
	}

	/**
	 * The statuses an unknown word is nearest to, for the finding: what an unclear word may
	 * mean, else the status of the most alike known word, else none.
	 */
	public List<ProgressStatus> nearest(String text) {
		String key = key(text);
		List<ProgressStatus> unclear = UNCLEAR.get(key);
		if (unclear != null) {
			return unclear;
		}
		ProgressStatus best = null;
		double bestLikeness = 0;
		for (Map.Entry<String, ProgressStatus> word : this.words.entrySet()) {
			double likeness = Likeness.WORDS.of(key, word.getKey());
			if (likeness > bestLikeness) {
				bestLikeness = likeness;
				best = word.getValue();
			}
		}
		return bestLikeness >= Likeness.NEAR ? List.of(best) : List.of();
	}

	/** The office's words, in a stable text: a return rejected under other words is checked again. */
	public String fingerprint() {
		List<String> entries = new ArrayList<>();
		this.officeWords.forEach((word, status) -> entries.add(word + "=" + status.key()));
		return String.join(";", entries);
	}

	/** A written word as looked up: compared as {@link Labels} does, quotes and stray punctuation around it left out. */
	static String key(String text) {
		String word = Labels.strip(Labels.normalize(text), PUNCTUATION);
		String withoutPercent = TRAILING_PERCENT.matcher(word).replaceFirst("");
		if (!withoutPercent.isEmpty() && !withoutPercent.equals(word)) {
			return key(withoutPercent);
		}
		return TraditionalChinese.simplified(word);
	}

}
