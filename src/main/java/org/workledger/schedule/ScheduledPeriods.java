package org.workledger.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.workledger.period.Period;
import org.workledger.reference.YearTableMissing;
import org.workledger.system.Console;
import org.workledger.system.Workspace;

/**
 * Which period a scheduled run consolidates: the month the run falls in, but for a January
 * whose task breakdown the office has not yet put into {@code input/}. Then every run
 * stopped at the missing table and December's late returns waited in {@code input/}
 * until it came; now the run consolidates December as of the day instead, and says so.
 */
public final class ScheduledPeriods {

	private ScheduledPeriods() {
	}

	/**
	 * Whether no month was distributed or consolidated yet ({@code workingPeriod} empty): the
	 * office has not started, and a run would list every unit as not reporting, with a
	 * reminder for each, before any form went out (a new service did so at its first start).
	 * Said when so.
	 */
	public static boolean nothingHandedOutYet(java.util.Optional<Period> workingPeriod) {
		if (workingPeriod.isPresent()) {
			return false;
		}
		Console.info("定时汇总：还没有分发或汇总过任何期次，本次不汇总。请先为本月生成空白表"
				+ "（工作台“报告下载”页的“生成空白表”，或运行 distribute），各单位报送后定时汇总会照常进行。");
		return true;
	}

	/**
	 * Runs {@code consolidate} for the month the run falls in once its forms were handed out
	 * (or it was consolidated); before that, for the latest earlier month that was, as of its
	 * last day. A run on 7 December with November's forms out and December's not yet made
	 * consolidated December: a circular with every unit unreported and 49 reminders for a
	 * month whose returns are due in January, while November's returns were coming in.
	 */
	public static void consolidate(Period period, LocalDate asOf, Workspace workspace,
			BiConsumer<Period, LocalDate> consolidate) {
		Optional<Period> earlier = latestEarlierHandedOut(period, workspace);
		if (earlier.isPresent()) {
			Period working = earlier.get();
			Console.info("定时汇总：" + period.label() + "的空白表还没有生成，本次汇总最近一期" + working.label() + "（统计截止 "
					+ working.lastDay() + "）；为" + period.label() + "生成空白表后，定时汇总随之改为" + period.label());
			consolidate.accept(working, working.lastDay());
			return;
		}
		consolidate(period, asOf, consolidate);
	}

	/**
	 * The latest month before {@code period} whose output folder holds its forms or its ledger,
	 * when {@code period}'s does not; empty when {@code period}'s does, or no month's does (a new
	 * workspace: {@link #nothingHandedOutYet} speaks then).
	 */
	static Optional<Period> latestEarlierHandedOut(Period period, Workspace workspace) {
		if (workspace.handedOutOrConsolidated(period)) {
			return Optional.empty();
		}
		try (Stream<Path> folders = Files.list(workspace.output())) {
			return folders.filter(Files::isDirectory)
				.flatMap(folder -> Period.tryParse(folder.getFileName().toString()).stream())
				.filter(p -> p.compareTo(period) < 0 && workspace.handedOutOrConsolidated(p))
				.max(Comparator.naturalOrder());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Runs {@code consolidate} for {@code period}, or for December when it is a January without its year's table. */
	public static void consolidate(Period period, LocalDate asOf, BiConsumer<Period, LocalDate> consolidate) {
		try {
			consolidate.accept(period, asOf);
		}
		catch (YearTableMissing ex) {
			Period previous = period.previous();
			if (previous.month().getYear() == period.month().getYear()) {
				throw ex;
			}
			Console.info("定时汇总：" + period.month().getYear() + " 年的任务分解表放入 input 之前，先汇总上一期" + previous.label()
					+ "（统计截止 " + asOf + "），接收迟报的表格");
			consolidate.accept(previous, asOf);
		}
	}

}
