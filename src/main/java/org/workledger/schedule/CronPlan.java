package org.workledger.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;
import org.workledger.system.WorkledgerException;

/** The cron of the schedule, in its time zone: when the next run is, and whether one was missed. */
public final class CronPlan {

	private final CronExpression cron;

	private final ZoneId zone;

	CronPlan(String cron, String zone) {
		try {
			this.cron = CronExpression.parse(cron);
			this.zone = ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new WorkledgerException(problem(cron, zone), ex);
		}
	}

	/** What is wrong with a cron setting, in the words IT staff need to fix it; empty when it is right. */
	public static java.util.Optional<String> check(String cron, String zone) {
		try {
			CronExpression.parse(cron);
			ZoneId.of(zone);
			return java.util.Optional.empty();
		}
		catch (RuntimeException ex) {
			return java.util.Optional.of(problem(cron, zone));
		}
	}

	private static String problem(String cron, String zone) {
		try {
			ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			return "定时设置有误：workledger.schedule.zone 的时区“" + zone + "”无法识别，请写成 Asia/Shanghai 这样的时区名";
		}
		int fields = cron.strip().split("\\s+").length;
		return "定时设置有误：workledger.schedule.cron“" + cron + "”不是有效的定时写法。应是用空格隔开的 6 段：秒 分 时 日 月 星期"
				+ (fields == 6 ? "，有一段的值超出范围（秒、分 0–59，时 0–23，日 1–31，月 1–12）或写法不对"
						: "（现在是 " + fields + " 段）")
				+ "，星期写 MON、TUE … SUN 或 MON-FRI。示例：0 0 7 * * MON-FRI 表示工作日早上 7 点";
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
