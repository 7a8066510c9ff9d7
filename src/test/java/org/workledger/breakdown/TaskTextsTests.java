package org.workledger.breakdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTextsTests {

	@Test
	void aRewordedTaskIsTheSameTaskTwoTasksOnOneSubjectAreNot() {
		// 1.1 of the shipped table, and the same task as a revision rewords it
		String before = "做好行政规范性文件认定，在政府网站设置专栏，集中公开现行有效行政规范性文件，及时更新现行有效政府规章。";
		String reworded = "做好行政规范性文件认定工作，在政府网站设置专栏，集中公开现行有效的行政规范性文件。";
		// 3.1 of the same table: the pair of different tasks most alike in it (0.40)
		String other = "汇集全市现行有效政府规章、行政规范性文件，积极推进全市统一的政策文件库建设，通过市政府门户网站集中公开。";

		assertThat(TaskTexts.sameTask(before, reworded)).isTrue();
		assertThat(TaskTexts.sameTask(before, " " + before + "\n")).isTrue();
		assertThat(TaskTexts.sameTask(before, other)).isFalse();
		assertThat(TaskTexts.alike(before, other)).isBetween(0.35, 0.45);
	}

}
