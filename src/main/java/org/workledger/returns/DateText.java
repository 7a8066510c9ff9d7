package org.workledger.returns;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates typed as text: {@code 2023年10月26日}, {@code 2023-10-26}, {@code 2023.10.26}, {@code 2023/10/26}, {@code 20231026}. */
public final class DateText {

	private static final Pattern DATE = Pattern
		.compile("^(\\d{4})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?$");

	private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

	private DateText() {
	}

	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			m = COMPACT.matcher(s);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
