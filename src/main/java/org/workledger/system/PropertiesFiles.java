package org.workledger.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The small bookkeeping files under {@code data/} that let a run skip work (what the last
 * run took in, what each PDF was written from): UTF-8 properties, written atomically, and
 * read as empty when absent or unreadable — at worst the work is done again.
 */
public final class PropertiesFiles {

	private PropertiesFiles() {
	}

	public static SortedMap<String, String> read(Path file) {
		SortedMap<String, String> entries = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return entries;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException | IllegalArgumentException ex) {
			return entries;
		}
		properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name)));
		return entries;
	}

	public static void write(Path file, Map<String, String> entries, String comment) throws IOException {
		Properties properties = new Properties();
		properties.putAll(entries);
		StringWriter text = new StringWriter();
		properties.store(text, comment);
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	/** A file as a run can tell it changed: {@code "size modified-millis"}, or null when it is not a readable file. */
	public static String stamp(Path file) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			return attributes.isRegularFile() ? attributes.size() + " " + attributes.lastModifiedTime().toMillis() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
