package org.workledger.breakdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Sorts assignments by two orders (roster then task, or task then roster), stably. Sorted
 * on one number per pair: a comparator looking both orders up in maps made a third of a
 * million pairs take seconds.
 */
public final class AssignmentOrder {

	private AssignmentOrder() {
	}

	/**
	 * @param first the major order of a pair, from 0
	 * @param second the minor order of a pair, from 0 and below {@code secondBound}
	 */
	public static List<Assignment> sorted(List<Assignment> assignments, ToIntFunction<Assignment> first,
			ToIntFunction<Assignment> second, int secondBound) {
		int n = assignments.size();
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			Assignment a = assignments.get(i);
			keys[i] = (first.applyAsInt(a) * (long) secondBound + second.applyAsInt(a)) * n + i;
		}
		Arrays.sort(keys);
		List<Assignment> ordered = new ArrayList<>(n);
		for (long key : keys) {
			ordered.add(assignments.get((int) (key % n)));
		}
		return ordered;
	}

}
