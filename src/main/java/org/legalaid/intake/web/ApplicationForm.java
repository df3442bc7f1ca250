package org.legalaid.intake.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.legalaid.hotline.IntakeReferral;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.Channel;
import org.legalaid.intake.OpposingParty;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;

/**
 * The staff registration form as posted: applicant, agent, matter, channel, facts and up to two opposing parties; and
 * the referral it was pre-filled from, if any.
 */
record ApplicationForm(String idempotencyKey, Long referralId, String name, IdentityDocumentType documentType, String documentNumber,
		String phone, String address, String householdDivisionCode, Set<PersonGroup> groups, String agentName,
		String agentRelation, String matterCode, Channel channel, LocalDateTime forwardedReceivedAt, String facts,
		String urgentReason, String party1Name, String party1IdNumber, String party1OrganisationCode, String party1Role,
		String party2Name, String party2IdNumber, String party2OrganisationCode, String party2Role,
		Set<String> materialsReceived) {

	static ApplicationForm empty(String idempotencyKey) {
		return new ApplicationForm(idempotencyKey, null, "", IdentityDocumentType.RESIDENT_ID, "", "", "", "", Set.of(), "", "", "",
				Channel.WINDOW, null, "", "", "", "", "", "", "", "", "", "", Set.of());
	}

	/**
	 * The form pre-filled from a consultation referred to intake: the caller's name, phone and groups, what they asked
	 * as the facts, and the channel the consultation came by where it is also an application channel.
	 */
	static ApplicationForm referred(String idempotencyKey, IntakeReferral r) {
		Channel channel = switch (r.channel()) {
			case PHONE_12348 -> Channel.PHONE;
			case ONLINE -> Channel.ONLINE;
			case WORKSTATION -> Channel.WORKSTATION;
			case WALK_IN, OUTREACH -> Channel.WINDOW;
		};
		String facts = r.answerSummary() == null ? r.question() : r.question() + "\n\n" + r.answerSummary();
		return new ApplicationForm(idempotencyKey, r.id().value(), nonNull(r.callerName()), IdentityDocumentType.RESIDENT_ID,
				"", nonNull(r.callerPhone()), "", "", r.callerGroups(), "", "", "", channel, null, facts, "", "", "", "", "",
				"", "", "", "", Set.of());
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	ApplicationDraft draft(ZoneId zone) {
		PersonDraft applicant = new PersonDraft(name, documentType, documentNumber, null, null, null, null, phone, address,
				householdDivisionCode, groups == null ? Set.of() : groups);
		List<OpposingParty> parties = new ArrayList<>();
		parties.add(new OpposingParty(party1Name, party1IdNumber, party1OrganisationCode, party1Role));
		parties.add(new OpposingParty(party2Name, party2IdNumber, party2OrganisationCode, party2Role));
		return new ApplicationDraft(applicant, agentName, agentRelation, matterCode, channel,
				forwardedReceivedAt == null ? null : forwardedReceivedAt.atZone(zone).toOffsetDateTime(), facts, parties,
				urgentReason, materialsReceived);
	}

	/** The form field a service-level field name refers to. */
	static String formField(String field) {
		if (field == null) {
			return null;
		}
		if (field.startsWith("applicant.")) {
			return field.substring("applicant.".length());
		}
		if (field.startsWith("opposingParties[")) {
			int index = Integer.parseInt(field.substring(16, field.indexOf(']'))) + 1;
			String rest = field.substring(field.indexOf("].") + 2);
			return "party" + index + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
		}
		return field;
	}
}
