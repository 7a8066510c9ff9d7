package org.workledger.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Returns that come packed in a zip (a district office sends its own and its bureaus' in one
 * file; a unit zips its return to mail it). Each workbook in it is unpacked, once per zip
 * content, into {@code data/unpacked/<hash of the zip>/} and taken in like a file of
 * {@code input/}, named after the zip and its place in it ({@code 市直部门报表.zip/公安局.xlsx}).
 * Before, the zip was sent back as "not a workbook" to nobody, and the units in it were
 * reminded that they had sent nothing. {@code input/} itself is not touched.
 * <p>
 * Only spreadsheets are unpacked, with bounds on their number and size (a zip bomb is left
 * packed and said as a zip); a zip that cannot be unpacked (encrypted, damaged) stays as it
 * was, a file sent back with what is in it.
 */
public final class PackedReturns {

	/** More workbooks than a province's districts send in one zip is no zip of returns. */
	static final int MOST_MEMBERS = 500;

	/** Bytes unpacked from one zip at most: returns are tens of kilobytes. */
	static final long MOST_BYTES = 256L * 1024 * 1024;

	private static final String LIST = "members.txt";

	private final Path root;

	private final long maxFileBytes;

	/**
	 * @param root where the zips are unpacked ({@code data/unpacked})
	 * @param maxFileBytes the largest workbook read (larger members are left packed)
	 */
	public PackedReturns(Path root, long maxFileBytes) {
		this.root = root;
		this.maxFileBytes = maxFileBytes;
	}

	/** A workbook unpacked from a zip: where it lies now, and its name as the clerk reads it. */
	public record Member(Path path, String name) {
	}

	public static boolean isZipName(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/**
	 * The workbooks packed in {@code zip} (whose content hash is {@code sha256}), unpacked if
	 * they were not before; empty when it holds none or cannot be unpacked.
	 *
	 * @param zipName the zip's name below {@code input/}, which the members' names start with
	 */
	public List<Member> unpack(Path zip, String sha256, String zipName) {
		Path folder = this.root.resolve(sha256);
		try {
			if (!Files.isDirectory(folder)) {
				unpackInto(zip, folder);
			}
			return members(folder, zipName);
		}
		catch (IOException | RuntimeException ex) {
			// encrypted, damaged or hostile: left as a zip, which the intake says what it holds
			return List.of();
		}
	}

	private List<Member> members(Path folder, String zipName) throws IOException {
		List<Member> members = new ArrayList<>();
		for (String line : Files.readAllLines(folder.resolve(LIST), StandardCharsets.UTF_8)) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				members.add(new Member(folder.resolve(line.substring(0, tab)), zipName + "/" + line.substring(tab + 1)));
			}
		}
		return members;
	}

	/**
	 * Unpacks into a folder of its own first and moves it into place at the end, so a run
	 * stopped half way leaves nothing a later run would take for the whole. The members get
	 * the zip's time, as if they had arrived with it (a notice is dated by its file's time).
	 */
	private void unpackInto(Path zip, Path folder) throws IOException {
		Files.createDirectories(this.root);
		Path partial = Files.createTempDirectory(this.root, folder.getFileName() + ".partial-");
		try {
			FileTime arrived = Files.getLastModifiedTime(zip);
			List<String> list = new ArrayList<>();
			long total = 0;
			try (ZipFile file = open(zip)) {
				Enumeration<? extends ZipEntry> entries = file.entries();
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String path = entry.getName().replace('\\', '/');
					String name = path.substring(path.lastIndexOf('/') + 1);
					if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.startsWith(".") || name.startsWith("~$")
							|| !InputFolder.hasSpreadsheetName(name)) {
						continue;
					}
					if (list.size() == MOST_MEMBERS) {
						throw new IOException("too many workbooks in " + zip.getFileName());
					}
					// a name of our own on disk: the member's may hold anything, ../ included
					String stored = String.format("%03d%s", list.size() + 1, extension(name));
					Path target = partial.resolve(stored);
					total += copy(file, entry, target, MOST_BYTES - total);
					Files.setLastModifiedTime(target, arrived);
					list.add(stored + "\t" + path.replace("\t", " ").replace("\n", " "));
				}
			}
			Files.write(partial.resolve(LIST), list, StandardCharsets.UTF_8);
			Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** Names packed on Linux or a Mac are UTF-8, often unmarked; a Chinese Windows packs them in GBK. */
	private static ZipFile open(Path zip) throws IOException {
		try {
			ZipFile utf8 = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
			try {
				utf8.stream().forEach(ZipEntry::getName);
				return utf8;
			}
			catch (RuntimeException ex) {
				utf8.close();
			}
		}
		catch (IOException ex) {
			// tried again below with GBK names
		}
		return new ZipFile(zip.toFile(), Charset.forName("GBK"));
	}

	/** Copies a member, at most {@code left} bytes of the zip's allowance and the largest workbook read. */
	private long copy(ZipFile file, ZipEntry entry, Path target, long left) throws IOException {
		long limit = Math.min(left, this.maxFileBytes);
		long copied = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				copied += n;
				if (copied > limit) {
					throw new IOException("a member of the zip is too large: " + entry.getName());
				}
				out.write(buffer, 0, n);
			}
		}
		return copied;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					// a leftover partial folder is never read
				}
			});
		}
		catch (IOException ex) {
			// as above
		}
	}

}
