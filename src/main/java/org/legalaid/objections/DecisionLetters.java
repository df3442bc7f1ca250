package org.legalaid.objections;

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
 * The justice department's written decision on an objection (异议处理决定书): upheld (维持) or correction ordered
 * (责令改正), the reasons, and for an upheld decision the further remedies (D17, D18). The document is filed with
 * the application (or, for a termination, the case), under the centre that decided, so that the centre and every
 * unit above it find it.
 */
@Component
class DecisionLetters {

	static final String TEMPLATE = "objection-decision";
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final OfficialDocuments documents;
	private final MessageSource messages;

	DecisionLetters(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	IssuedDocument issue(Objection objection, ObjectionOutcome outcome, String reasons, ServiceUnit centre) {
		Map<String, Object> model = new HashMap<>();
		model.put("applicantName", objection.applicantName());
		model.put("applicationNumber", objection.applicationNumber());
		model.put("lodgedOn", objection.lodgedAt().toLocalDate().toString());
		model.put("centre", centre.name());
		model.put("bureau", centre.justiceDepartmentName());
		model.put("upheld", outcome == ObjectionOutcome.UPHELD);
		model.put("reasons", reasonLines(reasons));
		boolean termination = objection.against() == ObjectedDecision.TERMINATION;
		model.put("termination", termination);
		return documents.issue(new IssueRequest(DocumentKind.OBJECTION_DECISION, TEMPLATE, model,
				termination ? "case" : "application",
				termination ? objection.caseId().toString() : objection.applicationId().toString(), centre.id(),
				messages.getMessage("objection.letter.title", null, ZH), null, ZH, centre.justiceDepartmentName()));
	}

	static List<String> reasonLines(String reasons) {
		return reasons.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
