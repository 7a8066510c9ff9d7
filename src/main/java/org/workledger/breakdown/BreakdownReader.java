package org.workledger.breakdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.findings.Location;
import org.workledger.workbook.GridCell;
import org.workledger.workbook.HeaderRow;
import org.workledger.workbook.Labels;
import org.workledger.workbook.MergedCells;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.UsermodelGrids;
import org.workledger.workbook.WorkbookGrid;

/**
 * Reads the task breakdown table wherever its header row is. Copes with what real tables
 * do: a merged title row above the header, item names merged over their task rows,
 * header rows repeated inside the table (tables pasted from Word), blank rows, stray
 * spaces and full-width punctuation, item prefixes {@code 1.}, {@code 1、}, {@code 1．}.
 */
public final class BreakdownReader {

	public static final String ITEM = "事项名称";

	public static final String TASK = "主要任务";

	public static final String LEAD = "牵头单位";

	public static final String RESPONSIBLE = "责任单位";

	public static final String DEADLINE = "完成时限";

	public static final List<String> LABELS = List.of(ITEM, TASK, LEAD, RESPONSIBLE, DEADLINE);

	/**
	 * What offices also head these columns with. A table headed 重点事项 | 具体任务 | 牵头部门 |
	 * 配合单位 | 完成时间 is the same table; the labels above are preferred where both occur.
	 */
	public static final Map<String, List<String>> OTHER_NAMES = Map.of(
			ITEM, List.of("重点事项", "工作事项", "事项", "任务事项", "重点任务", "重点工作", "工作重点", "任务名称"),
			TASK, List.of("具体任务", "任务内容", "工作任务", "工作内容", "主要工作", "具体工作", "工作措施", "具体措施"),
			LEAD, List.of("牵头部门", "牵头责任单位", "牵头单位（部门）", "主责单位", "主办单位"),
			RESPONSIBLE, List.of("责任部门", "责任单位（部门）", "配合单位", "配合部门", "参与单位", "协办单位", "落实单位"),
			DEADLINE, List.of("完成时间", "时限", "完成期限", "时间节点", "时间要求", "完成时限要求"));

	/** Columns that also name responsible units when a table has both (责任单位 and 配合单位): read together. */
	private static final List<String> MORE_RESPONSIBLE = OTHER_NAMES.get(RESPONSIBLE);

	/** The words a units column is headed with: a header found partly by other names needs one. */
	private static final List<String> UNITS_WORDS = Stream
		.of(List.of(LEAD, RESPONSIBLE), OTHER_NAMES.get(LEAD), OTHER_NAMES.get(RESPONSIBLE))
		.flatMap(List::stream)
		.toList();

	private static final List<String> LABELS_AND_OTHER_NAMES = Stream
		.concat(LABELS.stream(), LABELS.stream().flatMap(l -> OTHER_NAMES.get(l).stream()))
		.toList();

	/** A row with at least this many of the five labels is a breakdown header. */
	private static final int RECOGNISED = 3;

	/** （已取消）任务…, 【取消】…, 任务…（已取消）: a task the office struck out but kept in the table. */
	private static final Pattern CANCELLED = Pattern.compile("^[（(【\\[]\\s*(已取消|取消|已撤销|撤销|已删除|删除)\\s*[)）】\\]]|[（(【\\[]\\s*(已取消|已撤销|已删除)\\s*[)）】\\]]$");

	/** 一、 二． 十二、: an item numbered in Chinese (a name that merely begins with 一 has no mark after it). */
	/** （一）加强政策文件集中公开, (二)… */
	private static final Pattern BRACKETED_ITEM_PREFIX = Pattern
		.compile("^\\s*[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*[、.]?\\s*(.+)$");

	private static final Pattern CHINESE_ITEM_PREFIX = Pattern.compile("^\\s*([一二三四五六七八九十]{1,3})\\s*[、.]\\s*(.+)$");

	private static final Pattern NOTE = Pattern.compile("^(注|备注|说明|附注|填表说明|注意事项)\\s*[:：0-9０-９一二三四五六七八九十（(、.．]");

	private static final Pattern ITEM_PREFIX = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:[.、,:)]|\\s)\\s*(.*)$",
			Pattern.DOTALL);

	private BreakdownReader() {
	}

	/** Labels that make a header a progress workbook's, which repeats the breakdown's columns. */
	private static final List<String> RETURN_LABELS = List.of(ProgressWorkbookContract.TASK_ID,
			ProgressWorkbookContract.STATUS, ProgressWorkbookContract.PERCENT, "完成进度", "工作进展", "进展情况", "完成情况",
			"存在问题", "存在的问题", "下步计划", "下一步计划", "下步打算", "下一步工作计划");

	public static Optional<HeaderRow> findHeader(SheetGrid sheet) {
		return HeaderRow.find(sheet, LABELS_AND_OTHER_NAMES, RECOGNISED)
			// found partly by other names (事项, 工作任务, 完成时间 are a hand-made return's words too): only with units
			.filter(h -> LABELS.stream().filter(h::has).count() >= RECOGNISED || UNITS_WORDS.stream().anyMatch(h::has))
			.map(h -> h.withOtherNames(OTHER_NAMES))
			.map(BreakdownReader::taskColumnWithoutItems)
			.filter(h -> h.has(TASK) || h.has(ITEM))
			.filter(h -> !isProgressHeader(sheet.row(h.rowIndex())));
	}

	/**
	 * 序号 | 重点任务 | 责任单位 | 完成时限: a table of tasks without items, whose one column of work
	 * is headed with an item's other name. With a column of tasks beside it (重点任务 | 具体措施) the
	 * same name heads the items.
	 */
	private static HeaderRow taskColumnWithoutItems(HeaderRow header) {
		if (header.has(TASK) || !header.has(ITEM)
				|| !ITEMS_OR_TASKS.contains(header.sheet().text(header.rowIndex(), header.column(ITEM)).replaceAll("\\s", ""))) {
			return header;
		}
		Map<String, Integer> columns = new java.util.LinkedHashMap<>(header.columns());
		columns.put(TASK, columns.remove(ITEM));
		return new HeaderRow(header.sheet(), header.topRow(), header.rowIndex(), columns);
	}

	/** Headers of a column that holds the items beside a column of tasks, or the tasks when it is the only one. */
	private static final java.util.Set<String> ITEMS_OR_TASKS = java.util.Set.of("重点任务", "重点工作", "工作重点", "任务名称");

	/** Whether a row is a progress workbook's header: it repeats a breakdown's columns, but is not one. */
	public static boolean isProgressHeader(Map<Integer, GridCell> row) {
		return HeaderRow.match(row, RETURN_LABELS).size() >= 2;
	}

	/** The workbook's first sheet that is a task breakdown, if any. */
	public static Optional<SheetGrid> breakdownSheet(WorkbookGrid workbook) {
		return workbook.sheets().stream().filter(sheet -> findHeader(sheet).isPresent()).findFirst();
	}

	/** The same, for a workbook POI has opened. */
	public static Optional<SheetGrid> breakdownSheet(Workbook workbook) {
		return breakdownSheet(UsermodelGrids.of(workbook));
	}

	/**
	 * A header cell that is one character away from a missing label (主要任物 for 主要任务):
	 * said in the message, since a clerk looking for a missing column sees one is there.
	 */
	private static Optional<String> mistyped(SheetGrid sheet, HeaderRow header, String label) {
		return sheet.row(header.rowIndex())
			.keySet()
			.stream()
			.filter(column -> !header.columns().containsValue(column))
			.map(column -> sheet.text(header.rowIndex(), column).replaceAll("\\s", ""))
			.filter(text -> !text.isEmpty() && org.workledger.system.Spelling.distance(text, label) == 1)
			.findFirst();
	}

	/**
	 * Reads the breakdown from a sheet known to hold one. A missing column is reported
	 * and gives an empty task list: nothing sensible can be read without it.
	 */
	public static Breakdown read(SheetGrid sheet, String fileName, Findings findings) {
		HeaderRow header = findHeader(sheet).orElseThrow();
		String sheetName = sheet.name();
		String title = header.titleAbove().orElseGet(() -> titleOfFile(fileName));
		// a table with one units column (市司法局（牵头）、市财政局) names its leads there; a table of tasks without items
		// (序号 | 工作任务 | 责任单位 | 完成时限) makes each task an item of its own
		boolean items = header.has(ITEM);
		List<String> missing = LABELS.stream()
			.filter(l -> !header.has(l) && !(l.equals(LEAD) && header.has(RESPONSIBLE)) && !l.equals(ITEM))
			.toList();
		if (!missing.isEmpty()) {
			for (String label : missing) {
				findings.add(FindingCode.BREAKDOWN_COLUMN_MISSING.at(
						new Location(fileName, sheetName, "第" + (header.rowIndex() + 1) + "行"), "", label,
						mistyped(sheet, header, label).map(typed -> "（表头中的“" + typed + "”是不是写错了？）").orElse(""),
						label, String.join("、", OTHER_NAMES.get(label))));
			}
			return new Breakdown(title, fileName, sheetName, header.columns(), List.of());
		}
		// a table for 2024 may write its deadlines as 6月底前: the year is in its title or 年度 cell
		Optional<Integer> declaredYear = BreakdownYear.declared(sheet, title);
		MergedCells merged = new MergedCells(sheet);
		java.util.OptionalInt numberColumn = numberColumn(sheet, header);
		List<BreakdownTask> tasks = new ArrayList<>();
		Set<Integer> itemNumbers = new HashSet<>();
		int itemNo = 0;
		String itemName = null;
		String itemCellText = null;
		int taskIndex = 0;
		int notesRow = -1;
		for (int r : sheet.rowIndexes()) {
			if (r <= header.rowIndex() || header.isRepeatedIn(r)) {
				continue;
			}
			if (isNote(sheet, r)) {
				// 注：1.各责任单位每月25日前报送…: the table's foot, not an item
				notesRow = r;
				break;
			}
			if (!items) {
				String taskText = Labels.tidy(merged.text(r, header.column(TASK)));
				if (taskText.isEmpty()) {
					// 一、… in the 序号 column over the tasks below: a heading
					if (hasOtherValues(sheet, r, header)) {
						findings.add(FindingCode.BREAKDOWN_TASK_EMPTY.at(Location.cell(fileName, sheetName, r,
								header.column(TASK)), ""));
					}
					continue;
				}
				if (CANCELLED.matcher(taskText).find()) {
					findings.add(FindingCode.BREAKDOWN_TASK_CANCELLED.at(Location.cell(fileName, sheetName, r,
							header.column(TASK)), taskText, BreakdownTask.id(itemNo + 1, 1)));
					itemNumbers.add(++itemNo);
					continue;
				}
				// each task an item of its own, numbered by the table's 序号 where it has one
				int number = serial(merged, numberColumn, r);
				itemNo = number > 0 && !itemNumbers.contains(number) ? number
						: itemNumbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
				itemNumbers.add(itemNo);
				tasks.add(new BreakdownTask(BreakdownTask.id(itemNo, 1), itemNo, 1, taskText, taskText, lead(merged, r, header),
						responsible(merged, r, header), deadline(merged, declaredYear, sheet, r, header, fileName, findings),
						r + 1));
				continue;
			}
			if (merged.joins(r, header.column(ITEM), header.column(TASK))) {
				// 一、聚焦优化营商环境 merged across the table: a heading over the items below, neither item nor task
				continue;
			}
			String itemCell = merged.text(r, header.column(ITEM));
			String taskText = Labels.tidy(merged.text(r, header.column(TASK)));
			boolean sameItem = itemCell.isEmpty() || merged.continuesFromAbove(r, header.column(ITEM))
					|| itemCell.equals(itemCellText);
			if (taskText.isEmpty()) {
				if (!sameItem || hasOtherValues(sheet, r, header)) {
					findings.add(FindingCode.BREAKDOWN_TASK_EMPTY.at(Location.cell(fileName, sheetName, r,
							header.column(TASK)), ""));
				}
				continue;
			}
			if (!sameItem) {
				String folded = Normalizer.normalize(itemCell, Normalizer.Form.NFKC);
				Matcher m = ITEM_PREFIX.matcher(folded);
				Matcher chinese = CHINESE_ITEM_PREFIX.matcher(folded);
				Matcher bracketed = BRACKETED_ITEM_PREFIX.matcher(folded);
				int number;
				if (m.matches()) {
					number = Integer.parseInt(m.group(1));
					itemName = Labels.tidy(m.group(2));
				}
				else if (chinese.matches() && chineseNumber(chinese.group(1)) > 0) {
					// 一、加强政策文件公开: numbered as documents number their parts
					number = chineseNumber(chinese.group(1));
					itemName = Labels.tidy(chinese.group(2));
				}
				else if (bracketed.matches() && chineseNumber(bracketed.group(1)) > 0) {
					// （三）政策解读: numbered as documents number the parts of a part, which start again under each
					// heading (一、…（一）（二） 二、…（一）): the items are counted through, as the number says when it can
					number = itemNumbers.contains(chineseNumber(bracketed.group(1)))
							? itemNumbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1
							: chineseNumber(bracketed.group(1));
					itemName = Labels.tidy(bracketed.group(2));
				}
				else if (serial(merged, numberColumn, r) > 0 && !itemNumbers.contains(serial(merged, numberColumn, r))) {
					// 序号 | 重点任务 | 具体措施: the item numbered in a column of its own, as the office refers to it
					number = serial(merged, numberColumn, r);
					itemName = Labels.tidy(itemCell);
				}
				else {
					number = itemNo + 1;
					itemName = Labels.tidy(itemCell);
					findings.add(FindingCode.BREAKDOWN_ITEM_NUMBER.at(
							Location.cell(fileName, sheetName, r, header.column(ITEM)), itemCell, itemName, number, number));
				}
				if (!itemNumbers.add(number)) {
					findings.add(FindingCode.BREAKDOWN_ITEM_DUPLICATE.at(
							Location.cell(fileName, sheetName, r, header.column(ITEM)), itemCell, number));
					number = itemNumbers.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
					itemNumbers.add(number);
				}
				itemNo = number;
				itemCellText = itemCell;
				taskIndex = 0;
			}
			else if (itemName == null) {
				findings.add(FindingCode.BREAKDOWN_ITEM_MISSING.at(
						Location.cell(fileName, sheetName, r, header.column(ITEM)), ""));
				itemNo = 1;
				itemNumbers.add(1);
				itemName = "（未命名事项）";
				itemCellText = "";
			}
			taskIndex++;
			if (CANCELLED.matcher(taskText).find()) {
				// its number stays taken: the tasks after it keep the ids units have reported under
				findings.add(FindingCode.BREAKDOWN_TASK_CANCELLED.at(Location.cell(fileName, sheetName, r, header.column(TASK)),
						taskText, BreakdownTask.id(itemNo, taskIndex)));
				continue;
			}
			tasks.add(new BreakdownTask(BreakdownTask.id(itemNo, taskIndex), itemNo, taskIndex, itemName, taskText,
					lead(merged, r, header), responsible(merged, r, header),
					deadline(merged, declaredYear, sheet, r, header, fileName, findings), r + 1));
		}
		if (notesRow >= 0) {
			int notes = notesRow;
			taskLikeRowAfter(sheet, notes, header).ifPresent(r -> findings.add(FindingCode.BREAKDOWN_ROWS_AFTER_NOTES
				.at(Location.cell(fileName, sheetName, r, header.column(TASK)), "", notes + 1, r + 1, r + 1)));
		}
		// a task of one unit is led by it: the 牵头单位 column is left empty where there is no one else to lead
		tasks = tasks.stream().map(BreakdownReader::ledByItsOnlyUnit).toList();
		List<BreakdownTask> withoutLead = tasks.stream().filter(t -> t.leadUnits() == null || t.leadUnits().isBlank()).toList();
		if (!withoutLead.isEmpty()) {
			String ids = AssignmentResolver.ids(withoutLead.stream().map(BreakdownTask::id).toList());
			Location first = Location.cell(fileName, sheetName, withoutLead.get(0).row() - 1,
					header.has(LEAD) ? header.column(LEAD) : header.column(RESPONSIBLE));
			if (notesRow >= 0 && FIRST_LEADS.matcher(notesText(sheet, notesRow)).find()) {
				// 注：未标注的排在首位的为牵头单位 — the table's own rule for its leads
				List<BreakdownTask> led = new ArrayList<>();
				for (BreakdownTask t : tasks) {
					List<String> units = UnitNames.split(t.responsibleUnits());
					led.add(withoutLead.contains(t) && !units.isEmpty() ? new BreakdownTask(t.id(), t.itemNo(), t.taskIndex(),
							t.itemName(), t.text(), units.get(0), t.responsibleUnits(), t.deadline(), t.row()) : t);
				}
				tasks = led;
				findings.add(FindingCode.BREAKDOWN_FIRST_UNIT_LEADS.at(first, "", ids));
			}
			else {
				findings.add(FindingCode.BREAKDOWN_NO_LEAD.at(first, "", ids));
			}
		}
		if (tasks.isEmpty()) {
			findings.add(FindingCode.BREAKDOWN_NO_TASKS.at(Location.sheet(fileName, sheetName), ""));
		}
		return new Breakdown(title, fileName, sheetName, header.columns(), tasks);
	}

	/**
	 * The row's 牵头单位, else the units its units cell marks as leading: 县发改局（牵头） among the
	 * units with the 牵头单位 cell left empty is the lead the forms and reports name.
	 */
	private static String lead(MergedCells merged, int r, HeaderRow header) {
		String lead = header.has(LEAD) ? Labels.tidy(merged.text(r, header.column(LEAD))) : "";
		return lead.isEmpty() ? UnitNames.markedLead(responsible(merged, r, header)) : lead;
	}

	/** The row's 序号, when the table has that column and it holds a whole number; else 0. */
	private static int serial(MergedCells merged, java.util.OptionalInt numberColumn, int r) {
		return numberColumn.isPresent() ? wholeNumber(merged.text(r, numberColumn.getAsInt())) : 0;
	}

	private static Deadline deadline(MergedCells merged, Optional<Integer> declaredYear, SheetGrid sheet, int r,
			HeaderRow header, String fileName, Findings findings) {
		String text = Labels.tidy(merged.text(r, header.column(DEADLINE)));
		Location where = Location.cell(fileName, sheet.name(), r, header.column(DEADLINE));
		GridCell cell = sheet.cell(r, header.column(DEADLINE));
		if (cell != null && cell.date() != null) {
			return Deadline.due(text, cell.date());
		}
		if (text.isEmpty()) {
			findings.add(FindingCode.DEADLINE_MISSING.at(where, "", exampleYear(declaredYear)));
			return Deadline.ongoing("长期坚持");
		}
		Optional<Deadline> parsed = DeadlineParser.parse(text);
		if (parsed.isEmpty() && declaredYear.isPresent() && !text.matches(".*\\d{4}.*")) {
			parsed = DeadlineParser.parse(declaredYear.get() + "年" + text)
				.map(withYear -> Deadline.due(text, withYear.due()));
		}
		if (parsed.isPresent() && parsed.get().isOngoing() && DeadlineParser.isPeriodic(text)) {
			findings.add(FindingCode.DEADLINE_PERIODIC.at(where, text, text, exampleYear(declaredYear)));
		}
		if (parsed.isEmpty() && AS_REQUIRED.matcher(text).matches()) {
			// 按国务院部署, 根据工作需要, 按规定时限: no day to be overdue on, as the table meant
			findings.add(FindingCode.DEADLINE_AS_REQUIRED.at(where, text, text, exampleYear(declaredYear)));
			return Deadline.ongoing(text);
		}
		return parsed.orElseGet(() -> {
			int year = exampleYear(declaredYear);
			findings.add(FindingCode.DEADLINE_UNREADABLE.at(where, text, text, year, year, year));
			return Deadline.ongoing(text);
		});
	}

	/** A deadline that is a rule, not a day: 按国务院部署, 根据工作需要, 按规定时限, 适时. */
	private static final Pattern AS_REQUIRED = Pattern.compile("^(?:按照?|根据|依据?|视|适时|及时|随时|结合)[^0-9０-９]{0,16}$");

	/** 一 to 九十九 as a number; 0 for what is not one. */
	static int chineseNumber(String text) {
		String digits = "一二三四五六七八九";
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 ? digits.indexOf(text.charAt(0)) + 1 : 0;
		}
		if (ten != text.lastIndexOf('十') || ten > 1) {
			return 0;
		}
		int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0)) + 1;
		int ones = ten == text.length() - 1 ? 0 : text.length() - ten == 2 ? digits.indexOf(text.charAt(ten + 1)) + 1 : -1;
		return tens <= 0 || ones < 0 ? 0 : tens * 10 + ones;
	}

	/** The 责任单位 cell, with those of a 配合单位 column beside it. */
	private static String responsible(MergedCells merged, int r, HeaderRow header) {
		int column = header.column(RESPONSIBLE);
		StringBuilder units = new StringBuilder(Labels.tidy(merged.text(r, column)));
		for (String name : MORE_RESPONSIBLE) {
			if (header.has(name) && header.column(name) != column) {
				String more = Labels.tidy(merged.text(r, header.column(name)));
				if (!more.isEmpty()) {
					units.append(units.length() == 0 ? "" : "、").append(more);
				}
			}
		}
		return units.toString();
	}

	/** A row whose first words are those of a note under a table: 注：, 备注:, 说明1. … */
	private static boolean isNote(SheetGrid sheet, int row) {
		for (GridCell cell : sheet.row(row).values()) {
			String text = Labels.tidy(cell.text());
			if (!text.isEmpty()) {
				return NOTE.matcher(text).find();
			}
		}
		return false;
	}

	/** A row below the notes that reads like a task (its own task text and units), which is then not read. */
	private static Optional<Integer> taskLikeRowAfter(SheetGrid sheet, int notesRow, HeaderRow header) {
		for (int r : sheet.rowIndexes()) {
			if (r <= notesRow) {
				continue;
			}
			String task = sheet.text(r, header.column(TASK));
			String units = header.text(r, LEAD) + header.text(r, RESPONSIBLE);
			if (!task.isBlank() && !units.isBlank() && !units.contains(task)) {
				return Optional.of(r);
			}
		}
		return Optional.empty();
	}

	/** The year the fix's examples are written in: the table's own, else this year. */
	private static int exampleYear(Optional<Integer> declaredYear) {
		return declaredYear.orElseGet(FindingCode::exampleYear);
	}

	private static BreakdownTask ledByItsOnlyUnit(BreakdownTask t) {
		if (t.leadUnits() != null && !t.leadUnits().isBlank()) {
			return t;
		}
		List<String> units = UnitNames.split(t.responsibleUnits());
		if (units.size() != 1 || AssignmentResolver.GROUP.matcher(units.get(0)).find()) {
			return t;
		}
		return new BreakdownTask(t.id(), t.itemNo(), t.taskIndex(), t.itemName(), t.text(), units.get(0),
				t.responsibleUnits(), t.deadline(), t.row());
	}

	/** 注：…未标注的排在首位的为牵头单位 (第一个为牵头单位, 排名第一的牵头): a table's rule for its leads. */
	private static final Pattern FIRST_LEADS = Pattern.compile("(首位|第一|第1|首个|第一个|最前)[^。；;，,]{0,8}?(为|是|作为)?牵头");

	/** The text of the notes under a table, from its first row on. */
	private static String notesText(SheetGrid sheet, int notesRow) {
		StringBuilder text = new StringBuilder();
		for (int r : sheet.rowIndexes()) {
			if (r >= notesRow) {
				sheet.row(r).values().forEach(cell -> text.append(cell.text()).append('\n'));
			}
		}
		return text.toString().replaceAll("[ \\t\u3000]", "");
	}

	/** The 序号 column of a table, left of its tasks. */
	private static java.util.OptionalInt numberColumn(SheetGrid sheet, HeaderRow header) {
		return sheet.row(header.rowIndex())
			.keySet()
			.stream()
			.filter(c -> c < header.column(TASK))
			.filter(c -> java.util.Set.of("序号", "编号", "任务序号", "任务编号").contains(sheet.text(header.rowIndex(), c).replaceAll("\\s", "")))
			.mapToInt(Integer::intValue)
			.findFirst();
	}

	/** 7, 7.0, 7、 as 7; 0 for anything else. */
	private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\s*(\\d{1,3})(?:\\.0)?\\s*[、.]?\\s*$");

	private static int wholeNumber(String text) {
		Matcher m = WHOLE_NUMBER.matcher(text);
		return m.matches() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static boolean hasOtherValues(SheetGrid sheet, int row, HeaderRow header) {
		for (String label : List.of(LEAD, RESPONSIBLE, DEADLINE)) {
			if (!header.text(row, label).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** A table without a title row is called by its file's name. */
	private static String titleOfFile(String fileName) {
		String name = fileName.replaceFirst("\\.[^.]+$", "");
		return name.isEmpty() ? "重点工作任务分解表" : name;
	}

}
