package org.workledger.system;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTests {

	@Test
	void saysWhatToDoWhenTheHeapRanOut() {
		// the database wraps it in its own exception, with the error only in the text
		Throwable fromDatabase = new IllegalStateException("PreparedStatementCallback; uncategorized SQLException",
				new SQLException("General error: \"org.h2.mvstore.MVStoreException: java.lang.OutOfMemoryError: "
						+ "Capacity: 10616832 [2.4.240/3]\""));
		Throwable direct = new RuntimeException("fill failed", new OutOfMemoryError("Java heap space"));

		for (Throwable failure : List.of(fromDatabase, direct)) {
			assertThat(Failures.describe(failure)).startsWith("内存不足").contains("-Xmx512m").doesNotContain("SQL");
		}
	}

	@Test
	void aWorkledgerMessageIsPassedOnAsItIs() {
		Throwable failure = new RuntimeException(new WorkledgerException("任务分解表缺少“责任单位”列"));
		assertThat(Failures.describe(List.of(failure))).isEqualTo("任务分解表缺少“责任单位”列");
		assertThat(Failures.describe(List.of())).isEqualTo("未知原因");
	}

	@Test
	void aDatabaseHeldByAnotherProcessIsSaidInChinese() {
		Throwable locked = new IllegalStateException("Failed to obtain JDBC Connection",
				new SQLException("MVStoreException: The file is locked: /srv/workledger/data/workledger.mv.db [2.4.240/7]"));
		assertThat(Failures.describe(locked)).startsWith("数据库正被另一个 workledger 进程使用")
			.endsWith("请等它结束后再试");
	}

}
