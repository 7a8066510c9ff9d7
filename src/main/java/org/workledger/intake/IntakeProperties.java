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
 */
@ConfigurationProperties("workledger.intake")
public record IntakeProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("10s") Duration settleTime) {
}
