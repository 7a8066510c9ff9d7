package org.workledger.consolidation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workledger.period.Period;
import org.workledger.returns.Disposition;
import org.workledger.system.RunParameters;

/** Counts what a run did from what it recorded. */
@Repository
class RunSummaryRepository {

	private final JdbcClient jdbc;

	RunSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RunSummary summarize(long jobExecutionId, RunParameters run, List<LedgerRow> rows) {
		Map<Disposition, Integer> files = new EnumMap<>(Disposition.class);
		this.jdbc.sql("select disposition, count(*) from run_file where job_execution_id = ? group by disposition")
			.param(jobExecutionId)
			.query((rs, n) -> files.put(Disposition.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		Map<String, String> otherPeriods = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.period, f.file_name, f.unit_name from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and r.disposition = 'ACCEPTED' and f.period <> ?
				order by f.period, f.file_name""")
			.params(jobExecutionId, run.period().key())
			.query((rs, n) -> otherPeriods.merge(Period.parse(rs.getString(1)).label(),
					rs.getString(2) + "（" + rs.getString(3) + "）", (a, b) -> a + "、" + b))
			.list();
		List<String> notes = new ArrayList<>();
		this.jdbc.sql("select file_name, detail from run_file where job_execution_id = ? and disposition = 'DUPLICATE'"
				+ " order by file_name")
			.param(jobExecutionId)
			.query((rs, n) -> "重复文件：" + rs.getString(1) + " — " + rs.getString(2))
			.list()
			.forEach(notes::add);
		List<String> stillRejected = this.jdbc.sql("""
				select r.file_name from run_file r join input_file f on f.sha256 = r.sha256
				where r.job_execution_id = ? and r.disposition = 'KNOWN' and f.outcome = 'REJECTED'
				order by r.file_name""")
			.param(jobExecutionId)
			.query(String.class)
			.list();
		if (!stillRejected.isEmpty()) {
			notes.add("此前已退回、仍在 input 中的文件：" + String.join("、", stillRejected) + "（等待相关单位修改后重新报送）");
		}
		Set<String> expected = new LinkedHashSet<>();
		Set<String> reported = new LinkedHashSet<>();
		int overdue = 0;
		for (LedgerRow row : rows) {
			expected.add(row.unitName());
			if (row.reported() || !row.sourceFile().isEmpty()) {
				reported.add(row.unitName());
			}
			if (row.overdue()) {
				overdue++;
			}
		}
		List<String> notReported = new ArrayList<>();
		for (String unit : expected) {
			if (!reported.contains(unit)) {
				notReported.add(unit);
			}
		}
		return new RunSummary(run.period(), run.asOf(), files, otherPeriods, expected.size(), notReported, rows.size(),
				overdue, run.workspace().periodOutput(run.period()).resolve("退回"), notes);
	}

}
