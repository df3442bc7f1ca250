package org.legalaid.casework;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.legalaid.lawyers.LawyerPool;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes a case. Staff read the cases in their data scope; a lawyer reads only the cases they hold,
 * the provider linked to their account in the lawyer pool. A case outside the actor's reach is not found (never
 * "forbidden"), so ids cannot be probed.
 */
@Component
class CaseAccess {

	static final String RECORD = "case";
	/** Centre staff who read cases in their scope. */
	static final Set<Role> STAFF = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR,
			Role.BUREAU_ADMIN, Role.QUALITY_REVIEWER));
	/** Who decides for the centre: terminations, replacements, major cases. */
	static final Set<Role> DECIDERS = Set.of(Role.DIRECTOR);
	/** Who reviews closing materials and records collective discussions. */
	static final Set<Role> REVIEWERS = Set.of(Role.DIRECTOR, Role.REVIEWER);

	private final CaseRepository cases;
	private final LawyerPool pool;
	private final CurrentActor actors;

	CaseAccess(CaseRepository cases, LawyerPool pool, CurrentActor actors) {
		this.cases = cases;
		this.pool = pool;
		this.actors = actors;
	}

	Actor actor() {
		Actor actor = actors.require();
		if (!actor.hasAny(STAFF) && !actor.has(Role.LAWYER) && !actor.has(Role.SYSTEM_ADMIN)) {
			throw new AccessRefused("cases need a centre role or a lawyer's account");
		}
		return actor;
	}

	/** A lawyer without a centre role sees only their own cases. */
	static boolean lawyerOnly(Actor actor) {
		return actor.has(Role.LAWYER) && !actor.hasAny(STAFF);
	}

	/** The aid provider linked to a lawyer's account, if any. */
	Optional<Long> providerOf(Actor actor) {
		return actor.has(Role.LAWYER) ? pool.byAccount(actor.username()).map(p -> p.id().value()) : Optional.empty();
	}

	/** The case, if the actor may read it. */
	AidCase readable(CaseId id) {
		Actor actor = actor();
		return cases.find(id.value(), actor)
			.filter(c -> !lawyerOnly(actor) || holds(actor, c))
			.orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	/** True when the actor is the case's own provider. */
	boolean holds(Actor actor, AidCase c) {
		return providerOf(actor).map(p -> p == c.providerId()).orElse(false);
	}

	/** Refuses an actor who may not make a move of the given party on the case. */
	void requireParty(Actor actor, AidCase c, CaseTransition transition) {
		boolean allowed = switch (transition.party()) {
			case LAWYER -> holds(actor, c);
			case CENTRE -> actor.hasAny(transition == CaseTransition.TERMINATE ? DECIDERS : REVIEWERS);
			case LAWYER_OR_CENTRE -> holds(actor, c) || actor.hasAny(DECIDERS);
			case SYSTEM -> false;
		};
		if (!allowed) {
			throw new AccessRefused(transition + " is for " + transition.party());
		}
	}
}
