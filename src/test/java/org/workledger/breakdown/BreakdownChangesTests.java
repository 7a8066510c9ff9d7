package org.workledger.breakdown;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownChangesTests {

	static BreakdownTask task(String id, String text, String lead, String deadline) {
		return new BreakdownTask(id, Integer.parseInt(id.substring(0, id.indexOf('.'))), 1, "事项", text, lead, "区县（市）政府",
				Deadline.due(deadline, LocalDate.of(2023, 10, 31)), 3);
	}

	static Breakdown table(BreakdownTask... tasks) {
		return new Breakdown("任务分解表", "a.xlsx", "Sheet1", Map.of(), List.of(tasks));
	}

	@Test
	void addedDroppedAndChangedTasksAreEachNamed() {
		Breakdown before = table(task("1.1", "公开规章", "市司法局", "2023年10月底前"), task("2.1", "更新文件", "市司法局", "2023年底前"),
				task("3.1", "建设文件库", "市政府办公室", "2023年底前"));
		Breakdown after = table(task("1.1", "公开规章和规范性文件", "市司法局", "2023年12月底前"),
				task("2.1", "更新文件", "市政府办公室", "2023年底前"), task("4.1", "新任务", "市政府办公室", "2023年底前"));

		assertThat(BreakdownChanges.between(before, after)).contains("新增 1 项：4.1；删去 1 项：3.1；"
				+ "完成时限改动 1 项：1.1（2023年10月底前 → 2023年12月底前）；牵头或责任单位改动 1 项：2.1；任务内容改动 1 项：1.1");
	}

	@Test
	void aRowDeletedInTheMiddleIsSaidAsTheTasksAfterItRenumbered() {
		Breakdown before = table(task("5.3", "解读政策", "市政府办公室", "2023年底前"), task("5.4", "创新解读方式", "市政府办公室", "长期坚持"),
				task("5.5", "回应关切", "市政府办公室", "2023年10月底前"));
		Breakdown after = table(task("5.3", "创新解读方式", "市政府办公室", "长期坚持"),
				task("5.4", "回应关切", "市政府办公室", "2023年10月底前"));

		assertThat(BreakdownChanges.between(before, after).orElseThrow()).startsWith("删去 1 项：5.3；编号变动 2 项：5.4 → 5.3、5.5 → 5.4；注意：")
			.contains("建议在原行标注“（已取消）”")
			.doesNotContain("完成时限改动")
			.doesNotContain("任务内容改动");
	}

	@Test
	void theSameTasksAreNoChange() {
		Breakdown table = table(task("1.1", "公开规章", "市司法局", "2023年10月底前"));

		assertThat(BreakdownChanges.between(table, table)).isEmpty();
	}

}
