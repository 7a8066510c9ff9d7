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
			assertThat(Failures.describe(failure)).startsWith("内存不足").contains("-Xmx1g").doesNotContain("SQL");
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


	@Test
	void whatTheMachineRefusesIsSaidAsItCanBeFixed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) {
		// a port another program holds was said to be the database in use
		Throwable port = new IllegalStateException("Failed to start bean 'webServerStartStop'",
				new java.net.BindException("Address already in use"));
		assertThat(Failures.describe(port)).startsWith("端口").contains("已被本机的其他程序占用", "--port")
			.doesNotContain("数据库");
		assertThat(Failures.describe(new RuntimeException(new java.net.BindException("Cannot assign requested address"))))
			.startsWith("监听地址（--bind）不是本机的网络地址");
		assertThat(Failures.describe(new IllegalArgumentException("port out of range:99999"))).isEqualTo("端口应在 1 到 65535 之间（--port）");
		// a folder the account may not write
		Throwable denied = new IllegalStateException(
				new java.nio.file.AccessDeniedException(temp.resolve("台账.xlsx.tmp").toString()));
		assertThat(Failures.describe(denied)).startsWith("当前用户（" + System.getProperty("user.name") + "）没有权限写入 " + temp);
		// a full disk
		assertThat(Failures.describe(new RuntimeException(new java.io.IOException("No space left on device"))))
			.startsWith("磁盘空间已满");
		// a database URL mistyped
		assertThat(Failures.describe(new RuntimeException(
				"Driver org.h2.Driver claims to not accept jdbcUrl, jdbc:postgres://127.0.0.1/workledger")))
			.contains("spring.datasource.url", "jdbc:postgresql://");
	}


	@Test
	void aRecordedFailureReadsAsItsDeepestCauseWithoutClassNames() {
		assertThat(Failures.reasonOf("org.springframework.batch.core.step.item.FatalStepExecutionException: Unable to process chunk\n"
				+ "\tat org.springframework.batch.Foo.bar(Foo.java:1)\n"
				+ "Caused by: java.lang.IllegalStateException: java.nio.file.AccessDeniedException: "
				+ "/srv/workledger/output/2023-12/.汇总台账（2023年12月）.xlsx.475e99f5.tmp\n\tat x.y(Z.java:1)"))
			.isEqualTo("没有权限写入 /srv/workledger/output/2023-12");
		assertThat(Failures.reasonOf("java.io.UncheckedIOException: java.io.IOException: No space left on device")).isEqualTo("磁盘空间已满");
		assertThat(Failures.reasonOf("org.workledger.reference.YearTableMissing: input 文件夹中没有 2026 年的任务分解表"))
			.isEqualTo("input 文件夹中没有 2026 年的任务分解表");
		// a run that ended well has nothing to say
		assertThat(Failures.reasonOf("")).isEmpty();
		assertThat(Failures.reasonOf(null)).isEmpty();
	}

}
