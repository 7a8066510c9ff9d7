package org.workledger.contract;

import java.util.List;

/**
 * The file contract of the progress workbook (进展情况表) shared by the writer
 * ({@code distribute}) and the readers ({@code consolidate}). Readers find everything by
 * these labels, never by position: units insert, hide and reorder columns.
 */
public final class ProgressWorkbookContract {

	/** Bumped whenever the layout the readers rely on changes. */
	public static final String TEMPLATE_VERSION = "1";

	public static final String SHEET = "进展填报";

	public static final String INSTRUCTIONS_SHEET = "填报说明";

	/** Very hidden sheet with key/value rows: template version, unit, period, task fingerprint. */
	public static final String META_SHEET = "_workledger";

	// header block: each label is followed by its value in the next cell to the right
	public static final String UNIT = "填报单位";

	public static final String PERIOD = "报送期次";

	public static final String CONTACT = "联系人";

	public static final String PHONE = "联系电话";

	public static final String FILLED_ON = "填报日期";

	public static final List<String> HEADER_BLOCK = List.of(UNIT, PERIOD, CONTACT, PHONE, FILLED_ON);

	// task table
	public static final String TASK_ID = "任务编号";

	public static final String ITEM = "事项名称";

	public static final String TASK = "主要任务";

	public static final String LEAD_UNITS = "牵头单位";

	public static final String DEADLINE = "完成时限";

	public static final String ROLE = "本单位角色";

	public static final String STATUS = "完成状态";

	public static final String PERCENT = "完成进度（%）";

	public static final String PROGRESS = "工作进展";

	public static final String PROBLEMS = "存在问题";

	public static final String NEXT_STEPS = "下步计划";

	/** The labels every return's task table must have. */
	public static final List<String> REQUIRED_COLUMNS = List.of(TASK_ID, TASK, STATUS, PERCENT, PROGRESS, PROBLEMS,
			NEXT_STEPS);

	// metadata keys
	public static final String META_VERSION = "template-version";

	public static final String META_UNIT = "unit";

	public static final String META_PERIOD = "period";

	public static final String META_FINGERPRINT = "task-fingerprint";

	public static final String META_GENERATED_AT = "generated-at";

	private ProgressWorkbookContract() {
	}

}
