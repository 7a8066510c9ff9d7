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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

	private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

	private static final Pattern STATE = Pattern.compile("\\bstate=\"([^\"]*)\"");

	private static final Pattern RELATIONSHIP_ID = Pattern.compile("\\s\\w+:id=\"([^\"]*)\"");

	private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");

	private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");

	private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");

	private static final Pattern TYPE = Pattern.compile("\\bType=\"([^\"]*)\"");

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
		Matcher relationship = RELATIONSHIP.matcher(relsXml);
		while (relationship.find()) {
			Matcher id = ID.matcher(relationship.group());
			Matcher target = TARGET.matcher(relationship.group());
			Matcher type = TYPE.matcher(relationship.group());
			if (id.find() && target.find() && type.find()) {
				String path = unescape(target.group(1));
				path = path.startsWith("/") ? path.substring(1) : "xl/" + path;
				relationships.put(unescape(id.group(1)), new Relationship(path, type.group(1)));
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
		Matcher sheet = SHEET.matcher(workbookXml);
		while (sheet.find()) {
			Matcher name = NAME.matcher(sheet.group());
			Matcher id = RELATIONSHIP_ID.matcher(sheet.group());
			Matcher state = STATE.matcher(sheet.group());
			if (!name.find() || !id.find()) {
				throw new IOException("sheet without name or relationship");
			}
			String sheetName = unescape(name.group(1));
			Relationship target = relationships.get(unescape(id.group(1)));
			if (target == null) {
				throw new IOException("no part for sheet " + sheetName);
			}
			sheets.add(new Sheet(sheetName, target.part(), state.find() && "veryHidden".equals(state.group(1))));
		}
		return sheets;
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
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
			.replace("&amp;", "&");
	}

}
