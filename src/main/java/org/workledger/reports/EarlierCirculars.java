package org.workledger.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.workledger.system.PropertiesFiles;

/**
 * A period's circular written on an earlier day may have been printed, signed and sent:
 * a run that writes the circular anew (late returns came in, the as-of day moved) moves
 * that one into {@code 此前的通报/} under the day it was made, instead of writing over it.
 * Circulars rewritten on the same day (a morning of reruns, a killed run and its rerun)
 * are replaced as before: of one day's circulars it is the last that may have gone out.
 * Nor is one kept that says what the new one says (what each circular was written from is
 * noted in {@code data/circulars.properties}).
 */
final class EarlierCirculars {

	static final String FOLDER = "此前的通报";

	/** What each circular was last written from (a digest of its inputs, by file), in {@code data/}. */
	static final String DIGESTS = "circulars.properties";

	/** The digests file; null when there is no data folder (nothing is noted, every earlier day's circular is kept). */
	private final Path digests;

	private final SortedMap<String, String> written;

	private EarlierCirculars(Path digests, SortedMap<String, String> written) {
		this.digests = digests;
		this.written = written;
	}

	static EarlierCirculars in(Path dataFolder) {
		Path digests = dataFolder == null ? null : dataFolder.resolve(DIGESTS);
		return new EarlierCirculars(digests, digests == null ? new TreeMap<>() : PropertiesFiles.read(digests));
	}

	/**
	 * Before {@code circular} is written from the inputs of {@code digest}: keeps the one
	 * there (see {@link #keep}) unless it was written from the same inputs, as by a
	 * {@code --force} days later or an as-of day that changed nothing in it.
	 */
	Optional<Path> keepBeforeWriting(Path circular, String digest, ZoneId office, LocalDate today) {
		if (digest != null && digest.equals(this.written.get(key(circular)))) {
			return Optional.empty();
		}
		return keep(circular, office, today);
	}

	/** Notes what {@code circular} was just written from. */
	void written(Path circular, String digest) {
		if (this.digests == null) {
			return;
		}
		if (digest == null) {
			this.written.remove(key(circular));
		}
		else {
			this.written.put(key(circular), digest);
		}
		try {
			PropertiesFiles.write(this.digests, this.written, "workledger: what each circular was last written from (do not edit)");
		}
		catch (IOException ex) {
			// only a note: without it the next run keeps an earlier day's circular even if it said the same
		}
	}

	private static String key(Path circular) {
		return circular.toAbsolutePath().toString();
	}

	/**
	 * Moves {@code circular} aside when it was written before {@code today} on the office's
	 * clock; returns where it went.
	 */
	static Optional<Path> keep(Path circular, ZoneId office, LocalDate today) {
		if (!Files.isRegularFile(circular)) {
			return Optional.empty();
		}
		try {
			Instant written = Files.getLastModifiedTime(circular).toInstant();
			LocalDateTime madeAt = LocalDateTime.ofInstant(written, office);
			if (!madeAt.toLocalDate().isBefore(today)) {
				return Optional.empty();
			}
			Path folder = Files.createDirectories(circular.resolveSibling(FOLDER));
			String name = circular.getFileName().toString();
			String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
			Path target = folder.resolve(stem + "（" + PeriodFacts.dateLabel(madeAt.toLocalDate()) + "版）.pdf");
			if (Files.exists(target)) {
				// a second circular of that day kept (its clock was moved): both stay
				target = folder.resolve(stem + "（" + PeriodFacts.dateLabel(madeAt.toLocalDate())
						+ String.format("%d时%02d分%02d秒版）.pdf", madeAt.getHour(), madeAt.getMinute(), madeAt.getSecond()));
			}
			if (Files.exists(target)) {
				return Optional.empty();
			}
			return Optional.of(Files.move(circular, target));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法把此前的通报 " + circular + " 移到 " + FOLDER + " 文件夹", ex);
		}
	}

}
