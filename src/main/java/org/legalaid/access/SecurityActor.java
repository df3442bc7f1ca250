package org.legalaid.access;

import java.util.Optional;
import java.util.function.Supplier;

import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current actor from the security context, or the system actor inside {@link #callAsSystem}. */
@Component
class SecurityActor implements CurrentActor {

	private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

	@Override
	public Optional<Actor> current() {
		if (SYSTEM.get()) {
			return Optional.of(Actor.SYSTEM);
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	@Override
	public <T> T callAsSystem(Supplier<T> work) {
		boolean outer = SYSTEM.get();
		SYSTEM.set(true);
		try {
			return work.get();
		}
		finally {
			SYSTEM.set(outer);
		}
	}
}
