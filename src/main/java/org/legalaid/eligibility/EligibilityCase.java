package org.legalaid.eligibility;

import java.util.Objects;
import java.util.Set;

/**
 * What the applicant asks and the facts the review rests on.
 *
 * @param matterCode the matter in the catalogue
 * @param role the applicant's position in the matter
 * @param hasCounsel a defender or agent already acts for the applicant
 * @param appliedByAgent an agent (e.g. a close relative) applies on the person's behalf
 * @param notificationGround an E1 ground for mandatory notification, {@link NotificationGround#NONE} otherwise
 * @param otherReasonForNoDefender art. 24: no defender for a reason other than economic hardship
 * @param personKey {@code PersonalData.lookupKey} of the applicant's ID number, or null
 * @param person facts about the person
 * @param economy evidence for the economic-status check
 * @param urgency facts for aid first (art. 44)
 * @param materials codes of the materials present ({@link Materials})
 */
public record EligibilityCase(String matterCode, ApplicantRole role, boolean hasCounsel, boolean appliedByAgent,
		NotificationGround notificationGround, boolean otherReasonForNoDefender, String personKey, PersonFacts person,
		EconomicEvidence economy, Urgency urgency, Set<String> materials) {

	public EligibilityCase {
		Objects.requireNonNull(matterCode);
		Objects.requireNonNull(role);
		notificationGround = notificationGround == null ? NotificationGround.NONE : notificationGround;
		person = person == null ? PersonFacts.ADULT : person;
		economy = economy == null ? EconomicEvidence.NONE : economy;
		urgency = urgency == null ? Urgency.NONE : urgency;
		materials = materials == null ? Set.of() : Set.copyOf(materials);
	}

	/** A case with no facts yet: an adult without counsel, no evidence, no urgency, no materials. */
	public static EligibilityCase of(String matterCode, ApplicantRole role) {
		return new EligibilityCase(matterCode, role, false, false, NotificationGround.NONE, false, null, null, null, null, null);
	}

	public EligibilityCase withCounsel(boolean present) {
		return new EligibilityCase(matterCode, role, present, appliedByAgent, notificationGround, otherReasonForNoDefender, personKey, person, economy, urgency, materials);
	}

	public EligibilityCase withAgent(boolean agent) {
		return new EligibilityCase(matterCode, role, hasCounsel, agent, notificationGround, otherReasonForNoDefender, personKey, person, economy, urgency, materials);
	}

	public EligibilityCase withNotificationGround(NotificationGround ground) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, ground, otherReasonForNoDefender, personKey, person, economy, urgency, materials);
	}

	public EligibilityCase withOtherReason(boolean other) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, other, personKey, person, economy, urgency, materials);
	}

	public EligibilityCase withPersonKey(String key) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, otherReasonForNoDefender, key, person, economy, urgency, materials);
	}

	public EligibilityCase withPerson(PersonFacts facts) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, otherReasonForNoDefender, personKey, facts, economy, urgency, materials);
	}

	public EligibilityCase withEconomy(EconomicEvidence evidence) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, otherReasonForNoDefender, personKey, person, evidence, urgency, materials);
	}

	public EligibilityCase withUrgency(Urgency facts) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, otherReasonForNoDefender, personKey, person, economy, facts, materials);
	}

	public EligibilityCase withMaterials(Set<String> present) {
		return new EligibilityCase(matterCode, role, hasCounsel, appliedByAgent, notificationGround, otherReasonForNoDefender, personKey, person, economy, urgency, present);
	}

	/**
	 * Facts about the person on the application date. Income is the household's monthly income in fen.
	 *
	 * @param assistanceRecipient receives social assistance, judicial assistance or preferential treatment (优抚)
	 */
	public record PersonFacts(int age, boolean disabled, boolean noFixedLivelihood, boolean assistanceRecipient,
			boolean migrantWorker, MigrantClaim migrantClaim, int householdSize, long monthlyHouseholdIncomeFen,
			boolean foreigner, boolean serviceMember) {

		public static final PersonFacts ADULT = new PersonFacts(40, false, false, false, false, MigrantClaim.NONE, 1, 0, false, false);

		public PersonFacts {
			migrantClaim = migrantClaim == null ? MigrantClaim.NONE : migrantClaim;
		}

		public static PersonFacts aged(int age) {
			return ADULT.withAge(age);
		}

		public PersonFacts withAge(int a) {
			return new PersonFacts(a, disabled, noFixedLivelihood, assistanceRecipient, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withDisabled(boolean d) {
			return new PersonFacts(age, d, noFixedLivelihood, assistanceRecipient, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withNoFixedLivelihood(boolean n) {
			return new PersonFacts(age, disabled, n, assistanceRecipient, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withAssistanceRecipient(boolean r) {
			return new PersonFacts(age, disabled, noFixedLivelihood, r, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withMigrantClaim(MigrantClaim claim) {
			return new PersonFacts(age, disabled, noFixedLivelihood, assistanceRecipient, claim != MigrantClaim.NONE, claim, householdSize, monthlyHouseholdIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withHousehold(int size, long monthlyIncomeFen) {
			return new PersonFacts(age, disabled, noFixedLivelihood, assistanceRecipient, migrantWorker, migrantClaim, size, monthlyIncomeFen, foreigner, serviceMember);
		}

		public PersonFacts withForeigner(boolean f) {
			return new PersonFacts(age, disabled, noFixedLivelihood, assistanceRecipient, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, f, serviceMember);
		}

		public PersonFacts withServiceMember(boolean s) {
			return new PersonFacts(age, disabled, noFixedLivelihood, assistanceRecipient, migrantWorker, migrantClaim, householdSize, monthlyHouseholdIncomeFen, foreigner, s);
		}
	}

	/**
	 * Evidence for the economic-status check (art. 41).
	 *
	 * @param commitmentPresent a personal integrity commitment was signed
	 * @param commitmentBarred a false commitment or serious bad credit is on record for the person
	 * @param commitmentSignature how the commitment was signed (null when none)
	 * @param sharing the result of the information-sharing check
	 */
	public record EconomicEvidence(boolean commitmentPresent, boolean commitmentBarred, SignatureKind commitmentSignature,
			SharingResult sharing) {

		public static final EconomicEvidence NONE = new EconomicEvidence(false, false, null, SharingResult.NOT_QUERIED);

		public EconomicEvidence {
			sharing = sharing == null ? SharingResult.NOT_QUERIED : sharing;
		}

		public static EconomicEvidence commitment(SignatureKind signature) {
			return new EconomicEvidence(true, false, signature, SharingResult.NOT_QUERIED);
		}

		public static EconomicEvidence sharing(SharingResult result) {
			return new EconomicEvidence(false, false, null, result);
		}

		public EconomicEvidence withBarred(boolean barred) {
			return new EconomicEvidence(commitmentPresent, barred, commitmentSignature, sharing);
		}

		public EconomicEvidence withSharing(SharingResult result) {
			return new EconomicEvidence(commitmentPresent, commitmentBarred, commitmentSignature, result);
		}
	}

	/**
	 * Facts for aid first (art. 44).
	 *
	 * @param daysToLimitationExpiry days left before a limitation period or time limit expires, or null
	 * @param preservationNeeded property or evidence preservation or advance execution must be applied for at once
	 */
	public record Urgency(Integer daysToLimitationExpiry, boolean preservationNeeded) {

		public static final Urgency NONE = new Urgency(null, false);
	}
}
