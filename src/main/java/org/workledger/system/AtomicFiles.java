package org.workledger.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Every file workledger writes is written under a hidden temporary name next to its
 * target ({@code .name.<uuid>.tmp}) and then moved into place, so a reader — or a run
 * after a crash — never sees half a file; {@link TempFiles} removes what a killed run
 * left. Not {@code Files.createTempFile}: its owner-only permissions would stick to the
 * moved file, and the office shares these files.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** What goes into the file. */
	@FunctionalInterface
	public interface Content<E extends Exception> {

		void writeTo(OutputStream out) throws IOException, E;

	}

	public static <E extends Exception> void write(Path target, Content<E> content) throws IOException, E {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				content.writeTo(out);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
