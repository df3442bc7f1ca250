package org.legalaid.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssueRequest;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.network.ServiceUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The centre's written decision to terminate legal aid (终止法律援助决定书, legal-aid-rules.md §7.1): the ground of
 * LAL art. 48 with its article, the reasons, and the recipient's right to object to the justice department that set
 * up the centre (art. 49). Filed with the case.
 */
@Component
class TerminationLetters {

	static final String TEMPLATE = "termination-decision";
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final OfficialDocuments documents;
	private final MessageSource messages;

	TerminationLetters(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	IssuedDocument issue(AidCase c, TerminationGround ground, String reasons, ServiceUnit centre) {
		Map<String, Object> model = new HashMap<>();
		model.put("recipientName", c.recipientLabel());
		model.put("caseNumber", c.number());
		model.put("subjectNumber", c.subject().number());
		model.put("provider", c.providerName() + "（" + c.organisationName() + "）");
		model.put("groundTitle", ground.title());
		model.put("groundArticle", ground.article());
		model.put("reasons", lines(reasons));
		model.put("centre", centre.name());
		model.put("bureau", centre.justiceDepartmentName());
		return documents.issue(new IssueRequest(DocumentKind.TERMINATION_DECISION, TEMPLATE, model, CaseAccess.RECORD,
				c.id().toString(), centre.id(), messages.getMessage("casework.letter.title", null, ZH), null, ZH, null));
	}

	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
