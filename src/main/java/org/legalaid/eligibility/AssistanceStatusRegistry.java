package org.legalaid.eligibility;

import java.time.LocalDate;

/**
 * The information-sharing port (art. 41): the civil-affairs status of a person on a date. The default adapter
 * reads a register imported from CSV; a region plugs its real service in by providing another bean.
 *
 * <p>Contract: a status valid on the date is returned (special hardship before low income when both are);
 * an expired or not yet valid status, or an unknown person, gives {@link AssistanceStatus#NONE}.
 */
public interface AssistanceStatusRegistry {

	/**
	 * @param personKey {@code PersonalData.lookupKey} of the person's ID number
	 */
	AssistanceStatus lookup(String personKey, LocalDate date);
}
