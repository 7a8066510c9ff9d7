package org.workledger.breakdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether two wordings of a 主要任务 are one task reworded or two tasks. A revised table
 * rewords a task and keeps most of its phrases; a task deleted or replaced under the same
 * number shares few. Measured on the shipped table's 35 tasks: two different tasks share at
 * most 0.40 of their character pairs (1.1 and 3.1, both on 规范性文件), most under 0.10.
 */
public final class TaskTexts {

	/** The share of character pairs from which two wordings are taken for one task. */
	static final double SAME_TASK = 0.5;

	private TaskTexts() {
	}

	public static boolean sameTask(String a, String b) {
		return alike(a, b) >= SAME_TASK;
	}

	/** The Dice coefficient over adjacent character pairs, white space left out: 0 … 1. */
	static double alike(String a, String b) {
		Map<String, Integer> pairs = pairs(a);
		Map<String, Integer> others = pairs(b);
		int total = count(pairs) + count(others);
		if (total == 0) {
			return a.strip().equals(b.strip()) ? 1 : 0;
		}
		int shared = 0;
		for (Map.Entry<String, Integer> pair : pairs.entrySet()) {
			shared += Math.min(pair.getValue(), others.getOrDefault(pair.getKey(), 0));
		}
		return 2.0 * shared / total;
	}

	private static Map<String, Integer> pairs(String text) {
		String plain = text.replaceAll("\\s", "");
		Map<String, Integer> pairs = new HashMap<>();
		for (int i = 0; i + 1 < plain.length(); i++) {
			pairs.merge(plain.substring(i, i + 2), 1, Integer::sum);
		}
		return pairs;
	}

	private static int count(Map<String, Integer> pairs) {
		return pairs.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The task among {@code tasks} whose wording {@code text} is, when it is not {@code own}'s:
	 * a row whose 主要任务 reads as another task's (a unit sorted some columns of the table and
	 * not its 任务编号, and filled each row for the task it showed). A wording shortened or
	 * reworded by the unit, alike to no task more than to its own, is its own.
	 */
	public static java.util.Optional<BreakdownTask> otherTask(String text, BreakdownTask own,
			java.util.Collection<BreakdownTask> tasks) {
		double ownAlike = alike(text, own.text());
		if (ownAlike >= SAME_TASK) {
			return java.util.Optional.empty();
		}
		BreakdownTask best = null;
		double bestAlike = SAME_TASK;
		for (BreakdownTask task : tasks) {
			if (task.id().equals(own.id())) {
				continue;
			}
			double alike = alike(text, task.text());
			if (alike >= bestAlike) {
				best = task;
				bestAlike = alike;
			}
		}
		return java.util.Optional.ofNullable(best);
	}

	/**
	 * The task among {@code tasks} that {@code text} reads as, when it reads as one more than as
	 * any other: a row whose task number was left empty or merged away still says its task.
	 */
	public static java.util.Optional<BreakdownTask> taskOf(String text, java.util.Collection<BreakdownTask> tasks) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		BreakdownTask best = null;
		double bestAlike = 0;
		boolean tie = false;
		for (BreakdownTask task : tasks) {
			double alike = alike(text, task.text());
			if (alike > bestAlike) {
				best = task;
				bestAlike = alike;
				tie = false;
			}
			else if (alike == bestAlike) {
				tie = true;
			}
		}
		return bestAlike >= SAME_TASK && !tie ? java.util.Optional.of(best) : java.util.Optional.empty();
	}

}
