package org.legalaid.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legalaid.documents.DocumentKind;
import org.legalaid.documents.IssueRequest;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.eligibility.AppliedRule;
import org.legalaid.eligibility.EligibilityRules;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.Matter;
import org.legalaid.eligibility.RuleTexts;
import org.legalaid.network.ServiceUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's official documents (legal-aid-rules.md §3.3): the receipt for the materials received
 * (申请材料接收凭证) issued with every registration, the one-time notice to supplement (补充材料通知书) and the
 * decisions to grant or refuse (给予 / 不予法律援助决定书) with their reasons, articles and the way to object.
 */
@Component
class ApplicationLetters {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final OfficialDocuments documents;
	private final RuleTexts ruleTexts;
	private final EligibilityRules rules;
	private final MessageSource messages;
	private final Clock clock;

	ApplicationLetters(OfficialDocuments documents, RuleTexts ruleTexts, EligibilityRules rules, MessageSource messages,
			Clock clock) {
		this.clock = clock;
		this.documents = documents;
		this.rules = rules;
		this.ruleTexts = ruleTexts;
		this.messages = messages;
	}

	List<IssuedDocument> documentsOf(long applicationId) {
		return documents.listFor(Applications.RECORD, Long.toString(applicationId));
	}

	void receipt(ApplicationRepository.ReceiptFacts facts) {
		LocalDate received = facts.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		String matter = rules.rulesFor(facts.regionCode(), received).matter(facts.matterCode(), received).map(Matter::name)
			.orElse(facts.matterCode());
		Map<String, Object> model = Map.of("number", facts.number(), "applicantName", facts.applicantName(), "matter", matter,
				"channel", text(facts.channel().messageKey()),
				"receivedAt", MINUTES.format(facts.receivedAt().atZoneSameInstant(clock.getZone())),
				"materials", materialNames(Materials.ORDER.stream().filter(facts.materials()::contains).toList()),
				"reviewDue", facts.reviewDueAt() == null ? "" : facts.reviewDueAt().minusNanos(1)
					.atZoneSameInstant(clock.getZone()).toLocalDate().toString());
		issue(DocumentKind.RECEIPT, "receipt", model, facts.id(), facts.receivedUnitId(), "intake.receipt.title");
	}

	IssuedDocument supplementNotice(Letter letter, List<String> missing, LocalDate dueOn) {
		Map<String, Object> model = letter.model();
		model.put("materials", materialNames(missing));
		model.put("dueOn", dueOn.toString());
		return issue(DocumentKind.SUPPLEMENT_NOTICE, "supplement-notice", model, letter.applicationId(), letter.centre().id(),
				"intake.notice.title");
	}

	IssuedDocument grant(Letter letter, List<AppliedRule> rules) {
		Map<String, Object> model = letter.model();
		model.put("reasons", reasons(rules));
		return issue(DocumentKind.GRANT_DECISION, "grant-decision", model, letter.applicationId(), letter.centre().id(),
				"intake.grant.title");
	}

	IssuedDocument refusal(Letter letter, List<AppliedRule> rules) {
		Map<String, Object> model = letter.model();
		model.put("reasons", reasons(rules));
		model.put("bureau", letter.centre().justiceDepartmentName());
		return issue(DocumentKind.REFUSAL_DECISION, "refusal-decision", model, letter.applicationId(), letter.centre().id(),
				"intake.refusal.title");
	}

	private List<String> reasons(List<AppliedRule> rules) {
		return rules.stream().map(r -> ruleTexts.describe(r, ZH)).toList();
	}

	private List<String> materialNames(List<String> codes) {
		return codes.stream().map(code -> text("eligibility.material." + code)).toList();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, ZH);
	}

	private IssuedDocument issue(DocumentKind kind, String template, Map<String, Object> model, long applicationId, long unitId,
			String titleKey) {
		return documents.issue(new IssueRequest(kind, template, model, Applications.RECORD, Long.toString(applicationId),
				unitId, text(titleKey), null, ZH));
	}

	/** What every letter about one application says: to whom, which application, which matter. */
	record Letter(long applicationId, String number, String applicantName, String matter, ServiceUnit centre,
			OffsetDateTime receivedAt) {

		Map<String, Object> model() {
			Map<String, Object> model = new HashMap<>();
			model.put("number", number);
			model.put("applicantName", applicantName);
			model.put("matter", matter);
			model.put("centre", centre.name());
			model.put("receivedOn", receivedAt.toLocalDate().toString());
			return model;
		}
	}
}
