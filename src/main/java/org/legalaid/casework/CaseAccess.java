package org.legalaid.casework;

import java.util.EnumSet;
import java.util.Set;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads and changes a case. Staff read the cases in their data scope; a lawyer reads only the cases they hold.
 * A case outside the actor's reach is not found (never "forbidden"), so ids cannot be probed.
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
	private final CurrentActor actors;

	CaseAccess(CaseRepository cases, CurrentActor actors) {
		this.cases = cases;
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

	/** The case, if the actor may read it. */
	AidCase readable(CaseId id) {
		Actor actor = actor();
		return cases.find(id.value(), actor)
			.filter(c -> !lawyerOnly(actor) || actor.username().equals(c.providerAccount()))
			.orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	/** True when the actor is the case's own provider. */
	static boolean holds(Actor actor, AidCase c) {
		return actor.has(Role.LAWYER) && actor.username().equals(c.providerAccount());
	}

	/** Refuses an actor who may not make a move of the given party on the case. */
	static void requireParty(Actor actor, AidCase c, CaseTransition transition) {
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
