package org.legalaid.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.Candidate;
import org.legalaid.lawyers.CandidateQuery;
import org.legalaid.lawyers.Exclusion;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning aid providers (legal-aid-rules.md §5.3 ASSIGNED, §5.4, §6.3). A case is opened for a granted application
 * or a notified criminal case; its candidates are the lawyer pool's providers serving the region, less those excluded
 * by the pool's rules, by the conflict-of-interest check or by having declined this case; the director offers it to
 * the rotation's first or, with a written reason, to another eligible candidate; the provider accepts (the case is
 * theirs, the notices and letter are issued, {@link LawyerAssigned} is published) or declines with a reason, and an
 * offer not answered in time lapses. Either way the case goes back to be assigned.
 *
 * <p>Changes of one case run one after the other: each locks the case row first, and the offer itself is a
 * conditional change from WAITING, so of two directors assigning at the same moment exactly one succeeds.
 */
@Service
public class Assignments {

	static final String RECORD = "assignment";
	static final String OFFER_RECORD = "assignment_offer";
	/** The rule of the provider's time to accept an offer (deadlines_rule, 24 hours by default). */
	static final String REPLY_RULE = "A1";
	/** Who reads the queue and the candidates. */
	public static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR));
	private static final int MAX_REASON = 500;

	private final AssignmentRepository repository;
	private final ConflictCheck conflicts;
	private final LawyerPool pool;
	private final Deadlines deadlines;
	private final AssignmentLetters letters;
	private final BackupPosts backups;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Assignments(AssignmentRepository repository, ConflictCheck conflicts, LawyerPool pool, Deadlines deadlines, AssignmentLetters letters,
			BackupPosts backups, CurrentActor actors, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.conflicts = conflicts;
		this.pool = pool;
		this.deadlines = deadlines;
		this.letters = letters;
		this.backups = backups;
		this.actors = actors;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a case to be assigned; idempotent per subject (a second call returns the same id, changes nothing). Works
	 * without a signed-in staff member (called from event listeners and the partner API): the request's unitPath is
	 * the owning centre's data scope.
	 */
	@Transactional
	public long open(AssignmentRequest request) {
		if (request == null || request.subject() == null || request.unitPath() == null || request.regionCode() == null) {
			throw new RuleViolation("subject", "assignment.error.request");
		}
		Optional<Long> existing = repository.idOf(request.subject(), Actor.SYSTEM);
		if (existing.isPresent()) {
			return existing.get();
		}
		return inScopeOf(request.unitPath(), () -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			OffsetDateTime due = deadlines.timer(request.deadlineTimerId()).dueAt().atZone(clock.getZone()).toOffsetDateTime();
			long id = repository.insertCase(request, due, now);
			request.assisted().forEach(p -> repository.insertParty(id, "ASSISTED", p));
			request.opposing().forEach(p -> repository.insertParty(id, "OPPOSING", p));
			audit.record(AuditAction.CREATE, RECORD, id, request.subject().kind() + " " + request.subject().number() + " region "
					+ request.regionCode() + " due " + due);
			return id;
		});
	}

	/** The case is over (closed or terminated): releases the provider's workload; idempotent. */
	@Transactional
	public void caseEnded(CaseSubject subject) {
		Optional<Long> id = repository.idOf(subject, Actor.SYSTEM);
		if (id.isEmpty()) {
			return;
		}
		AssignmentCase c = repository.lock(id.get(), Actor.SYSTEM).orElseThrow();
		if (c.status() == AssignmentStatus.ENDED) {
			return;
		}
		inScopeOf(c.unitPath(), () -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			release(c, now);
			if (c.status() == AssignmentStatus.WAITING) {
				deadlines.cancel(c.deadlineTimerId());
			}
			move(c, AssignmentStatus.ENDED, false, now);
			audit.record(AuditAction.UPDATE, RECORD, c.id(), "case ended from " + c.status());
			return null;
		});
	}

	/**
	 * A case that ended goes on after all (its termination was revoked on objection, LAL art. 49): the provider who held
	 * it holds it again and it counts in their workload again. Idempotent; a case that did not end as accepted by a
	 * provider is left as it is.
	 */
	@Transactional
	public void resumed(CaseSubject subject) {
		Optional<Long> id = repository.idOf(subject, Actor.SYSTEM);
		if (id.isEmpty()) {
			return;
		}
		AssignmentCase c = repository.lock(id.get(), Actor.SYSTEM).orElseThrow();
		if (c.status() != AssignmentStatus.ENDED || c.offerId() == null || c.providerId() == null) {
			return;
		}
		inScopeOf(c.unitPath(), () -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			repository.resumed(c.offerId());
			pool.assigned(new ProviderId(c.providerId()), now);
			move(c, AssignmentStatus.ACCEPTED, false, now);
			audit.record(AuditAction.UPDATE, RECORD, c.id(), "case resumed by provider " + c.providerId());
			return null;
		});
	}

	/**
	 * The current provider withdrew or was replaced: the case goes back to be assigned again, with the reason; a new
	 * provider's acceptance publishes LawyerAssigned with reassignment = true.
	 */
	@Transactional
	public void reopen(CaseSubject subject, String reason) {
		String why = reason(reason, "reason");
		AssignmentCase c = repository.idOf(subject, Actor.SYSTEM).flatMap(id -> repository.lock(id, Actor.SYSTEM))
			.orElseThrow(() -> new RecordNotFound(RECORD, subject.id()));
		if (c.status() == AssignmentStatus.ENDED) {
			throw new RuleViolation(null, "assignment.error.ended");
		}
		inScopeOf(c.unitPath(), () -> {
			OffsetDateTime now = OffsetDateTime.now(clock);
			release(c, now);
			if (c.status() != AssignmentStatus.WAITING) {
				move(c, AssignmentStatus.WAITING, true, now);
			}
			repository.reopened(c.id(), why, Actor.SYSTEM);
			audit.record(AuditAction.UPDATE, RECORD, c.id(), "reopened from " + c.status() + ": " + why);
			return null;
		});
	}

	/**
	 * The current state of assignment of a subject, if it was ever opened (status, provider, organisation, accepted
	 * time, the notice/letter documents issued). No data-scope check: callers check their own access.
	 */
	@Transactional(readOnly = true)
	public Optional<AssignmentView> current(CaseSubject subject) {
		return repository.view(subject, Actor.SYSTEM);
	}

	/** One case in the actor's scope (a reader's, or a backup's for an absent member). */
	@Transactional(readOnly = true)
	public AssignmentCase get(long caseId) {
		Actor actor = reader();
		return repository.find(caseId, actor).orElseThrow(() -> new RecordNotFound(RECORD, caseId));
	}

	/** The people of a case as the conflict check sees them (names, organisation codes, roles; no ID keys). */
	@Transactional(readOnly = true)
	public List<ConflictParty> parties(long caseId, boolean opposing) {
		AssignmentCase c = get(caseId);
		return repository.parties(c.id(), opposing ? "OPPOSING" : "ASSISTED", reader()).stream()
			.map(p -> new ConflictParty(p.name(), null, p.organisationCode(), p.role())).toList();
	}

	/** Every provider serving the case's region in rotation order, eligible ones first, each with every reason of exclusion. */
	@Transactional(readOnly = true)
	public List<CaseCandidate> candidates(long caseId) {
		AssignmentCase c = get(caseId);
		return evaluate(c, actors.require());
	}

	/** The rotation's choice for the case, if any candidate is eligible: the whole check, as {@link #assign} makes it. */
	@Transactional(readOnly = true)
	public Optional<CaseCandidate> choose(long caseId) {
		return candidates(caseId).stream().filter(CaseCandidate::rotationFirst).findFirst();
	}

	/** The offers of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<Offer> offers(long caseId) {
		AssignmentCase c = get(caseId);
		return repository.offers(c.id(), reader());
	}

	/**
	 * Offers the case to a provider: the rotation's first when {@code providerId} is null or names them; another
	 * eligible candidate only with a written reason (an override). An excluded candidate is refused, naming why. By the
	 * director, or their backup while they are away. Returns the offer's id.
	 */
	@Transactional
	public long assign(long caseId, Long providerId, String overrideReason) {
		Actor actor = actors.require();
		String onBehalfOf = director(actor);
		AssignmentCase c = repository.lock(caseId, actor).orElseThrow(() -> new RecordNotFound(RECORD, caseId));
		if (c.status() != AssignmentStatus.WAITING) {
			throw new RuleViolation("providerId", "assignment.error.notWaiting");
		}
		List<CaseCandidate> all = evaluate(c, actor);
		Optional<CaseCandidate> first = all.stream().filter(CaseCandidate::rotationFirst).findFirst();
		CaseCandidate chosen = providerId == null
				? first.orElseThrow(() -> new RuleViolation("providerId", "assignment.error.noneEligible"))
				: all.stream().filter(x -> x.providerId() == providerId).findFirst()
					.orElseThrow(() -> new RuleViolation("providerId", "assignment.error.notCandidate"));
		if (!chosen.eligible()) {
			CaseCandidate.Reason why = chosen.exclusions().getFirst();
			throw new RuleViolation("providerId", why.messageKey(), why.argArray());
		}
		boolean override = first.isEmpty() || first.get().providerId() != chosen.providerId();
		String reason = override ? reason(overrideReason, "overrideReason") : null;
		OffsetDateTime now = OffsetDateTime.now(clock);
		String account = accountOf(chosen.providerId());
		long offerId = repository.insertOffer(c.id(), new AssignmentRepository.NewOffer(chosen.providerId(), chosen.name(), account,
				chosen.organisationId(), chosen.organisationName(), actor.username(), !override, reason), now);
		if (!repository.offered(c.id(), offerId, chosen.providerId(), now, actor)) {
			throw new ConcurrentChange(RECORD, c.id());
		}
		pool.assigned(new ProviderId(chosen.providerId()), now);
		long timer = deadlines.track(OFFER_RECORD, Long.toString(offerId), c.unitPath(), c.regionCode(), REPLY_RULE, now.toInstant());
		repository.replyTimer(offerId, timer, deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
		audit.record(AuditAction.CREATE, OFFER_RECORD, offerId, c.subject().number() + " offered to provider " + chosen.providerId()
				+ (override ? " by override: " + reason : " by rotation") + (onBehalfOf == null ? "" : " as backup of " + onBehalfOf));
		return offerId;
	}

	/**
	 * The provider accepts the offer: the case is theirs, the assignment time limit is met, the notices to the provider
	 * and the assisted person and the letter to the court or agency are issued, and {@link LawyerAssigned} is published.
	 * By the provider's own account, or recorded by the director for a provider without one.
	 */
	@Transactional
	public AssignmentView accept(long offerId) {
		Actor actor = actors.require();
		Offer offer = answerable(offerId, actor);
		AssignmentCase c = lockOpenOffer(offer);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!repository.answer(offerId, OfferStatus.OFFERED, OfferStatus.ACCEPTED, null, now)) {
			throw new ConcurrentChange(OFFER_RECORD, offerId);
		}
		move(c, AssignmentStatus.ACCEPTED, false, now);
		List<Long> documents = inScopeOf(c.unitPath(), () -> {
			closeReplyTimer(offerId, true, now);
			deadlines.complete(c.deadlineTimerId(), now.toInstant());
			return letters.issue(c.id(), c.centreId(), c.subject(), offer, repository.parties(c.id(), "ASSISTED", Actor.SYSTEM), now);
		});
		repository.documents(offerId, documents);
		audit.record(AuditAction.UPDATE, OFFER_RECORD, offerId, "accepted by " + actor.username());
		events.publishEvent(new LawyerAssigned(c.id(), c.subject(), offer.providerId(), offer.providerName(), offer.providerAccount(),
				offer.organisationId(), offer.organisationName(), c.centreId(), c.unitPath(), c.regionCode(), c.matterCode(), offer.offeredAt(),
				now, c.heldBefore()));
		return repository.view(c.subject(), Actor.SYSTEM).orElseThrow();
	}

	/**
	 * The provider declines with a reason: the case goes back to be assigned, their workload is released and they are
	 * not offered this case again.
	 */
	@Transactional
	public void decline(long offerId, String reason) {
		String why = reason(reason, "reason");
		Actor actor = actors.require();
		Offer offer = answerable(offerId, actor);
		AssignmentCase c = lockOpenOffer(offer);
		OffsetDateTime now = OffsetDateTime.now(clock);
		backToWaiting(c, offer, OfferStatus.DECLINED, why, now);
		audit.record(AuditAction.UPDATE, OFFER_RECORD, offerId, "declined by " + actor.username() + ": " + why);
	}

	/** The provider did not answer in time: the offer lapses and the case goes back to be assigned. Idempotent. */
	@Transactional
	public void lapse(long offerId) {
		actors.callAsSystem(() -> {
			Optional<Offer> offer = repository.offer(offerId, Actor.SYSTEM);
			if (offer.isEmpty() || offer.get().status() != OfferStatus.OFFERED) {
				return null;
			}
			AssignmentCase c = repository.lock(offer.get().caseId(), Actor.SYSTEM).orElseThrow();
			if (c.status() != AssignmentStatus.OFFERED || !Long.valueOf(offerId).equals(c.offerId())) {
				return null;
			}
			backToWaiting(c, offer.get(), OfferStatus.LAPSED, null, OffsetDateTime.now(clock));
			audit.record(AuditAction.UPDATE, OFFER_RECORD, offerId, "lapsed: not answered in time");
			return null;
		});
	}

	/** The director's queue: overdue first, then by the end of the time limit; paged. */
	@Transactional(readOnly = true)
	public Page<AssignmentCase> queue(QueueFilter filter, boolean dueLatestFirst, PageRequest page) {
		Actor actor = reader();
		return repository.queue(filter == null ? QueueFilter.OPEN : filter, dueLatestFirst, OffsetDateTime.now(clock), page, actor);
	}

	/** The offers open to or accepted by the signed-in provider, open ones first. */
	@Transactional(readOnly = true)
	public List<Offer> offeredToMe() {
		return repository.offersTo(actors.require().username());
	}

	/** Whether the actor may offer cases now: a director, or the backup of an absent director. */
	public boolean mayAssign() {
		Actor actor = actors.current().orElse(null);
		return actor != null && (actor.has(Role.DIRECTOR) || backups.coveringFor(actor, Role.DIRECTOR).isPresent());
	}

	/** Whether the actor reads the queue: a clerk, reviewer or director, or a backup of an absent one. */
	public boolean mayRead() {
		Actor actor = actors.current().orElse(null);
		return actor != null && (actor.hasAny(READERS) || backups.coveringFor(actor, Role.DIRECTOR).isPresent()
				|| backups.coveringFor(actor, Role.WINDOW_CLERK).isPresent());
	}

	/** The actor may read; they read in their own scope (a backup is a member of the absent member's unit). */
	private Actor reader() {
		Actor actor = actors.require();
		if (!mayRead()) {
			throw new AccessRefused("reading the assignment queue needs one of " + READERS + " or a backup post");
		}
		return actor;
	}

	/** Null for a director; the absent director's username for their backup; refused otherwise. */
	private String director(Actor actor) {
		if (actor.has(Role.DIRECTOR)) {
			return null;
		}
		return backups.coveringFor(actor, Role.DIRECTOR)
			.orElseThrow(() -> new AccessRefused("assigning needs the DIRECTOR role or a director's backup post"));
	}

	private List<CaseCandidate> evaluate(AssignmentCase c, Actor actor) {
		LocalDate today = LocalDate.now(clock);
		List<Candidate> serving = pool.candidates(new CandidateQuery(c.regionCode(), c.specialty(), c.language(), c.lawyersOnly(),
				c.minCriminalYears(), today, false));
		Map<Long, List<CaseCandidate.Reason>> conflicting = conflicts.conflicts(c.id(), repository.parties(c.id(), "OPPOSING", actor), serving);
		List<Long> declined = repository.declinedBy(c.id(), actor);
		List<CaseCandidate> out = new ArrayList<>(serving.size());
		for (Candidate x : serving) {
			long id = x.providerId().value();
			List<CaseCandidate.Reason> reasons = new ArrayList<>();
			for (Exclusion e : x.exclusions()) {
				reasons.add(new CaseCandidate.Reason(e.reason().name(), e.messageKey(), e.args()));
			}
			reasons.addAll(conflicting.getOrDefault(id, List.of()));
			if (declined.contains(id)) {
				reasons.add(new CaseCandidate.Reason("DECLINED", "assignment.exclusion.DECLINED", List.of()));
			}
			out.add(new CaseCandidate(id, x.name(), x.kind().name(), x.organisationId().value(), x.organisationName(),
					x.yearsOfPractice(), x.criminalYears(), x.openCases(), x.maxOpenCases(), x.lastAssignedAt(), reasons, false));
		}
		return Rotation.order(out);
	}

	/** The provider's staff account (their workspace), if they have one; read in the platform's name (any region). */
	private String accountOf(long providerId) {
		return actors.callAsSystem(() -> pool.provider(new ProviderId(providerId)).accountUsername());
	}

	private Offer answerable(long offerId, Actor actor) {
		Offer offer = repository.offer(offerId, Actor.SYSTEM).orElseThrow(() -> new RecordNotFound(OFFER_RECORD, offerId));
		if (actor.username().equals(offer.providerAccount())) {
			return offer;
		}
		if (repository.find(offer.caseId(), actor).isEmpty()) {
			throw new RecordNotFound(OFFER_RECORD, offerId);
		}
		director(actor);
		return offer;
	}

	private AssignmentCase lockOpenOffer(Offer offer) {
		AssignmentCase c = repository.lock(offer.caseId(), Actor.SYSTEM).orElseThrow();
		if (offer.status() != OfferStatus.OFFERED || c.status() != AssignmentStatus.OFFERED || !Long.valueOf(offer.id()).equals(c.offerId())) {
			throw new RuleViolation(null, "assignment.error.offerClosed");
		}
		return c;
	}

	private void backToWaiting(AssignmentCase c, Offer offer, OfferStatus to, String reason, OffsetDateTime now) {
		if (!repository.answer(offer.id(), OfferStatus.OFFERED, to, reason, now)) {
			throw new ConcurrentChange(OFFER_RECORD, offer.id());
		}
		move(c, AssignmentStatus.WAITING, true, now);
		inScopeOf(c.unitPath(), () -> {
			closeReplyTimer(offer.id(), false, now);
			return pool.released(new ProviderId(offer.providerId()));
		});
	}

	/** Ends the current offer of a case being ended or reopened and releases the provider's workload. */
	private void release(AssignmentCase c, OffsetDateTime now) {
		if (c.offerId() == null) {
			return;
		}
		if (c.status() == AssignmentStatus.ACCEPTED) {
			repository.ended(c.offerId(), OfferStatus.ENDED, now);
		}
		else if (c.status() == AssignmentStatus.OFFERED) {
			repository.ended(c.offerId(), OfferStatus.WITHDRAWN, now);
			closeReplyTimer(c.offerId(), false, now);
		}
		pool.released(new ProviderId(c.providerId()));
	}

	private void closeReplyTimer(long offerId, boolean met, OffsetDateTime now) {
		repository.replyTimerOf(offerId).ifPresent(timer -> {
			if (met) {
				deadlines.complete(timer, now.toInstant());
			}
			else {
				deadlines.cancel(timer);
			}
		});
	}

	private void move(AssignmentCase c, AssignmentStatus to, boolean clearOffer, OffsetDateTime now) {
		if (!repository.moveCase(c.id(), c.status(), to, clearOffer, now, Actor.SYSTEM)) {
			throw new ConcurrentChange(RECORD, c.id());
		}
	}

	/**
	 * Runs work on a case of {@code unitPath} as the signed-in member when the case lies in their scope, else (nobody
	 * signed in, a provider of another unit, a partner) in the platform's own name.
	 */
	private <T> T inScopeOf(String unitPath, Supplier<T> work) {
		Optional<Actor> actor = actors.current();
		return actor.isPresent() && actor.get().covers(unitPath) ? work.get() : actors.callAsSystem(work);
	}

	private static String reason(String text, String field) {
		String s = text == null ? "" : text.strip();
		if (s.isEmpty()) {
			throw new RuleViolation(field, "assignment.error.reason.required");
		}
		if (s.length() > MAX_REASON) {
			throw new RuleViolation(field, "assignment.error.reason.length", MAX_REASON);
		}
		return s;
	}
}
