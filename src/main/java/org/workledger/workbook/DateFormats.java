package org.workledger.workbook;

import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Whether a number format shows a date, as Chinese Excel and WPS write them. POI's
 * {@link DateUtil#isADateFormat} misses some: the built-in formats 27–36 and 50–58, which a
 * file names by number only (in a Chinese Excel {@code yyyy"年"m"月"d"日"}, {@code m"月"d"日"},
 * {@code yyyy"年"m"月"} …; POI knows them as {@code reserved-0x1F} or not at all), the era
 * year {@code e}, the weekday {@code aaaa} and 时/分/秒 written without quotes. A date typed in
 * such a cell would otherwise be read as its serial number (45225 for 2023-10-26).
 */
public final class DateFormats {

	/** Date and time tokens, separators and the Chinese date words a format may be made of. */
	private static final Pattern DATE_TOKENS = Pattern.compile("[yYmMdDeEgGaAhHsS年月日时分秒\\-/.,:\\s]+");

	/** At least one part that is a date rather than a time of day. */
	private static final Pattern DATE_PART = Pattern.compile(".*[yYdDeEaA年月日].*");

	private DateFormats() {
	}

	/** True when cells of this number format show dates. */
	public static boolean isDate(int formatIndex, String formatString) {
		if (isLocaleBuiltin(formatIndex) && (formatString == null || formatString.startsWith("reserved-")
				|| formatString.equals("General"))) {
			return true;
		}
		return DateUtil.isADateFormat(formatIndex, formatString) || isChineseDate(formatString);
	}

	/** True when a numeric cell holds a date: a date format and a value Excel can show as one. */
	public static boolean isDateFormatted(Cell cell) {
		if (cell == null) {
			return false;
		}
		CellStyle style = cell.getCellStyle();
		if (style == null) {
			return false;
		}
		return DateUtil.isValidExcelDate(cell.getNumericCellValue())
				&& isDate(style.getDataFormat(), style.getDataFormatString());
	}

	/**
	 * The built-in formats whose text depends on the locale: dates and times in every East Asian
	 * Excel (27–36, 50–58), stored in a file as the number alone.
	 */
	static boolean isLocaleBuiltin(int formatIndex) {
		return (formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58);
	}

	/** A format of date tokens and Chinese date words once its literals, colours and locales are set aside. */
	static boolean isChineseDate(String format) {
		if (format == null || format.isEmpty()) {
			return false;
		}
		String section = firstSection(format);
		String tokens = section.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\\\.", "")
			.replaceAll("\\[[^\\]]*\\]", "")
			.replace("上午/下午", "")
			.replace("AM/PM", "")
			.replace("am/pm", "")
			.replace("A/P", "")
			.replace("a/p", "")
			.replace("@", "")
			.strip();
		return !tokens.isEmpty() && DATE_TOKENS.matcher(tokens).matches() && DATE_PART.matcher(tokens).matches();
	}

	/** The format for positive numbers: up to the first {@code ;} outside quotes. */
	private static String firstSection(String format) {
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\') {
				i++;
			}
			else if (c == ';' && !quoted) {
				return format.substring(0, i);
			}
		}
		return format;
	}

}
