package org.workledger.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per workspace: a second {@code consolidate} (or a scheduled run
 * while a manual one is going) stops at once with a clear message instead of racing the
 * first. The operating system releases the lock when the process ends, however it ends.
 */
public final class WorkspaceLock implements AutoCloseable {

	private static final String FILE = ".workledger.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private WorkspaceLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	public static WorkspaceLock acquire(Workspace workspace) {
		Path file = workspace.createDirectories(workspace.data()).resolve(FILE);
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new WorkledgerException("该工作目录正在运行另一个 workledger 任务（" + workspace.root()
						+ "），请等它结束后再试");
			}
			return new WorkspaceLock(channel, lock);
		}
		catch (java.nio.file.AccessDeniedException ex) {
			throw new WorkledgerException("当前用户（" + System.getProperty("user.name") + "）没有写入工作目录 " + workspace.root()
					+ " 的权限：请以工作目录的属主运行 workledger（例如服务器上 sudo -u workledger bin/workledger …）", ex);
		}
		catch (IOException ex) {
			throw new WorkledgerException("无法锁定工作目录 " + workspace.root() + "：" + ex.getMessage(), ex);
		}
	}

	/**
	 * The lock for a command that only reads ({@code status}, {@code check}): none while
	 * {@code serve} shares the database, where a reader sees what runs have committed and
	 * need not wait for the console's run to end (the office asks {@code status} how that
	 * run is going); else the lock, as for any command that opens the database file itself.
	 *
	 * @return {@code null} when none is needed (try-with-resources then closes nothing)
	 */
	public static WorkspaceLock forReading(Workspace workspace) {
		return DatabaseShare.urlOf(workspace).isPresent() ? null : acquire(workspace);
	}

	/**
	 * Whether a run holds the workspace now, in this process or another. Asked by the console
	 * only about a run the database says is going, so the moment it holds the lock itself is
	 * rare and short.
	 */
	public static boolean isHeld(Workspace workspace) {
		try (WorkspaceLock lock = acquire(workspace)) {
			return false;
		}
		catch (WorkledgerException ex) {
			return true;
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the process is ending or the file is gone; the OS drops the lock either way
		}
	}

}
