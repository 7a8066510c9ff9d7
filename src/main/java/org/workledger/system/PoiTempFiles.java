package org.workledger.system;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI keeps the temporary files of the workbooks it streams (the ledger's sheets):
 * in the workspace's {@code data/tmp/}, not in {@code /tmp/poifiles}. That folder is shared
 * by every account on the machine and made by the first process that needs it, with its
 * owner's permissions: once a command had run as root, every run of the service's own
 * account failed on it ("AccessDeniedException: /tmp/poifiles/…") until the next reboot.
 * The workspace is the service's own, and its disk has room for what the run writes anyway.
 */
public final class PoiTempFiles {

	private PoiTempFiles() {
	}

	public static void useFolderOf(Workspace workspace) {
		TempFile.setTempFileCreationStrategy(
				new DefaultTempFileCreationStrategy(workspace.data().resolve("tmp").toAbsolutePath().toFile()));
	}

}
