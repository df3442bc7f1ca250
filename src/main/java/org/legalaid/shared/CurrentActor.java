package org.legalaid.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor of the running request or job. Implemented by the access module from the security context;
 * background work runs as {@link Actor#SYSTEM} through {@link #callAsSystem}.
 */
public interface CurrentActor {

	Optional<Actor> current();

	/** The actor, or an {@link AccessRefused} when nobody is signed in. */
	default Actor require() {
		return current().orElseThrow(() -> new AccessRefused("no signed-in actor"));
	}

	/** Runs work as the given actor: for channels without a signed-in member, such as online self-service. */
	<T> T callAs(Actor actor, Supplier<T> work);

	default <T> T callAsSystem(Supplier<T> work) {
		return callAs(Actor.SYSTEM, work);
	}

	default void runAsSystem(Runnable work) {
		callAsSystem(() -> {
			work.run();
			return null;
		});
	}
}
