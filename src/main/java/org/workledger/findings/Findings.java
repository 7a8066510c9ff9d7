package org.workledger.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The findings collected while reading one or more files, in the order they were found. */
public final class Findings {

	private final List<Finding> items = new ArrayList<>();

	public void add(Finding finding) {
		this.items.add(finding);
	}

	public void addAll(Findings other) {
		this.items.addAll(other.items);
	}

	public List<Finding> all() {
		return Collections.unmodifiableList(this.items);
	}

	/**
	 * The findings with the errors first, each kind in its own order (as {@code check} lists
	 * them): what must be fixed before what may be looked at.
	 */
	public static List<Finding> errorsFirst(List<Finding> findings) {
		List<Finding> ordered = new ArrayList<>(findings);
		ordered.sort(java.util.Comparator.comparing((Finding f) -> !f.isError()));
		return ordered;
	}

	public boolean hasErrors() {
		return this.items.stream().anyMatch(Finding::isError);
	}

	public long errorCount() {
		return this.items.stream().filter(Finding::isError).count();
	}

	public long warningCount() {
		return this.items.size() - errorCount();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
