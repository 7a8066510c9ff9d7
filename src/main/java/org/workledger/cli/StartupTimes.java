package org.workledger.cli;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Where a command's start-up goes, for whoever tunes it: with
 * {@code -Dworkledger.startup-times=20} the twenty slowest steps of the Spring context's
 * start (bean creations, configuration classes, the database migration) are printed to
 * standard error when it has started. Off by default: recording costs a little itself.
 */
final class StartupTimes {

	static final String PROPERTY = "workledger.startup-times";

	private StartupTimes() {
	}

	static void record(SpringApplicationBuilder builder) {
		int top = Integer.getInteger(PROPERTY, 0);
		if (top <= 0) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
		builder.applicationStartup(startup).listeners(event -> {
			if (event instanceof org.springframework.boot.context.event.ApplicationReadyEvent) {
				print(startup.getBufferedTimeline(), top);
			}
		});
	}

	private static void print(StartupTimeline timeline, int top) {
		List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
		System.err.printf("Spring 上下文启动各步骤（共 %d 步，最慢的 %d 步，含其中嵌套的步骤）：%n", events.size(), top);
		events.stream()
			.sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.limit(top)
			.forEach(e -> System.err.printf("  %6d ms  %s %s%n", e.getDuration().toMillis(), e.getStartupStep().getName(),
					describe(e)));
		Duration total = Duration.between(timeline.getStartTime(), java.time.Instant.now());
		System.err.printf("  共 %d ms%n", total.toMillis());
	}

	private static String describe(StartupTimeline.TimelineEvent event) {
		StringBuilder text = new StringBuilder();
		event.getStartupStep().getTags().forEach(tag -> text.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
		return text.toString().strip();
	}

}
