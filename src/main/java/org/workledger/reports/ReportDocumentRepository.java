package org.workledger.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which documents each run wrote. */
@Repository
public class ReportDocumentRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	public ReportDocumentRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void save(long jobExecutionId, List<ReportDocument> documents) {
		List<Object[]> rows = new ArrayList<>();
		for (ReportDocument d : documents) {
			rows.add(new Object[] { jobExecutionId, d.kind().name(), d.unitName(), d.path().toAbsolutePath().toString() });
		}
		this.template.batchUpdate("insert into report_document (job_execution_id, kind, unit_name, path) values (?, ?, ?, ?)",
				rows);
	}

	public List<ReportDocument> of(long jobExecutionId) {
		return this.jdbc.sql("select kind, unit_name, path from report_document where job_execution_id = ? order by path")
			.param(jobExecutionId)
			.query((rs, n) -> new ReportDocument(ReportDocument.Kind.valueOf(rs.getString(1)), rs.getString(2),
					Path.of(rs.getString(3))))
			.list();
	}

}
