package org.workledger.vocabulary;

import java.util.Arrays;

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

	/** 0 (nothing in common) … 1 (the same telling characters). */
	public double of(String a, String b) {
		return of(signature(a), signature(b));
	}

	/**
	 * A word's telling characters, sorted (repeated ones repeated): a roster compares an
	 * unknown name with the forms of thousands of units, and two sorted arrays are compared
	 * by one merge instead of two hash maps built per pair (those were two fifths of a
	 * first round's intake, where one return in twenty names its unit wrongly).
	 */
	public char[] signature(String word) {
		char[] sorted = telling(word);
		Arrays.sort(sorted);
		return sorted;
	}

	/** {@link #of(String, String)} of two words by their {@link #signature signatures}. */
	public static double of(char[] a, char[] b) {
		int total = a.length + b.length;
		if (total == 0) {
			return 0;
		}
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return 2.0 * shared / total;
	}

	/**
	 * How alike two words are with their characters in their places: 1 less the edit distance
	 * (characters changed, added or left out) over the longer length, every character
	 * counted (the generic ones tell 第1960号测试局 from 第1960号测试区人民政府). It tells apart
	 * what {@link #of(String, String)} cannot: names of the same characters in another
	 * order (第0584号 and 第0458号, 第十二中学 and 第二十中学), or one character away against
	 * two (沈和区 is one from 沈河区, two from 和平区); so it breaks ties between them.
	 */
	public static double inOrder(String a, String b) {
		return inOrder(a.toCharArray(), b.toCharArray());
	}

	/** {@link #inOrder(String, String)} of two words' characters. */
	public static double inOrder(char[] a, char[] b) {
		int longer = Math.max(a.length, b.length);
		if (longer == 0) {
			return 0;
		}
		// Levenshtein distance, one row at a time (names are a few dozen characters)
		int[] previous = new int[b.length + 1];
		int[] current = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			current[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int change = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
				current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return 1.0 - (double) previous[b.length] / longer;
	}

	/** A word's telling characters, in the order it has them. */
	private char[] telling(String word) {
		char[] telling = new char[word.length()];
		int n = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (isTelling(c)) {
				telling[n++] = c;
			}
		}
		return Arrays.copyOf(telling, n);
	}

	/** Whether a character tells words of the kind apart (is not one that all of them have). */
	public boolean isTelling(char c) {
		return this.generic.indexOf(c) < 0 && !Character.isWhitespace(c);
	}

}
