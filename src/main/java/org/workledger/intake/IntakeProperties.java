package org.workledger.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How files in {@code input/} are taken in.
 *
 * @param maxFileSize larger files are rejected unread (a real return is well under 1 MB)
 * @param settleTime a file modified more recently than this may still be being copied
 * into {@code input/}: it is left for the next run
 * @param threads how many files are read in parallel
 */
@ConfigurationProperties("workledger.intake")
public record IntakeProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("10s") Duration settleTime,
		@DefaultValue("0") int threads) {

	/** Files are read on this many threads; 0 (the default) means one per core. */
	@Override
	public int threads() {
		return this.threads > 0 ? this.threads : Runtime.getRuntime().availableProcessors();
	}
}
