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
	FILE_BOMB("file.bomb", Severity.ERROR, "工作簿解压后的数据量与文件大小极不相称（可能已损坏，或含有大段重复的内容），为安全起见未读取",
			"请用 Excel 打开，删去大段重复的文字和多余的空行空列，另存为新文件后再报送"),
	FILE_ARCHIVE("file.archive", Severity.ERROR, "这是压缩包（%s），不是 Excel 工作簿",
			"请直接报送其中的进展情况表（.xlsx 或 .xls 文件，不要压缩，也不要给压缩包加密码）"),
		FILE_NOT_A_RETURN("file.not-a-return", Severity.ERROR, "这是%s，不是进展情况表", "请上传本单位填好的进展情况表"),
	FILE_OWN_OUTPUT("file.own-output", Severity.ERROR, "这是%s，不是进展情况表",
			"不用放入 input 文件夹（可移到别处保存）；单位报送的应是填好的进展情况表"),
	FILE_DUPLICATE_REFERENCE("file.duplicate-reference", Severity.WARNING,
			"发现多份%s，以最新的“%s”为准（已汇总过的月份仍按当时所用的）",
			"如无用，可把较早的%s移出 input 文件夹（已存档，不会丢失）"),
	REFERENCE_TABLE_HELD("reference.table-held", Severity.ERROR,
			"这份%s是 input 中最新的，但只有 %s %s，不到现行的“%s”（%s %s）的一半，为防放错文件，本次仍按“%s”",
			"如确要改用这份表，请把“%s”移出 input 文件夹（已存档，不会丢失）后重新运行；如是放错了，请把这份表移出 input 文件夹"),
	REFERENCE_TABLE_SHRUNK("reference.table-shrunk", Severity.WARNING,
			"这份%s只有 %s %s，此前使用的“%s”有 %s %s，已改按这份表",
			"请核对是否放错了文件；如是，请把“%s”放回 input 文件夹、把这份表移出后重新运行，即恢复按原表"),

	// task breakdown
	BREAKDOWN_MISSING("breakdown.missing", Severity.ERROR, "input 文件夹中没有找到任务分解表",
			"请把任务分解表（表头含 事项名称、主要任务、牵头单位、责任单位、完成时限）放入 input 文件夹"),
	BREAKDOWN_MISSING_FOR_YEAR("breakdown.missing-for-year", Severity.ERROR, "input 文件夹中没有 %s 年的任务分解表",
			"请把 %s 年的任务分解表放入 input 文件夹，并在标题中写明年度，例如“%s年政务公开重点工作任务分解表”"),
	BREAKDOWN_YEAR_UNKNOWN("breakdown.year-unknown", Severity.ERROR, "看不出这份任务分解表适用于哪一年，本次未使用",
			"请在标题中写明年度（如“××市2024年政务公开重点工作任务分解表”），或在表头上方加一行“年度：2024”"),
	BREAKDOWN_YEAR_DEADLINES("breakdown.year-deadlines", Severity.WARNING, "按%s，这是 %s 年的任务分解表，但多数完成时限在 %s 年",
			"请核对：如是 %s 年的新表，请把完成时限改为 %s 年的日期，否则各项任务的逾期判断会差一年"),
	BREAKDOWN_COLUMN_MISSING("breakdown.column-missing", Severity.ERROR, "任务分解表缺少“%s”列%s",
			"请在表头行补上“%s”列（也可写作：%s）"),
	BREAKDOWN_NO_TASKS("breakdown.no-tasks", Severity.ERROR, "任务分解表中没有任何任务行", "请确认表头下方填写了主要任务"),
	BREAKDOWN_TASK_EMPTY("breakdown.task-empty", Severity.WARNING, "该行填写了其他内容但“主要任务”为空，已跳过",
			"如该行是一项任务，请补填主要任务；否则删除该行"),
	BREAKDOWN_ROWS_AFTER_NOTES("breakdown.rows-after-notes", Severity.WARNING,
			"第%s行起是表格下方的说明，其后第%s行的内容未作为任务读取", "如第%s行是一项任务，请把说明移到表格最下方"),
		BREAKDOWN_TASK_CANCELLED("breakdown.task-cancelled", Severity.WARNING, "任务 %s 标注为取消，不再分到各单位，也不统计",
			"如该任务仍要落实，请去掉“已取消”字样；编号保持不变，其后任务的编号不受影响"),
		BREAKDOWN_ITEM_MISSING("breakdown.item-missing", Severity.ERROR, "第一项任务之前没有事项名称", "请在“事项名称”列填写该任务所属的事项"),
	BREAKDOWN_ITEM_NUMBER("breakdown.item-number", Severity.WARNING, "事项名称“%s”没有序号，按顺序编为第 %s 项",
			"请在事项名称前加上序号，例如“%s. ”"),
	BREAKDOWN_ITEM_DUPLICATE("breakdown.item-duplicate", Severity.ERROR, "事项序号 %s 重复出现", "请检查事项编号，每个序号只能出现一次"),
	DEADLINE_UNREADABLE("breakdown.deadline-unreadable", Severity.ERROR, "完成时限“%s”无法识别，该任务按“长期坚持”处理",
			"请写成“%s年10月底前”“%s年底前”“%s年10月15日前”或“长期坚持”"),
	BREAKDOWN_NO_LEAD("breakdown.no-lead", Severity.WARNING, "任务 %s 没有牵头单位（牵头单位列为空，责任单位中也没有标“牵头”），督办表和通报中这些任务不列牵头单位",
			"如有牵头单位，请填入牵头单位列，或在责任单位名称后加“（牵头）”；如表中约定排在首位的为牵头单位，可在表下注明“注：未标注的，排在首位的为牵头单位”"),
	BREAKDOWN_FIRST_UNIT_LEADS("breakdown.first-unit-leads", Severity.WARNING, "按表下的注，任务 %s 以责任单位中排在首位的单位为牵头单位",
			"如有误，请在牵头单位列填写牵头单位"),
	DEADLINE_PERIODIC("breakdown.deadline-periodic", Severity.WARNING, "完成时限“%s”是定期要做的事，按“长期坚持”处理，不计逾期",
			"如这项任务另有最终完成的日期，请写成“%s年12月底前”这样的日期"),
	DEADLINE_AS_REQUIRED("breakdown.deadline-as-required", Severity.WARNING, "完成时限“%s”没有具体日期，按“长期坚持”处理，不计逾期",
			"如这项任务有最终完成的日期，请写成“%s年12月底前”这样的日期"),
	DEADLINE_MISSING("breakdown.deadline-missing", Severity.ERROR, "完成时限为空，该任务按“长期坚持”处理",
			"请填写完成时限，例如“%s年10月底前”或“长期坚持”"),
	UNIT_UNRESOLVED("breakdown.unit-unresolved", Severity.ERROR, "%s“%s”在单位名册中找不到%s",
			"请在单位名册“简称及别名”列为对应单位添加“%s”（如系单位更名或合并，请填在新单位的“曾用名”列，以便历史记录接续），或改正任务分解表中的单位名称"),
	UNIT_AMBIGUOUS_IN_BREAKDOWN("breakdown.unit-ambiguous", Severity.ERROR, "%s“%s”可能是%s，无法确定是哪一个，未计入",
			"请在任务分解表中写出单位全称，或在单位名册“简称及别名”列为其中一个单位登记“%s”"),
	UNIT_VARIANT_IN_BREAKDOWN("breakdown.unit-variant", Severity.WARNING, "%s“%s”按单位名册中的“%s”计入",
			"如有误，请把任务分解表中的“%s”改为单位全称"),
	UNIT_SHORTENED_IN_BREAKDOWN("breakdown.unit-shortened", Severity.WARNING, "%s“%s”看作单位名册中“%s”的简称计入",
			"如有误，请把任务分解表中的“%s”改为单位全称；如无误，可在单位名册该单位的“简称及别名”列登记“%s”，以后不再提示"),
	CATEGORY_VARIANT_IN_BREAKDOWN("breakdown.category-variant", Severity.WARNING, "%s“%s”按单位名册中的类别“%s”计入（%s 个单位）",
			"如有误，请把任务分解表中的“%s”改为单位名册“类别”列中的名称或各单位名称"),
	UNIT_KIND_IN_BREAKDOWN("breakdown.unit-kind", Severity.WARNING, "%s“%s”按单位名册中名称以“%s”结尾的 %s 个单位计入（%s）",
			"如有误，请把任务分解表中的“%s”改为单位名册“类别”列中的名称或各单位名称"),
	UNIT_GROUP_VAGUE("breakdown.unit-group-vague", Severity.ERROR, "%s“%s”没有说明是哪些单位，这些单位未计入",
			"请写出各单位的名称，或写单位名册“类别”列中的类别（现有类别：%s）"),
	UNIT_GROUP_UNRESOLVED("breakdown.unit-group-unresolved", Severity.ERROR, "%s“%s”像是一类单位的统称，但单位名册中没有这个类别，这些单位未计入",
			"请把任务分解表中的“%s”改为单位名册“类别”列中的名称（现有类别：%s）或写出各单位名称；如确是一类新的单位，请在单位名册中把这些单位的“类别”填为“%s”"),
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
	ROSTER_FORMER_NAME_AMBIGUOUS("roster.former-name-ambiguous", Severity.WARNING,
			"曾用名“%s”同时写在“%s”和“%s”两个单位下，无法确定以此名报送的表格属于哪个单位，已不作为曾用名使用",
			"如原单位拆分为多个单位，请各单位用新名称报送；否则只在一个单位的“曾用名”中保留该名称"),
	ROSTER_FORMER_NAME_CURRENT("roster.former-name-current", Severity.WARNING, "曾用名“%s”仍是名册中一个现有单位的名称，已不作为“%s”的曾用名使用",
			"如该单位已撤并，请从名册中删除它的行，只在新单位的“曾用名”中保留"),
	ROSTER_EMPTY("roster.empty", Severity.ERROR, "单位名册中没有任何单位", "请在表头下方逐行填写单位"),

	// returned progress workbooks: structure
	RETURN_NO_TABLE("return.no-table", Severity.ERROR, "没有找到进展填报表格（表头应含 任务编号、主要任务、完成状态、完成进度（%%）、工作进展、存在问题、下步计划）",
			"请使用下发的进展情况表填报，不要删除表头行"),
	FORM_OF_EARLIER_YEAR("return.form-of-earlier-year", Severity.ERROR,
			"这是%s的进展情况表，任务编号按 %s 年的任务分解表，%s 年的任务已重新编号，不能用它填报",
			"请使用%s的进展情况表重新填写（可向汇总部门索取，或在工作台本单位页面下载）"),
	RETURN_HEADER_TYPED_OVER("return.header-typed-over", Severity.ERROR, "表头第 %s 行被填上了内容：%s（这些单元格应为表头 %s）",
			"请把 %s 改回表头（可从下发的空白表第 %s 行复制），各项任务的进展从第 %s 行起逐行填在本任务所在行，然后重新报送"),
	RETURN_TASK_COLUMN_MISSING("return.task-column-missing", Severity.WARNING, "表格没有“主要任务”列，各行按任务编号计入",
			"下次请使用下发的进展情况表；自制表格请保留“主要任务”列，以便核对任务编号没有填错"),
	RETURN_COLUMN_MISSING("return.column-missing", Severity.ERROR, "填报表格缺少“%s”列", "请恢复“%s”列（可从下发的进展情况表中复制表头）"),
	UNIT_MISSING("return.unit-missing", Severity.ERROR, "没有填写填报单位", "请在“填报单位”右侧单元格填写本单位全称"),
	UNIT_FROM_TEMPLATE("return.unit-from-template", Severity.WARNING, "没有填写填报单位，已按这份表格下发给的“%s”计入",
			"下次请在“填报单位”右侧单元格填写本单位全称"),
	UNIT_FROM_FILE_NAME("return.unit-from-file-name", Severity.WARNING, "没有填写填报单位，已按文件名中的“%s”计入",
			"下次请在“填报单位”右侧单元格填写本单位全称"),
	UNIT_UNKNOWN("return.unit-unknown", Severity.ERROR, "填报单位“%s”不在单位名册中%s", "%s"),
	UNIT_AMBIGUOUS("return.unit-ambiguous", Severity.ERROR, "填报单位“%s”可能是%s，无法确定是哪一个%s", "%s"),
	UNIT_VARIANT_OTHER_TEMPLATE("return.unit-variant-other-template", Severity.ERROR,
			"填报单位“%s”像是“%s”的简写，但此表格是为“%s”下发的，无法确定是哪个单位", "%s"),
	UNIT_TOO_GENERAL("return.unit-too-general", Severity.ERROR, "填报单位“%s”太笼统，看不出是哪个单位%s", "%s"),
	UNIT_FORMER_NAME("return.unit-former-name", Severity.WARNING, "填报单位“%s”是“%s”的曾用名，按“%s”计入", "下次请填写新名称“%s”"),
	UNIT_LATER_NAME("return.unit-later-name", Severity.WARNING, "填报单位“%s”是“%s”后来的名称，本期仍按“%s”计入",
			"不必修改：本期的单位名册中还是原名称"),
	UNIT_VARIANT("return.unit-variant", Severity.WARNING, "填报单位“%s”按单位名册中的“%s”计入", "下次请按单位名册写作“%s”"),
	UNIT_TYPO("return.unit-typo", Severity.WARNING, "填报单位“%s”与这份表格下发给的“%s”只差一个字，按“%s”计入",
			"下次请按单位名册写作“%s”"),
	UNIT_GOVERNMENTS_OFFICE("return.unit-governments-office", Severity.WARNING, "填报单位“%s”是这份表格下发给的“%s”的办公室，按“%s”计入",
			"代本级政府报送的，填报单位请写“%s”"),
	UNIT_NO_LONGER_LISTED("return.unit-no-longer-listed", Severity.ERROR, "“%s”已不在本期的单位名册中（这份表格是此前下发给它的）",
			"如该单位已撤销或并入其他单位，不需要再报送（并入的由接替的单位用本期下发的表格报送）；如仍应报送，请汇总部门把它加回单位名册，或在接替单位的“曾用名”列填写它的名称"),
	UNIT_SHORT_FORM_BY_FILE("return.unit-short-form-by-file", Severity.WARNING, "填报单位“%s”是文件名所指的“%s”的简称，按“%s”计入",
			"下次请按单位名册写作“%s”，或请汇总部门在单位名册“简称及别名”列登记“%s”"),
	UNIT_SHORT_FORM("return.unit-short-form", Severity.WARNING, "填报单位“%s”是这份表格下发给的“%s”的简称，按“%s”计入",
			"下次请按单位名册写作“%s”，或请汇总部门在单位名册“简称及别名”列登记“%s”"),
	UNIT_OTHER_IN_FILE_NAME("return.unit-other-in-file-name", Severity.WARNING, "文件名中是“%s”，表内填报单位却是“%s”，按%s计入",
			"如果这是%s的报表，请在%s自己的进展情况表中填写后重新报送；如只是文件名写错，可不必处理"),
	UNIT_NOT_THIS_ACCOUNT("return.unit-not-this-account", Severity.ERROR, "填报单位是“%s”，不是本账号所属的“%s”，不能由本账号报送",
			"本单位报送，请在本单位页面下载“%s”的空白表格填写后重新上传；替别的单位报送的，请由该单位用自己的账号提交"),
	UNIT_OTHER_TEMPLATE("return.unit-other-template", Severity.WARNING, "这份表格是为“%s”生成的，但填报单位写的是“%s”",
			"请确认使用的是本单位的进展情况表"),
	PERIOD_MISSING("return.period-missing", Severity.ERROR, "没有填写报送期次", "请在“报送期次”右侧单元格填写年月，例如“%s”"),
	PERIOD_FROM_TEMPLATE("return.period-from-template", Severity.WARNING, "没有填写报送期次，已按这份表格下发时的期次%s计入",
			"下次请在“报送期次”右侧单元格填写%s"),
	PERIOD_WITHOUT_BREAKDOWN("return.period-without-breakdown", Severity.ERROR, "报送期次为%s，但还没有 %s 年的任务分解表，无法核对",
			"请汇总部门把 %s 年的任务分解表放入 input 文件夹，下次运行会重新核对这份表格，单位无需重报；如报送期次填错，请改正后重报"),
	PERIOD_UNREADABLE("return.period-unreadable", Severity.ERROR, "报送期次“%s”无法识别", "请写成“%s”或“%s”"),
	CONTACT_MISSING("return.contact-missing", Severity.WARNING, "没有填写%s", "请在“%s”右侧单元格填写"),
	FILLED_ON_MISSING("return.filled-on-missing", Severity.WARNING, "没有填写填报日期", "请填写实际填报的日期，格式如 %s"),
	FILLED_ON_UNREADABLE("return.filled-on-unreadable", Severity.WARNING, "填报日期“%s”无法识别",
			"请填写实际填报的日期，格式如 %s 或 %s"),
	FILLED_ON_AFTER_AS_OF("return.filled-on-future", Severity.WARNING, "填报日期 %s 比统计截止日 %s 晚一个多月",
			"请核对填报日期，年份或月份是否写错"),
	PERIOD_BEFORE_TEMPLATE("return.period-before-template", Severity.ERROR, "这份表格是为%s下发的，报送期次却写的是更早的%s",
			"请核对报送期次（很可能是%s写错了），改为%s后重新报送；如确要补报%s，请另用%s的进展情况表填报"),
	PERIOD_BEFORE_ITS_MONTH("return.period-before-its-month", Severity.ERROR,
			"报送期次写的是%s，填报日期却是%s，那时%s还没有开始（这份表格是为%s下发的）",
			"请核对报送期次，改为%s后重新报送；如确是%s的进展，请把填报日期改为实际填报的日期"),
	FILLED_ON_BEFORE_PERIOD("return.filled-on-before-period", Severity.WARNING,
			"填报日期是%s，那时报送期次%s还没有开始，按%s计入",
			"如果报送的是%s的进展，请使用%s的进展情况表重新报送；如果确是%s的进展，请改正填报日期"),
	PERIOD_SUBMISSION_MONTH("return.period-submission-month", Severity.ERROR,
			"这份表格是为%s下发的，报送期次却写的是%s；填报日期是%s，正是报送%s进展的时候",
			"报送期次是进展所属的月份：报送%s的进展请写“%s”后重新报送；如确是%s的进展，请使用%s下发的进展情况表"),
	PERIOD_OTHER_TEMPLATE("return.period-other-template", Severity.WARNING, "这份表格是为%s下发的，报送期次却写的是%s，按%s计入",
			"请确认报送期次是否填错"),
	PERIOD_LATER_IN_FILE_NAME("return.period-later-in-file-name", Severity.ERROR,
			"文件名写的是%s，填报日期是%s，表内报送期次却是%s：像是用%s的表格填报了%s的进展",
			"如报送的是%s的进展，请使用%s下发的进展情况表填写后重新报送；如确是%s的进展，请把文件名中的月份改为%s后重新报送"),
	PERIOD_OTHER_IN_FILE_NAME("return.period-other-in-file-name", Severity.WARNING,
			"文件名写的是%s，表内报送期次却是%s，按%s计入",
			"如报送的是%s的进展，请使用%s下发的进展情况表填写后重新报送；如确是%s的进展，可不处理"),
	RETURN_BLANK("return.blank", Severity.ERROR, "表格中所有任务都没有填写（完成状态、完成进度、工作进展均为空）",
			"请逐项填写各任务的完成状态、完成进度和工作进展后再报送"),
	TEMPLATE_CHANGED("return.template-changed", Severity.WARNING, "表格是按旧版任务清单生成的，任务清单已有调整",
			"下期请使用新下发的进展情况表"),

	// returned progress workbooks: rows
	TASK_UNKNOWN("return.task-unknown", Severity.ERROR, "任务编号“%s”不在任务分解表中", "请勿修改任务编号；如需新增内容请写在“工作进展”中"),
	TASK_TEXT_OF_OTHER("return.task-text-of-other", Severity.ERROR,
			"任务编号 %s 这一行的主要任务是任务 %s 的内容（“%s”），这一行的进展会记到别的任务下",
			"请核对：排序或复制时可能只移动了部分列。请把每项任务的进展填在该任务编号所在的行（可从下发的进展情况表复制原样的表格）后重新报送"),
	TASK_UNKNOWN_EXTRA("return.task-unknown-extra", Severity.WARNING, "任务编号“%s”不在任务分解表中，这一行不计入汇总",
			"本单位的任务都已填报，这一行是多出来的；其他工作情况请写在相关任务的“工作进展”中"),
	TASK_ID_MERGED("return.task-id-merged", Severity.ERROR, "任务编号单元格 %s 合并在一起，这一行的任务编号被合并掉了",
			"请取消合并（选中该单元格，再点一次“合并后居中”），在 %s 填写这一行的任务编号（可对照下发的进展情况表）"),
	TASK_ID_FROM_TEXT("return.task-id-from-text", Severity.WARNING, "这一行的任务编号%s，按主要任务“%s”计入任务 %s",
			"下次请在 %s 填写任务编号 %s（不要合并或清空任务编号单元格）"),
	TASK_ROW_CONTINUED("return.task-row-continued", Severity.WARNING,
			"第 %s 行没有任务编号，是接在任务 %s 下面的续行，其内容已并入第 %s 行",
			"下次请把内容写在任务 %s 那一行的单元格里（单元格内换行按 Alt+Enter），不要另起一行"),
	TASK_ID_MISSING("return.task-id-missing", Severity.ERROR, "该行填写了内容但没有任务编号", "请补上任务编号，或把内容并入对应任务行"),
	TASK_MISSING("return.task-missing", Severity.ERROR, "缺少本单位任务 %s%s的填报行%s",
			"请在%s补上任务 %s 这一行（可从下发的进展情况表复制整行；如无法插入行，请先点“审阅”→“撤销工作表保护”，不需要密码）"),
	TASK_RENUMBERED("return.task-renumbered", Severity.ERROR,
			"任务编号 %s 这一行的主要任务，在修订后的任务分解表中是任务 %s：任务分解表修订后编号已变动",
			"请使用本期新下发的进展情况表重新填报（旧表格上的任务编号与现行任务分解表对不上，任务 %s 现在是另一项任务）"),
	TASK_REPLACED("return.task-replaced", Severity.ERROR,
			"任务编号 %s 这一行的主要任务“%s”，与现行任务分解表中的任务 %s“%s”不是同一项任务：旧表格上的这项任务已删去或改为别的任务",
			"请使用本期新下发的进展情况表重新填报（旧表格上的任务与现行任务分解表对不上，这一行的进展不能记到现在的任务 %s 下）"),
	MERGED_UNIT_TASKS_MISSING("return.merged-unit-tasks-missing", Severity.ERROR,
			"“%s”已与%s合并为“%s”，合并后的单位本期应填报 %s 项任务，此表缺少 %s 项（%s）",
			"请由“%s”使用本期重新下发的进展情况表（含合并前各单位的任务）填报全部任务后报送，原各单位不必分别报送"),
	TASK_DUPLICATE("return.task-duplicate", Severity.ERROR, "任务 %s 填报了两次（另见第 %s 行）", "请合并为一行"),
	TASK_NOT_ASSIGNED("return.task-not-assigned", Severity.WARNING, "任务 %s 不是本单位牵头或负责的任务，本行不计入汇总", "如确需报送，请与汇总部门联系"),
	STATUS_MISSING("return.status-missing", Severity.ERROR, "没有填写完成状态", "请从下拉列表选择：已完成、推进中、未启动、持续推进"),
	STATUS_INVALID("return.status-invalid", Severity.ERROR, "完成状态“%s”不是规定的填法%s", "请从下拉列表选择：已完成、推进中、未启动、持续推进"),
	STATUS_NOT_OURS("return.status-not-ours", Severity.ERROR, "完成状态写的是“%s”，但任务分解表把这项任务分给了本单位",
			"如认为这项任务不属于本单位，请与汇总部门联系；在此之前请按实际情况选择已完成、推进中、未启动或持续推进后重新报送"),
	STATUS_SYNONYM("return.status-synonym", Severity.WARNING, "完成状态“%s”已按“%s”处理", "下次请直接选择“%s”"),
	STATUS_ONGOING_ON_DATED("return.status-ongoing-dated", Severity.WARNING, "任务有明确完成时限（%s），完成状态却是“持续推进”",
			"有时限的任务请选择“已完成”“推进中”或“未启动”"),
	PERCENT_MISSING("return.percent-missing", Severity.WARNING, "没有填写完成进度", "请填写 0–100 的整数"),
	PERCENT_INVALID("return.percent-invalid", Severity.ERROR, "完成进度“%s”不是 0–100 之间的数", "请填写 0–100 的整数，例如 %s"),
	PERCENT_FRACTION("return.percent-fraction", Severity.ERROR, "完成进度“%s”是小于 1 的小数，看不出是 %s%% 还是 %s%%",
			"完成进度按 0–100 的整数填写（不带百分号）：如果是 %s%%，请填 %s；如确是 %s%%（不到 1%%），请填 1"),
	PROGRESS_MISSING("return.progress-missing", Severity.WARNING, "任务标为“%s”但没有填写工作进展",
			"请简要写明本期做了哪些工作、进展到哪一步"),
	DONE_WITHOUT_PROGRESS("return.done-without-progress", Severity.ERROR, "任务标为“已完成”但没有填写工作进展",
			"请在“工作进展”中写明完成了什么、何时完成"),
	DONE_NOT_FULL("return.done-not-full", Severity.WARNING, "任务标为“已完成”但完成进度是 %s%%", "已完成的任务完成进度应为 100"),
	NOT_STARTED_WITH_PROGRESS("return.not-started-progress", Severity.WARNING, "任务标为“未启动”但完成进度是 %s%%",
			"请核对：已经开始的任务请选择“推进中”，确未启动的完成进度应为 0"),
	FULL_NOT_DONE("return.full-not-done", Severity.WARNING, "完成进度为 100%%，但完成状态是“%s”", "如已完成请选择“已完成”"),
	CELL_ERROR("return.cell-error", Severity.ERROR, "单元格显示错误值 %s", "请改正公式或直接填写内容"),
	FORMULA_UNCALCULATED("return.formula-uncalculated", Severity.ERROR, "单元格中的公式 %s 没有保存计算结果，读不出它的值",
			"请用 Excel 或 WPS 打开此文件、保存后重新报送，或直接填写内容（不用公式）"),
	PERCENT_DECREASED("return.percent-decreased", Severity.WARNING, "完成进度从上期的 %s%% 降到 %s%%", "请核对完成进度"),
	DONE_REVERTED("return.done-reverted", Severity.WARNING, "上期已报“已完成”，本期为“%s”", "请核对完成状态"),
	PROGRESS_COPIED("return.progress-copied", Severity.WARNING, "工作进展与上期报送的内容完全相同", "请填写本期的新进展");

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
	 * The kind of problem in a few Chinese words, for a clerk sorting or filtering a problem
	 * list (the code is for the database and the technical log). A switch over every
	 * constant, so that a new kind of finding cannot go without one.
	 */
	public String label() {
		return switch (this) {
			case FILE_UNREADABLE -> "文件无法打开";
			case FILE_ENCRYPTED -> "文件设了打开密码";
			case FILE_EMPTY -> "空文件";
			case FILE_TOO_LARGE -> "文件过大";
			case FILE_NOT_EXCEL -> "不是 Excel 工作簿";
			case FILE_BOMB -> "文件数据异常";
			case FILE_ARCHIVE -> "压缩包";
			case FILE_NOT_A_RETURN -> "不是进展情况表";
			case FILE_OWN_OUTPUT -> "本系统生成的文件";
			case FILE_DUPLICATE_REFERENCE -> "基础数据表有多份";
			case REFERENCE_TABLE_HELD -> "新表内容过少，未采用";
			case REFERENCE_TABLE_SHRUNK -> "新表内容比原表少一半以上";
			case BREAKDOWN_MISSING -> "缺少任务分解表";
			case BREAKDOWN_MISSING_FOR_YEAR -> "缺少本年度任务分解表";
			case BREAKDOWN_YEAR_UNKNOWN -> "分解表年度不明";
			case BREAKDOWN_YEAR_DEADLINES -> "分解表年度与完成时限不符";
			case BREAKDOWN_COLUMN_MISSING -> "分解表缺列";
			case BREAKDOWN_NO_TASKS -> "分解表没有任务";
			case BREAKDOWN_TASK_EMPTY -> "分解表主要任务为空";
			case BREAKDOWN_ROWS_AFTER_NOTES -> "分解表说明行下还有内容";
			case BREAKDOWN_TASK_CANCELLED -> "分解表任务已取消";
			case BREAKDOWN_ITEM_MISSING -> "分解表缺少事项名称";
			case BREAKDOWN_ITEM_NUMBER -> "事项没有序号";
			case BREAKDOWN_ITEM_DUPLICATE -> "事项序号重复";
			case DEADLINE_UNREADABLE -> "完成时限无法识别";
			case DEADLINE_PERIODIC -> "完成时限是定期要求";
			case BREAKDOWN_NO_LEAD -> "任务没有牵头单位";
			case BREAKDOWN_FIRST_UNIT_LEADS -> "按注以首位单位牵头";
			case DEADLINE_MISSING -> "完成时限为空";
			case UNIT_UNRESOLVED -> "分解表单位不在名册中";
			case UNIT_AMBIGUOUS_IN_BREAKDOWN -> "分解表单位无法确定";
			case UNIT_VARIANT_IN_BREAKDOWN -> "分解表单位写法不同";
			case CATEGORY_VARIANT_IN_BREAKDOWN -> "分解表类别写法不同";
			case UNIT_KIND_IN_BREAKDOWN -> "分解表按单位名称统称";
			case UNIT_GROUP_UNRESOLVED -> "分解表统称不在名册中";
			case UNIT_GROUP_VAGUE -> "分解表统称不明确";
			case TASK_WITHOUT_UNITS -> "任务没有责任单位";
			case ROSTER_MISSING -> "缺少单位名册";
			case ROSTER_COLUMN_MISSING -> "名册缺列";
			case ROSTER_DUPLICATE_UNIT -> "名册单位重复";
			case ROSTER_CATEGORY_MISSING -> "名册单位缺类别";
			case ROSTER_ALIAS_AMBIGUOUS -> "简称重复";
			case ROSTER_FORMER_NAME_AMBIGUOUS -> "曾用名重复";
			case ROSTER_FORMER_NAME_CURRENT -> "曾用名是现有单位名称";
			case ROSTER_EMPTY -> "名册为空";
			case RETURN_NO_TABLE -> "找不到填报表格";
			case RETURN_HEADER_TYPED_OVER -> "表头被改成内容";
			case FORM_OF_EARLIER_YEAR -> "用了上一年的表格";
			case DEADLINE_AS_REQUIRED -> "完成时限没有日期";
			case RETURN_TASK_COLUMN_MISSING -> "没有主要任务列";
			case PROGRESS_MISSING -> "没有填写工作进展";
			case RETURN_COLUMN_MISSING -> "填报表格缺列";
			case UNIT_MISSING -> "未填填报单位";
			case UNIT_FROM_TEMPLATE -> "填报单位按下发对象计";
			case UNIT_FROM_FILE_NAME -> "填报单位按文件名计";
			case UNIT_UNKNOWN -> "填报单位不在名册中";
			case UNIT_AMBIGUOUS -> "填报单位无法确定";
			case UNIT_VARIANT_OTHER_TEMPLATE -> "填报单位与下发对象不符";
			case UNIT_TOO_GENERAL -> "填报单位太笼统";
			case UNIT_FORMER_NAME -> "填报单位用了曾用名";
			case UNIT_LATER_NAME -> "填报单位用了后来的新名称";
			case UNIT_VARIANT -> "填报单位写法不同";
			case UNIT_TYPO -> "填报单位有错字";
			case UNIT_SHORT_FORM -> "填报单位写了简称";
			case UNIT_SHORT_FORM_BY_FILE -> "填报单位简称按文件名";
			case UNIT_NO_LONGER_LISTED -> "单位已不在名册中";
			case UNIT_GOVERNMENTS_OFFICE -> "政府办公室代报";
			case UNIT_SHORTENED_IN_BREAKDOWN -> "分解表单位简称";
			case UNIT_NOT_THIS_ACCOUNT -> "不是本账号的单位";
			case UNIT_OTHER_TEMPLATE -> "用了别的单位的表格";
			case UNIT_OTHER_IN_FILE_NAME -> "文件名与填报单位不符";
			case PERIOD_MISSING -> "未填报送期次";
			case PERIOD_FROM_TEMPLATE -> "报送期次按下发期次计";
			case PERIOD_WITHOUT_BREAKDOWN -> "报送期次没有分解表";
			case PERIOD_UNREADABLE -> "报送期次无法识别";
			case PERIOD_BEFORE_TEMPLATE -> "报送期次早于下发期次";
			case CONTACT_MISSING -> "未填联系人或电话";
			case FILLED_ON_MISSING -> "未填填报日期";
			case FILLED_ON_UNREADABLE -> "填报日期无法识别";
			case FILLED_ON_AFTER_AS_OF -> "填报日期过晚";
			case PERIOD_BEFORE_ITS_MONTH -> "报送期次晚于填报日期";
			case FILLED_ON_BEFORE_PERIOD -> "填报日期早于报送期次";
			case PERIOD_OTHER_TEMPLATE -> "报送期次与下发期次不符";
			case PERIOD_OTHER_IN_FILE_NAME -> "文件名与报送期次月份不符";
			case PERIOD_LATER_IN_FILE_NAME -> "用上期表格报本期进展";
			case PERIOD_SUBMISSION_MONTH -> "报送期次写成了报送的月份";
			case RETURN_BLANK -> "表格没有填写";
			case TEMPLATE_CHANGED -> "任务清单已调整";
			case TASK_UNKNOWN -> "任务编号不存在";
			case TASK_UNKNOWN_EXTRA -> "多出的任务行";
			case TASK_ID_FROM_TEXT -> "按内容认定任务编号";
			case TASK_ROW_CONTINUED -> "续行已并入上一行";
			case TASK_ID_MISSING -> "缺少任务编号";
			case TASK_ID_MERGED -> "任务编号被合并";
			case TASK_TEXT_OF_OTHER -> "主要任务与编号不符";
			case TASK_MISSING -> "缺少任务行";
			case TASK_RENUMBERED -> "旧表格任务编号已变动";
			case TASK_REPLACED -> "旧表格任务已删去或改写";
			case MERGED_UNIT_TASKS_MISSING -> "合并后的单位缺少任务行";
			case TASK_DUPLICATE -> "任务重复填报";
			case TASK_NOT_ASSIGNED -> "不是本单位的任务";
			case STATUS_MISSING -> "未填完成状态";
			case STATUS_INVALID -> "完成状态填法不对";
			case STATUS_NOT_OURS -> "完成状态写不涉及";
			case STATUS_SYNONYM -> "完成状态用词不规范";
			case STATUS_ONGOING_ON_DATED -> "有时限任务填了持续推进";
			case PERCENT_MISSING -> "未填完成进度";
			case PERCENT_INVALID -> "完成进度无效";
			case PERCENT_FRACTION -> "完成进度是小数";
			case DONE_WITHOUT_PROGRESS -> "已完成未填工作进展";
			case DONE_NOT_FULL -> "已完成但进度不满";
			case NOT_STARTED_WITH_PROGRESS -> "未启动却有进度";
			case FULL_NOT_DONE -> "进度已满未标已完成";
			case CELL_ERROR -> "单元格错误值";
			case FORMULA_UNCALCULATED -> "公式没有计算结果";
			case PERCENT_DECREASED -> "完成进度比上期低";
			case DONE_REVERTED -> "上期已完成本期未完成";
			case PROGRESS_COPIED -> "工作进展与上期相同";
		};
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

	/** The year examples in fixes are written in (this year, on the office's clock). */
	public static int exampleYear() {
		return Examples.YEAR;
	}

	/** Examples in the fixes are of this year: a 2023 example in a 2026 form reads as a mistake. */
	private static final class Examples {

		static final int YEAR = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();

	}

}
