package org.legalaid.lawyers;

import java.time.LocalDate;

/**
 * Who may take a case: the providers serving the case's division code, judged on a day.
 *
 * @param regionCode the case's division code (6, 9 or 12 digits; 2 or 4 for a whole province or prefecture)
 * @param specialty a specialty code the provider must have (e.g. {@code JUVENILE} for a minor, PR2023 art. 26), or null
 * @param language a language code the provider must work in (e.g. {@code ug}, {@code csl}), or null; {@code zh} needs none
 * @param lawyersOnly only practising lawyers ({@link ProviderKind#isLawyer()}): notified criminal cases (LAL arts. 25, 28)
 * @param minCriminalYears years of criminal defence needed (3 for possible life imprisonment or death, LAL art. 26), or null
 * @param onDate the day years, membership and sanctions are judged on
 * @param dutyLawyer only providers eligible as duty lawyers
 */
public record CandidateQuery(String regionCode, String specialty, String language, boolean lawyersOnly, Integer minCriminalYears,
		LocalDate onDate, boolean dutyLawyer) {

	/** Any provider serving the region on the day. */
	public static CandidateQuery forRegion(String regionCode, LocalDate onDate) {
		return new CandidateQuery(regionCode, null, null, false, null, onDate, false);
	}

	public CandidateQuery withSpecialty(String code) {
		return new CandidateQuery(regionCode, code, language, lawyersOnly, minCriminalYears, onDate, dutyLawyer);
	}

	public CandidateQuery withLanguage(String code) {
		return new CandidateQuery(regionCode, specialty, code, lawyersOnly, minCriminalYears, onDate, dutyLawyer);
	}

	public CandidateQuery withLawyersOnly() {
		return new CandidateQuery(regionCode, specialty, language, true, minCriminalYears, onDate, dutyLawyer);
	}

	public CandidateQuery withMinCriminalYears(Integer years) {
		return new CandidateQuery(regionCode, specialty, language, lawyersOnly, years, onDate, dutyLawyer);
	}

	public CandidateQuery withDutyLawyer() {
		return new CandidateQuery(regionCode, specialty, language, lawyersOnly, minCriminalYears, onDate, true);
	}
}
