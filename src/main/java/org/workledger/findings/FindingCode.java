package org.workledger.findings;

/**
 * The catalogue of everything workledger can find wrong in an input file. Each entry has
 * a stable code (used in files, tests and the database), a severity, a Chinese message
 * template and a fix hint; {@code %s} placeholders are filled in the order given to
 * {@link #at}.
 */
public enum FindingCode {

	// files
	FILE_UNREADABLE("file.unreadable", Severity.ERROR, "无法作为 Excel 工作簿打开（%s）",
			"请用 Excel 或 WPS 打开确认文件完好，另存为 .xlsx 后重新报送"),
	FILE_ENCRYPTED("file.encrypted", Severity.ERROR, "工作簿设置了打开密码，无法读取",
			"请在 Excel 中取消“用密码进行加密”后另存，再重新报送"),
	FILE_EMPTY("file.empty", Severity.ERROR, "文件为空（0 字节）", "请重新导出或复制该文件"),
	FILE_TOO_LARGE("file.too-large", Severity.ERROR, "文件大小 %s 超过上限 %s", "请删除与填报无关的工作表、图片后重新报送"),
	FILE_NOT_EXCEL("file.not-excel", Severity.ERROR, "不是 Excel 工作簿（%s）", "请以 .xlsx 或 .xls 格式报送"),
	FILE_BOMB("file.bomb", Severity.ERROR, "工作簿内部数据异常膨胀，疑似损坏或恶意文件，已拒绝读取",
			"请用 Excel 打开后另存为新文件再报送"),
	FILE_DUPLICATE_REFERENCE("file.duplicate-reference", Severity.WARNING, "发现多份%s，本次使用最新的“%s”",
			"请只在 input 文件夹保留一份最新的%s"),

	// task breakdown
	BREAKDOWN_MISSING("breakdown.missing", Severity.ERROR, "input 文件夹中没有找到任务分解表",
			"请把任务分解表（表头含 事项名称、主要任务、牵头单位、责任单位、完成时限）放入 input 文件夹"),
	BREAKDOWN_COLUMN_MISSING("breakdown.column-missing", Severity.ERROR, "任务分解表缺少“%s”列",
			"请在表头行补上“%s”列（表头须含 事项名称、主要任务、牵头单位、责任单位、完成时限）"),
	BREAKDOWN_NO_TASKS("breakdown.no-tasks", Severity.ERROR, "任务分解表中没有任何任务行", "请确认表头下方填写了主要任务"),
	BREAKDOWN_TASK_EMPTY("breakdown.task-empty", Severity.WARNING, "该行填写了其他内容但“主要任务”为空，已跳过",
			"如该行是一项任务，请补填主要任务；否则删除该行"),
	BREAKDOWN_ITEM_MISSING("breakdown.item-missing", Severity.ERROR, "第一项任务之前没有事项名称", "请在“事项名称”列填写该任务所属的事项"),
	BREAKDOWN_ITEM_NUMBER("breakdown.item-number", Severity.WARNING, "事项名称“%s”没有序号，按顺序编为第 %s 项",
			"请在事项名称前加上序号，例如“%s. ”"),
	BREAKDOWN_ITEM_DUPLICATE("breakdown.item-duplicate", Severity.ERROR, "事项序号 %s 重复出现", "请检查事项编号，每个序号只能出现一次"),
	DEADLINE_UNREADABLE("breakdown.deadline-unreadable", Severity.ERROR, "完成时限“%s”无法识别，该任务按“长期坚持”处理",
			"请写成“2023年10月底前”“2023年底前”“2023年10月15日前”或“长期坚持”"),
	DEADLINE_MISSING("breakdown.deadline-missing", Severity.ERROR, "完成时限为空，该任务按“长期坚持”处理",
			"请填写完成时限，例如“2023年10月底前”或“长期坚持”"),
	UNIT_UNRESOLVED("breakdown.unit-unresolved", Severity.ERROR, "%s“%s”在单位名册中找不到",
			"请在单位名册“简称及别名”列为对应单位添加“%s”，或改正任务分解表中的单位名称"),
	TASK_WITHOUT_UNITS("breakdown.task-without-units", Severity.ERROR, "任务 %s 没有任何可识别的责任单位或牵头单位",
			"请在“责任单位”列填写单位名册中的单位名称、简称或类别"),

	// roster
	ROSTER_MISSING("roster.missing", Severity.ERROR, "input 文件夹中没有找到单位名册",
			"请把单位名册（表头含 单位名称、类别）放入 input 文件夹"),
	ROSTER_COLUMN_MISSING("roster.column-missing", Severity.ERROR, "单位名册缺少“%s”列", "请在表头行补上“%s”列"),
	ROSTER_DUPLICATE_UNIT("roster.duplicate-unit", Severity.ERROR, "单位“%s”在名册中出现了两次（另见第 %s 行）",
			"请删除重复的一行，每个单位只保留一行"),
	ROSTER_CATEGORY_MISSING("roster.category-missing", Severity.ERROR, "单位“%s”没有填写类别",
			"请填写类别，例如“市政府有关部门”或“区县（市）政府”"),
	ROSTER_ALIAS_AMBIGUOUS("roster.alias-ambiguous", Severity.WARNING, "简称“%s”同时属于“%s”和“%s”，已不作为简称使用",
			"请只在其中一个单位的“简称及别名”中保留该简称"),
	ROSTER_EMPTY("roster.empty", Severity.ERROR, "单位名册中没有任何单位", "请在表头下方逐行填写单位");

	private final String code;

	private final Severity severity;

	private final String messageTemplate;

	private final String fixTemplate;

	FindingCode(String code, Severity severity, String messageTemplate, String fixTemplate) {
		this.code = code;
		this.severity = severity;
		this.messageTemplate = messageTemplate;
		this.fixTemplate = fixTemplate;
	}

	public String code() {
		return this.code;
	}

	public Severity severity() {
		return this.severity;
	}

	/**
	 * A finding of this kind. The arguments fill the message template first; the fix
	 * template takes the same arguments from the last ones it needs backwards, so a fix
	 * with one placeholder gets the last argument.
	 */
	public Finding at(Location location, String value, Object... args) {
		String message = String.format(this.messageTemplate, args);
		int fixArgs = count(this.fixTemplate);
		Object[] tail = new Object[fixArgs];
		System.arraycopy(args, Math.max(0, args.length - fixArgs), tail, 0, Math.min(fixArgs, args.length));
		String fix = String.format(this.fixTemplate, tail);
		return new Finding(this, location, value, message, fix);
	}

	private static int count(String template) {
		int n = 0;
		for (int i = template.indexOf("%s"); i >= 0; i = template.indexOf("%s", i + 2)) {
			n++;
		}
		return n;
	}

	public static FindingCode ofCode(String code) {
		for (FindingCode candidate : values()) {
			if (candidate.code.equals(code)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(code);
	}

}
