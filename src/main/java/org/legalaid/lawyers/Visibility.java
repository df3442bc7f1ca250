package org.legalaid.lawyers;

/**
 * Who sees pool records. Managing (editing, admitting, renewing) needs the record's owning unit in the actor's
 * subtree. Reading also reaches the records owned by the units above the actor's — a lawyer recruited by the city or
 * province centre serves the counties below it — and the providers serving the actor's own region. A neighbouring
 * county's own providers stay out of reach (not found).
 */
final class Visibility {

	private Visibility() {
	}

	/** Organisations: in scope or owned above; binds {@code :actor_path}. */
	static String organisation(String alias) {
		return "(SCOPE(" + alias + ".unit_path) OR :actor_path LIKE (" + alias + ".unit_path || '%'))";
	}

	/** Providers: in scope, owned above, or serving the actor's region; binds {@code :actor_path} and {@code :actor_regions}. */
	static String provider(String alias) {
		return "(SCOPE(" + alias + ".unit_path) OR :actor_path LIKE (" + alias + ".unit_path || '%')"
				+ " OR EXISTS (SELECT 1 FROM lawyers_provider_region vr WHERE vr.provider_id = " + alias + ".id"
				+ " AND vr.prefix IN (:actor_regions)))";
	}
}
