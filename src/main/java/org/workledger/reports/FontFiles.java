package org.workledger.reports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.workledger.system.AtomicFiles;

/**
 * The fonts the reports embed, as plain files in the user's cache folder
 * ({@code ~/.cache/workledger/fonts}, {@code %LOCALAPPDATA%\workledger\fonts} on Windows;
 * {@code -Dworkledger.font-cache=DIR} for another, {@code off} for none). Copied out of the
 * jar once, then used from there by every later process.
 * <p>
 * Read from the jar, a font reaches the JDK as a stream, and the JDK copies each one to a
 * temporary file (50 MB for the four Noto faces) that it deletes when the JVM exits — but
 * not when the JVM is killed, so every killed process left 50 MB in the temporary folder;
 * and every fresh process inflated the 50 MB from the jar again before its first PDF.
 */
final class FontFiles {

	static final String DIRECTORY_PROPERTY = "workledger.font-cache";

	private FontFiles() {
	}

	/**
	 * The cached copy of a classpath font (as fonts.xml names it); empty when there is no
	 * cache folder or it cannot be written: the caller then reads the font as before.
	 */
	static Optional<Path> fileOf(String resource) {
		Optional<Path> directory = directory();
		if (directory.isEmpty() || resource == null) {
			return Optional.empty();
		}
		try {
			URL url = Thread.currentThread().getContextClassLoader() == null ? null
					: Thread.currentThread().getContextClassLoader().getResource(resource);
			if (url == null) {
				url = FontFiles.class.getClassLoader().getResource(resource);
			}
			if (url == null) {
				return Optional.empty();
			}
			URLConnection connection = url.openConnection();
			long size = connection.getContentLengthLong();
			if (size <= 0) {
				return Optional.empty();
			}
			// named by size too: a changed font in a newer jar is copied again under its own name
			String name = Path.of(resource).getFileName().toString();
			int dot = name.lastIndexOf('.');
			Path file = directory.get()
				.resolve(dot < 0 ? name + "-" + size : name.substring(0, dot) + "-" + size + name.substring(dot));
			if (Files.isRegularFile(file) && Files.size(file) == size) {
				return Optional.of(file);
			}
			AtomicFiles.write(file, out -> {
				try (InputStream in = connection.getInputStream()) {
					in.transferTo(out);
				}
			});
			return Files.size(file) == size ? Optional.of(file) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	static Optional<Path> directory() {
		String configured = System.getProperty(DIRECTORY_PROPERTY, "").strip();
		if ("off".equalsIgnoreCase(configured)) {
			return Optional.empty();
		}
		if (!configured.isEmpty()) {
			return Optional.of(Path.of(configured));
		}
		String localAppData = System.getenv("LOCALAPPDATA");
		if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && localAppData != null) {
			return Optional.of(Path.of(localAppData, "workledger", "fonts"));
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
			return Optional.of(Path.of(xdg, "workledger", "fonts"));
		}
		String home = System.getProperty("user.home", "");
		// a service account may have no home (or "?"): no cache then
		if (home.isEmpty() || !Path.of(home).isAbsolute() || !Files.isDirectory(Path.of(home))) {
			return Optional.empty();
		}
		return Optional.of(Path.of(home, ".cache", "workledger", "fonts"));
	}

}
