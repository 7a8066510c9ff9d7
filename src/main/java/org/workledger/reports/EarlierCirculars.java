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

/**
 * A period's circular written on an earlier day may have been printed, signed and sent:
 * a run that writes the circular anew (late returns came in, the as-of day moved) moves
 * that one into {@code 此前的通报/} under the day it was made, instead of writing over it.
 * Circulars rewritten on the same day (a morning of reruns, a killed run and its rerun)
 * are replaced as before: of one day's circulars it is the last that may have gone out.
 */
final class EarlierCirculars {

	static final String FOLDER = "此前的通报";

	private EarlierCirculars() {
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
