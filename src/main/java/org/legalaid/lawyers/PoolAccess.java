package org.legalaid.lawyers;

import java.util.EnumSet;
import java.util.Set;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** Who may read and manage the pool, and the unit a new record belongs to. */
@Component
class PoolAccess {

	/** Manage organisations and providers: register, edit, admit, renew, suspend, import. */
	static final Set<Role> MANAGERS = Set.copyOf(EnumSet.of(Role.DIRECTOR, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	/** Read the pool's pages. */
	static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.DIRECTOR, Role.WINDOW_CLERK, Role.REVIEWER, Role.BUREAU_ADMIN,
			Role.SYSTEM_ADMIN));
	/** Set the regions' recruitment criteria. */
	static final Set<Role> RULE_SETTERS = Set.copyOf(EnumSet.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));

	private final CurrentActor actors;
	private final ServiceNetwork network;

	PoolAccess(CurrentActor actors, ServiceNetwork network) {
		this.actors = actors;
		this.network = network;
	}

	boolean isManager() {
		return actors.current().map(a -> a.hasAny(MANAGERS)).orElse(false);
	}

	Actor reader() {
		return require(READERS, "reading the lawyer pool");
	}

	Actor manager() {
		return require(MANAGERS, "managing the lawyer pool");
	}

	Actor ruleSetter() {
		return require(RULE_SETTERS, "setting recruitment criteria");
	}

	/** Any signed-in actor (the API used by other modules, which check their own roles). */
	Actor anyone() {
		return actors.require();
	}

	private Actor require(Set<Role> roles, String what) {
		Actor actor = actors.require();
		if (!actor.hasAny(roles)) {
			throw new AccessRefused(what + " needs one of " + roles);
		}
		return actor;
	}

	/** The owning unit of a new record: the given one if in the actor's scope, else the actor's own unit. */
	ServiceUnit owningUnit(Long unitId, Actor actor) {
		if (unitId == null) {
			if (actor.unitId() == 0) {
				throw new RuleViolation("unitId", "lawyers.error.unit.required");
			}
			return network.find(actor.unitId(), Actor.SYSTEM).orElseThrow(() -> new RuleViolation("unitId", "lawyers.error.unit.required"));
		}
		return network.find(unitId, actor).orElseThrow(() -> new RuleViolation("unitId", "lawyers.error.unit.required"));
	}

	/** The prefixes of the actor's unit's division: the regions whose providers the actor reads. */
	java.util.List<String> regionsOf(Actor actor) {
		return Regions.prefixesOf(divisionOf(actor));
	}

	/** The division code of the actor's unit ('' for background work without a unit). */
	String divisionOf(Actor actor) {
		if (actor.unitId() == 0) {
			return "";
		}
		return network.find(actor.unitId(), Actor.SYSTEM).map(ServiceUnit::divisionCode).orElse("");
	}
}
