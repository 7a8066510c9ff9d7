package org.workledger.circulate;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circulation of a run's PDFs by e-mail. The SMTP server itself is Spring's
 * {@code spring.mail.host}, {@code spring.mail.port}, {@code spring.mail.username},
 * {@code spring.mail.password} (and {@code spring.mail.properties.*}).
 *
 * @param enabled send the reports after every consolidate run (off by default)
 * @param dryRun list what would be sent, send and record nothing (also when not enabled)
 * @param from the sender address; empty = {@code spring.mail.username} if it is an address
 * @param circularTo who receives the circular (通报)
 * @param subjectPrefix put in front of every subject
 */
@ConfigurationProperties("workledger.mail")
public record MailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean dryRun,
		@DefaultValue("") String from, @DefaultValue List<String> circularTo,
		@DefaultValue("【政务公开】") String subjectPrefix) {

	public MailProperties {
		circularTo = circularTo == null ? List.of()
				: circularTo.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		from = from == null ? "" : from.strip();
		subjectPrefix = subjectPrefix == null ? "" : subjectPrefix;
	}

	public MailProperties withDryRun(boolean dryRun) {
		return new MailProperties(this.enabled, dryRun, this.from, this.circularTo, this.subjectPrefix);
	}

}
