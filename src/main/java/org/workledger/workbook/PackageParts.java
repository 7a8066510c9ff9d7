package org.workledger.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.workledger.system.AtomicFiles;

/**
 * The little of an .xlsx package that is read and written here without POI: which zip
 * entry holds each sheet (through the workbook's own relationships, as Excel finds them)
 * and writing a package from its parts.
 */
public final class PackageParts {

	private PackageParts() {
	}

	/** One relationship of the workbook: the zip entry it points to and its type. */
	public record Relationship(String part, String type) {
	}

	/** One sheet as workbook.xml lists it, in order, with the zip entry holding it. */
	public record Sheet(String name, String part, boolean veryHidden) {
	}

	/** The relationships of {@code xl/_rels/workbook.xml.rels}, by id. */
	public static Map<String, Relationship> relationships(String relsXml) {
		Map<String, Relationship> relationships = new HashMap<>();
		for (String relationship : tags(relsXml, "Relationship")) {
			String id = attribute(relationship, "Id");
			String target = attribute(relationship, "Target");
			String type = attribute(relationship, "Type");
			if (id != null && target != null && type != null) {
				String path = unescape(target);
				path = path.startsWith("/") ? path.substring(1) : "xl/" + path;
				relationships.put(unescape(id), new Relationship(path, type));
			}
		}
		return relationships;
	}

	/**
	 * The sheets of {@code xl/workbook.xml} in order.
	 * @throws IOException if a sheet has no name or no part among the relationships
	 */
	public static List<Sheet> sheets(String workbookXml, Map<String, Relationship> relationships) throws IOException {
		List<Sheet> sheets = new ArrayList<>();
		for (String sheet : tags(workbookXml, "sheet")) {
			String name = attribute(sheet, "name");
			String id = prefixedAttribute(sheet, "id");
			if (name == null || id == null) {
				throw new IOException("sheet without name or relationship");
			}
			String sheetName = unescape(name);
			Relationship target = relationships.get(unescape(id));
			if (target == null) {
				throw new IOException("no part for sheet " + sheetName);
			}
			sheets.add(new Sheet(sheetName, target.part(), "veryHidden".equals(attribute(sheet, "state"))));
		}
		return sheets;
	}

	// The tags and attributes are found with indexOf, not with regular expressions: every workbook of a round
	// has these two parts read, and the expressions were a tenth of telling 10,000 workbooks apart.

	/** The start tags {@code <name …>} or {@code <prefix:name …>} of the XML, whole. */
	private static List<String> tags(String xml, String name) {
		List<String> tags = new ArrayList<>();
		for (int at = xml.indexOf(name); at >= 0; at = xml.indexOf(name, at + name.length())) {
			int after = at + name.length();
			if (after >= xml.length() || isNameChar(xml.charAt(after)) || !opensTag(xml, at)) {
				continue;
			}
			int end = xml.indexOf('>', after);
			if (end < 0) {
				break;
			}
			tags.add(xml.substring(at, end + 1));
		}
		return tags;
	}

	/** Whether the name at {@code at} follows {@code <} or {@code <prefix:}. */
	private static boolean opensTag(String xml, int at) {
		int i = at - 1;
		if (i >= 0 && xml.charAt(i) == ':') {
			i--;
			while (i >= 0 && isNameChar(xml.charAt(i))) {
				i--;
			}
			if (i == at - 2) {
				return false;
			}
		}
		return i >= 0 && xml.charAt(i) == '<';
	}

	/** The value of {@code name="…"} in a tag (an attribute named so, not one ending so), as written. */
	private static String attribute(String tag, String name) {
		String key = name + "=\"";
		for (int i = tag.indexOf(key); i >= 0; i = tag.indexOf(key, i + 1)) {
			if (i > 0 && !isNameChar(tag.charAt(i - 1))) {
				int end = tag.indexOf('"', i + key.length());
				return end < 0 ? null : tag.substring(i + key.length(), end);
			}
		}
		return null;
	}

	/** The value of {@code prefix:name="…"} in a tag, whatever the prefix ({@code r:id}). */
	private static String prefixedAttribute(String tag, String name) {
		String key = ":" + name + "=\"";
		for (int i = tag.indexOf(key); i >= 0; i = tag.indexOf(key, i + 1)) {
			int start = i;
			while (start > 0 && isNameChar(tag.charAt(start - 1))) {
				start--;
			}
			if (start < i && start > 0 && Character.isWhitespace(tag.charAt(start - 1))) {
				int end = tag.indexOf('"', i + key.length());
				return end < 0 ? null : tag.substring(i + key.length(), end);
			}
		}
		return null;
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	/**
	 * Writes a package of these parts, in this order, atomically. Through a buffer (the zip
	 * stream writes its deflated data 512 bytes at a time: a system call each) and at the
	 * fastest deflate level, as the ledger is: a first round rejects thousands of returns,
	 * each with a problem list and a marked-up copy, and deflating them at the default
	 * level took most of the time they took to write, for files 13 % smaller.
	 */
	public static void write(Path target, Map<String, byte[]> parts) throws IOException {
		write(target, parts, null, Map.of());
	}

	/**
	 * As {@link #write(Path, Map)}, for a copy of the package {@code original} with some
	 * parts changed: a part whose bytes are the very array {@code originalParts} holds for
	 * it is copied as it is stored in {@code original}, without being compressed again. A
	 * marked-up copy changes a sheet, the styles and a few small parts; deflating its shared
	 * strings again was most of the time it took to write (a first round writes thousands).
	 */
	public static void write(Path target, Map<String, byte[]> parts, byte[] original, Map<String, byte[]> originalParts)
			throws IOException {
		try (ZipFile source = original == null ? null
				: ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(original)).get()) {
			AtomicFiles.write(target, unbuffered -> {
				OutputStream out = new BufferedOutputStream(unbuffered, 64 * 1024);
				ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
				zip.setLevel(Deflater.BEST_SPEED);
				for (Map.Entry<String, byte[]> part : parts.entrySet()) {
					ZipArchiveEntry stored = source != null && part.getValue() == originalParts.get(part.getKey())
							? source.getEntry(part.getKey()) : null;
					if (stored != null && source.canReadEntryData(stored)) {
						try (InputStream raw = source.getRawInputStream(stored)) {
							zip.addRawArchiveEntry(stored, raw);
						}
						continue;
					}
					ZipArchiveEntry entry = new ZipArchiveEntry(part.getKey());
					entry.setMethod(ZipEntry.DEFLATED);
					zip.putArchiveEntry(entry);
					zip.write(part.getValue());
					zip.closeArchiveEntry();
				}
				zip.finish();
				out.flush();
			});
		}
	}

	/** The five predefined entities, as attribute values hold them. */
	public static String unescape(String xml) {
		if (xml.indexOf('&') < 0) {
			return xml;
		}
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

}
