package org.workledger.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Severity;
import org.workledger.period.Period;

/** What the reports need from the database beyond the ledger: rejections and warnings. */
@Repository
public class ReportQueries {

	private final JdbcClient jdbc;

	public ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rejected returns of the period, and files of unknown period first seen by a run of this
	 * period (not by every later run that sees them again: they belong to that run's period,
	 * where their problem lists are; a killed run and its rerun agree), in file name order. Not
	 * the office's own ledger or 问题清单 saved into input/ by mistake: no unit sent it, and it
	 * gets no 退回通知 (the run summary and the office's pages name it).
	 */
	public List<RejectedReturn> rejected(Period period) {
		List<String[]> files = this.jdbc.sql("""
				select sha256, file_name, coalesce(unit_name, ''), error_count, warning_count, main_reason, modified_at from input_file
				where outcome = 'REJECTED' and (period = ? or (period is null and exists
				  (select 1 from batch_job_execution_params p where p.job_execution_id = input_file.first_seen_execution
				   and p.parameter_name = 'period' and p.parameter_value = ?)))
				  and not exists (select 1 from return_finding o where o.sha256 = input_file.sha256 and o.code = ?)
				order by file_name""")
			.params(period.key(), period.key(), FindingCode.FILE_OWN_OUTPUT.code())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6),
					rs.getTimestamp(7) == null ? "" : String.valueOf(rs.getTimestamp(7).toInstant().toEpochMilli()) })
			.list();
		Map<String, List<RejectedReturn.NoticeFinding>> findings = findings(files.stream().map(f -> f[0]).toList(), null);
		List<RejectedReturn> rejected = new ArrayList<>();
		for (String[] f : files) {
			rejected.add(new RejectedReturn(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5],
					findings.getOrDefault(f[0], List.of()),
					f[6].isEmpty() ? null : java.time.Instant.ofEpochMilli(Long.parseLong(f[6]))));
		}
		return rejected;
	}

	/** Warnings of the given (accepted) returns, by return. */
	public Map<String, List<RejectedReturn.NoticeFinding>> warnings(Collection<String> sha256s) {
		return findings(sha256s, Severity.WARNING);
	}

	private Map<String, List<RejectedReturn.NoticeFinding>> findings(Collection<String> sha256s, Severity only) {
		Map<String, List<RejectedReturn.NoticeFinding>> bySha = new HashMap<>();
		List<String> all = new ArrayList<>(sha256s);
		for (int from = 0; from < all.size(); from += 500) {
			this.jdbc.sql("select * from return_finding where sha256 in (:shas) order by sha256, case when severity = 'ERROR' then 0 else 1 end, ordinal")
				.param("shas", all.subList(from, Math.min(all.size(), from + 500)))
				.query((RowCallbackHandler) rs -> {
					Severity severity = Severity.valueOf(rs.getString("severity"));
					if (only == null || only == severity) {
						bySha.computeIfAbsent(rs.getString("sha256"), k -> new ArrayList<>())
							.add(new RejectedReturn.NoticeFinding(severity.label(), rs.getString("sheet_name"),
									rs.getString("cell"), rs.getString("found_value"), rs.getString("message"),
									rs.getString("fix"), rs.getString("task_id")));
					}
				});
		}
		return bySha;
	}

}
