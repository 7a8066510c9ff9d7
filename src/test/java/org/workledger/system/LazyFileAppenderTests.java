package org.workledger.system;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The technical log's file: made by its first line, moved to another workspace by a run. */
class LazyFileAppenderTests {

	@Test
	void theFileIsMadeByTheFirstLineAndFollowsTheWorkspace(@TempDir Path dir) throws Exception {
		LoggerContext context = new LoggerContext();
		LazyFileAppender<ILoggingEvent> appender = appender(context, "%logger - %msg%n");
		Path first = dir.resolve("a/data/logs/technical.log");
		appender.setFile(first.toString());
		appender.start();
		Logger poi = context.getLogger("org.apache.poi.openxml4j.opc.ZipPackage");
		poi.addAppender(appender);

		assertThat(appender.isStarted()).isTrue();
		assertThat(dir.resolve("a")).doesNotExist();

		poi.warn("Error in zip file - falling back to stream processing");
		Path second = dir.resolve("b/data/logs/technical.log");
		appender.moveTo(second.toString());
		poi.warn("second line");
		appender.stop();

		assertThat(Files.readString(first)).isEqualTo(
				"org.apache.poi.openxml4j.opc.ZipPackage - Error in zip file - falling back to stream processing\n");
		assertThat(Files.readString(second)).isEqualTo("org.apache.poi.openxml4j.opc.ZipPackage - second line\n");
	}

	@Test
	void aFileGrownPastItsLimitIsKeptAsTheOneBeforeAndANewOneBegins(@TempDir Path dir) throws Exception {
		// given a technical log that months of a running serve have filled, and the one before it
		LoggerContext context = new LoggerContext();
		Path log = dir.resolve("data/logs/technical.log");
		Files.createDirectories(log.getParent());
		Files.writeString(log, "x".repeat(90) + "\n");
		Files.writeString(dir.resolve("data/logs/technical.log.1"), "oldest\n");
		LazyFileAppender<ILoggingEvent> appender = appender(context, "%msg%n");
		appender.setMaxFileSize(95);
		appender.setFile(log.toString());
		appender.start();
		Logger poi = context.getLogger("org.apache.poi");
		poi.addAppender(appender);

		// when lines go on being written past the limit
		poi.warn("one");
		poi.warn("two");
		poi.warn("three");
		appender.stop();

		// then the full file became the one before, the oldest went, and the new lines begin a file of their own
		assertThat(Files.readString(dir.resolve("data/logs/technical.log.1"))).isEqualTo("x".repeat(90) + "\none\ntwo\n");
		assertThat(Files.readString(log)).isEqualTo("three\n");
	}

	/** The technical log's appender, not started, writing lines in the given pattern. */
	private static LazyFileAppender<ILoggingEvent> appender(LoggerContext context, String pattern) {
		context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(pattern);
		encoder.start();
		LazyFileAppender<ILoggingEvent> appender = new LazyFileAppender<>();
		appender.setContext(context);
		appender.setName(TechnicalLog.APPENDER);
		appender.setEncoder(encoder);
		return appender;
	}

}
