package org.workledger.breakdown;

/** A unit's obligation to report on a task, and whether it leads it or is responsible for it. */
public record Assignment(String unitName, String taskId, Role role) {
}
