package org.workledger.system;

import java.util.List;
import java.util.Optional;

/** Turns a failure into the one line a clerk (or the IT helper) reads. */
public final class Failures {

	private Failures() {
	}

	public static String describe(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof WorkledgerException) {
				return t.getMessage();
			}
		}
		if (outOfMemory(failure)) {
			return "内存不足：Java 进程的内存上限对这次运行太小。请给它更多内存后重新运行，例如 "
					+ (System.getenv("WORKLEDGER_LAUNCHER") != null ? "WORKLEDGER_JAVA_OPTS=-Xmx1g（systemd 服务在 workledger.service 的 Environment 一行）"
							: "java -Xmx1g -jar workledger.jar …")
					+ "（单位上千时的建议见 README 的 Scale and the benchmark 一节）";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		Optional<String> setting = Settings.describe(failure);
		if (setting.isPresent()) {
			return setting.get();
		}
		Optional<String> machine = Machine.describe(failure, root, message);
		if (machine.isPresent()) {
			return machine.get();
		}
		if (message.contains("Database may be already in use") || message.contains("already in use")
				|| message.contains("The file is locked")) {
			return "数据库正被另一个 workledger 进程使用（同一工作目录同一时间只能运行一个任务），"
					+ "请等它结束后再试";
		}
		if (DatabaseShare.usedThroughServe() && (message.contains("Connection refused")
				|| message.contains("Connection is broken") || message.contains("Database is already closed")
				|| root instanceof java.net.ConnectException
				|| root instanceof java.net.SocketException)) {
			return "工作台（serve）在本命令运行时停止了，本命令经由它使用的数据库连接中断。请重新运行本命令"
					+ "（工作台停止后命令会自己打开数据库；中断的汇总会在重新运行时补齐）";
		}
		if (message.contains("Connection refused") || root instanceof java.net.ConnectException) {
			return "无法连接数据库服务器（" + message + "）：请检查 workledger.yml 中 spring.datasource.url 的地址和端口，以及数据库服务是否已启动";
		}
		return root.getClass().getSimpleName() + ": " + firstLine(message);
	}

	/**
	 * The clerk's one line from a run's recorded exit description (a stack trace, kept by
	 * Spring Batch): the deepest cause ("Unable to process chunk" is Batch's wrapper, the
	 * reason is below it), without the exceptions' class names; empty when nothing readable is left.
	 */
	public static String reasonOf(String exitDescription) {
		if (exitDescription == null || exitDescription.isBlank()) {
			return "";
		}
		String line = exitDescription.strip().lines().findFirst().orElse("");
		for (String l : (Iterable<String>) exitDescription.lines()::iterator) {
			if (l.startsWith("Caused by: ")) {
				line = l.substring("Caused by: ".length());
			}
		}
		boolean denied = false;
		java.util.regex.Matcher named = CLASS_NAME.matcher(line);
		while (named.lookingAt()) {
			denied |= named.group().contains("AccessDeniedException");
			line = line.substring(named.end());
			named = CLASS_NAME.matcher(line);
		}
		if (line.contains("No space left on device")) {
			return "磁盘空间已满";
		}
		if (denied) {
			// a hidden temporary name (.汇总台账（…）.xlsx.4f3e….tmp) says less than its folder
			java.nio.file.Path path = java.nio.file.Path.of(line.strip());
			return "没有权限写入 " + (path.getFileName() != null && path.getFileName().toString().startsWith(".")
					&& path.getParent() != null ? path.getParent() : path);
		}
		line = line.strip();
		if (line.length() > 120) {
			line = line.substring(0, 120) + "…";
		}
		return line;
	}

	private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern
		.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?::\\s*|$)");

	public static String describe(List<Throwable> failures) {
		return failures.isEmpty() ? "未知原因" : describe(failures.get(0));
	}

	/** The heap ran out, however deep it is wrapped (the database reports it in its own exception's text). */
	private static boolean outOfMemory(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("java.lang.OutOfMemoryError")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
