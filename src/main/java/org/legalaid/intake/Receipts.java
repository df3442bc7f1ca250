package org.legalaid.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssueRequest;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.Matter;
import org.legalaid.network.ServiceUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's official documents, starting with the receipt for the materials received (申请材料接收凭证)
 * issued with every registration on every channel.
 */
@Component
class Receipts {

	static final String TEMPLATE = "receipt";
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OfficialDocuments documents;
	private final MessageSource messages;

	Receipts(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	List<IssuedDocument> documentsOf(long applicationId) {
		return documents.listFor(Applications.RECORD, Long.toString(applicationId));
	}

	void issue(long applicationId, String number, ServiceUnit receivedAt, String applicantName, Matter matter,
			ApplicationDraft draft, OffsetDateTime now, LocalDate reviewDue) {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		List<String> materials = Materials.ORDER.stream().filter(draft.materialsReceived()::contains)
			.map(code -> messages.getMessage("eligibility.material." + code, null, code, zh)).toList();
		Map<String, Object> model = Map.of("number", number, "applicantName", applicantName, "matter", matter.name(),
				"channel", messages.getMessage(draft.channel().messageKey(), null, zh), "receivedAt", MINUTES.format(now),
				"materials", materials, "reviewDue", reviewDue.toString());
		documents.issue(new IssueRequest(DocumentKind.RECEIPT, TEMPLATE, model, Applications.RECORD, Long.toString(applicationId),
				receivedAt.id(), messages.getMessage("intake.receipt.title", null, zh), null, zh));
	}
}
