package org.workledger.support;

import java.nio.file.Path;

/** The real sample files shipped in the repository's {@code input/}. */
public final class Samples {

	public static final Path INPUT = Path.of("input").toAbsolutePath();

	public static final Path BREAKDOWN = INPUT.resolve("沈阳市政务公开重点工作任务分解表.xlsx");

	public static final Path ROSTER = INPUT.resolve("单位名册.xlsx");

	private Samples() {
	}

}
