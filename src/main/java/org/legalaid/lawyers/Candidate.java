package org.legalaid.lawyers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A provider serving the case's region, with what the assignment needs to choose fairly and lawfully: kind and
 * organisation, years of practice and of criminal defence on the day, workload, the time of the last assignment, and
 * every reason they cannot take the case (none: eligible). {@code idNumberKey} (the keyed hash of the ID number),
 * {@code name} and {@code organisationId} serve the conflict-of-interest check; the ID number itself is never exposed.
 */
public record Candidate(ProviderId providerId, String name, ProviderKind kind, OrganisationId organisationId,
		String organisationName, String idNumberKey, ProviderStatus status, LocalDate validUntil, int yearsOfPractice,
		int criminalYears, Set<String> specialties, Set<String> languages, int openCases, int maxOpenCases,
		OffsetDateTime lastAssignedAt, boolean dutyLawyerEligible, List<Exclusion> exclusions) {

	public Candidate {
		specialties = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(specialties));
		languages = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(languages));
		exclusions = List.copyOf(exclusions);
	}

	public boolean eligible() {
		return exclusions.isEmpty();
	}

	public boolean excludedFor(ExclusionReason reason) {
		return exclusions.stream().anyMatch(e -> e.reason() == reason);
	}
}
