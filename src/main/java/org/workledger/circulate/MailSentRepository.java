package org.workledger.circulate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.workledger.reports.ReportDocument;

/**
 * Which documents of a run went to whom ({@code mail_sent}). A send is recorded in a
 * transaction of its own, committed right after the SMTP server accepted the message, so
 * that a step that fails later (or a rerun after a crash) does not send it again.
 */
class MailSentRepository {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	MailSentRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** {@code recipient + '\n' + path} of everything already sent for the run. */
	Set<String> sent(long jobExecutionId) {
		return new HashSet<>(this.jdbc.sql("select recipient, path from mail_sent where job_execution_id = ?")
			.param(jobExecutionId)
			.query((rs, n) -> key(rs.getString(1), rs.getString(2)))
			.list());
	}

	/**
	 * {@code recipient + '\n' + path} of everything ever sent, with when it was last sent:
	 * a document not written again since (a unit report kept because nothing it shows changed)
	 * is not sent again by a later run.
	 */
	java.util.Map<String, java.time.Instant> lastSent() {
		java.util.Map<String, java.time.Instant> last = new java.util.HashMap<>();
		this.jdbc.sql("select recipient, path, max(sent_at) from mail_sent group by recipient, path")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> last.put(key(rs.getString(1), rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
		;
		return last;
	}

	void record(long jobExecutionId, String recipient, List<ReportDocument> documents) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		this.ownTransaction.executeWithoutResult(status -> {
			for (ReportDocument d : documents) {
				this.jdbc.sql("insert into mail_sent (job_execution_id, recipient, path, sent_at) values (?, ?, ?, ?)")
					.params(jobExecutionId, recipient, path(d), now)
					.update();
			}
		});
	}

	static String key(String recipient, String path) {
		return recipient.toLowerCase(java.util.Locale.ROOT) + "\n" + path;
	}

	static String path(ReportDocument document) {
		return document.path().toString();
	}

}
