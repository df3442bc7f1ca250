package org.legalaid.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A document to issue for one record of another module ({@code recordType}/{@code recordId}, for example
 * {@code application}/{@code 42}) by the unit {@code unitId}, which must lie in the issuer's scope.
 * {@code unitPrefix} is the number's unit prefix; null takes {@link DocumentNumber#defaultPrefix}.
 * {@code issuerName} is the authority named in the header and seal line when it is not the unit itself (a justice
 * department deciding an objection, filed with the centre); null names the unit.
 */
public record IssueRequest(DocumentKind kind, String template, Map<String, ?> model, String recordType,
		String recordId, long unitId, String title, String unitPrefix, Locale locale, String issuerName) {

	public IssueRequest {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(recordType, "recordType");
		Objects.requireNonNull(recordId, "recordId");
		Objects.requireNonNull(title, "title");
		model = model == null ? Map.of() : Map.copyOf(model);
	}

	public IssueRequest(DocumentKind kind, String template, Map<String, ?> model, String recordType, String recordId,
			long unitId, String title) {
		this(kind, template, model, recordType, recordId, unitId, title, null, null, null);
	}

	public IssueRequest(DocumentKind kind, String template, Map<String, ?> model, String recordType, String recordId,
			long unitId, String title, String unitPrefix, Locale locale) {
		this(kind, template, model, recordType, recordId, unitId, title, unitPrefix, locale, null);
	}
}
