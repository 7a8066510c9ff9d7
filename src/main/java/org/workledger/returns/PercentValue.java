package org.workledger.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;

import org.workledger.workbook.GridCell;

/**
 * 完成进度（%） as typed: {@code 80}, {@code 80%}, {@code 0.8} in a percent-formatted cell
 * and {@code 80％} all mean 80.
 *
 * @param shown what the cell shows, for messages
 * @param value 0–100 when readable, else {@code null}
 * @param blank nothing was typed
 */
public record PercentValue(String shown, Integer value, boolean blank) {

	public static final PercentValue BLANK = new PercentValue("", null, true);

	public boolean valid() {
		return this.value != null;
	}

	/**
	 * The number typed when it is a fraction between 0 and 1 without a percent sign or
	 * format (0.8): read as neither 80 nor 0.8, since a unit may mean either.
	 */
	public java.util.Optional<BigDecimal> fraction() {
		if (this.valid() || this.blank) {
			return java.util.Optional.empty();
		}
		try {
			BigDecimal number = new BigDecimal(normalized(this.shown));
			return number.compareTo(BigDecimal.ZERO) > 0 && number.compareTo(BigDecimal.ONE) < 0
					? java.util.Optional.of(number) : java.util.Optional.empty();
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Reads a cell of a {@link GridCell grid}, however the workbook was read. */
	public static PercentValue of(GridCell cell) {
		if (cell == null) {
			return BLANK;
		}
		if (cell.number() != null) {
			double number = cell.number();
			String shown = cell.text();
			if (cell.percentFormat()) {
				number = number * 100;
				shown = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() + "%";
			}
			else if (number > 0 && number < 1) {
				return new PercentValue(shown, null, false);
			}
			return of(shown, BigDecimal.valueOf(number));
		}
		return cell.text().isEmpty() ? BLANK : parse(cell.text());
	}

	/**
	 * What people write into a cell they mean to leave empty: a dash or a slash (持续推进 tasks
	 * need no percent, as the form's 填报说明 says, and a return was sent back for its "—").
	 */
	private static final java.util.regex.Pattern LEFT_EMPTY = java.util.regex.Pattern.compile("[-—–―~/\\\\、]+|无");

	public static PercentValue parse(String text) {
		String normalized = normalized(text);
		if (normalized.isEmpty() || LEFT_EMPTY.matcher(normalized).matches()) {
			return BLANK;
		}
		boolean percentSign = normalized.endsWith("%");
		if (percentSign) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		try {
			BigDecimal number = new BigDecimal(normalized);
			if (!percentSign && number.compareTo(BigDecimal.ZERO) > 0 && number.compareTo(BigDecimal.ONE) < 0) {
				return new PercentValue(text, null, false);
			}
			return of(text, number);
		}
		catch (NumberFormatException ex) {
			return new PercentValue(text, null, false);
		}
	}

	/** As compared: full-width digits and signs as half-width, without spaces. */
	private static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
	}

	private static PercentValue of(String shown, BigDecimal number) {
		if (number.compareTo(BigDecimal.ZERO) < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
			return new PercentValue(shown, null, false);
		}
		return new PercentValue(shown, number.setScale(0, RoundingMode.HALF_UP).intValue(), false);
	}

}
