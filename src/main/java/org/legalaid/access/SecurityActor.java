package org.legalaid.access;

import java.util.Optional;
import java.util.function.Supplier;

import org.legalaid.shared.ActingPrincipal;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current actor from the security context (a staff member or another acting principal), or the actor named by {@link #callAs} while it runs. */
@Component
class SecurityActor implements CurrentActor {

	private static final ThreadLocal<Actor> OVERRIDE = new ThreadLocal<>();

	@Override
	public Optional<Actor> current() {
		if (OVERRIDE.get() != null) {
			return Optional.of(OVERRIDE.get());
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.actor());
		}
		if (auth != null && auth.getPrincipal() instanceof ActingPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	@Override
	public <T> T callAs(Actor actor, Supplier<T> work) {
		Actor outer = OVERRIDE.get();
		OVERRIDE.set(actor);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				OVERRIDE.remove();
			}
			else {
				OVERRIDE.set(outer);
			}
		}
	}
}
