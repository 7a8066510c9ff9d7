package org.workledger.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run tells the clerk, line by line, in Chinese. Goes through the logger
 * {@code workledger.console}, printed bare on the terminal (see logback-spring.xml) and
 * kept in log files with a timestamp.
 */
public final class Console {

	private static final Logger LOG = LoggerFactory.getLogger("workledger.console");

	private Console() {
	}

	public static void info(String line) {
		LOG.info(line);
	}

	public static void warn(String line) {
		LOG.warn(line);
	}

}
