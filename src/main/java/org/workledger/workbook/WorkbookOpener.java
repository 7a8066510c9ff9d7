package org.workledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Location;

/**
 * Opens untrusted files as workbooks, read-only, and turns every way that can fail
 * (empty, too large, not Excel, encrypted, corrupt, decompression bomb) into a finding
 * instead of an exception that stops the run. POI's own XML parsing refuses external
 * entities, so XXE files fail here as corrupt ones.
 */
public class WorkbookOpener {

	private final long maxFileBytes;

	public WorkbookOpener(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
		// a sheet of a real return inflates far less than 1:100; bombs inflate 1:1000 and more
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
		IOUtils.setByteArrayMaxOverride(256 * 1024 * 1024);
	}

	public long maxFileBytes() {
		return this.maxFileBytes;
	}

	public Workbook open(Path file) throws UnreadableWorkbookException {
		check(file);
		return usermodel(file);
	}

	/**
	 * The workbook's sheets as grids: an .xlsx is streamed when the streaming reader can
	 * (no object model, a fraction of the time and memory for a roster of thousands of
	 * units), anything else goes through POI's usermodel, which also rejects what is broken.
	 */
	public WorkbookGrid grid(Path file) throws UnreadableWorkbookException {
		if (check(file) == FileMagic.OOXML) {
			try {
				return StreamingGrids.of(file);
			}
			catch (IOException ex) {
				// the usermodel below reads it or says what is wrong with it
			}
		}
		return usermodelGrid(file);
	}

	/**
	 * As {@link #grid}, but an .xlsx only as far down each sheet as {@code enough} wants
	 * ({@link StreamingGrids#head}).
	 */
	public WorkbookGrid head(Path file, BiPredicate<SheetGrid, Integer> enough) throws UnreadableWorkbookException {
		if (check(file) == FileMagic.OOXML) {
			try {
				return StreamingGrids.head(file, enough);
			}
			catch (IOException ex) {
				// the usermodel below reads it or says what is wrong with it
			}
		}
		return usermodelGrid(file);
	}

	/** Through POI's usermodel, for what the streaming reader cannot read; the file was checked. */
	private WorkbookGrid usermodelGrid(Path file) throws UnreadableWorkbookException {
		Workbook workbook = usermodel(file);
		try {
			return UsermodelGrids.of(workbook);
		}
		catch (RuntimeException ex) {
			throw new UnreadableWorkbookException(FindingCode.FILE_UNREADABLE.at(Location.file(file.getFileName().toString()),
					"", "读取内容时出错：" + ex.getClass().getSimpleName()), ex);
		}
		finally {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// opened read-only: nothing was written
			}
		}
	}

	/** Size and kind of file, before any parser sees it. */
	private FileMagic check(Path file) throws UnreadableWorkbookException {
		Location where = Location.file(file.getFileName().toString());
		long size;
		FileMagic magic;
		try {
			size = Files.size(file);
			if (size == 0) {
				throw new UnreadableWorkbookException(FindingCode.FILE_EMPTY.at(where, ""), null);
			}
			if (size > this.maxFileBytes) {
				String[] sizes = sizes(size, this.maxFileBytes);
				throw new UnreadableWorkbookException(FindingCode.FILE_TOO_LARGE.at(where, "", sizes[0], sizes[1]), null);
			}
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(FindingCode.FILE_UNREADABLE.at(where, "", "无法读取文件：" + ex.getMessage()),
					ex);
		}
		if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			String archive = archiveKind(file);
			if (archive != null) {
				throw new UnreadableWorkbookException(FindingCode.FILE_ARCHIVE.at(where, "", archive), null);
			}
			throw new UnreadableWorkbookException(FindingCode.FILE_NOT_EXCEL.at(where, "", describe(magic, file)), null);
		}
		return magic;
	}

	private Workbook usermodel(Path file) throws UnreadableWorkbookException {
		Location where = Location.file(file.getFileName().toString());
		try {
			return WorkbookFactory.create(file.toFile(), null, true);
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableWorkbookException(FindingCode.FILE_ENCRYPTED.at(where, ""), ex);
		}
		catch (NotOfficeXmlFileException ex) {
			Optional<String> archive = zipContents(file);
			if (archive.isPresent()) {
				throw new UnreadableWorkbookException(FindingCode.FILE_ARCHIVE.at(where, "", archive.get()), ex);
			}
			// a zip without a workbook's parts: named .xlsx it is most likely a workbook cut short (a copy or a
			// download that did not finish), and "not a workbook, send .xlsx" would puzzle a unit that did
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
				throw new UnreadableWorkbookException(FindingCode.FILE_UNREADABLE.at(where, "", "文件已损坏或不完整"), ex);
			}
			throw new UnreadableWorkbookException(FindingCode.FILE_NOT_EXCEL.at(where, "", "Office 文件但不是工作簿"), ex);
		}
		catch (IOException | RuntimeException ex) {
			if (isBomb(ex)) {
				throw new UnreadableWorkbookException(FindingCode.FILE_BOMB.at(where, ""), ex);
			}
			if (isOtherOfficeDocument(ex)) {
				throw new UnreadableWorkbookException(
						FindingCode.FILE_NOT_EXCEL.at(where, "", "这是 Word、PowerPoint 等其他 Office 文档"), ex);
			}
			if (isEncrypted(ex)) {
				throw new UnreadableWorkbookException(FindingCode.FILE_ENCRYPTED.at(where, ""), ex);
			}
			Optional<String> archive = zipContents(file);
			if (archive.isPresent()) {
				throw new UnreadableWorkbookException(FindingCode.FILE_ARCHIVE.at(where, "", archive.get()), ex);
			}
			throw new UnreadableWorkbookException(FindingCode.FILE_UNREADABLE.at(where, "", "文件已损坏或格式不完整"), ex);
		}
		catch (Error ex) {
			// StackOverflow / OutOfMemory from a hostile file must not take the run down
			if (ex instanceof OutOfMemoryError || ex instanceof StackOverflowError) {
				throw new UnreadableWorkbookException(FindingCode.FILE_BOMB.at(where, ""), ex);
			}
			throw ex;
		}
	}

	/** RAR or 7z by their first bytes, which POI does not know; null for anything else. */
	private static String archiveKind(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(6);
			if (head.length >= 4 && head[0] == 'R' && head[1] == 'a' && head[2] == 'r' && head[3] == '!') {
				return "RAR 格式";
			}
			if (head.length >= 6 && head[0] == '7' && head[1] == 'z' && (head[2] & 0xff) == 0xBC && (head[3] & 0xff) == 0xAF) {
				return "7z 格式";
			}
		}
		catch (IOException ex) {
			// said as not a workbook
		}
		return null;
	}

	/**
	 * A zip that is not an Office file but holds files of its own (a unit's returns packed
	 * together): their number and first names; empty for a zip with nothing listed (a
	 * workbook cut short). Names from a Chinese Windows are in GBK unless marked UTF-8.
	 */
	private static Optional<String> zipContents(Path file) {
		// names packed on Linux or a Mac are UTF-8, often without the zip's flag that says so: read as GBK they
		// are no names at all, and the archive was called a damaged workbook
		for (String charset : List.of("UTF-8", "GBK")) {
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile(), java.nio.charset.Charset.forName(charset))) {
				List<String> names = zip.stream()
					.filter(entry -> !entry.isDirectory())
					.map(entry -> entry.getName().replaceFirst("^.*/", ""))
					.toList();
				if (names.isEmpty() || names.contains("[Content_Types].xml")) {
					return Optional.empty();
				}
				return Optional.of("zip 格式，内含 " + names.size() + " 个文件："
						+ String.join("、", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? " 等" : ""));
			}
			catch (IOException | RuntimeException ex) {
				// not names in this charset, or no zip at all
			}
		}
		return Optional.empty();
	}

	private static boolean isBomb(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size")
					|| message.contains("tried to allocate") || message.contains("exceeds the maximum")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOtherOfficeDocument(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (String.valueOf(t.getMessage()).contains("is not a valid workbook")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isEncrypted(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof EncryptedDocumentException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(FileMagic magic, Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return switch (magic) {
			case PDF -> "这是一个 PDF 文件";
			case HTML -> "这是一个网页文件，可能是从业务系统导出的伪 Excel";
			case XML -> "这是一个 XML 文件";
			case RTF -> "这是一个 RTF 文档";
			case WORD2 -> "这是一个 Word 文档";
			default -> name.endsWith(".csv") ? "这是一个 CSV 文本文件"
					: looksLikeCsv(file) ? "这是一个 CSV 文本文件，可能是从其他软件导出后改了扩展名" : "文件内容不是 Excel 格式";
		};
	}

	/** Text with separated values: no NUL byte, and a comma or a tab on a line, in the first few KB. */
	private static boolean looksLikeCsv(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4096);
			boolean separator = false;
			for (byte b : head) {
				if (b == 0) {
					return false;
				}
				separator |= b == ',' || b == '\t';
			}
			return separator && head.length > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Size and limit in the same unit, precise enough that they never read the same. */
	static String[] sizes(long size, long limit) {
		for (String[] unit : new String[][] { { "MB", "1048576" }, { "KB", "1024" } }) {
			double divisor = Double.parseDouble(unit[1]);
			if (limit >= divisor) {
				String a = String.format(Locale.ROOT, "%.1f %s", size / divisor, unit[0]);
				String b = String.format(Locale.ROOT, "%.1f %s", limit / divisor, unit[0]);
				if (!a.equals(b)) {
					return new String[] { a, b };
				}
			}
		}
		return new String[] { size + " 字节", limit + " 字节" };
	}

}
