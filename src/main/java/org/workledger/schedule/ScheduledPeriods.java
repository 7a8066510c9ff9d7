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
