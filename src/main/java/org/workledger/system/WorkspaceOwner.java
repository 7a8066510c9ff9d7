package org.workledger.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps root out of a workspace that belongs to another account. A command run as root in
 * the service's workspace (a forgotten {@code sudo -u workledger}) leaves folders and files
 * the service cannot write: the next scheduled run then fails on them, day after day, until
 * someone changes their owner. Refusing at once, with the command that works, costs a retype.
 */
public final class WorkspaceOwner {

	private WorkspaceOwner() {
	}

	/** Why this process must not work in {@code root}, when it must not. */
	public static Optional<String> refusal(Path root) {
		if (!"root".equals(System.getProperty("user.name"))) {
			return Optional.empty();
		}
		try {
			String owner = Files.getOwner(root).getName();
			if (owner.equals("root") || owner.matches("\\d+")) {
				// root's own workspace, or an owner without a name on this machine (a mounted share)
				return Optional.empty();
			}
			return Optional.of("当前以 root 运行，而工作目录 " + root + " 属于 " + owner + "：以 root 运行会在工作目录里留下 " + owner
					+ " 无法修改的文件，之后定时汇总和工作台都会因此失败。请以 " + owner + " 运行，例如 sudo -u " + owner + " "
					+ launcher() + " …");
		}
		catch (IOException | UnsupportedOperationException ex) {
			return Optional.empty();
		}
	}

	/** The launcher as it was called (through /opt/workledger, not the versioned folder the link points to). */
	private static String launcher() {
		for (String variable : new String[] { "WORKLEDGER_INVOKED_AS", "WORKLEDGER_LAUNCHER" }) {
			String launcher = System.getenv(variable);
			if (launcher != null && !launcher.isBlank()) {
				// run as another user from another folder, a relative path would not be found
				return java.nio.file.Path.of(launcher).toAbsolutePath().normalize().toString();
			}
		}
		return "java -jar workledger.jar";
	}

}
