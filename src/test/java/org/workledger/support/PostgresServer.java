package org.workledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL server the server-database tests run against: {@code .ci/run} installs
 * and starts one on 127.0.0.1 and sets {@code WORKLEDGER_REQUIRE_POSTGRES=1}, so in CI a
 * missing server fails the build; on a developer machine without one the tests are
 * skipped with a message.
 */
public final class PostgresServer {

	public static final String URL = env("WORKLEDGER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/workledger");

	public static final String USER = env("WORKLEDGER_TEST_POSTGRES_USER", "workledger");

	public static final String PASSWORD = env("WORKLEDGER_TEST_POSTGRES_PASSWORD", "workledger");

	private PostgresServer() {
	}

	/** Skips (locally) or fails (in CI) when there is no server; otherwise empties its schema. */
	public static void requireEmptyDatabase() {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
		}
		catch (SQLException ex) {
			if ("1".equals(System.getenv("WORKLEDGER_REQUIRE_POSTGRES"))) {
				fail("PostgreSQL 测试服务器不可用（" + URL + "）：" + ex.getMessage());
			}
			assumeTrue(false, "跳过 PostgreSQL 测试：本机没有运行 PostgreSQL（" + URL + "，用户 " + USER + "）。"
					+ "CI 中由 .ci/run 安装并启动。");
		}
	}

	private static Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "3");
		return DriverManager.getConnection(URL, properties);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
