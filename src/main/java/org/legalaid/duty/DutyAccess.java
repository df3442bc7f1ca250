package org.legalaid.duty;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Provider;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who does what with stations, rosters and legal-help records. Staff read every record of their subtree; a duty
 * lawyer (LAWYER without a staff role) reads the records of their own provider only, wherever the station lies.
 */
@Component
class DutyAccess {

	/** Set station settings and keep the roster. */
	static final Set<Role> MANAGERS = Set.copyOf(EnumSet.of(Role.DIRECTOR, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	/** Record legal help: the duty lawyer, or centre staff on the lawyer's behalf. */
	static final Set<Role> RECORDERS = Set.copyOf(EnumSet.of(Role.LAWYER, Role.WINDOW_CLERK, Role.DIRECTOR));
	/** Record on a named lawyer's behalf. */
	static final Set<Role> CENTRE_STAFF = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.DIRECTOR));
	/** Read every record, shift and figure in their subtree. */
	static final Set<Role> STAFF_READERS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.DIRECTOR, Role.BUREAU_ADMIN,
			Role.SYSTEM_ADMIN));
	/** Anyone using the duty pages. */
	static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.LAWYER, Role.WINDOW_CLERK, Role.DIRECTOR, Role.BUREAU_ADMIN,
			Role.SYSTEM_ADMIN));

	private final CurrentActor actors;
	private final LawyerPool pool;

	DutyAccess(CurrentActor actors, LawyerPool pool) {
		this.actors = actors;
		this.pool = pool;
	}

	Optional<Actor> current() {
		return actors.current();
	}

	Actor reader() {
		return require(READERS, "the duty-lawyer records");
	}

	Actor recorder() {
		return require(RECORDERS, "recording legal help");
	}

	Actor manager() {
		return require(MANAGERS, "keeping the duty roster");
	}

	/** True when the actor reads the whole subtree, false when only their own records (a duty lawyer). */
	static boolean seesAll(Actor actor) {
		return actor.hasAny(STAFF_READERS);
	}

	static boolean isCentreStaff(Actor actor) {
		return actor.hasAny(CENTRE_STAFF);
	}

	static boolean manages(Actor actor) {
		return actor.hasAny(MANAGERS);
	}

	/** The aid provider linked to the actor's account, if the actor is a lawyer with one. */
	Optional<Provider> ownProvider(Actor actor) {
		return actor.has(Role.LAWYER) ? pool.byAccount(actor.username()) : Optional.empty();
	}

	private Actor require(Set<Role> roles, String what) {
		Actor actor = actors.require();
		if (!actor.hasAny(roles)) {
			throw new AccessRefused(what + " need one of " + roles);
		}
		return actor;
	}
}
