package org.workledger.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How files in {@code input/} are taken in.
 *
 * @param maxFileSize larger files are rejected unread (a real return is well under 1 MB)
 */
@ConfigurationProperties("workledger.intake")
public record IntakeProperties(@DefaultValue("20MB") DataSize maxFileSize) {
}
