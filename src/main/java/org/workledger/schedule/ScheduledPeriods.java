package org.workledger.schedule;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.workledger.period.Period;
import org.workledger.reference.YearTableMissing;
import org.workledger.system.Console;

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
