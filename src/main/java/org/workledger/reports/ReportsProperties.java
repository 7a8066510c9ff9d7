package org.workledger.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the PDF reports look and what they say about who issues them.
 *
 * @param issuer the office named as issuer on the circular and the notices
 * @param warningDays a task not done whose deadline is within this many days after the
 * as-of date is yellow (黄) in the circular
 * @param watermark an optional line printed faintly across every page (e.g. 内部资料 注意保存)
 * @param author the PDF author metadata
 * @param returnsDueDays a period's return counts as on time in the year report when it is
 * received within this many days after the period's last day (5: October's by 5 November);
 * the reminders give that day as the day to report by
 * @param contact who at the office a unit calls about a notice, as the reminders print it
 * after 联系人： (e.g. 市政府办公室政务公开科 王敏 024-22721234); none when empty
 */
@ConfigurationProperties("workledger.reports")
public record ReportsProperties(@DefaultValue("") String issuer, @DefaultValue("15") int warningDays,
		@DefaultValue("") String watermark, @DefaultValue("workledger") String author,
		@DefaultValue("5") int returnsDueDays, @DefaultValue("") String contact) {
}
