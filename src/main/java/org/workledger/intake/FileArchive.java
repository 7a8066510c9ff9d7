package org.workledger.intake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps a copy of every file taken from {@code input/}, named by its content hash, under
 * {@code data/archive/}. The clerk's files stay where they are; the archive is what the
 * database points to, so history survives a tidied-up input folder.
 */
public final class FileArchive {

	private final Path root;

	public FileArchive(Path root) {
		this.root = root;
	}

	/** Copies the file in (once per content) and returns its path below the archive. */
	public String store(Path file, String sha256) throws IOException {
		String relative = sha256.substring(0, 2) + "/" + sha256 + extension(file);
		Path target = this.root.resolve(relative);
		if (Files.exists(target)) {
			return relative;
		}
		Files.createDirectories(target.getParent());
		Path temp = target.resolveSibling("." + sha256 + ".tmp");
		Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return relative;
	}

	public Path resolve(String relative) {
		return this.root.resolve(relative);
	}

	public static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
	}

}
