package org.workledger.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.workledger.system.FileNames;

/**
 * What an uploaded file may be called and where it may go: only the last part of the name
 * the browser sent, no control characters or path separators, an extension that matches
 * the content (a workbook is known by its bytes, not by its name), and never over an
 * existing file.
 */
final class Uploads {

	/** The note an upload's folder keeps of the file it placed into input/. */
	static final String PLACED = "placed.properties";

	private Uploads() {
	}

	/** A return placed into input/ from the page: its name there, its content hash, when, its unit and period. */
	record Placed(String inputName, String sha256, java.time.Instant at, String unit, String period, String token) {
	}

	/** The note an upload's folder keeps once its return was taken back out of input/ before a run took it in. */
	static final String WITHDRAWN = "withdrawn.properties";

	/**
	 * Takes a return the unit sent back out of input/ before a run takes it in (the wrong
	 * file, last month's form): moved into its upload's folder, never deleted, and noted.
	 *
	 * @return false when it is no longer waiting (a run has taken it in, or it is gone)
	 */
	static boolean withdraw(Placed placed, Path uploadFolder, Path input,
			org.workledger.returns.SubmissionRepository submissions) throws IOException {
		if (!stillWaiting(placed, input, submissions)) {
			return false;
		}
		Path inInput = within(input, placed.inputName());
		Files.move(inInput, uploadFolder.resolve("withdrawn-" + placed.inputName()));
		writeNote(uploadFolder.resolve(WITHDRAWN), java.util.Map.of("input-name", placed.inputName()));
		return true;
	}

	/**
	 * Notes in an upload's folder what it placed into input/, for the lists of returns
	 * waiting for the run (the unit's page, and the office's list of units not reported).
	 */
	static void rememberPlaced(Path uploadFolder, String inputName, String sha256, String unit, String period)
			throws IOException {
		writeNote(uploadFolder.resolve(PLACED), java.util.Map.of("input-name", inputName, "sha256", sha256, "unit", unit,
				"period", period));
	}

	/** The note an upload's folder keeps of a check that did not send the return (it had errors). */
	static final String CHECKED = "checked.properties";

	/** A return checked on the page and not sent: its name, when, its errors, the files written for it. */
	record Checked(String token, String name, java.time.Instant at, int errors, java.util.List<String> downloads) {
	}

	/** Notes in an upload's folder that the return was checked and not sent, for the unit's page. */
	static void rememberChecked(Path uploadFolder, String name, long errors, java.util.List<String> downloads)
			throws IOException {
		writeNote(uploadFolder.resolve(CHECKED), java.util.Map.of("name", name, "errors", Long.toString(errors), "downloads",
				String.join("/", downloads)));
	}

	/** The folder a unit's uploads are kept in, under {@code data/uploads/}. */
	static Path folderOf(Path dataFolder, String unit) {
		return dataFolder.resolve("uploads").resolve(org.workledger.intake.Sha256.of(unit).substring(0, 16));
	}

	/** The unit's checks that did not send the return, the latest first, at most {@code limit}. */
	static java.util.List<Checked> checkedFrom(Path unitUploads, int limit) {
		java.util.List<Checked> checked = readNotes(unitUploads, CHECKED, (folder, note) -> {
			String downloads = note.getProperty("downloads", "");
			return new Checked(folder, note.getProperty("name", ""), java.time.Instant.parse(note.getProperty("at")),
					Integer.parseInt(note.getProperty("errors", "0")),
					downloads.isEmpty() ? java.util.List.of() : java.util.List.of(downloads.split("/")));
		});
		checked.sort(java.util.Comparator.comparing(Checked::at).reversed());
		// a file checked again under the same name is listed once, as it was last checked
		java.util.Set<String> names = new java.util.HashSet<>();
		checked.removeIf(c -> !names.add(c.name()));
		return checked.size() > limit ? checked.subList(0, limit) : checked;
	}

	/** Whether a return placed from the page is still in input/ and not yet taken in by a run. */
	static boolean stillWaiting(Placed placed, Path input, org.workledger.returns.SubmissionRepository submissions) {
		Path inInput = within(input, placed.inputName());
		return inInput != null && Files.isRegularFile(inInput) && submissions.knownFileName(placed.sha256()).isEmpty();
	}

	/** What every unit's uploads placed into input/ ({@code uploadsRoot}: data/uploads/), the latest first. */
	static java.util.List<Placed> placedByAll(Path uploadsRoot) {
		java.util.List<Placed> placed = new java.util.ArrayList<>();
		if (!Files.isDirectory(uploadsRoot)) {
			return placed;
		}
		try (Stream<Path> units = Files.list(uploadsRoot)) {
			for (Path unit : (Iterable<Path>) units::iterator) {
				placed.addAll(placedFrom(unit));
			}
		}
		catch (IOException ex) {
			return placed;
		}
		placed.sort(java.util.Comparator.comparing(Placed::at).reversed());
		return placed;
	}

	/** What a unit's uploads placed into input/, the latest first; notes that cannot be read are passed over. */
	static java.util.List<Placed> placedFrom(Path unitUploads) {
		java.util.List<Placed> placed = readNotes(unitUploads, PLACED,
				(folder, note) -> note.getProperty("input-name") == null || note.getProperty("sha256") == null
						|| Files.exists(unitUploads.resolve(folder).resolve(WITHDRAWN)) ? null
								: new Placed(note.getProperty("input-name"), note.getProperty("sha256"),
										java.time.Instant.parse(note.getProperty("at")), note.getProperty("unit", ""),
										note.getProperty("period", ""), folder));
		placed.sort(java.util.Comparator.comparing(Placed::at).reversed());
		return placed;
	}

	/** Writes a note, stamped with the time, into an upload's folder. */
	private static void writeNote(Path file, java.util.Map<String, String> values) throws IOException {
		java.util.Properties note = new java.util.Properties();
		note.putAll(values);
		note.setProperty("at", java.time.Instant.now().toString());
		try (java.io.Writer out = Files.newBufferedWriter(file)) {
			note.store(out, null);
		}
	}

	/**
	 * The notes named {@code name} in the folders of a unit's uploads, each read by
	 * {@code of} (its folder's name, its values; null to pass it over). A note half written
	 * or edited by hand is passed over too: that upload is simply not listed.
	 */
	private static <T> java.util.List<T> readNotes(Path unitUploads, String name,
			java.util.function.BiFunction<String, java.util.Properties, T> of) {
		java.util.List<T> read = new java.util.ArrayList<>();
		if (!Files.isDirectory(unitUploads)) {
			return read;
		}
		try (Stream<Path> folders = Files.list(unitUploads)) {
			for (Path folder : (Iterable<Path>) folders::iterator) {
				Path file = folder.resolve(name);
				if (!Files.isRegularFile(file)) {
					continue;
				}
				java.util.Properties note = new java.util.Properties();
				try (java.io.Reader in = Files.newBufferedReader(file)) {
					note.load(in);
					T value = of.apply(folder.getFileName().toString(), note);
					if (value != null) {
						read.add(value);
					}
				}
				catch (IOException | RuntimeException ex) {
					// passed over, as said above
				}
			}
		}
		catch (IOException ex) {
			return read;
		}
		return read;
	}

	/** The name to keep: {@code ..\..\x.xlsx} → {@code x.xlsx}; empty names become {@code 上传的表格}. */
	static String cleanName(String sent) {
		String name = sent == null ? "" : sent;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder out = new StringBuilder();
		name.codePoints().filter(c -> !Character.isISOControl(c) && c != 0x202E && c != 0x202D).forEach(out::appendCodePoint);
		String safe = FileNames.safe(out.toString());
		return safe.equals("_") || safe.isBlank() ? "上传的表格" : safe;
	}

	/**
	 * The extension the content calls for, or null when the bytes are not a workbook; empty
	 * for a zip that is no workbook (an archive a unit packed its return in), whose name is
	 * kept as sent (the check then says what is inside): 报表.zip.xlsx told the unit it had
	 * sent a workbook.
	 */
	static String workbookExtension(Path file, String name) throws IOException {
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
			magic = FileMagic.valueOf(in);
		}
		boolean macros = name.toLowerCase(Locale.ROOT).endsWith(".xlsm");
		if (!otherDocument(file).isEmpty()) {
			return null;
		}
		if (magic == FileMagic.OLE2) {
			// a password-protected .xlsx is kept inside an OLE2 file: still an .xlsx, not an .xls
			return encryptedPackage(file) ? (macros ? ".xlsm" : ".xlsx") : ".xls";
		}
		if (magic == FileMagic.OOXML) {
			return !workbookPackage(file) ? "" : macros ? ".xlsm" : ".xlsx";
		}
		return null;
	}

	/**
	 * What an Office file that is no workbook is, for the message: a Word document or a
	 * PowerPoint presentation (.docx, .doc, .pptx, .ppt), whose bytes look like a workbook's
	 * package. A .docx was renamed 进展情况.docx.xlsx and called a damaged workbook. Empty for
	 * anything else.
	 */
	static String otherDocument(Path file) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			if (zip.getEntry("word/document.xml") != null) {
				return "Word 文档";
			}
			return zip.getEntry("ppt/presentation.xml") != null ? "PowerPoint 演示文稿" : "";
		}
		catch (IOException | RuntimeException ex) {
			// not a zip: an OLE2 file tells by its streams
		}
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
				file.toFile(), true)) {
			if (fs.getRoot().hasEntry("WordDocument")) {
				return "Word 文档";
			}
			return fs.getRoot().hasEntry("PowerPoint Document") ? "PowerPoint 演示文稿" : "";
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static boolean encryptedPackage(Path file) {
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
				file.toFile(), true)) {
			return fs.getRoot().hasEntry("EncryptedPackage");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** A zip with the parts list every Office document has. */
	private static boolean workbookPackage(Path file) {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return zip.getEntry("[Content_Types].xml") != null;
		}
		catch (IOException | RuntimeException ex) {
			// a zip Java cannot list (names in GBK, a damaged directory): the check says what it is
			return true;
		}
	}

	/** Extensions whose files are spreadsheets under another name: WPS's own (.et, .ett), Excel's templates. */
	private static final String[] SPREADSHEET_EXTENSIONS = { ".xlsx", ".xlsm", ".xls", ".et", ".ett", ".xlt", ".xltx" };

	/** {@code name} with the extension the content calls for (none: the name as sent). */
	static String withExtension(String name, String extension) {
		if (extension.isEmpty()) {
			return name;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (String known : SPREADSHEET_EXTENSIONS) {
			if (lower.endsWith(known)) {
				return name.substring(0, name.length() - known.length()) + extension;
			}
		}
		return name + extension;
	}

	/** Copies {@code file} into {@code folder} under {@code name}, or {@code name (2)} … if taken. */
	static Path placeInto(Path file, Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		Path target = folder.resolve(name);
		for (int i = 2; ; i++) {
			try {
				Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				return target;
			}
			catch (java.nio.file.FileAlreadyExistsException ex) {
				target = folder.resolve(base + "（" + i + "）" + extension);
			}
		}
	}

	/**
	 * A file directly in {@code folder} with the same bytes as {@code file}: a return sent
	 * again before the next run (the result page refreshed, the button pressed twice) is
	 * not placed a second time.
	 */
	static Optional<Path> sameIn(Path folder, Path file) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		long size = Files.size(file);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path candidate : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(candidate) && Files.size(candidate) == size
						&& Files.mismatch(candidate, file) == -1) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** {@code relative} below {@code root}, or null when it would lead anywhere else. */
	static Path within(Path root, String relative) {
		if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
			return null;
		}
		Path base = root.toAbsolutePath().normalize();
		Path resolved = base.resolve(relative).normalize();
		if (!resolved.startsWith(base) || resolved.equals(base)) {
			return null;
		}
		return resolved;
	}

}
