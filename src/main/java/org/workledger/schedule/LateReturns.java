package org.workledger.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workledger.period.Period;
import org.workledger.trends.PeriodSummaries;

/**
 * The earlier periods a scheduled run took returns in for. A run consolidates the month it
 * falls in, but most of a month's returns arrive in the first days of the next: October's came
 * in with November's runs, were filed under October, and October's ledger and circular waited
 * for the clerk to think of consolidating October again. Now the scheduled run goes on to
 * consolidate each such period once more, as of its own date.
 */
public final class LateReturns {

	/** A period to consolidate again, and the as-of day to do it with. */
	public record Refresh(Period period, LocalDate asOf) {
	}

	private LateReturns() {
	}

	/** What the run says before it consolidates the period again. */
	public static String saying(Refresh late) {
		return "定时汇总：本次接收了" + late.period().label() + "的表格，接着重新汇总" + late.period().label() + "（统计截止 "
				+ late.asOf() + "），更新该期的台账和报告";
	}

	/**
	 * The periods before {@code runPeriod} whose returns the run {@code jobExecutionId} took in
	 * (accepted or sent back), oldest first, each as of its last consolidation's day, or at
	 * least its own last day (a period closed since it was last consolidated mid-month).
	 */
	public static List<Refresh> after(ConfigurableApplicationContext context, long jobExecutionId, Period runPeriod) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		PeriodSummaries summaries = context.getBean(PeriodSummaries.class);
		List<String> periods = jdbc.sql("""
				select distinct f.period from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and r.disposition in ('ACCEPTED', 'REJECTED') and f.period is not null
				order by f.period""")
			.param(jobExecutionId)
			.query(String.class)
			.list();
		List<Refresh> refreshes = new ArrayList<>();
		for (String key : periods) {
			Period.tryParse(key).filter(p -> p.compareTo(runPeriod) < 0).ifPresent(period -> {
				LocalDate last = summaries.consolidatedAsOf(period).orElse(period.lastDay());
				refreshes.add(new Refresh(period, last.isBefore(period.lastDay()) ? period.lastDay() : last));
			});
		}
		return refreshes;
	}

}
