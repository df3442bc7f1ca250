package org.legalaid.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.legalaid.lawyers.Candidate;
import org.legalaid.shared.PlainText;
import org.springframework.stereotype.Component;

/**
 * The conflict-of-interest check (legal-aid-rules.md §6.3, PR2023 art. 25): a candidate may not take a case when they,
 * or anyone of their organisation (law firm, legal service office, centre), act or have acted for a person who is an
 * opposing party of this case (for a notified criminal case also a co-defendant with conflicting interests), or when
 * they are that party themselves.
 *
 * <p>People are the same when both have an ID number and the keyed hashes agree; when either has none, when their
 * names agree as {@link NameKeys} spell them (same pinyin whatever the tone, homophone or traditional form).
 * Organisations are the same when both have a credit code and the codes agree, else by name the same way.
 */
@Component
class ConflictCheck {

	static final String ACTED_FOR = "CONFLICT_ACTED_FOR";
	static final String FIRM_ACTED_FOR = "CONFLICT_FIRM_ACTED_FOR";
	static final String IS_PARTY = "CONFLICT_IS_PARTY";

	private final AssignmentRepository repository;

	ConflictCheck(AssignmentRepository repository) {
		this.repository = repository;
	}

	/** The conflicts of each candidate with the case's opposing parties, by provider id; candidates without any are absent. */
	Map<Long, List<CaseCandidate.Reason>> conflicts(long caseId, List<ConflictParty> opposing, List<Candidate> candidates) {
		Map<Long, Set<CaseCandidate.Reason>> found = new HashMap<>();
		if (opposing.isEmpty()) {
			return Map.of();
		}
		List<AssignmentRepository.ActedFor> acted = repository.actedFor(caseId, opposing).stream()
			.filter(a -> opposing.stream().anyMatch(p -> same(p, a.client())))
			.toList();
		Map<Long, List<AssignmentRepository.ActedFor>> byProvider = new HashMap<>();
		Map<Long, List<AssignmentRepository.ActedFor>> byOrganisation = new HashMap<>();
		for (var a : acted) {
			byProvider.computeIfAbsent(a.providerId(), k -> new ArrayList<>()).add(a);
			byOrganisation.computeIfAbsent(a.organisationId(), k -> new ArrayList<>()).add(a);
		}
		for (Candidate c : candidates) {
			long id = c.providerId().value();
			ConflictParty self = new ConflictParty(c.name(), c.idNumberKey(), null, null);
			for (ConflictParty p : opposing) {
				if (p.organisationCode() == null && same(self, p)) {
					add(found, id, new CaseCandidate.Reason(IS_PARTY, key(IS_PARTY), List.of(label(p), role(p))));
				}
			}
			for (var a : byProvider.getOrDefault(id, List.of())) {
				add(found, id, new CaseCandidate.Reason(ACTED_FOR, key(ACTED_FOR), List.of(label(a.client()), a.caseNumber())));
			}
			for (var a : byOrganisation.getOrDefault(c.organisationId().value(), List.of())) {
				if (a.providerId() != id) {
					add(found, id, new CaseCandidate.Reason(FIRM_ACTED_FOR, key(FIRM_ACTED_FOR),
							List.of(a.organisationName(), a.providerName(), label(a.client()), a.caseNumber())));
				}
			}
		}
		Map<Long, List<CaseCandidate.Reason>> out = new HashMap<>();
		found.forEach((k, v) -> out.put(k, List.copyOf(v)));
		return out;
	}

	/** Whether two parties are the same person or organisation, by the rules above. */
	static boolean same(ConflictParty a, ConflictParty b) {
		String keyA = PlainText.blankToNull(a.idNumberKey());
		String keyB = PlainText.blankToNull(b.idNumberKey());
		if (keyA != null && keyB != null) {
			return keyA.equals(keyB);
		}
		String orgA = PlainText.blankToNull(a.organisationCode());
		String orgB = PlainText.blankToNull(b.organisationCode());
		if (orgA != null && orgB != null) {
			return orgA.toUpperCase(Locale.ROOT).equals(orgB.toUpperCase(Locale.ROOT));
		}
		String nameA = NameKeys.of(a.name());
		return nameA != null && nameA.equals(NameKeys.of(b.name()));
	}

	private static void add(Map<Long, Set<CaseCandidate.Reason>> found, long id, CaseCandidate.Reason reason) {
		found.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(reason);
	}

	private static String label(ConflictParty p) {
		return p.name() == null ? "—" : p.name();
	}

	private static String role(ConflictParty p) {
		return p.role() == null ? "" : p.role();
	}

	static String key(String code) {
		return "assignment.exclusion." + code;
	}

}
