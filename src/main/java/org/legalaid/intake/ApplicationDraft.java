package org.legalaid.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.legalaid.people.PersonDraft;

/**
 * What is entered to register an application: the applicant (registered on the way, or found by their document),
 * an agent where one applies for them, the matter, the channel, the facts, the opposing parties and, for forwarded
 * applications, when the forwarding organ received it. {@code urgentReason} asks for aid first (LAL art. 44);
 * {@code materialsReceived} are the material codes handed in, listed on the receipt.
 */
public record ApplicationDraft(PersonDraft applicant, String agentName, String agentRelation, String matterCode,
		Channel channel, OffsetDateTime forwardedReceivedAt, String facts, List<OpposingParty> opposingParties,
		String urgentReason, Set<String> materialsReceived) {

	public ApplicationDraft {
		materialsReceived = materialsReceived == null ? Set.of() : Set.copyOf(materialsReceived);
		opposingParties = opposingParties == null ? List.of()
				: opposingParties.stream().filter(p -> p != null && !p.isBlank()).toList();
	}
}
