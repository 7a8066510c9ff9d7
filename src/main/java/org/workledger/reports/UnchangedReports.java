package org.workledger.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.workledger.system.PropertiesFiles;


/**
 * The per-unit PDFs of a period that need not be made again: a report, reminder or notice
 * whose template, parameters and rows are those it was last written from, and whose file
 * is still as it was written, is kept. So a run after one more return came in writes that
 * unit's report (and the circular and the lead units' tables, which every return changes)
 * and keeps the other units' — what a change affects, and no more.
 *
 * <p>
 * What a document was written from is kept as a SHA-256 of its inputs in
 * {@code data/rendered-reports.properties}, with the file's size and modification time.
 * Inputs of a type this class cannot read (anything but text, numbers, dates, lists and
 * maps of them) make no digest: such a document is always written.
 */
final class UnchangedReports {

	static final String FILE = "rendered-reports.properties";

	private final Path file;

	private final Map<String, String> previous;

	private final Map<String, String> current = new ConcurrentHashMap<>();

	private UnchangedReports(Path file, Map<String, String> previous) {
		this.file = file;
		this.previous = previous;
	}

	/** What the runs before wrote, read from {@code dataFolder}; none when {@code dataFolder} is null. */
	static UnchangedReports in(Path dataFolder) {
		if (dataFolder == null) {
			return new UnchangedReports(null, Map.of());
		}
		Path file = dataFolder.resolve(FILE);
		return new UnchangedReports(file, PropertiesFiles.read(file));
	}

	/**
	 * The digest of a document's inputs, or null when one of them is of a type not read here.
	 * @param template the template's identity (its name and content, see {@link ReportTemplates#identity})
	 */
	static String digest(String template, String title, Map<String, ?> parameters, Collection<? extends Map<String, ?>> rows) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			StringBuilder text = new StringBuilder();
			write(text, template);
			write(text, title);
			write(text, parameters);
			write(text, rows);
			sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (UnsupportedOperationException ex) {
			return null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code target} was written from the inputs of {@code digest} and is untouched since. */
	boolean unchanged(Path target, String digest) {
		if (digest == null) {
			return false;
		}
		String was = this.previous.get(target.toString());
		String now = PropertiesFiles.stamp(target);
		boolean same = was != null && now != null && was.equals(digest + " " + now);
		if (same) {
			this.current.put(target.toString(), was);
		}
		return same;
	}

	/** Notes that {@code target} was just written from the inputs of {@code digest}. */
	void written(Path target, String digest) {
		String now = PropertiesFiles.stamp(target);
		if (digest != null && now != null) {
			this.current.put(target.toString(), digest + " " + now);
		}
	}

	/** Keeps what this run wrote or kept for the next run; documents of other periods stay noted. */
	void save(Path periodFolder) {
		if (this.file == null) {
			return;
		}
		Map<String, String> entries = new TreeMap<>();
		String prefix = periodFolder.toString();
		this.previous.forEach((name, value) -> {
			if (!name.startsWith(prefix)) {
				entries.put(name, value);
			}
		});
		entries.putAll(this.current);
		try {
			PropertiesFiles.write(this.file, entries, "workledger: what each per-unit PDF was last written from (do not edit)");
		}
		catch (IOException ex) {
			// only a shortcut: without it the next run writes every document again
		}
	}

	private static void write(StringBuilder text, Object value) {
		if (value == null) {
			text.append("N;");
		}
		else if (value instanceof CharSequence s) {
			text.append('S').append(s.length()).append(':').append(s).append(';');
		}
		else if (value instanceof Number || value instanceof Boolean || value instanceof Character
				|| value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof java.util.Date) {
			String s = value.toString();
			text.append(value.getClass().getSimpleName()).append(s.length()).append(':').append(s).append(';');
		}
		else if (value instanceof Map<?, ?> map) {
			TreeMap<String, Object> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
			text.append("M").append(sorted.size()).append('{');
			sorted.forEach((k, v) -> {
				write(text, k);
				write(text, v);
			});
			text.append('}');
		}
		else if (value instanceof Collection<?> list) {
			text.append("L").append(list.size()).append('[');
			list.forEach(v -> write(text, v));
			text.append(']');
		}
		else {
			throw new UnsupportedOperationException(value.getClass().getName());
		}
	}

}
