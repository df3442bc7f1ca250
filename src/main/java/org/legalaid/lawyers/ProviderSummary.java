package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Set;

/** A provider as a list shows it, with the status and years of practice on the day the list was read. */
public record ProviderSummary(ProviderId id, ProviderKind kind, String name, String licenceNumber, String organisationName,
		ProviderStatus status, LocalDate validUntil, int yearsOfPractice, Set<String> specialties, int openCases,
		boolean dutyLawyer) {

	public ProviderSummary {
		specialties = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(specialties));
	}
}
