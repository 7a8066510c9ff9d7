package org.workledger.workbook;

import java.time.LocalDate;

/**
 * One cell as the readers need it, whichever way the file was read.
 *
 * @param text as {@link CellValues#text} gives it: trimmed, cached formula results, whole
 * numbers without {@code .0}, dates as ISO dates, error cells as {@code #REF!} …
 * @param error the cell shows an Excel error value
 * @param date the date of a date-formatted number, else {@code null}
 * @param number the numeric value of a number cell, else {@code null}
 * @param percentFormat the number is formatted as a percentage
 */
public record GridCell(String text, boolean error, LocalDate date, Double number, boolean percentFormat) {
}
