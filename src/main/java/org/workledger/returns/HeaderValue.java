package org.workledger.returns;

import java.time.LocalDate;

/**
 * The value to the right of a header-block label.
 *
 * @param cell A1 reference of the value cell (or of the label cell when the value is missing)
 * @param date the value as a date when the cell is a date cell
 */
public record HeaderValue(String text, String sheet, String cell, LocalDate date) {
}
