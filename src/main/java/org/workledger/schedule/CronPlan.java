package org.workledger.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;
import org.workledger.system.WorkledgerException;

/** The cron of the schedule, in its time zone: when the next run is, and whether one was missed. */
final class CronPlan {

	private final CronExpression cron;

	private final ZoneId zone;

	CronPlan(String cron, String zone) {
		try {
			this.cron = CronExpression.parse(cron);
			this.zone = ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new WorkledgerException("定时设置有误（workledger.schedule.cron=" + cron + "，zone=" + zone + "）："
					+ ex.getMessage() + "。示例：0 0 7 * * MON-FRI 表示工作日早上 7 点", ex);
		}
	}

	ZoneId zone() {
		return this.zone;
	}

	Instant next(Instant after) {
		ZonedDateTime next = this.cron.next(after.atZone(this.zone));
		if (next == null) {
			throw new WorkledgerException("定时设置永远不会触发：" + this.cron);
		}
		return next.toInstant();
	}

	/** The last time the cron fired at or before {@code now}, looking back at most 31 days. */
	Optional<Instant> previous(Instant now) {
		Instant cursor = now.minus(java.time.Duration.ofDays(31));
		Instant last = null;
		while (true) {
			ZonedDateTime next = this.cron.next(cursor.atZone(this.zone));
			if (next == null || next.toInstant().isAfter(now)) {
				return Optional.ofNullable(last);
			}
			last = next.toInstant();
			cursor = last;
		}
	}

	/** A run is owed at start-up when the cron fired since the last run (or never ran). */
	boolean missed(Optional<Instant> lastRun, Instant now) {
		Optional<Instant> previous = previous(now);
		return previous.isPresent() && (lastRun.isEmpty() || lastRun.get().isBefore(previous.get()));
	}

}
