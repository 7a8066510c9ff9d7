package org.workledger.vocabulary;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two short Chinese words are, for suggestions only ("did you mean …"): the
 * Dice coefficient over their characters, leaving out the characters that every word of
 * the kind has (局, 区, 政府 … in unit names), which would make every unit look like every
 * other. Never used to decide anything.
 */
public final class Likeness {

	/** For unit names: the level markers and the words for an office, a bureau, a government. */
	public static final Likeness UNIT_NAMES = new Likeness("市区县旗局委办厅室会员人民政府中心部门");

	/** For status words: nothing is generic. */
	public static final Likeness WORDS = new Likeness("");

	/** The least likeness worth suggesting: half the telling characters shared. */
	public static final double NEAR = 0.5;

	private final String generic;

	private Likeness(String generic) {
		this.generic = generic;
	}

	/** The same, with these characters also left out (a city's name, which most unit names begin with). */
	public Likeness alsoIgnoring(String characters) {
		return characters == null || characters.isEmpty() ? this : new Likeness(this.generic + characters);
	}

	/** 0 (nothing in common) … 1 (the same telling characters). */
	public double of(String a, String b) {
		Map<Character, Integer> left = telling(a);
		Map<Character, Integer> right = telling(b);
		int total = count(left) + count(right);
		if (total == 0) {
			return 0;
		}
		int shared = 0;
		for (Map.Entry<Character, Integer> e : left.entrySet()) {
			shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
		}
		return 2.0 * shared / total;
	}

	/** Whether a character tells words of the kind apart (is not one that all of them have). */
	public boolean isTelling(char c) {
		return this.generic.indexOf(c) < 0 && !Character.isWhitespace(c);
	}

	private Map<Character, Integer> telling(String word) {
		Map<Character, Integer> counts = new HashMap<>();
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (isTelling(c)) {
				counts.merge(c, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static int count(Map<Character, Integer> counts) {
		int n = 0;
		for (int v : counts.values()) {
			n += v;
		}
		return n;
	}

}
