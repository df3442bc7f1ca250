package org.legalaid.lawyers;

/** Why a provider serving the region cannot take the case. Each has its message; the arguments are in the order named. */
public enum ExclusionReason {
	/** Not an active member: applied, suspended (args: the status). */
	NOT_ACTIVE,
	/** The membership ran out and was not renewed (args: the last valid day). */
	MEMBERSHIP_EXPIRED,
	/** A disciplinary sanction such as suspension of practice runs on the day (args: sanction, until). */
	SANCTION_IN_FORCE,
	/** Lacks the specialty the case needs (args: specialty code). */
	NO_SPECIALTY,
	/** Does not work in the language the case needs (args: language code). */
	NO_LANGUAGE,
	/** Fewer years of criminal defence than the case needs (args: required, actual). LAL art. 26. */
	EXPERIENCE_SHORT,
	/** The case takes a lawyer only and the provider is not one (args: kind). LAL arts. 25, 28. */
	NOT_A_LAWYER,
	/** Not eligible as a duty lawyer: no duty flag, not a lawyer, or too few years (args: required years, actual). */
	NOT_DUTY_LAWYER,
	/** At or over the workload cap (args: open cases, cap). */
	AT_CAPACITY;

	public String messageKey() {
		return "lawyers.exclusion." + name();
	}
}
