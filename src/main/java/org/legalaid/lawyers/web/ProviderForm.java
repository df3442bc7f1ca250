package org.legalaid.lawyers.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.legalaid.lawyers.Provider;
import org.legalaid.lawyers.ProviderDraft;
import org.legalaid.lawyers.ProviderKind;

/**
 * Adding or editing a provider. {@code regions} is typed as division codes separated by spaces or commas; on an edit
 * the ID number and phone stay empty (they are shown masked) and are kept unless typed again.
 */
record ProviderForm(Integer version, ProviderKind kind, String name, String idNumber, String phone, String licenceNumber,
		LocalDate firstPracticeDate, LocalDate criminalDefenceSince, Long organisationId, List<String> specialties, String regions,
		List<String> languages, Boolean dutyLawyer, Integer maxOpenCases, String accountUsername) {

	static ProviderForm empty() {
		return new ProviderForm(null, ProviderKind.LAWYER, null, null, null, null, null, null, null, List.of(), null, List.of(), false, null,
				null);
	}

	static ProviderForm of(Provider p) {
		return new ProviderForm(p.version(), p.kind(), p.name(), null, null, p.licenceNumber(), p.firstPracticeDate(),
				p.criminalDefenceSince(), p.organisationId().value(), List.copyOf(p.specialties()), String.join(" ", p.regions()),
				List.copyOf(p.languages()), p.dutyLawyer(), p.ownMaxOpenCases(), p.accountUsername());
	}

	ProviderDraft draft() {
		Set<String> codes = new LinkedHashSet<>();
		if (regions != null) {
			for (String code : regions.split("[\\s,，;；、]+")) {
				if (!code.isBlank()) {
					codes.add(code.strip());
				}
			}
		}
		return new ProviderDraft(null, kind, name, idNumber, phone, licenceNumber, firstPracticeDate, criminalDefenceSince, organisationId,
				specialties == null ? Set.of() : Set.copyOf(specialties), codes, languages == null ? Set.of() : Set.copyOf(languages),
				Boolean.TRUE.equals(dutyLawyer), maxOpenCases, accountUsername);
	}
}
