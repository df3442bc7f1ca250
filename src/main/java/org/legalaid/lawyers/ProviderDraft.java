package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Set;

/**
 * A provider as entered. {@code unitId}: the owning (recruiting) unit, null for the actor's own. {@code regions}: the
 * division codes served (a province, prefecture, county, township or village code, or a 2- or 4-digit prefix).
 * {@code languages}: besides standard Chinese. On an update a blank ID number or phone keeps the stored one.
 * {@code maxOpenCases}: the provider's own workload cap, null for the region's. {@code accountUsername}: the staff
 * account the provider signs in with, if any.
 */
public record ProviderDraft(Long unitId, ProviderKind kind, String name, String idNumber, String phone, String licenceNumber,
		LocalDate firstPracticeDate, LocalDate criminalDefenceSince, Long organisationId, Set<String> specialties,
		Set<String> regions, Set<String> languages, boolean dutyLawyer, Integer maxOpenCases, String accountUsername) {

	public ProviderDraft {
		specialties = specialties == null ? Set.of() : Set.copyOf(specialties);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
		languages = languages == null ? Set.of() : Set.copyOf(languages);
	}
}
