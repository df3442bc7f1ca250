package org.legalaid.intake;

import java.util.List;

import org.legalaid.people.PersonDraft;

/**
 * An application made by the applicant online (web or phone-sized page, or the API): the centre chosen, the
 * applicant with a phone number to follow the application by, the matter, the facts, opposing parties, and the
 * confirmation of the region's integrity commitment.
 */
public record OnlineApplication(Long centreId, PersonDraft applicant, String matterCode, String facts,
		List<OpposingParty> opposingParties, boolean commitmentConfirmed, String urgentReason) {
}
