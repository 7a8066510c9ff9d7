package org.workledger.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.workledger.breakdown.BreakdownTask;
import org.workledger.breakdown.TaskTexts;
import org.workledger.breakdown.Role;
import org.workledger.contract.ProgressStatus;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.findings.Location;
import org.workledger.period.Period;
import org.workledger.roster.Unit;
import org.workledger.roster.UnitMatch;
import org.workledger.vocabulary.StatusVocabulary;
import org.workledger.workbook.Labels;
import org.workledger.workbook.UsermodelGrids;

/**
 * Applies every rule to a return in one pass and collects all findings, so a unit learns
 * everything it has to fix at once.
 */
public final class ReturnValidator {

	/** Findings about something missing have no value to quote. */
	private static final String NO_VALUE = "";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final ReturnRules rules;

	/** The rules of a return's own period, when it names another; null: every return by {@link #rules}. */
	private final Function<Period, Optional<ReturnRules>> rulesOfPeriod;

	public ReturnValidator(ReturnRules rules) {
		this(rules, null);
	}

	/**
	 * @param rules the rules of the run's period
	 * @param rulesOfPeriod the rules of any period (the run's own included); empty for a year
	 * without a task breakdown
	 */
	public ReturnValidator(ReturnRules rules, Function<Period, Optional<ReturnRules>> rulesOfPeriod) {
		this.rules = rules;
		this.rulesOfPeriod = rulesOfPeriod;
	}

	/**
	 * Whether the tables of a period list a unit under exactly this name; true when there is
	 * nothing to tell (no period, no tables for it).
	 */
	boolean lists(Period period, String unitName) {
		if (period == null || unitName == null) {
			return true;
		}
		Optional<ReturnRules> rules = this.rulesOfPeriod == null ? Optional.of(this.rules) : this.rulesOfPeriod.apply(period);
		return rules.map(r -> r.roster().unit(unitName).filter(u -> u.name().equals(unitName)).isPresent()).orElse(true);
	}

	public ValidatedReturn validate(ReturnedWorkbook book) {
		if (this.rulesOfPeriod != null) {
			// a return counts for the period it names, and is judged by that period's tables
			Period named = filedUnder(book, period(book, new Findings(), false));
			if (named != null) {
				Optional<ReturnRules> rules = this.rulesOfPeriod.apply(named);
				if (rules.isEmpty()) {
					return withoutBreakdown(book, named);
				}
				if (rules.get() != this.rules) {
					return new ReturnValidator(rules.get()).validate(book);
				}
			}
		}
		Findings findings = new Findings();
		String file = book.fileName();
		if (!book.hasTable() && !book.typedOverHeader().isEmpty()) {
			findings.add(typedOverHeader(book));
		}
		else if (!book.hasTable()) {
			findings.add(FindingCode.RETURN_NO_TABLE.at(Location.file(file), NO_VALUE));
		}
		if (!book.hasTable()) {
			Unit unit = unit(book, findings, false);
			return new ValidatedReturn(book, unit, filedUnder(book, period(book, findings, false)), null, "", "", List.of(),
					findings);
		}
		String sheet = book.sheetName();
		for (String column : book.missingColumns()) {
			if (column.equals(ProgressWorkbookContract.TASK) && !book.missingColumns().contains(ProgressWorkbookContract.TASK_ID)) {
				// a table of the unit's own making with 任务编号 and no 主要任务: the numbers say which task each row is
				findings.add(FindingCode.RETURN_TASK_COLUMN_MISSING.at(Location.sheet(file, sheet), NO_VALUE));
				continue;
			}
			findings.add(FindingCode.RETURN_COLUMN_MISSING.at(Location.sheet(file, sheet), NO_VALUE, column, column));
		}
		Unit unit = unit(book, findings, true);
		Period written = period(book, findings, true);
		Period period = filedUnder(book, written);
		String contact = contact(book, ProgressWorkbookContract.CONTACT, findings);
		String phone = contact(book, ProgressWorkbookContract.PHONE, findings);
		LocalDate filledOn = filledOn(book, findings, period);
		book.errorCells()
			.forEach((cell, value) -> findings.add((value.startsWith(UsermodelGrids.UNCALCULATED_PREFIX)
					? FindingCode.FORMULA_UNCALCULATED : FindingCode.CELL_ERROR).at(new Location(file, sheet, cell), value, value)));
		if (unit != null) {
			templateChecks(book, unit, findings);
			fileNameCheck(book, unit, findings);
		}
		Optional<Period> formMonth = Period.tryParse(book.meta().getOrDefault(ProgressWorkbookContract.META_PERIOD, ""));
		boolean earlierYearsForm = period != null && formMonth.isPresent()
				&& formMonth.get().month().getYear() < period.month().getYear();
		if (!earlierYearsForm) {
			periodCheck(book, written, findings);
		}
		if (findings.all().stream().noneMatch(f -> f.code().code().startsWith("return.period"))) {
			monthInFileNameCheck(book, written, findings);
		}
		if (filledOn != null && written != null && filledOn.isBefore(written.firstDay())
				&& findings.all().stream().noneMatch(f -> f.code() == FindingCode.PERIOD_BEFORE_ITS_MONTH)) {
			// next month's form filled in before next month began: most likely this month's return on the wrong form
			findings.add(FindingCode.FILLED_ON_BEFORE_PERIOD.at(headerLocation(book, ProgressWorkbookContract.FILLED_ON),
					filledOn.toString(), filledOn.format(CHINESE_DATE), written.label(), written.label(),
					written.previous().label(), written.previous().label(), written.label()));
		}
		if (book.blank()) {
			// an untouched template: one clear message instead of one per cell
			findings.add(FindingCode.RETURN_BLANK.at(Location.sheet(file, sheet), NO_VALUE));
			return new ValidatedReturn(book, unit, period, filledOn, contact, phone, List.of(), findings);
		}
		if (earlierYearsForm) {
			// last year's form with this year's month typed in: its numbers are last year's table's, which this year's
			// numbers again from 1.1 — every row would be booked under another task, or under none
			int year = period.month().getYear();
			findings.add(FindingCode.FORM_OF_EARLIER_YEAR.at(headerLocation(book, ProgressWorkbookContract.PERIOD),
					written == null ? "" : written.label(), formMonth.get().label(), formMonth.get().month().getYear(), year,
					period.label()));
			return new ValidatedReturn(book, unit, period, filledOn, contact, phone, List.of(), findings);
		}
		List<ProgressEntry> entries = rows(book, unit, findings);
		// task numbers are per year: January is not compared with December of another table
		if (unit != null && period != null && period.previous().month().getYear() == period.month().getYear()) {
			compareWithPrevious(book, unit, period, entries, findings);
		}
		return new ValidatedReturn(book, unit, period, filledOn, contact, phone, entries, findings);
	}

	/** Files that could not be read as a workbook, yet may well be a unit's return (not our own outputs). */
	private static final java.util.Set<FindingCode> UNREADABLE_RETURNS = java.util.EnumSet.of(FindingCode.FILE_UNREADABLE,
			FindingCode.FILE_ENCRYPTED, FindingCode.FILE_EMPTY, FindingCode.FILE_TOO_LARGE, FindingCode.FILE_BOMB,
			FindingCode.FILE_ARCHIVE, FindingCode.FILE_NOT_EXCEL);

	private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern
		.compile("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月");

	/**
	 * A file that could not be read, named after a unit (its full name, or a short name only
	 * it has) and a month (2023年10月, 10月; none: the month being consolidated): most likely
	 * that unit's return for that month, sent back as such.
	 * Otherwise the unit would be told it had not reported, and the circular list it among
	 * the silent, when it did send something, only not something that could be read.
	 */
	public Optional<ValidatedReturn> byFileName(String fileName, Finding unreadable) {
		if (!UNREADABLE_RETURNS.contains(unreadable.code())) {
			return Optional.empty();
		}
		Optional<Unit> unit = this.rules.roster().nameIn(ownName(fileName));
		// a name without a month (生态环境局进展.csv) is taken for the month being consolidated
		Optional<Period> period = periodInName(fileName)
			.or(() -> Optional.ofNullable(this.rules.asOf()).map(day -> Period.of(day.getYear(), day.getMonthValue())));
		if (unit.isEmpty() || period.isEmpty()) {
			return Optional.empty();
		}
		Findings findings = new Findings();
		findings.add(unreadable);
		ReturnedWorkbook none = new ReturnedWorkbook(fileName, "", List.of(), Map.of(), List.of(), Map.of(), Map.of());
		return Optional.of(new ValidatedReturn(none, unit.get(), period.get(), null, "", "", List.of(), findings));
	}

	/**
	 * The month a file name gives: 2023年10月, or 10月 alone (沈阳市水务局-10月.xlsx), then the
	 * latest such month up to the run's as-of day.
	 */
	private Optional<Period> periodInName(String fileName) {
		java.util.regex.Matcher month = YEAR_MONTH.matcher(fileName);
		if (month.find()) {
			int m = Integer.parseInt(month.group(2));
			return m < 1 || m > 12 ? Optional.empty() : Optional.of(Period.of(Integer.parseInt(month.group(1)), m));
		}
		java.util.regex.Matcher alone = MONTH_IN_NAME
			.matcher(java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFKC));
		if (!alone.find() || this.rules.asOf() == null) {
			return Optional.empty();
		}
		int m = month(alone);
		LocalDate asOf = this.rules.asOf();
		return Optional.of(Period.of(m <= asOf.getMonthValue() ? asOf.getYear() : asOf.getYear() - 1, m));
	}

	/** One character typed wrong, left out or added in a name of five or more: 沈阳市民证局 for 沈阳市民政局. */
	/** 大连市人民政府办公室 (办公厅, 政府办) written for 大连市人民政府: the government's office, naming itself. */
	private boolean isItsGovernmentsOffice(String written, Unit government) {
		if (!Labels.normalize(government.name()).endsWith("人民政府")) {
			return false;
		}
		String cleaned = org.workledger.roster.UnitNameForms.clean(written);
		java.util.regex.Matcher office = GOVERNMENTS_OFFICE.matcher(cleaned);
		if (!office.matches()) {
			return false;
		}
		UnitMatch meant = this.rules.roster().match(office.group(1) + "人民政府");
		return meant.resolved().filter(government::equals).isPresent();
	}

	/** A government's office, by the government's name (人民 may be left out) and 办公室, 办公厅 or 办. */
	private static final Pattern GOVERNMENTS_OFFICE = Pattern.compile("^(.{2,}?)(?:人民)?政府(?:办公室|办公厅|办)$");

	private static boolean isTypoOf(String written, String name) {
		String typed = Labels.normalize(written);
		return typed.length() >= 5 && org.workledger.system.Spelling.distance(typed, Labels.normalize(name)) == 1;
	}

	/** A return of a year that has no task breakdown yet: nothing to check it against. */
	private ValidatedReturn withoutBreakdown(ReturnedWorkbook book, Period period) {
		Findings findings = new Findings();
		int year = period.month().getYear();
		findings.add(FindingCode.PERIOD_WITHOUT_BREAKDOWN.at(headerLocation(book, ProgressWorkbookContract.PERIOD),
				period.label(), period.label(), year, year));
		Unit unit = unit(book, new Findings(), false);
		return new ValidatedReturn(book, unit, period, null, "", "", List.of(), findings);
	}

	private Unit unit(ReturnedWorkbook book, Findings findings, boolean report) {
		Optional<HeaderValue> value = book.header(ProgressWorkbookContract.UNIT).filter(v -> !v.text().isEmpty());
		if (value.isEmpty()) {
			return unitNotWritten(book, findings, report);
		}
		HeaderValue v = value.get();
		Location where = new Location(book.fileName(), v.sheet(), v.cell());
		UnitMatch match = this.rules.roster().match(v.text());
		// whom the template was made for helps a person and addresses a rejection; it never
		// decides whom a return counts for
		Unit template = this.rules.roster()
			.current(book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, ""))
			.orElse(null);
		String madeFor = template == null ? "" : template.name();
		String note = madeFor.isEmpty() ? "" : "此表格是为“" + madeFor + "”下发的";
		String fixForTemplate = "如确为“" + madeFor + "”报送，请把填报单位改为“" + madeFor + "”后重新报送；否则请填写本单位全称";
		switch (match.kind()) {
			case EXACT -> {
				return match.unit();
			}
			case FORMER_NAME -> {
				findings.add(FindingCode.UNIT_FORMER_NAME.at(where, v.text(), v.text(), match.unit().name(),
						match.unit().name(), match.unit().name()));
				return match.unit();
			}
			case VARIANT -> {
				if (template != null && template != match.unit()) {
					// a variation that points away from the template's own unit is a guess either way
					findings.add(FindingCode.UNIT_VARIANT_OTHER_TEMPLATE.at(where, v.text(), v.text(),
							match.unit().name(), madeFor, fixForTemplate));
					return template;
				}
				findings.add(FindingCode.UNIT_VARIANT.at(where, v.text(), v.text(), match.unit().name(),
						match.unit().name()));
				return match.unit();
			}
			case AMBIGUOUS -> findings.add(FindingCode.UNIT_AMBIGUOUS.at(where, v.text(), v.text(),
					match.candidateNames(), note.isEmpty() ? "" : "（" + note + "）",
					template != null ? fixForTemplate
							: "请在“填报单位”右侧单元格填写单位全称，例如" + match.candidateNames() + "中的一个"));
			case TOO_GENERAL -> findings.add(FindingCode.UNIT_TOO_GENERAL.at(where, v.text(), v.text(),
					note.isEmpty() ? "" : "（" + note + "）",
					template != null ? fixForTemplate : "请在“填报单位”右侧单元格填写本单位在单位名册中的全称"));
			default -> {
				// a unit renamed since, writing its new name on an earlier month's form: the roster of that month
				// still has its old name, which the newest roster gives as its 曾用名
				List<String> earlierNames = this.rules.laterNames().getOrDefault(Labels.normalize(v.text()), List.of());
				if (earlierNames.size() > 1) {
					// units merged since: the form's own unit, when it is one of them; otherwise it cannot be told
					if (template != null && earlierNames.contains(template.name())) {
						findings.add(FindingCode.UNIT_LATER_NAME.at(where, v.text(), v.text(), template.name(),
								template.name()));
						return template;
					}
					String among = earlierNames.stream().map(n -> "“" + n + "”").collect(java.util.stream.Collectors.joining("或"));
					findings.add(FindingCode.UNIT_AMBIGUOUS.at(where, v.text(), v.text(), among,
							"（" + v.text() + "由它们合并而成，本期的单位名册中它们仍分别报送）",
							"请把填报单位改为本单位当时的名称（" + among + "中的一个）后重新报送"));
					return template;
				}
				Optional<Unit> renamed = earlierNames.isEmpty() ? Optional.empty()
						: this.rules.roster().current(earlierNames.get(0));
				if (renamed.isPresent()) {
					findings.add(FindingCode.UNIT_LATER_NAME.at(where, v.text(), v.text(), renamed.get().name(),
							renamed.get().name()));
					return renamed.get();
				}
				if (template != null && isTypoOf(v.text(), template.name())) {
					// 沈阳市民证局 on 沈阳市民政局's own form: a slip of one character, named by no other unit, is
					// not worth a round trip (sent back, it came again days later and was counted as late)
					findings.add(FindingCode.UNIT_TYPO.at(where, v.text(), v.text(), madeFor, madeFor, madeFor));
					return template;
				}
				if (template != null && isItsGovernmentsOffice(v.text(), template)) {
					// 大连市人民政府办公室 on 大连市人民政府's own form: a government's return is made by its office, which
					// writes its own name; not a unit of the roster, so no other unit is meant
					findings.add(FindingCode.UNIT_GOVERNMENTS_OFFICE.at(where, v.text(), v.text(), madeFor, madeFor, madeFor));
					return template;
				}
				Optional<Unit> byFile = template != null ? Optional.empty()
						: this.rules.roster().nameIn(ownName(book.fileName()));
				if (byFile.isPresent() && this.rules.roster().shortenedFrom(v.text()).equals(List.of(byFile.get()))) {
					// 浙江省住建厅 in a table of 住建厅's own making sent as 省建设厅11月报表.xlsx: the name and the file
					// name agree on the one unit
					String unitName = byFile.get().name();
					findings.add(FindingCode.UNIT_SHORT_FORM_BY_FILE.at(where, v.text(), v.text(), unitName, unitName,
							unitName, v.text()));
					return byFile.get();
				}
				if (template != null && this.rules.roster().shortenedFrom(v.text()).equals(List.of(template))) {
					// 旗政务服务局 on 杭锦旗政务服务与数据管理局's own form, a shortening of no other unit's name: the
					// unit's own way of writing itself, not worth a round trip either
					findings.add(FindingCode.UNIT_SHORT_FORM.at(where, v.text(), v.text(), madeFor, madeFor, madeFor,
							v.text()));
					return template;
				}
				String formFor = book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, "");
				if (template == null && !formFor.isEmpty() && Labels.normalize(formFor).equals(Labels.normalize(v.text()))) {
					// its own form, from a roster it is no longer in (abolished or merged in a reorganisation): the
					// nearest unit and an alias for it were the wrong advice — following it credits another unit
					findings.add(FindingCode.UNIT_NO_LONGER_LISTED.at(where, v.text(), v.text()));
					return null;
				}
				List<String> notes = new ArrayList<>();
				if (!note.isEmpty()) {
					notes.add(note);
				}
				if (!match.candidates().isEmpty()
						&& !(match.candidates().size() == 1 && match.candidates().get(0) == template)) {
					notes.add("最接近的单位：" + match.candidateNames());
				}
				String nearest = notes.isEmpty() ? "" : "（" + String.join("；", notes) + "）";
				// a text with a colon or digits in it is no name of a unit: not one to register as an alias
				boolean nameLike = !v.text().matches(".*[:：0-9０-９].*");
				String fix = template != null ? fixForTemplate
						: !nameLike ? "请在“填报单位”右侧单元格只填写本单位在单位名册中的全称"
								: "请填写本单位在单位名册中的全称，或请汇总部门在单位名册“简称及别名”列登记“" + v.text()
										+ "”（如系单位更名，请在单位名册中把原名称填在新名称的“曾用名”列）";
				findings.add(FindingCode.UNIT_UNKNOWN.at(where, v.text(), v.text(), nearest, fix));
				if (template == null && byFile.isPresent()) {
					// not credited (the error sends it back), but sent back to the unit its file is named after, which
					// was otherwise told it had not reported at all
					return byFile.get();
				}
			}
		}
		// not credited to anyone; a rejection made from a template goes back to whom it was made for
		return template;
	}

	/**
	 * 填报单位 left empty (a unit cleared the cell, or never wrote it on a table of its own). The
	 * form it was made for, or else the one unit its file is named after by full name, says who
	 * sent it, unless the other says someone else: it counts for that unit with a warning (sent
	 * back, a unit whose own form and file both named it came again days later, late). With
	 * nothing to go on it is an error; the form's unit still addresses the rejection.
	 */
	private Unit unitNotWritten(ReturnedWorkbook book, Findings findings, boolean report) {
		Location where = headerLocation(book, ProgressWorkbookContract.UNIT);
		Optional<Unit> template = this.rules.roster()
			.current(book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, ""));
		String name = ownName(book.fileName());
		Optional<Unit> named = this.rules.roster().fullNameIn(name);
		if (template.isPresent() && (named.isEmpty() || named.get() == template.get())) {
			if (report) {
				findings.add(FindingCode.UNIT_FROM_TEMPLATE.at(where, NO_VALUE, template.get().name()));
			}
			return template.get();
		}
		if (template.isEmpty() && named.isPresent()) {
			if (report) {
				findings.add(FindingCode.UNIT_FROM_FILE_NAME.at(where, NO_VALUE, named.get().name()));
			}
			return named.get();
		}
		if (report) {
			findings.add(FindingCode.UNIT_MISSING.at(where, NO_VALUE));
		}
		// good enough to address a rejection
		return template.orElse(null);
	}

	private Period period(ReturnedWorkbook book, Findings findings, boolean report) {
		Optional<HeaderValue> value = book.header(ProgressWorkbookContract.PERIOD).filter(v -> !v.text().isEmpty());
		if (value.isEmpty()) {
			// left empty in a distributed workbook: the period it was made for, said as a warning
			Optional<Period> madeFor = Period.tryParse(book.meta().getOrDefault(ProgressWorkbookContract.META_PERIOD, ""));
			if (report) {
				findings.add(madeFor.isPresent()
						? FindingCode.PERIOD_FROM_TEMPLATE.at(headerLocation(book, ProgressWorkbookContract.PERIOD), NO_VALUE,
								madeFor.get().label(), madeFor.get().label())
						: FindingCode.PERIOD_MISSING.at(headerLocation(book, ProgressWorkbookContract.PERIOD), NO_VALUE,
								examplePeriod(book, "").label()));
			}
			return madeFor.orElse(null);
		}
		HeaderValue v = value.get();
		if (v.date() != null) {
			return Period.of(v.date().getYear(), v.date().getMonthValue());
		}
		Optional<Period> period = Period.tryParse(v.text());
		if (period.isEmpty()) {
			Period example = examplePeriod(book, v.text());
			findings.add(FindingCode.PERIOD_UNREADABLE.at(new Location(book.fileName(), v.sheet(), v.cell()), v.text(),
					v.text(), example.label(), example.key()));
			return null;
		}
		return period.get();
	}

	private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(?<![0-9])(1[0-2]|0?[1-9])\\s*月");

	/**
	 * The period to give as the example of how to write one: the month written (“10月”, its year
	 * left out) in the year of the form's own period, or of the run's as-of day, the latest such
	 * month not after it; else that period itself. Not this year's: a unit told to write
	 * 2026年10月 on a form of 2023 does so, and is sent back again.
	 */
	private Period examplePeriod(ReturnedWorkbook book, String written) {
		Optional<Period> madeFor = Period.tryParse(book.meta().getOrDefault(ProgressWorkbookContract.META_PERIOD, ""));
		Period base = madeFor.orElseGet(() -> Period.of(this.rules.asOf().getYear(), this.rules.asOf().getMonthValue()));
		java.util.regex.Matcher month = MONTH.matcher(written);
		if (!month.find()) {
			return base;
		}
		int m = Integer.parseInt(month.group(1));
		int year = base.month().getYear();
		return Period.of(madeFor.isEmpty() && m > base.month().getMonthValue() ? year - 1 : year, m);
	}

	private String contact(ReturnedWorkbook book, String label, Findings findings) {
		Optional<HeaderValue> value = book.header(label).filter(v -> !v.text().isEmpty());
		if (value.isEmpty()) {
			findings.add(FindingCode.CONTACT_MISSING.at(headerLocation(book, label), NO_VALUE, label));
			return "";
		}
		// a number typed with a Chinese input method (０２４－２２７２１２３４) is the number a clerk dials
		return ProgressWorkbookContract.PHONE.equals(label)
				? java.text.Normalizer.normalize(value.get().text(), java.text.Normalizer.Form.NFKC)
				: value.get().text();
	}

	/** @param period the return's period, whose month the examples of a date are given in (a 2026 date on a 2023 form read as a slip) */
	private LocalDate filledOn(ReturnedWorkbook book, Findings findings, Period period) {
		java.time.YearMonth month = period != null ? period.month()
				: java.time.YearMonth.of(FindingCode.exampleYear(), 10);
		LocalDate day = month.atDay(Math.min(26, month.lengthOfMonth()));
		String example = day.toString();
		Optional<HeaderValue> value = book.header(ProgressWorkbookContract.FILLED_ON).filter(v -> !v.text().isEmpty());
		if (value.isEmpty()) {
			findings.add(FindingCode.FILLED_ON_MISSING.at(headerLocation(book, ProgressWorkbookContract.FILLED_ON), NO_VALUE,
					example));
			return null;
		}
		HeaderValue v = value.get();
		Location where = new Location(book.fileName(), v.sheet(), v.cell());
		LocalDate date = v.date() != null ? v.date()
				: DateText.parse(v.text(), period == null ? null : period.month()).orElse(null);
		if (date == null) {
			findings.add(FindingCode.FILLED_ON_UNREADABLE.at(where, v.text(), v.text(), example, day.format(CHINESE_DATE)));
			return null;
		}
		// units fill in their returns in the days after the period's end, as asked: only a date far
		// beyond it is likely a slip of the year or month (every return of a month drew this warning
		// before, which hid the ones that mattered)
		if (date.isAfter(this.rules.asOf().plusMonths(1))) {
			findings.add(FindingCode.FILLED_ON_AFTER_AS_OF.at(where, v.text(), date, this.rules.asOf()));
		}
		return date;
	}


	/**
	 * The period a return belongs to: the one it names, but for a period before the one its
	 * form was distributed for. A form cannot report on a month before it was made, so that
	 * is a slip of the year or month (2022年10月 on October 2023's form), as is the next month
	 * written in the days its returns are sent (2023年12月 on November's form, on 5 December):
	 * the return is sent back (see periodCheck) as one of the form's period, where the office and the unit look
	 * for it, instead of under a period nobody asked for while the unit is reminded it has
	 * not reported.
	 */
	private static Period filedUnder(ReturnedWorkbook book, Period written) {
		if (written == null) {
			return null;
		}
		return Period.tryParse(book.meta().getOrDefault(ProgressWorkbookContract.META_PERIOD, ""))
			.filter(madeFor -> written.compareTo(madeFor) < 0 || filledBefore(book, written)
					|| written.equals(madeFor.next()) && filledInReturnWindow(book, madeFor))
			.orElse(written);
	}

	/**
	 * Whether the return says it was filled in before the month it names began (2023年11月
	 * written on 30 October): a report on a month cannot be written before the month, so
	 * the month is most likely a slip, and the return is not one of that month's.
	 */
	private static boolean filledBefore(ReturnedWorkbook book, Period written) {
		return filledOnDate(book).filter(date -> date.isBefore(written.firstDay())).isPresent();
	}

	/** 填报日期 as written, when it reads as a date; {@link #filledOn} says what is wrong with it otherwise. */
	private static Optional<LocalDate> filledOnDate(ReturnedWorkbook book) {
		return book.header(ProgressWorkbookContract.FILLED_ON)
			.filter(v -> !v.text().isEmpty())
			.flatMap(v -> v.date() != null ? Optional.of(v.date()) : DateText.parse(v.text()));
	}

	private void periodCheck(ReturnedWorkbook book, Period period, Findings findings) {
		String madeFor = book.meta().getOrDefault(ProgressWorkbookContract.META_PERIOD, "");
		if (period == null || madeFor.isEmpty()) {
			return;
		}
		Period.tryParse(madeFor).filter(p -> !p.equals(period)).ifPresent(p -> {
			Location where = headerLocation(book, ProgressWorkbookContract.PERIOD);
			if (period.compareTo(p) < 0) {
				// a form cannot report on a month before it was made: most likely the year was mistyped
				// (2023年1月 on January 2024's form), which would file the return under a period nobody asked for
				String slip = period.month().getYear() == p.month().getYear() ? "月份" : "年份";
				findings.add(FindingCode.PERIOD_BEFORE_TEMPLATE.at(where, period.label(), p.label(), period.label(), slip,
						p.label(), period.label(), period.label()));
			}
			else if (filledBefore(book, period)) {
				// last month's form with next month written on it before next month began: the month is
				// most likely a slip, and the return is sent back as one of the form's month
				LocalDate filledOn = filledOnDate(book).orElseThrow();
				findings.add(FindingCode.PERIOD_BEFORE_ITS_MONTH.at(where, period.label(), period.label(),
						filledOn.format(CHINESE_DATE), period.label(), p.label(), p.label(), period.label()));
			}
			else if (period.equals(p.next()) && filledInReturnWindow(book, p)) {
				// November's form, 2023年12月 written on it in the first days of December, when November's returns are
				// due: the month of sending written for the month reported on. Taken as written it was filed under a
				// December nobody asked for, and November's circular called the unit silent
				LocalDate filledOn = filledOnDate(book).orElseThrow();
				findings.add(FindingCode.PERIOD_SUBMISSION_MONTH.at(where, period.label(), p.label(), period.label(),
						filledOn.format(CHINESE_DATE), p.label(), p.label(), p.label(), period.label(), period.label()));
			}
			else {
				// last month's form used again for this month: taken as written
				findings.add(FindingCode.PERIOD_OTHER_TEMPLATE.at(where, period.label(), p.label(), period.label(),
						period.label()));
			}
		});
	}

	/** Days after a month's end in which its returns come in (they are due on the 5th by default). */
	private static final int RETURN_WINDOW_DAYS = 10;

	/** Filled in during the days after the form's month when that month's returns are sent. */
	private static boolean filledInReturnWindow(ReturnedWorkbook book, Period formMonth) {
		return filledOnDate(book)
			.filter(d -> d.isAfter(formMonth.lastDay()) && !d.isAfter(formMonth.lastDay().plusDays(RETURN_WINDOW_DAYS)))
			.isPresent();
	}

	/** A month in a file name: 10月, １０月, 十月; not the month of a date (10月25日 is when it was sent). */
	private static final java.util.regex.Pattern MONTH_IN_NAME = java.util.regex.Pattern
		.compile("(?<![0-9])(1[0-2]|0?[1-9])\\s*月(?!\\s*[0-9]{1,2}\\s*[日号])|(十二|十一|十|一|二|三|四|五|六|七|八|九)月");

	private static final java.util.regex.Pattern MONTHS_BEFORE = java.util.regex.Pattern
		.compile("(?<![0-9])(1[0-2]|0?[1-9])\\s*(?:-|~|～|—|至|到|、|，|,)\\s*(?=(?:1[0-2]|0?[1-9])\\s*月)");

	private static final List<String> CHINESE_MONTHS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
			"十一", "十二");

	/** The month a {@link #MONTH_IN_NAME} match names, in digits or in Chinese numerals. */
	private static int month(java.util.regex.Matcher match) {
		return match.group(1) != null ? Integer.parseInt(match.group(1)) : CHINESE_MONTHS.indexOf(match.group(2)) + 1;
	}

	/**
	 * Last month's form sent again for this month, its 报送期次 left as it was (体育局10月报表.xlsx on
	 * September's form): filed under September without a word, while the unit thought it had
	 * reported October and was reminded of it. Said when the file name names months and none
	 * is the one the return is filed under.
	 */
	private void monthInFileNameCheck(ReturnedWorkbook book, Period period, Findings findings) {
		if (period == null) {
			return;
		}
		String name = ownName(book.fileName());
		name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
		List<Integer> months = new ArrayList<>();
		// 9-10月, 9至10月, 9、10月: the months before 月 count too
		java.util.regex.Matcher range = MONTHS_BEFORE.matcher(name);
		while (range.find()) {
			months.add(Integer.parseInt(range.group(1)));
		}
		java.util.regex.Matcher m = MONTH_IN_NAME.matcher(name);
		while (m.find()) {
			months.add(month(m));
		}
		int own = period.month().getMonthValue();
		if (months.isEmpty() || months.contains(own)) {
			return;
		}
		String named = months.get(0) + "月";
		// named for a later month and filled in after this month's returns were due, when that month's are being
		// sent: last month's form used again for this month (大东区's October form, named 11月, filled in on
		// 2 December, was taken as a late October return and replaced the one October's circular was made from)
		int later = months.get(0);
		Period namedPeriod = Period.of(period.month().getYear() + (later > own ? 0 : 1), later);
		Optional<LocalDate> filledOn = filledOnDate(book);
		if (filledOn.isPresent() && namedPeriod.compareTo(period) > 0
				&& filledOn.get().isAfter(period.lastDay().plusDays(RETURN_WINDOW_DAYS))
				&& !filledOn.get().isBefore(namedPeriod.firstDay())) {
			String ownMonth = own + "月";
			findings.add(FindingCode.PERIOD_LATER_IN_FILE_NAME.at(headerLocation(book, ProgressWorkbookContract.PERIOD),
					period.label(), named, filledOn.get().format(CHINESE_DATE), period.label(), ownMonth, named, named, named,
					period.label(), ownMonth));
			return;
		}
		findings.add(FindingCode.PERIOD_OTHER_IN_FILE_NAME.at(headerLocation(book, ProgressWorkbookContract.PERIOD),
				period.label(), named, period.label(), period.label(), named, named, period.label()));
	}

	/**
	 * A file named after one unit whose 填报单位 is another: most often a unit filled in another
	 * unit's form (the form says whom it is for, the unit kept its own file name), and the return
	 * would count for the other unit without a word. Only full names are compared: a short name
	 * such as 和平区 is part of many.
	 */
	private void fileNameCheck(ReturnedWorkbook book, Unit unit, Findings findings) {
		String name = ownName(book.fileName());
		if (name.contains(unit.name()) || unit.formerNames().stream().anyMatch(name::contains)) {
			return;
		}
		this.rules.roster()
			.fullNameIn(name)
			.filter(other -> other != unit)
			.ifPresent(other -> findings.add(FindingCode.UNIT_OTHER_IN_FILE_NAME.at(
					headerLocation(book, ProgressWorkbookContract.UNIT), unit.name(), other.name(), unit.name(),
					unit.name(), other.name(), other.name())));
	}

	private void templateChecks(ReturnedWorkbook book, Unit unit, Findings findings) {
		String madeFor = book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, "");
		if (!madeFor.isEmpty() && this.rules.roster().current(madeFor).filter(u -> u != unit).isPresent()) {
			String written = book.header(ProgressWorkbookContract.UNIT).map(HeaderValue::text).orElse(unit.name());
			findings.add(FindingCode.UNIT_OTHER_TEMPLATE.at(headerLocation(book, ProgressWorkbookContract.UNIT), written,
					madeFor, written));
		}
		if (outdatedForm(book, unit)) {
			findings.add(FindingCode.TEMPLATE_CHANGED.at(Location.sheet(book.fileName(), book.sheetName()), NO_VALUE));
		}
	}

	/**
	 * A form the unit was given before the task table in force was revised: made for it under
	 * its name, or under a name it had before a reorganisation (its 曾用名: last year's form of
	 * 大数据管理局, renamed 数据局 with this year's table, is as outdated as anyone's).
	 */
	private boolean outdatedForm(ReturnedWorkbook book, Unit unit) {
		String madeFor = book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, "");
		String fingerprint = book.meta().getOrDefault(ProgressWorkbookContract.META_FINGERPRINT, "");
		String current = this.rules.fingerprints().get(unit.name());
		return !fingerprint.isEmpty() && current != null && !fingerprint.equals(current)
				&& (madeFor.equals(unit.name()) || unit.formerNames().contains(madeFor));
	}

	/**
	 * Each of the unit's tasks with no row, said where its row goes (between the rows of the tasks
	 * before and after it in the table) and placed on the task number of the row it goes before,
	 * so the marked-up copy shows the place. A clerk told "请补上任务 6.1 的填报行" with no place
	 * and no marked cell could not find where, nor insert a row into the protected sheet.
	 */
	private void missingRows(ReturnedWorkbook book, Map<String, Role> assigned, List<String> missing, Findings findings) {
		Map<String, ReturnedRow> rowOf = new HashMap<>();
		book.rows().forEach(r -> rowOf.putIfAbsent(r.taskId(), r));
		List<String> order = this.rules.tasks().keySet().stream().filter(assigned::containsKey)
			.sorted(ReturnValidator::byNumber)
			.toList();
		for (String taskId : missing) {
			if (rowOf.containsKey(taskId)) {
				// its row is there and was not taken (another task's wording, a task replaced): said at the row
				findings.add(FindingCode.TASK_MISSING.at(Location.sheet(book.fileName(), book.sheetName()), NO_VALUE, taskId,
						gistOf(taskId), "", "表格中", taskId));
				continue;
			}
			int at = order.indexOf(taskId);
			String before = null;
			for (int i = at - 1; i >= 0 && before == null; i--) {
				before = rowOf.containsKey(order.get(i)) ? order.get(i) : null;
			}
			String after = null;
			for (int i = at + 1; i < order.size() && after == null; i++) {
				after = rowOf.containsKey(order.get(i)) ? order.get(i) : null;
			}
			String where = before != null && after != null ? "任务 " + before + " 与 " + after + " 之间"
					: after != null ? "任务 " + after + " 之前" : before != null ? "任务 " + before + " 之后" : "";
			Location place = after != null ? cell(book, rowOf.get(after), ProgressWorkbookContract.TASK_ID)
					: before != null ? cell(book, rowOf.get(before), ProgressWorkbookContract.TASK_ID)
							: Location.sheet(book.fileName(), book.sheetName());
			findings.add(FindingCode.TASK_MISSING.at(place, NO_VALUE, taskId, gistOf(taskId),
					where.isEmpty() ? "" : "（应在" + where + "）",
					where.isEmpty() ? "表格中" : where, taskId));
		}
	}

	/** “…the task's first words…” after its number, so a unit clerk knows which task without the blank form. */
	private String gistOf(String taskId) {
		BreakdownTask task = this.rules.tasks().get(taskId);
		return task == null || task.text().isBlank() ? " " : "“" + gist(task.text()) + "”";
	}

	/** A file's own name, without the folders (or the zip) it came in: 市直部门报表.zip/公安局.xlsx is 公安局.xlsx. */
	private static String ownName(String fileName) {
		return fileName.substring(fileName.lastIndexOf('/') + 1);
	}

	/** Task numbers in the table's order: 2.1 before 10.1, 4.2 before 4.10. */
	private static int byNumber(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			try {
				c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
			}
			catch (NumberFormatException ex) {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(x.length, y.length);
	}

	/** The form's header row typed over: the cells, what they hold now, and the labels they should hold. */
	private static Finding typedOverHeader(ReturnedWorkbook book) {
		List<String> cells = List.copyOf(book.typedOverHeader().keySet());
		String first = cells.get(0);
		String last = cells.get(cells.size() - 1);
		int row = Integer.parseInt(first.replaceAll("[A-Z]", ""));
		String range = first.equals(last) ? first : first.replaceAll("\\d", "") + row + ":" + last;
		List<String> shown = new ArrayList<>();
		book.typedOverHeader().forEach((cell, text) -> shown.add(cell + (text.isEmpty() ? "（空）" : "“" + gist(text) + "”")));
		String typed = String.join("、", shown.size() > 3 ? shown.subList(0, 3) : shown) + (shown.size() > 3 ? " 等" : "");
		String labels = "完成状态、完成进度（%）、工作进展、存在问题、下步计划";
		// at the first cell, which the marked-up copy marks: the fix names the whole range
		return FindingCode.RETURN_HEADER_TYPED_OVER.at(new Location(book.fileName(), ProgressWorkbookContract.SHEET, first),
				NO_VALUE, row, typed, labels, range, row, row + 1);
	}

	/** The start of a task's wording, enough to recognise it in a message. */
	private static String gist(String text) {
		String plain = text.strip();
		return plain.length() <= 24 ? plain : plain.substring(0, 24) + "…";
	}

	/** The text without its white space; compared for every row, so no regex unless there is space to take out. */
	private static String words(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return WHITE_SPACE.matcher(text).replaceAll("");
			}
		}
		return text;
	}

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

	private List<ProgressEntry> rows(ReturnedWorkbook book, Unit unit, Findings findings) {
		String file = book.fileName();
		String sheet = book.sheetName();
		Map<String, Role> assigned = unit == null ? Map.of() : this.rules.assignmentsOf(unit.name());
		Map<String, Integer> seen = new HashMap<>();
		// on a form of the table before a revision, a row's 主要任务 tells its task when the numbers have moved
		boolean outdated = unit != null && outdatedForm(book, unit);
		Map<String, String> idByText = new HashMap<>();
		if (outdated) {
			this.rules.tasks().values().forEach(t -> idByText.put(words(t.text()), t.id()));
		}
		List<ProgressEntry> entries = new ArrayList<>();
		List<ReturnedRow> rows = unit == null ? book.rows() : withTaskNumbers(book, continued(book, findings), assigned,
				findings);
		// a number the table does not have: likely one of the unit's own mistyped, which is then missing (an error);
		// with all of the unit's tasks there, a row added (27.1) is left out with a warning, as another unit's task is
		Set<String> numbers = new HashSet<>();
		rows.forEach(r -> numbers.add(r.taskId()));
		boolean allThere = unit != null && numbers.containsAll(assigned.keySet());
		for (ReturnedRow row : rows) {
			Location idCell = cell(book, row, ProgressWorkbookContract.TASK_ID);
			if (row.taskId().isEmpty()) {
				String merged = book.mergedTaskIds().get(idCell.cell());
				// a number merged away is said as such: "add the number" could not be done in a merged cell
				findings.add(merged != null ? FindingCode.TASK_ID_MERGED.at(idCell, NO_VALUE, merged, idCell.cell())
						: FindingCode.TASK_ID_MISSING.at(idCell, NO_VALUE));
				continue;
			}
			BreakdownTask task = this.rules.tasks().get(row.taskId());
			if (task == null) {
				findings.add((allThere ? FindingCode.TASK_UNKNOWN_EXTRA : FindingCode.TASK_UNKNOWN).at(idCell,
						row.taskId(), row.taskId()));
				continue;
			}
			if (outdated && !row.taskText().isBlank() && !words(row.taskText()).equals(words(task.text()))) {
				String meant = idByText.get(words(row.taskText()));
				if (meant != null && !meant.equals(row.taskId())) {
					findings.add(FindingCode.TASK_RENUMBERED.at(idCell, row.taskId(), row.taskId(), meant, row.taskId()));
					continue;
				}
				if (meant == null && !TaskTexts.sameTask(row.taskText(), task.text())) {
					// a task deleted (or replaced) and its number given to another: not this task's progress
					findings.add(FindingCode.TASK_REPLACED.at(idCell, row.taskId(), row.taskId(), gist(row.taskText()),
							row.taskId(), gist(task.text()), row.taskId()));
					continue;
				}
			}
			if (!outdated && !row.taskText().isBlank() && !words(row.taskText()).equals(words(task.text()))) {
				Optional<BreakdownTask> other = TaskTexts.otherTask(row.taskText(), task, assigned.isEmpty()
						? this.rules.tasks().values()
						: assigned.keySet().stream().map(this.rules.tasks()::get).filter(java.util.Objects::nonNull).toList());
				if (other.isPresent()) {
					findings.add(FindingCode.TASK_TEXT_OF_OTHER.at(idCell, row.taskId(), row.taskId(), other.get().id(),
							gist(row.taskText())));
					// the row is there, only not filled for its task: said once, not again as a missing row
					seen.putIfAbsent(row.taskId(), row.row());
					continue;
				}
			}
			Integer earlier = seen.putIfAbsent(row.taskId(), row.row());
			if (earlier != null) {
				findings.add(FindingCode.TASK_DUPLICATE.at(idCell, row.taskId(), row.taskId(), earlier));
				continue;
			}
			if (unit != null && !assigned.containsKey(row.taskId())) {
				findings.add(FindingCode.TASK_NOT_ASSIGNED.at(idCell, row.taskId(), row.taskId()));
				continue;
			}
			ProgressEntry entry = entry(book, row, task, findings);
			if (entry != null) {
				entries.add(entry);
			}
		}
		if (unit != null) {
			List<String> missing = assigned.keySet().stream().filter(t -> !seen.containsKey(t)).toList();
			Optional<String> mergedFrom = mergedFrom(book, unit);
			if (!missing.isEmpty() && mergedFrom.isPresent()) {
				// the form of one of the units merged since: the merged unit owes the tasks of all of them, in one return
				// the other units by their full names: a short form of one written in 曾用名 too is not another unit
				List<String> others = unit.formerNames()
					.stream()
					.filter(n -> unit.formerNames().stream().noneMatch(m -> !m.equals(n) && m.contains(n)))
					.filter(n -> !n.equals(mergedFrom.get()))
					.toList();
				// in the table's order, as the clerk reads them
				String ids = String.join("、", this.rules.tasks().keySet().stream().filter(missing::contains).toList());
				findings.add(FindingCode.MERGED_UNIT_TASKS_MISSING.at(Location.sheet(file, sheet), ids, mergedFrom.get(),
						String.join("、", others), unit.name(), assigned.size(), missing.size(), ids, unit.name()));
			}
			else {
				missingRows(book, assigned, missing, findings);
			}
		}
		entries.sort(java.util.Comparator.comparingInt(ProgressEntry::row));
		return entries;
	}

	/**
	 * The rows with a row that goes on from the one above folded into it: no task number (or one
	 * merged into the row above), no task of its own, no status or percent other than the row
	 * above's, only more 工作进展/存在问题/下步计划. A unit whose text did not fit added a row under
	 * its task (often merging the number over both); its words belong to that task, not to a
	 * return sent back for a row without a number.
	 */
	private static List<ReturnedRow> continued(ReturnedWorkbook book, Findings findings) {
		List<ReturnedRow> rows = new ArrayList<>();
		for (ReturnedRow row : book.rows()) {
			ReturnedRow above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
			if (above != null && isContinuation(row, above, book)) {
				rows.set(rows.size() - 1, new ReturnedRow(above.row(), above.taskId(), above.statusText(), above.percent(),
						joined(above.progress(), row.progress()), joined(above.problems(), row.problems()),
						joined(above.nextSteps(), row.nextSteps()), above.cells(), above.taskText()));
				findings.add(FindingCode.TASK_ROW_CONTINUED.at(cell(book, row, ProgressWorkbookContract.TASK_ID), NO_VALUE,
						row.row(), above.taskId(), above.row(), above.taskId()));
				continue;
			}
			rows.add(row);
		}
		return rows;
	}

	/** 续上, （续）, 同上, 接上行: what a unit writes in the task column of a row that goes on from the one above. */
	private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern
		.compile("[（(]?(续上?|续前|同上|接上行?|上接)[行页表]?[）)]?[：:。.]?");

	private static boolean isContinuation(ReturnedRow row, ReturnedRow above, ReturnedWorkbook book) {
		boolean texts = !row.progress().isBlank() || !row.problems().isBlank() || !row.nextSteps().isBlank();
		return row.taskId().isEmpty() && !above.taskId().isEmpty() && texts
				&& (row.taskText().isBlank() || words(row.taskText()).equals(words(above.taskText()))
						|| GOES_ON.matcher(words(row.taskText())).matches())
				// status and percent left to the row above; the same as its, only where the number is merged over both
				&& (row.statusText().isBlank() && row.percent().blank() || mergedInto(row, book)
						&& (row.statusText().isBlank() || row.statusText().equals(above.statusText()))
						&& (row.percent().blank() || row.percent().equals(above.percent())))
				// the row just below, or below rows already folded into it
				&& book.rows().stream().noneMatch(r -> r.row() > above.row() && r.row() < row.row() && !r.taskId().isEmpty())
				&& row.row() - above.row() <= 20;
	}

	private static boolean mergedInto(ReturnedRow row, ReturnedWorkbook book) {
		return book.mergedTaskIds().containsKey(cell(book, row, ProgressWorkbookContract.TASK_ID).cell());
	}

	private static String joined(String above, String below) {
		return above.isBlank() ? below : below.isBlank() ? above : above + "\n" + below;
	}

	/**
	 * A row whose task number is empty or merged away, and whose 主要任务 reads as one of the
	 * unit's tasks that has no row, is that task's row (with a warning): the number is all that
	 * is missing, and the unit's words are unmistakable.
	 */
	private List<ReturnedRow> withTaskNumbers(ReturnedWorkbook book, List<ReturnedRow> rows, Map<String, Role> assigned,
			Findings findings) {
		if (rows.stream().allMatch(r -> !r.taskId().isEmpty())) {
			return rows;
		}
		Set<String> numbered = new HashSet<>();
		rows.forEach(r -> numbered.add(r.taskId()));
		List<BreakdownTask> own = assigned.keySet().stream().map(this.rules.tasks()::get)
			.filter(java.util.Objects::nonNull)
			.toList();
		List<ReturnedRow> result = new ArrayList<>();
		for (ReturnedRow row : rows) {
			Optional<BreakdownTask> task = row.taskId().isEmpty() ? TaskTexts.taskOf(row.taskText(), own)
				.filter(t -> numbered.add(t.id())) : Optional.empty();
			if (task.isEmpty()) {
				result.add(row);
				continue;
			}
			Location idCell = cell(book, row, ProgressWorkbookContract.TASK_ID);
			String merged = book.mergedTaskIds().get(idCell.cell());
			findings.add(FindingCode.TASK_ID_FROM_TEXT.at(idCell, NO_VALUE,
					merged != null ? "被合并掉了（" + merged + "）" : "是空的", gist(row.taskText()), task.get().id(),
					idCell.cell(), task.get().id()));
			result.add(new ReturnedRow(row.row(), task.get().id(), row.statusText(), row.percent(), row.progress(),
					row.problems(), row.nextSteps(), row.cells(), row.taskText()));
		}
		return result;
	}

	/**
	 * The former unit a return was made by, when {@code unit} was merged from several and the
	 * return names one of them (in 填报单位, or as the unit its form was made for).
	 */
	private static Optional<String> mergedFrom(ReturnedWorkbook book, Unit unit) {
		if (unit.formerNames().size() < 2) {
			return Optional.empty();
		}
		List<String> said = new ArrayList<>();
		book.header(ProgressWorkbookContract.UNIT).map(HeaderValue::text).ifPresent(said::add);
		said.add(book.meta().getOrDefault(ProgressWorkbookContract.META_UNIT, ""));
		for (String name : said) {
			String normalized = Labels.normalize(name);
			Optional<String> former = unit.formerNames().stream().filter(f -> Labels.normalize(f).equals(normalized)).findFirst();
			if (former.isPresent()) {
				return former;
			}
		}
		return Optional.empty();
	}

	/** What a unit writes for a task it believes is not its own. */
	private static final Set<String> NOT_OURS = Set.of("不涉及", "不适用", "无此项", "无此任务", "无此项工作", "非本单位任务",
			"不属于本单位", "不属于本单位职责", "本单位不涉及");

	private ProgressEntry entry(ReturnedWorkbook book, ReturnedRow row, BreakdownTask task, Findings findings) {
		Location statusCell = cell(book, row, ProgressWorkbookContract.STATUS);
		Location percentCell = cell(book, row, ProgressWorkbookContract.PERCENT);
		ProgressStatus status = null;
		// a missing column is said once (RETURN_COLUMN_MISSING), not again on every row
		boolean hasStatus = !book.missingColumns().contains(ProgressWorkbookContract.STATUS);
		boolean hasPercent = !book.missingColumns().contains(ProgressWorkbookContract.PERCENT);
		if (row.statusText().isEmpty()) {
			if (hasStatus && !book.errorCells().containsKey(row.cell(ProgressWorkbookContract.STATUS))) {
				findings.add(FindingCode.STATUS_MISSING.at(statusCell, NO_VALUE));
			}
		}
		else {
			status = this.rules.statuses().parse(row.statusText()).orElse(null);
			if (status == null && NOT_OURS.contains(Labels.normalize(row.statusText()))) {
				// the unit thinks the task is not its own: the list of words is no answer to that, the office is
				findings.add(FindingCode.STATUS_NOT_OURS.at(statusCell, row.statusText(), row.statusText()));
			}
			else if (status == null) {
				findings.add(FindingCode.STATUS_INVALID.at(statusCell, row.statusText(), row.statusText(),
						nearest(this.rules.statuses().nearest(row.statusText()))));
			}
			else if (!StatusVocabulary.isExact(row.statusText())
					&& !(status == ProgressStatus.ONGOING && !task.deadline().isOngoing())) {
				// 常态化推进 on a dated task: one hint, that the task has a deadline, not a second on the same cell
				findings.add(FindingCode.STATUS_SYNONYM.at(statusCell, row.statusText(), row.statusText(), status.label()));
			}
		}
		if (status == ProgressStatus.ONGOING && !task.deadline().isOngoing()) {
			findings.add(FindingCode.STATUS_ONGOING_ON_DATED.at(statusCell, row.statusText(), task.deadline().label()));
		}
		Integer percent = row.percent().value();
		if (row.percent().blank()) {
			if (status == ProgressStatus.DONE) {
				percent = 100;
			}
			else if (status == ProgressStatus.NOT_STARTED) {
				percent = 0;
			}
			else if (status == ProgressStatus.ONGOING || task.deadline().isOngoing()) {
				// a 长期坚持 task has no end to measure against, whatever word its status is in (推进中, 按计划推进): a
				// blank percent is what most units write (a city's 22 ongoing tasks each drew a hint, which buried the
				// real problems on the check page and in the notice)
				percent = null;
			}
			else if (hasPercent && hasStatus && (status != null || row.statusText().isEmpty())
					&& !book.errorCells().containsKey(row.cell(ProgressWorkbookContract.PERCENT))) {
				// without a status column no row is known to be 持续推进, and a blank percent there is allowed: the
				// missing column is the problem (21 hints on the ongoing rows had buried it in the marked-up copy)
				findings.add(FindingCode.PERCENT_MISSING.at(percentCell, NO_VALUE));
			}
		}
		else if (!row.percent().valid()) {
			Optional<java.math.BigDecimal> fraction = row.percent().fraction();
			if (fraction.isPresent()) {
				// 0.8 typed without a percent format: 80% to most, 0.8% as written; asked, not guessed
				String hundredfold = fraction.get().movePointRight(2).stripTrailingZeros().toPlainString();
				String asWritten = fraction.get().stripTrailingZeros().toPlainString();
				findings.add(FindingCode.PERCENT_FRACTION.at(percentCell, row.percent().shown(), row.percent().shown(),
						hundredfold, asWritten, hundredfold, hundredfold, asWritten));
			}
			else {
				// the example fits the row: a unit that typed the 80 it was shown on a 已完成 row was told next that
				// 已完成 wants 100
				findings.add(FindingCode.PERCENT_INVALID.at(percentCell, row.percent().shown(), row.percent().shown(),
						status == ProgressStatus.DONE ? "100" : "80"));
			}
		}
		if ((status == ProgressStatus.IN_PROGRESS || status == ProgressStatus.ONGOING) && row.progress().isBlank()
				&& !book.missingColumns().contains(ProgressWorkbookContract.PROGRESS)) {
			// the form asks every task for what was done; a return of statuses and percents alone passed without a word
			findings.add(FindingCode.PROGRESS_MISSING.at(cell(book, row, ProgressWorkbookContract.PROGRESS), NO_VALUE,
					status.label()));
		}
		if (status == ProgressStatus.DONE) {
			if (row.progress().isBlank()) {
				findings.add(FindingCode.DONE_WITHOUT_PROGRESS.at(cell(book, row, ProgressWorkbookContract.PROGRESS), NO_VALUE));
			}
			if (percent != null && percent < 100) {
				findings.add(FindingCode.DONE_NOT_FULL.at(percentCell, row.percent().shown(), percent));
			}
		}
		else if (status == ProgressStatus.NOT_STARTED && percent != null && percent > 0 && percent < 100) {
			// 未启动 with 80% done: one of the two is wrong, as 已完成 with 50 is
			findings.add(FindingCode.NOT_STARTED_WITH_PROGRESS.at(percentCell, row.percent().shown(), percent));
		}
		else if (status != null && percent != null && percent == 100) {
			findings.add(FindingCode.FULL_NOT_DONE.at(statusCell, row.statusText(), row.statusText()));
		}
		if (status == null) {
			return null;
		}
		return new ProgressEntry(row.taskId(), status, row.statusText(), percent, row.progress(), row.problems(),
				row.nextSteps(), row.row());
	}

	private void compareWithPrevious(ReturnedWorkbook book, Unit unit, Period period, List<ProgressEntry> entries,
			Findings findings) {
		Map<String, ProgressEntry> previous = this.rules.previousEntries().apply(unit.name(), period.previous());
		if (previous.isEmpty()) {
			return;
		}
		Map<Integer, ReturnedRow> rowsByNumber = new HashMap<>();
		book.rows().forEach(r -> rowsByNumber.put(r.row(), r));
		for (ProgressEntry entry : entries) {
			ProgressEntry before = previous.get(entry.taskId());
			if (before == null) {
				continue;
			}
			ReturnedRow row = rowsByNumber.get(entry.row());
			if (before.percent() != null && entry.percent() != null && entry.percent() < before.percent()) {
				findings.add(FindingCode.PERCENT_DECREASED.at(cell(book, row, ProgressWorkbookContract.PERCENT),
						String.valueOf(entry.percent()), before.percent(), entry.percent()));
			}
			if (before.status() == ProgressStatus.DONE && entry.status() != ProgressStatus.DONE) {
				findings.add(FindingCode.DONE_REVERTED.at(cell(book, row, ProgressWorkbookContract.STATUS),
						entry.statusText(), entry.status().label()));
			}
			// a task done last month and still done says what was done, the same words as then
			boolean doneBoth = before.status() == ProgressStatus.DONE && entry.status() == ProgressStatus.DONE;
			if (!doneBoth && !entry.progress().isBlank() && entry.progress().strip().equals(before.progress().strip())) {
				findings.add(FindingCode.PROGRESS_COPIED.at(cell(book, row, ProgressWorkbookContract.PROGRESS),
						abbreviate(entry.progress())));
			}
		}
	}

	/** What an unknown status word is nearest to, said after the word: （最接近的是“推进中”）. */
	private static String nearest(List<ProgressStatus> statuses) {
		if (statuses.isEmpty()) {
			return "";
		}
		List<String> words = statuses.stream().map(s -> "“" + s.label() + "”").toList();
		return statuses.size() == 1 ? "（最接近的是" + words.get(0) + "）"
				: "（可能是" + String.join("或", words) + "，请选择其一）";
	}

	private static Location cell(ReturnedWorkbook book, ReturnedRow row, String label) {
		String a1 = row.cell(label);
		if (a1.isEmpty()) {
			return new Location(book.fileName(), book.sheetName(), "第" + row.row() + "行");
		}
		return new Location(book.fileName(), book.sheetName(), a1);
	}

	private static Location headerLocation(ReturnedWorkbook book, String label) {
		return book.header(label)
			.map(v -> new Location(book.fileName(), v.sheet(), v.cell()))
			.orElse(Location.sheet(book.fileName(), book.sheetName()));
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

}
