package org.workledger.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When {@code schedule} consolidates.
 *
 * @param cron Spring cron (second minute hour day month weekday); default weekdays 07:00
 * @param zone the time zone the cron and the run date are read in
 * @param reports which PDFs a scheduled run writes (all, circular, none)
 * @param shutdownGrace on SIGTERM, how long a run in progress may take to finish; after
 * that the process ends and the next run redoes what was left (runs are crash-safe)
 */
@ConfigurationProperties("workledger.schedule")
public record ScheduleProperties(@DefaultValue("0 0 7 * * MON-FRI") String cron,
		@DefaultValue("Asia/Shanghai") String zone, @DefaultValue("all") String reports,
		@DefaultValue("10m") Duration shutdownGrace) {

	/** When the schedule runs next after {@code after}. */
	public java.time.Instant nextRun(java.time.Instant after) {
		return new CronPlan(this.cron, this.zone).next(after);
	}

}
