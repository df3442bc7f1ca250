package org.legalaid.intake;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.legalaid.eligibility.CommitmentChannel;
import org.legalaid.eligibility.EligibilityReviews;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicants' own channel, with no account: applying online (web page or API) to a chosen centre, uploading
 * evidence with the access token, and following the application by number and phone or token. A submission is
 * registered as that centre's online channel (an actor named {@value #ONLINE_ACTOR}), so the rules, scope and audit
 * of staff registration apply unchanged.
 */
@Service
public class OnlineApplications {

	static final String ONLINE_ACTOR = "online";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Applications applications;
	private final ApplicationRepository repository;
	private final EligibilityReviews eligibility;
	private final ServiceNetwork network;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final Clock clock;

	OnlineApplications(Applications applications, ApplicationRepository repository, EligibilityReviews eligibility,
			ServiceNetwork network, PersonalData personalData, CurrentActor actors, Clock clock) {
		this.applications = applications;
		this.repository = repository;
		this.eligibility = eligibility;
		this.network = network;
		this.personalData = personalData;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * An application made online: registered for the chosen centre as its online channel, with the integrity
	 * commitment recorded. The access token returned lets the applicant upload evidence and follow the application;
	 * a repeat with the same idempotency key returns the same number and token and creates nothing.
	 */
	@Transactional
	public OnlineReceipt submitOnline(OnlineApplication online, String idempotencyKey) {
		return submitOnline(online, idempotencyKey, List.of());
	}

	/** An online application with its evidence files, all or nothing: a bad file stores neither file nor application. */
	@Transactional
	public OnlineReceipt submitOnline(OnlineApplication online, String idempotencyKey, List<Upload> files) {
		ServiceUnit centre = online.centreId() == null ? null : network.find(online.centreId(), Actor.SYSTEM)
			.filter(u -> u.active() && u.kind() == UnitKind.CENTRE).orElse(null);
		if (centre == null) {
			throw new RuleViolation("centreId", "application.error.centre.unknown");
		}
		if (online.applicant() == null || online.applicant().phone() == null || online.applicant().phone().isBlank()) {
			throw new RuleViolation("applicant.phone", "application.error.phone.required");
		}
		if (!online.commitmentConfirmed()) {
			throw new RuleViolation("commitmentConfirmed", "application.error.commitment.required");
		}
		Set<String> materials = Set.of(Materials.APPLICATION_FORM, Materials.INTEGRITY_COMMITMENT);
		ApplicationDraft draft = new ApplicationDraft(online.applicant(), null, null, online.matterCode(), Channel.ONLINE, null,
				online.facts(), online.opposingParties(), online.urgentReason(), materials);
		String token = idempotencyKey == null || idempotencyKey.isBlank()
				? HexFormat.of().formatHex(randomBytes()) : personalData.lookupKey("token:" + idempotencyKey.strip());
		Actor channel = new Actor(0, ONLINE_ACTOR, ONLINE_ACTOR, centre.id(), centre.path(), Set.of(Role.WINDOW_CLERK));
		return actors.callAs(channel, () -> {
			Registration r = applications.register(draft, idempotencyKey, personalData.lookupKey(token));
			if (!r.repeated()) {
				ApplicationRepository.Details app = repository.details(r.id().value(), channel).orElseThrow();
				eligibility.recordCommitment(Reviews.subject(r.id().value()), app.unitPath(), app.applicantKey(), app.regionCode(),
						CommitmentChannel.WEB, SignatureKind.SELF, null);
				for (Upload file : files) {
					applications.attach(r.id().value(), file.materialCode(), file.content(), ONLINE_ACTOR);
				}
			}
			return new OnlineReceipt(r.id(), r.number(), token, r.repeated());
		});
	}

	/** The applicant follows the application with its number and either the phone number given or the access token. */
	@Transactional(readOnly = true)
	public PublicStatus status(String number, String phoneOrToken) {
		if (number == null || phoneOrToken == null || phoneOrToken.isBlank()) {
			throw new RecordNotFound(Applications.RECORD, number);
		}
		String key = personalData.lookupKey(phoneOrToken);
		var app = repository.byNumberAndKey(number.strip(), key).orElseThrow(() -> new RecordNotFound(Applications.RECORD, number));
		ServiceUnit centre = network.find(app.centreId(), Actor.SYSTEM).orElseThrow();
		return new PublicStatus(app.number(), app.status(), app.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate(),
				app.reviewDueOn(), app.missingMaterials(), centre.name());
	}

	/** Evidence uploaded by the applicant with the access token of their online application. */
	@Transactional
	public long attachEvidenceOnline(String number, String accessToken, String materialCode, InputStream content) {
		var app = repository.byNumberAndKey(number == null ? "" : number.strip(),
				accessToken == null ? "" : personalData.lookupKey(accessToken)).orElseThrow(() -> new RecordNotFound(Applications.RECORD, number));
		return applications.attach(app.id(), materialCode, content, ONLINE_ACTOR);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
