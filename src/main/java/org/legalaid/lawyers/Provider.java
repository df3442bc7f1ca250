package org.legalaid.lawyers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * An aid provider as staff see it: ID number and phone masked ({@code idNumberKey} is the keyed hash of the ID
 * number, for exact matching such as the conflict-of-interest check). {@code status} is as stored; use
 * {@link #statusOn} for the membership on a day (an ACTIVE one past its valid-until day is EXPIRED).
 * {@code maxOpenCases} is the cap in force (the provider's own, else the region's).
 */
public record Provider(ProviderId id, ProviderKind kind, String name, String idNumberMasked, String idNumberKey,
		String phoneMasked, String licenceNumber, LocalDate firstPracticeDate, LocalDate criminalDefenceSince,
		OrganisationId organisationId, String organisationName, long unitId, String regionCode, ProviderStatus status,
		LocalDate validUntil, boolean dutyLawyer, Integer ownMaxOpenCases, int maxOpenCases, int openCases,
		OffsetDateTime lastAssignedAt, String accountUsername, Set<String> specialties, Set<String> regions,
		Set<String> languages, List<DisciplinaryRecord> discipline, int version) {

	public Provider {
		specialties = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(specialties));
		regions = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(regions));
		languages = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(languages));
		discipline = List.copyOf(discipline);
	}

	public ProviderStatus statusOn(LocalDate day) {
		return expiredOn(status, validUntil, day) ? ProviderStatus.EXPIRED : status;
	}

	/** Whole years since the first practising licence on the day (0 without one). */
	public int yearsOfPracticeOn(LocalDate day) {
		return yearsSince(firstPracticeDate, day);
	}

	/** Whole years of criminal defence on the day (0 without a start date). */
	public int criminalYearsOn(LocalDate day) {
		return yearsSince(criminalDefenceSince, day);
	}

	/**
	 * Whether the provider may serve as duty lawyer on the day: on the duty list, a lawyer, an active member without a
	 * sanction in force, with the region's years of practice for duty lawyers.
	 */
	public boolean dutyLawyerEligibleOn(LocalDate day, int dutyMinYears) {
		return dutyLawyer && kind.isLawyer() && statusOn(day) == ProviderStatus.ACTIVE && !sanctionInForceOn(day)
				&& yearsOfPracticeOn(day) >= dutyMinYears;
	}

	public boolean sanctionInForceOn(LocalDate day) {
		return discipline.stream().anyMatch(d -> d.inForceOn(day));
	}

	static boolean expiredOn(ProviderStatus status, LocalDate validUntil, LocalDate day) {
		return (status == ProviderStatus.ACTIVE || status == ProviderStatus.EXPIRED) && validUntil != null && validUntil.isBefore(day);
	}

	static int yearsSince(LocalDate start, LocalDate day) {
		return start == null || start.isAfter(day) ? 0 : Period.between(start, day).getYears();
	}
}
