package org.workledger.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.workledger.system.AtomicFiles;

/**
 * When the schedule last started a run, kept in {@code data/schedule-last-run} so a
 * restarted service knows whether it missed one.
 */
final class ScheduleState {

	private final Path file;

	ScheduleState(Path dataFolder) {
		this.file = dataFolder.resolve("schedule-last-run");
	}

	Optional<Instant> lastRun() {
		try {
			return Optional.of(Instant.parse(Files.readString(this.file, StandardCharsets.UTF_8).strip()));
		}
		catch (IOException | DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	void recordRun(Instant when) {
		try {
			AtomicFiles.write(this.file, out -> out.write(when.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			// a missing record only means one extra make-up run after a restart
		}
	}

}
