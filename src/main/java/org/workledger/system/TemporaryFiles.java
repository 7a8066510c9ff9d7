package org.workledger.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where a run keeps its temporary files (POI's streamed ledger sheets, the ledger's lines
 * sorted by task): in the workspace's {@code data/tmp/}, not in the machine's {@code /tmp}.
 * POI's {@code /tmp/poifiles} is shared by every account and made by the first process that
 * needs it, with its owner's permissions: once a command had run as root, every run of the
 * service's own account failed on it ("AccessDeniedException: /tmp/poifiles/…") until the
 * next reboot. And what a killed run leaves (a province's narratives, hundreds of MB) is
 * found and removed by a later run of the same workspace, not left in {@code /tmp} for good.
 */
public final class TemporaryFiles {

	/** Older than any run: what a killed run left. Younger files may be a running serve's. */
	private static final Duration LEFT_BEHIND = Duration.ofDays(1);

	private TemporaryFiles() {
	}

	public static void useFolderOf(Workspace workspace) {
		Path folder = workspace.data().resolve("tmp").toAbsolutePath();
		removeLeftBehind(folder);
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
	}

	/** A new folder of its own under the workspace's {@code data/tmp/} (the system's before a workspace is known). */
	public static Path newFolder(String prefix) {
		try {
			return TempFile.createTempDirectory(prefix).toPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void removeLeftBehind(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		FileTime before = FileTime.from(Instant.now().minus(LEFT_BEHIND));
		try (Stream<Path> entries = Files.list(folder)) {
			entries.filter(entry -> olderThan(entry, before)).forEach(TemporaryFiles::removeQuietly);
		}
		catch (IOException | UncheckedIOException ex) {
			// a folder we may not read is told by whatever writes to it next
		}
	}

	private static boolean olderThan(Path entry, FileTime before) {
		try {
			return Files.getLastModifiedTime(entry).compareTo(before) < 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void removeQuietly(Path entry) {
		try (Stream<Path> tree = Files.walk(entry)) {
			tree.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// left for the next run
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// left for the next run
		}
	}

}
