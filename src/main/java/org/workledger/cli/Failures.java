package org.workledger.cli;

import java.util.List;

import org.workledger.system.WorkledgerException;

/** Turns a failure into the one line a clerk (or the IT helper) reads. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof WorkledgerException) {
				return t.getMessage();
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		if (message.contains("Database may be already in use") || message.contains("already in use")) {
			return "数据库正被另一个 workledger 进程使用（同一工作目录同一时间只能运行一个任务），请等它结束后再试";
		}
		if (message.contains("Connection refused") || root instanceof java.net.ConnectException) {
			return "无法连接数据库服务器：" + message;
		}
		return root.getClass().getSimpleName() + ": " + firstLine(message);
	}

	static String describe(List<Throwable> failures) {
		return failures.isEmpty() ? "未知原因" : describe(failures.get(0));
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
