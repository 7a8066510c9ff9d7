package org.workledger.circulate;

import java.util.List;

import org.workledger.reports.ReportDocument;

/**
 * One e-mail: to one address, with the documents it carries as attachments.
 *
 * @param unitName the unit it is for; {@code null} for the circular
 */
record Envelope(String recipient, String unitName, String subject, String body, List<ReportDocument> documents) {

	Envelope {
		documents = List.copyOf(documents);
	}

	/** {@code unit01@example.gov.cn（沈阳市教育局）}, or the bare address for the circular. */
	String addressee() {
		return this.unitName == null ? this.recipient : this.recipient + "（" + this.unitName + "）";
	}

	List<String> fileNames() {
		return this.documents.stream().map(d -> d.path().getFileName().toString()).toList();
	}

}
