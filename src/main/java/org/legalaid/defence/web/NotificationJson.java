package org.legalaid.defence.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalaid.defence.FieldProblem;
import org.legalaid.defence.ForwardedDraft;
import org.legalaid.defence.LegalReason;
import org.legalaid.defence.NotificationDraft;
import org.legalaid.defence.Stage;
import org.legalaid.people.Sex;

/**
 * Reads the partner API's JSON bodies strictly: an unknown field, a value of the wrong type, an unknown code or a
 * malformed date is a problem naming the field, and every problem is collected before anything is refused.
 */
final class NotificationJson {

	private static final Set<String> TOP = Set.of("caseNumber", "stage", "reason", "charge", "person", "coDefendants", "hearingDate");
	private static final Set<String> PERSON = Set.of("name", "idNumber", "sex", "birthDate", "ethnicity", "language", "detentionPlace");
	private static final Set<String> CO_DEFENDANT = Set.of("name", "idNumber");
	private static final Set<String> FORWARDED = Set.of("name", "idNumber", "receivedAt", "matterCode", "facts");

	final List<FieldProblem> problems = new ArrayList<>();

	NotificationDraft notification(Map<String, Object> body) {
		unknown(body, TOP, "");
		Map<String, Object> person = object(body, "person", "");
		unknown(person, PERSON, "person.");
		List<NotificationDraft.CoDefendant> co = new ArrayList<>();
		Object list = body.get("coDefendants");
		if (list instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				String prefix = "coDefendants[" + i + "].";
				if (items.get(i) instanceof Map<?, ?> m) {
					@SuppressWarnings("unchecked")
					Map<String, Object> c = (Map<String, Object>) m;
					unknown(c, CO_DEFENDANT, prefix);
					co.add(new NotificationDraft.CoDefendant(string(c, "name", prefix), string(c, "idNumber", prefix)));
				}
				else {
					problems.add(new FieldProblem(prefix.substring(0, prefix.length() - 1), "defence.error.type"));
				}
			}
		}
		else if (list != null) {
			problems.add(new FieldProblem("coDefendants", "defence.error.type"));
		}
		return new NotificationDraft(string(body, "caseNumber", ""), code(body, "stage", Stage.class, ""),
				code(body, "reason", LegalReason.class, ""), string(body, "charge", ""), string(person, "name", "person."),
				string(person, "idNumber", "person."), code(person, "sex", Sex.class, "person."),
				date(person, "birthDate", "person."), string(person, "ethnicity", "person."), string(person, "language", "person."),
				string(person, "detentionPlace", "person."), date(body, "hearingDate", ""), co);
	}

	ForwardedDraft forwarded(Map<String, Object> body) {
		unknown(body, FORWARDED, "");
		OffsetDateTime received = null;
		String at = string(body, "receivedAt", "");
		if (at != null) {
			try {
				received = OffsetDateTime.parse(at);
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem("receivedAt", "defence.error.dateTime"));
			}
		}
		return new ForwardedDraft(string(body, "name", ""), string(body, "idNumber", ""), received, string(body, "matterCode", ""),
				string(body, "facts", ""));
	}

	/** Adds the service's problems for the fields not already refused here. */
	List<FieldProblem> with(List<FieldProblem> more) {
		List<FieldProblem> all = new ArrayList<>(problems);
		Set<String> named = problems.stream().map(FieldProblem::field).collect(java.util.stream.Collectors.toSet());
		more.stream().filter(p -> !named.contains(p.field())).forEach(all::add);
		return all;
	}

	private void unknown(Map<String, Object> object, Set<String> known, String prefix) {
		object.keySet().stream().filter(k -> !known.contains(k)).sorted()
			.forEach(k -> problems.add(new FieldProblem(prefix + k, "defence.error.unknownField")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> object(Map<String, Object> body, String field, String prefix) {
		Object value = body.get(field);
		if (value == null) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> m) {
			return (Map<String, Object>) m;
		}
		problems.add(new FieldProblem(prefix + field, "defence.error.type"));
		return Map.of();
	}

	private String string(Map<String, Object> body, String field, String prefix) {
		Object value = body.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		problems.add(new FieldProblem(prefix + field, "defence.error.type"));
		return null;
	}

	private <E extends Enum<E>> E code(Map<String, Object> body, String field, Class<E> type, String prefix) {
		String value = string(body, field, prefix);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem(prefix + field, "defence.error.code"));
			return null;
		}
	}

	private LocalDate date(Map<String, Object> body, String field, String prefix) {
		String value = string(body, field, prefix);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(prefix + field, "defence.error.date"));
			return null;
		}
	}
}
