package org.workledger.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.workledger.schedule.ScheduleProperties;

/**
 * Every time the pages show, in the office's time zone ({@code workledger.schedule.zone},
 * the zone the next run is announced in). The database and the batch keep times in the
 * server's own zone; on a server kept in UTC the pages showed a return received at 05:39
 * next to a next run at 07:00 that was in fact fourteen hours later. Used by the templates
 * as {@code @officeTime}.
 */
@Component("officeTime")
@ConditionalOnWebApplication
public class OfficeTime {

	private final ZoneId office;

	private final ZoneId server;

	@Autowired
	OfficeTime(ScheduleProperties schedule) {
		this(ZoneId.of(schedule.zone()), ZoneId.systemDefault());
	}

	OfficeTime(ZoneId office, ZoneId server) {
		this.office = office;
		this.server = server;
	}

	/** A time the server recorded in its own zone, as the office's clock showed it, in {@code pattern}. */
	public String format(LocalDateTime serverTime, String pattern) {
		return serverTime == null ? "" : local(serverTime).format(DateTimeFormatter.ofPattern(pattern));
	}

	public String format(Instant instant, String pattern) {
		return instant == null ? "" : instant.atZone(this.office).format(DateTimeFormatter.ofPattern(pattern));
	}

	/**
	 * When a file came in, as a clerk writes it: 1月4日 18:00 this year, 2023年12月29日 18:00
	 * before it (late returns of December arrive in January, next to January's).
	 */
	public String when(LocalDateTime serverTime) {
		if (serverTime == null) {
			return "";
		}
		LocalDateTime local = local(serverTime);
		boolean thisYear = local.getYear() == java.time.LocalDate.now(this.office).getYear();
		return local.format(DateTimeFormatter.ofPattern(thisYear ? "M月d日 HH:mm" : "yyyy年M月d日 HH:mm"));
	}

	/** A time the server recorded in its own zone, on the office's clock. */
	public LocalDateTime local(LocalDateTime serverTime) {
		return serverTime.atZone(this.server).withZoneSameInstant(this.office).toLocalDateTime();
	}

}
