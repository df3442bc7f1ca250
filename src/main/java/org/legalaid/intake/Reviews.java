package org.legalaid.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalaid.deadlines.DeadlineOverdue;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.eligibility.CommitmentChannel;
import org.legalaid.eligibility.EligibilityCase;
import org.legalaid.eligibility.EligibilityReviews;
import org.legalaid.eligibility.EligibilityRules;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.Outcome;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.eligibility.StoredDecision;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.people.People;
import org.legalaid.people.PersonCard;
import org.legalaid.people.PersonGroup;
import org.legalaid.people.PersonId;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review of an application by law (legal-aid-rules.md §4.2, §5.3): the eligibility decision function decides,
 * and the application moves accordingly — granted or refused with a written decision, or asked once for everything
 * missing, then deemed withdrawn if the supplement period (D5) ends without it.
 */
@Service
public class Reviews {

	private static final Logger log = LoggerFactory.getLogger(Reviews.class);
	static final Set<Role> REVIEWERS = Set.copyOf(EnumSet.of(Role.REVIEWER, Role.DIRECTOR));
	static final Set<ApplicationStatus> REVIEWABLE = EnumSet.of(ApplicationStatus.RECEIVED, ApplicationStatus.UNDER_REVIEW,
			ApplicationStatus.PRE_AID);

	private final ApplicationRepository applications;
	private final EligibilityReviews eligibility;
	private final EligibilityRules rules;
	private final People people;
	private final ServiceNetwork network;
	private final Deadlines deadlines;
	private final ApplicationLetters letters;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reviews(ApplicationRepository applications, EligibilityReviews eligibility, EligibilityRules rules, People people,
			ServiceNetwork network, Deadlines deadlines, ApplicationLetters letters, CurrentActor actors, AuditLog audit,
			TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.applications = applications;
		this.eligibility = eligibility;
		this.rules = rules;
		this.people = people;
		this.network = network;
		this.deadlines = deadlines;
		this.letters = letters;
		this.actors = actors;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Reviews the application now and acts on the outcome. */
	@Transactional
	public ReviewResult review(ApplicationId id, ReviewInput input) {
		Actor actor = requireReviewer();
		ApplicationRepository.Details app = details(id, actor);
		if (app.status() == ApplicationStatus.SUPPLEMENT_REQUESTED) {
			throw new RuleViolation(null, "application.error.review.awaitingMaterials");
		}
		if (!REVIEWABLE.contains(app.status())) {
			throw new RuleViolation(null, "application.error.review.closed");
		}
		checkInput(input);
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		if (app.status() == ApplicationStatus.RECEIVED) {
			move(app, ApplicationStatus.UNDER_REVIEW, actor, now, "review started");
			app = details(id, actor);
		}
		PersonCard card = people.get(new PersonId(app.applicantId()));
		String subject = subject(app.id());
		if (input.commitmentSigned()) {
			eligibility.recordCommitment(subject, app.unitPath(), app.applicantKey(), app.regionCode(), channel(app.channel()),
					input.commitmentSignature(), input.proxyName());
		}
		EligibilityCase eligibilityCase = EligibilityCase.of(app.matterCode(), input.role())
			.withCounsel(input.hasCounsel())
			.withAgent(app.byAgent())
			.withOtherReason(input.otherReasonForNoDefender())
			.withPersonKey(app.applicantKey())
			.withPerson(facts(card, app, input))
			.withEconomy(input.commitmentSigned() ? EligibilityCase.EconomicEvidence.commitment(input.commitmentSignature())
					: EligibilityCase.EconomicEvidence.NONE)
			.withUrgency(new EligibilityCase.Urgency(input.daysToLimitationExpiry(), input.preservationNeeded()))
			.withMaterials(applications.materials(app.id()));
		StoredDecision stored = eligibility.decide(subject, app.unitPath(), eligibilityCase, app.regionCode(), today);
		ServiceUnit centre = network.find(app.centreId(), Actor.SYSTEM).orElseThrow();
		String matter = rules.rulesFor(app.regionCode(), today).matter(app.matterCode(), app.receivedAt().toLocalDate())
			.map(m -> m.name()).orElse(app.matterCode());
		var letter = new ApplicationLetters.Letter(app.id(), app.number(), app.applicantName(), matter, centre, app.receivedAt());
		var decision = stored.decision();
		ApplicationStatus to;
		IssuedDocument document = null;
		switch (decision.outcome()) {
			case GRANT -> {
				to = ApplicationStatus.GRANTED;
				document = letters.grant(letter, decision.appliedRules());
				completeReview(app, now);
				applications.supplemented(app.id());
			}
			case REFUSE -> {
				to = ApplicationStatus.REFUSED;
				document = letters.refusal(letter, decision.appliedRules());
				completeReview(app, now);
			}
			case NEED_MORE_MATERIALS -> {
				boolean aided = decision.aidFirst() || app.status() == ApplicationStatus.PRE_AID;
				to = aided ? ApplicationStatus.PRE_AID : ApplicationStatus.SUPPLEMENT_REQUESTED;
				if (aided) {
					// aid goes on while the materials are completed (LAL art. 44 para. 2): no withdrawal clock
					OffsetDateTime due = deadlines.dueAt("D5", app.regionCode(), now.toInstant()).atZone(clock.getZone()).toOffsetDateTime();
					applications.supplementRequested(app.id(), decision.missingMaterials(), due, null);
					document = letters.supplementNotice(letter, decision.missingMaterials(), due.toLocalDate().minusDays(1));
				}
				else {
					long timer = deadlines.track(Applications.RECORD, Long.toString(app.id()), app.unitPath(), app.regionCode(), "D5",
							now.toInstant());
					OffsetDateTime due = deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime();
					applications.supplementRequested(app.id(), decision.missingMaterials(), due, timer);
					document = letters.supplementNotice(letter, decision.missingMaterials(), due.toLocalDate().minusDays(1));
				}
			}
			default -> to = decision.aidFirst() || app.status() == ApplicationStatus.PRE_AID ? ApplicationStatus.PRE_AID
					: ApplicationStatus.UNDER_REVIEW;
		}
		move(app, to, actor, now, decision.outcome() + " " + decision.routeRuleId());
		applications.decided(app.id(), stored.id(), now);
		if ((to == ApplicationStatus.GRANTED || to == ApplicationStatus.PRE_AID) && app.status() != ApplicationStatus.PRE_AID) {
			// the assignment time limit (D6) runs from the grant, or at once when aid is given first (LAL art. 44)
			long timer = deadlines.track(Applications.RECORD, Long.toString(app.id()), app.unitPath(), app.regionCode(), "D6",
					now.toInstant());
			events.publishEvent(new ApplicationGranted(new ApplicationId(app.id()), app.number(), app.centreId(), app.unitPath(),
					app.regionCode(), app.matterCode(), app.applicantId(), app.greenChannel(), to == ApplicationStatus.PRE_AID,
					app.receivedAt(), now, timer));
		}
		return new ReviewResult(stored, to, document == null ? null : document.id());
	}

	/** The clerk records the materials supplied after a notice; the review can go on. */
	@Transactional
	public void supplemented(ApplicationId id, Set<String> materials) {
		Actor actor = actors.require();
		if (!actor.hasAny(Applications.REGISTRARS)) {
			throw new AccessRefused("recording materials needs one of " + Applications.REGISTRARS);
		}
		ApplicationRepository.Details app = details(id, actor);
		if (app.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
			throw new RuleViolation(null, "application.error.supplement.notRequested");
		}
		if (materials == null || materials.isEmpty() || !Materials.ORDER.containsAll(materials)) {
			throw new RuleViolation("materials", "application.error.supplement.empty");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		materials.forEach(code -> applications.insertMaterial(app.id(), code, now));
		if (app.supplementTimerId() != null) {
			deadlines.complete(app.supplementTimerId(), now.toInstant());
		}
		applications.supplemented(app.id());
		move(app, ApplicationStatus.UNDER_REVIEW, actor, now, "supplemented " + materials);
	}

	/**
	 * The justice department ordered the centre to correct a refusal (LAL art. 49): the application is reviewed
	 * again, with a new review time limit. Called by the objection procedure, which checks its own permissions.
	 */
	@Transactional
	public void reopen(ApplicationId id, String reason) {
		ApplicationRepository.Details app = applications.details(id.value(), Actor.SYSTEM)
			.orElseThrow(() -> new RecordNotFound(Applications.RECORD, id.value()));
		if (app.status() != ApplicationStatus.REFUSED) {
			throw new RuleViolation(null, "application.error.reopen.notRefused");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		move(app, ApplicationStatus.UNDER_REVIEW, actors.current().orElse(Actor.SYSTEM), now, reason);
		long timer = deadlines.track(Applications.RECORD, Long.toString(app.id()), app.unitPath(), app.regionCode(), "D4",
				now.toInstant());
		applications.setReviewDeadline(app.id(), timer, deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
	}

	/** The latest decision on the application, if any; reading it is recorded (it holds hardship facts). */
	@Transactional
	public Optional<StoredDecision> latestDecision(ApplicationId id) {
		details(id, actors.require());
		return eligibility.latestDecision(subject(id.value()));
	}

	/** The materials still missing after the one-time notice. */
	@Transactional(readOnly = true)
	public List<String> missingMaterials(ApplicationId id) {
		return details(id, actors.require()).missingMaterials();
	}

	/** When the supplement period (D5) ends unmet, the application is deemed withdrawn (LAL art. 43 para. 2). */
	@EventListener
	void on(DeadlineOverdue overdue) {
		if (!Applications.RECORD.equals(overdue.subjectType()) || !"D5".equals(overdue.ruleCode())) {
			return;
		}
		actors.runAsSystem(() -> transaction.executeWithoutResult(status -> deemWithdrawn(Long.parseLong(overdue.subjectId()))));
	}

	void deemWithdrawn(long id) {
		var app = applications.details(id, Actor.SYSTEM).orElse(null);
		if (app == null || app.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		move(app, ApplicationStatus.DEEMED_WITHDRAWN, Actor.SYSTEM, now, "supplement period ended (D5)");
		completeReview(app, now);
		log.info("application {} deemed withdrawn: materials not supplemented in time", app.number());
	}

	private void move(ApplicationRepository.Details app, ApplicationStatus to, Actor actor, OffsetDateTime now, String reason) {
		if (app.status() == to) {
			return;
		}
		if (!app.status().canMoveTo(to)) {
			throw new RuleViolation(null, "application.error.transition", app.status().name(), to.name());
		}
		if (!applications.transition(app.id(), app.status(), to, now)) {
			throw new ConcurrentChange(Applications.RECORD, app.id());
		}
		applications.history(app.id(), app.status(), to, actor, now, reason);
		audit.record(AuditAction.UPDATE, Applications.RECORD, app.id(), app.status() + " -> " + to + " " + reason);
	}

	private void completeReview(ApplicationRepository.Details app, OffsetDateTime now) {
		if (app.reviewTimerId() != null) {
			deadlines.complete(app.reviewTimerId(), now.toInstant());
		}
	}

	private ApplicationRepository.Details details(ApplicationId id, Actor actor) {
		return applications.details(id.value(), actor).orElseThrow(() -> new RecordNotFound(Applications.RECORD, id.value()));
	}

	private Actor requireReviewer() {
		Actor actor = actors.require();
		if (!actor.hasAny(REVIEWERS)) {
			throw new AccessRefused("reviewing applications needs one of " + REVIEWERS);
		}
		return actor;
	}

	private static void checkInput(ReviewInput input) {
		if (input.role() == null) {
			throw new RuleViolation("role", "application.error.review.role");
		}
		if (input.householdSize() < 1 || input.householdSize() > 30) {
			throw new RuleViolation("householdSize", "application.error.review.household");
		}
		if (input.monthlyHouseholdIncome() == null || input.monthlyHouseholdIncome().signum() < 0
				|| input.monthlyHouseholdIncome().compareTo(new BigDecimal("100000000")) > 0) {
			throw new RuleViolation("monthlyHouseholdIncome", "application.error.review.income");
		}
		if (input.commitmentSigned() && input.commitmentSignature() == null) {
			throw new RuleViolation("commitmentSignature", "application.error.review.signature");
		}
		if (input.daysToLimitationExpiry() != null && input.daysToLimitationExpiry() < 0) {
			throw new RuleViolation("daysToLimitationExpiry", "application.error.review.days");
		}
	}

	private EligibilityCase.PersonFacts facts(PersonCard card, ApplicationRepository.Details app, ReviewInput input) {
		LocalDate on = app.receivedAt().toLocalDate();
		Set<PersonGroup> groups = card.groupsOn(on);
		// every registered person has a birth date: derived from a resident ID, required for other documents
		int age = Period.between(card.birthDate(), on).getYears();
		MigrantClaim claim = input.migrantClaim() == null ? MigrantClaim.NONE : input.migrantClaim();
		long incomeFen = input.monthlyHouseholdIncome().movePointRight(2).longValue();
		return new EligibilityCase.PersonFacts(age, groups.contains(PersonGroup.DISABLED), input.noFixedLivelihood(),
				groups.contains(PersonGroup.LOW_INCOME_OR_SPECIAL_HARDSHIP),
				claim != MigrantClaim.NONE || groups.contains(PersonGroup.MIGRANT_WORKER), claim, input.householdSize(), incomeFen,
				groups.contains(PersonGroup.FOREIGNER_OR_STATELESS), groups.contains(PersonGroup.SERVICE_MEMBER_OR_FAMILY));
	}

	static String subject(long applicationId) {
		return Applications.RECORD + ":" + applicationId;
	}

	static CommitmentChannel channel(Channel channel) {
		return switch (channel) {
			case WINDOW, WORKSTATION -> CommitmentChannel.IN_PERSON;
			case ONLINE -> CommitmentChannel.WEB;
			case PHONE -> CommitmentChannel.PHONE_12348;
			case MAIL -> CommitmentChannel.MAIL;
			case KIOSK -> CommitmentChannel.KIOSK;
			case HOME_VISIT -> CommitmentChannel.HOME_VISIT;
			case FORWARDED_BY_ORGAN, FORWARDED_BY_DUTY_LAWYER -> CommitmentChannel.DETENTION_FORWARD;
		};
	}

}
