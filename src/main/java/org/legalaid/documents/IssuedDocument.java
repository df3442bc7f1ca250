package org.legalaid.documents;

import java.time.Instant;
import java.time.LocalDateTime;

/** An issued document's record, without its content. */
public record IssuedDocument(long id, DocumentKind kind, String number, String recordType, String recordId,
		long unitId, String unitPath, String title, String sha256, int size, Instant issuedAt, long issuedBy,
		String issuedByName) {

	/** When it was issued, on China's clock. */
	public LocalDateTime issuedAtInChina() {
		return LocalDateTime.ofInstant(issuedAt, OfficialDocuments.CHINA);
	}

	/** The file name offered on download: number and title. */
	public String fileName() {
		return number + " " + title + ".pdf";
	}
}
