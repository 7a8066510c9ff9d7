package org.workledger.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold a secret (a database key, initial passwords): made empty with narrow
 * permissions before anything is written into them, so they are never readable by others
 * even for a moment. Where the file system has no POSIX permissions (Windows) nothing is
 * made here, and the file takes its folder's, as every other file does.
 */
public final class RestrictedFiles {

	private RestrictedFiles() {
	}

	/** @param permissions e.g. {@code rw-------} */
	public static void create(Path file, String permissions) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)));
		}
	}

}
