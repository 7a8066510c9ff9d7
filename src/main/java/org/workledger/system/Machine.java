package org.workledger.system;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The failures that come from the machine rather than from workledger or its files, said as
 * IT staff can act on them: a port another program holds, an address that is not the
 * machine's, a folder the account may not write, a full disk, the database server refusing
 * the account. Each was an English exception line before ("Address already in use" even
 * read as the database being in use).
 */
final class Machine {

	private Machine() {
	}

	static Optional<String> describe(Throwable failure, Throwable root, String message) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("PortInUseException") || t instanceof java.net.BindException) {
				String text = String.valueOf(t.getMessage());
				if (text.contains("Permission denied")) {
					return Optional.of("端口号小于 1024 的端口只有管理员（root）才能监听：请用 --port 8080 这样的端口，"
							+ "需要 80/443 时由 nginx 转发（README 的“给信息化人员”一节）");
				}
				if (text.contains("Cannot assign requested address")) {
					return Optional.of("监听地址（--bind）不是本机的网络地址：请用本机网卡的 IP 地址，或 127.0.0.1（只限本机）、0.0.0.0（所有网卡）");
				}
				String port = text.replaceAll("(?s).*?[Pp]ort (\\d+).*", "$1");
				return Optional.of("端口" + (port.matches("\\d+") ? " " + port + " " : "")
						+ "已被本机的其他程序占用：请用 --port 换一个端口（例如 --port 8081），或停止占用它的程序（ss -ltnp 可查看）");
			}
			if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).startsWith("port out of range")) {
				return Optional.of("端口应在 1 到 65535 之间（--port）");
			}
			if (t instanceof AccessDeniedException denied && denied.getFile() != null) {
				return Optional.of(accessDenied(Path.of(denied.getFile())));
			}
			if (String.valueOf(t.getMessage()).contains("No space left on device")) {
				return Optional.of("磁盘空间已满：请清理工作目录所在的磁盘（df -h 可查看）后重新运行，中断的汇总会在重新运行时补齐");
			}
		}
		String lower = message.toLowerCase(Locale.ROOT);
		if (root.getClass().getName().startsWith("org.postgresql")) {
			if (lower.contains("password authentication failed")) {
				return Optional.of("数据库服务器拒绝了用户名或密码：请检查 workledger.yml 中的 spring.datasource.username 和 spring.datasource.password");
			}
			if (lower.contains("does not exist") && lower.contains("database")) {
				return Optional.of("数据库服务器上没有 spring.datasource.url 所写的数据库（" + message.replaceAll("(?s).*database \"([^\"]*)\".*", "$1")
						+ "）：请核对数据库名，或请数据库管理员先建好这个数据库（README 的 PostgreSQL 一节）");
			}
		}
		if (root instanceof java.net.UnknownHostException) {
			return Optional.of("找不到服务器“" + message + "”：请检查 workledger.yml 中的服务器地址（数据库 spring.datasource.url）是否写对、本机能否解析这个名字");
		}
		if (message.contains("claims to not accept jdbcUrl")) {
			return Optional.of("workledger.yml 中的数据库地址 spring.datasource.url 写得不对：PostgreSQL 的地址以 jdbc:postgresql:// 开头，"
					+ "例如 jdbc:postgresql://db.example.gov.cn:5432/workledger");
		}
		return Optional.empty();
	}

	/** The workspace a folder lies in (the nearest folder above it with an input/), or null. */
	private static Path workspaceOf(Path folder) {
		for (Path p = folder; p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("input")) && Files.isDirectory(p.resolve("data"))) {
				return p;
			}
		}
		return null;
	}

	/** Names the folder and whose it is: a workspace root may write, but a folder a root-run left is not. */
	private static String accessDenied(Path file) {
		String user = System.getProperty("user.name");
		Path folder = Files.isDirectory(file) ? file : file.getParent();
		String owner = "";
		try {
			if (folder != null) {
				owner = Files.getOwner(folder).getName();
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			// said without the owner
		}
		String where = folder == null ? file.toString() : folder.toString();
		if (!owner.isEmpty() && !owner.equals(user)) {
			Path workspace = workspaceOf(folder);
			return "当前用户（" + user + "）没有权限写入 " + where + "：它属于 " + owner
					+ (owner.equals("root") ? "，多半是曾以 root 运行 workledger 留下的" : "") + "。请由管理员把"
					+ (workspace == null ? "这个文件夹" : "工作目录") + "交还给 " + user + "（例如 chown -R " + user + " "
					+ (workspace == null ? where : workspace.toString()) + "）后重新运行";
		}
		return "当前用户（" + user + "）没有权限写入 " + where + "：请检查这个文件夹的权限后重新运行";
	}

}
