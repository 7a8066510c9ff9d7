package org.workledger.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a clerk dropped into {@code input/} (subfolders included), minus what is not
 * theirs to count: Excel and WPS lock files ({@code ~$…}), hidden files, temporary and
 * partial downloads, copies kept aside ({@code .bak}). Nothing here is ever moved, changed or deleted.
 */
public final class InputFolder {

	private final Path root;

	public InputFolder(Path root) {
		this.root = root;
	}

	public Path root() {
		return this.root;
	}

	public boolean exists() {
		return Files.isDirectory(this.root);
	}

	/**
	 * Candidate files in arrival order (modification time, then shorter path), so the first copy
	 * of a file dropped twice is the original and reruns see the same sequence.
	 */
	public List<Path> files() {
		if (!exists()) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(this.root)) {
			// each file's time is read once: asking in the comparator stats every file ~30 times
			return walk.filter(Files::isRegularFile)
				.filter(p -> !isIgnored(this.root.relativize(p)) && isNameable(p))
				.map(p -> new Arrival(p, modified(p), this.root.relativize(p).toString()))
				.sorted(Comparator.comparing(Arrival::modified)
					// same time: "x(1).xlsx" and "x - 副本.xlsx" are the copies of "x.xlsx"
					.thenComparing(a -> a.relative().length())
					.thenComparing(Arrival::relative))
				.map(Arrival::path)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Arrival(Path path, java.nio.file.attribute.FileTime modified, String relative) {
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return java.nio.file.attribute.FileTime.fromMillis(0);
		}
	}

	/** Files skipped on purpose, for the run summary. */
	public List<Path> ignoredFiles() {
		if (!exists()) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(this.root)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> isIgnored(this.root.relativize(p)) || !isNameable(p))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * False for a name Java cannot spell: a zip made on a Chinese Windows and unpacked here
	 * keeps its names in GBK, which a UTF-8 system shows as question marks. Such a file is
	 * set aside with its own note (rename it and put it back) rather than read through a
	 * name that does not reach it, which failed the whole run.
	 */
	public static boolean isNameable(Path file) {
		try {
			return Path.of(file.toString()).equals(file);
		}
		catch (java.nio.file.InvalidPathException ex) {
			return false;
		}
	}

	/** Said after a name read back from GBK bytes. */
	static final String GBK_MARK = "（GBK 文件名）";

	/** A name Java could not read: its GBK reading, marked, or text with U+FFFD for the bytes. */
	public static boolean isUnreadableName(String name) {
		return name.indexOf('\uFFFD') >= 0 || name.endsWith(GBK_MARK);
	}

	/**
	 * The name below input/ read from its bytes as GBK (和平区.xlsx rather than ��ƽ��.xlsx), the
	 * bytes being in the path's URI, percent-escaped; empty when they are not GBK either.
	 */
	private Optional<String> gbkName(Path file) {
		String rawRoot = this.root.toAbsolutePath().toUri().getRawPath();
		String raw = file.toAbsolutePath().toUri().getRawPath();
		if (!rawRoot.endsWith("/")) {
			rawRoot = rawRoot + "/";
		}
		if (!raw.startsWith(rawRoot)) {
			return Optional.empty();
		}
		String relative = raw.substring(rawRoot.length());
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < relative.length(); i++) {
			char c = relative.charAt(i);
			if (c == '%' && i + 2 < relative.length()) {
				bytes.write(Integer.parseInt(relative.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			return Optional.of(java.nio.charset.Charset.forName("GBK")
				.newDecoder()
				.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
				.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (java.nio.charset.CharacterCodingException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The name a clerk recognises: the path below {@code input/}. */
	public String displayName(Path file) {
		if (!isNameable(file)) {
			Optional<String> gbk = gbkName(file);
			if (gbk.isPresent()) {
				return gbk.get() + GBK_MARK;
			}
		}
		return this.root.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * Whether a file's name says it is a spreadsheet, whatever it holds: one that is not (a cover
	 * note, a scan, a Word document) is an attachment, never a return nor a table.
	 */
	public static boolean hasSpreadsheetName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".xlsb")
				|| lower.endsWith(".et") || lower.endsWith(".ett") || lower.endsWith(".csv") || lower.endsWith(".ods");
	}

	/** Names of what comes along with returns: documents, scans and photos (never a return). */
	public static boolean hasDocumentName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		int dot = lower.lastIndexOf('.');
		return dot >= 0 && DOCUMENT_EXTENSIONS.contains(lower.substring(dot + 1));
	}

	private static final java.util.Set<String> DOCUMENT_EXTENSIONS = java.util.Set.of("doc", "docx", "wps", "pdf", "ofd",
			"txt", "ppt", "pptx", "jpg", "jpeg", "png", "bmp", "gif", "tif", "tiff");

	static boolean isIgnored(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~$") || name.startsWith("~") && name.endsWith(".tmp")) {
				return true;
			}
		}
		String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".tmp") || name.endsWith(".crdownload") || name.endsWith(".part")
				|| name.endsWith(".partial") || name.equals("thumbs.db") || name.equals("desktop.ini")
				|| name.endsWith(".wbk") || name.startsWith(".~lock.")
				// a unit's or a clerk's copy kept aside (和平区.xlsx.bak): Excel cannot open it under that name
				// either, and taken as a return it could win over the one it was kept from
				|| name.endsWith(".bak") || name.endsWith(".old") || name.endsWith(".backup") || name.endsWith(".orig");
	}

}
