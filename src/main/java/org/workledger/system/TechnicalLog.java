package org.workledger.system;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

/**
 * What the libraries say (POI, JasperReports, the connection pool), in English and for IT
 * staff: {@code data/logs/technical.log} of the workspace, never the terminal or the run
 * log the clerk reads. logback-spring.xml routes the libraries' loggers to the appender
 * {@value #APPENDER}; a run points it at the workspace it works in, which is the one the
 * application was started for except where one process runs jobs in several workspaces.
 */
public final class TechnicalLog {

	/** The appender's name in logback-spring.xml. */
	public static final String APPENDER = "TECHNICAL";

	private TechnicalLog() {
	}

	public static Path file(Workspace workspace) {
		return workspace.data().resolve("logs").resolve("technical.log");
	}

	/**
	 * A command that failed, with its stack trace, for IT staff: only an unexpected failure
	 * (a refusal we explain, such as a busy workspace, has nothing more to tell), and only
	 * once the technical log is set up, before which logback's own defaults would print it on
	 * the terminal above the one Chinese line the clerk reads.
	 */
	public static void failure(String command, String said, Throwable failure) {
		boolean explained = failure instanceof WorkledgerException && failure.getCause() == null;
		if (explained || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)
				|| context.getLoggerList().stream().noneMatch(TechnicalLog::hasTechnicalAppender)) {
			return;
		}
		LoggerFactory.getLogger("workledger.failure").error("{} 失败：{}", command, said, failure);
	}

	private static boolean hasTechnicalAppender(Logger logger) {
		for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
			if (APPENDER.equals(it.next().getName())) {
				return true;
			}
		}
		return false;
	}

	/** Library lines from now on go to this workspace's technical log. */
	public static void writeTo(Workspace workspace) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		String target = file(workspace).toString();
		Set<Appender<ILoggingEvent>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Logger logger : context.getLoggerList()) {
			for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
				Appender<ILoggingEvent> appender = it.next();
				if (APPENDER.equals(appender.getName()) && seen.add(appender)
						&& appender instanceof LazyFileAppender<ILoggingEvent> file) {
					file.moveTo(target);
				}
			}
		}
	}

}
