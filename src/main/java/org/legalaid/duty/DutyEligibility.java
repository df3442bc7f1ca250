package org.legalaid.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.legalaid.lawyers.Candidate;
import org.legalaid.lawyers.CandidateQuery;
import org.legalaid.lawyers.Exclusion;
import org.legalaid.lawyers.ExclusionReason;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Whether an aid provider may serve as duty lawyer at a station on a day, as the lawyer pool judges it: serving the
 * station's region, an active member without a sanction in force, a lawyer flagged for duty with the region's years
 * of practice. The workload cap counts cases, not duty, so it does not bar a shift.
 */
@Component
class DutyEligibility {

	private final LawyerPool pool;

	DutyEligibility(LawyerPool pool) {
		this.pool = pool;
	}

	/** The providers who may serve at the station on the day, eligible ones only, in the pool's order. */
	List<Candidate> eligible(Station station, LocalDate day) {
		return candidates(station, day).stream().filter(Candidate::dutyLawyerEligible).toList();
	}

	/**
	 * The provider as a candidate at the station on the day; refused on {@code field} naming the reason when the provider
	 * does not serve the station's region or is not eligible as duty lawyer on the day.
	 */
	Candidate require(ProviderId provider, Station station, LocalDate day, String field) {
		if (provider == null) {
			throw new RuleViolation(field, "duty.error.provider.required");
		}
		Optional<Candidate> found = candidates(station, day).stream().filter(c -> c.providerId().equals(provider)).findFirst();
		if (found.isEmpty()) {
			throw new RuleViolation(field, "duty.error.provider.notServing", station.name(), station.divisionName());
		}
		Candidate c = found.get();
		if (!c.dutyLawyerEligible()) {
			Exclusion reason = c.exclusions().stream().filter(e -> e.reason() != ExclusionReason.AT_CAPACITY).findFirst()
				.orElseThrow(() -> new IllegalStateException("not eligible without a reason: " + provider));
			throw new RuleViolation(field, "duty.error.provider.notEligible", c.name(), day.toString(),
					new DefaultMessageSourceResolvable(new String[] { reason.messageKey() }, reason.args().toArray(), reason.messageKey()));
		}
		return c;
	}

	private List<Candidate> candidates(Station station, LocalDate day) {
		return pool.candidates(CandidateQuery.forRegion(station.divisionCode(), day).withDutyLawyer());
	}
}
