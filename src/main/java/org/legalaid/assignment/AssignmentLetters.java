package org.legalaid.assignment;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssueRequest;
import org.legalaid.documents.OfficialDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents of an accepted assignment (SF/T 0024 8.12, 8.14, 8.16): the assignment notice to the provider's
 * organisation and provider, the notice to the assisted person naming who will handle the case, and the legal-aid
 * letter to the court or agency (the notified-defence letter for a notified criminal case).
 */
@Component
class AssignmentLetters {

	static final String RECORD = "assignment";
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final OfficialDocuments documents;
	private final MessageSource messages;

	AssignmentLetters(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/** Issues the three documents by the centre, in the caller's transaction; returns their ids. */
	List<Long> issue(long caseId, long centreId, CaseSubject subject, Offer offer, List<ConflictParty> assisted, OffsetDateTime acceptedAt) {
		String assistedNames = assisted.stream().map(ConflictParty::name).filter(n -> n != null && !n.isBlank()).distinct()
			.reduce((a, b) -> a + "、" + b).orElse(text("assignment.letter.assistedUnknown"));
		String day = DAY.format(acceptedAt);
		List<Long> ids = new ArrayList<>();
		ids.add(letter(DocumentKind.ASSIGNMENT_NOTICE, caseId, centreId, "assignment.notice.provider.title",
				offer.organisationName() + "、" + offer.providerName(),
				List.of(text("assignment.notice.provider.body", subject.number(), assistedNames, offer.providerName(), day),
						text("assignment.notice.provider.duties"))));
		ids.add(letter(DocumentKind.ASSIGNMENT_NOTICE, caseId, centreId, "assignment.notice.assisted.title", assistedNames,
				List.of(text("assignment.notice.assisted.body", subject.number(), offer.organisationName(), offer.providerName()),
						text("assignment.notice.assisted.rights"))));
		boolean notified = subject.kind() == CaseSubject.Kind.NOTIFICATION;
		ids.add(letter(notified ? DocumentKind.NOTIFIED_DEFENCE_LETTER : DocumentKind.OFFICIAL_LETTER, caseId, centreId,
				notified ? "assignment.letter.notified.title" : "assignment.letter.title", text("assignment.letter.recipient"),
				List.of(text(notified ? "assignment.letter.notified.body" : "assignment.letter.body", subject.number(), assistedNames,
						offer.organisationName(), offer.providerName()))));
		return ids;
	}

	private long letter(DocumentKind kind, long caseId, long centreId, String titleKey, String recipient, List<String> paragraphs) {
		Map<String, Object> model = new HashMap<>();
		model.put("recipient", recipient);
		model.put("paragraphs", paragraphs);
		return documents.issue(new IssueRequest(kind, "official-letter", model, RECORD, Long.toString(caseId), centreId, text(titleKey),
				null, ZH)).id();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, ZH);
	}
}
