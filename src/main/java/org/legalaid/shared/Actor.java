package org.legalaid.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, bound to one service unit. {@code unitPath} is the materialised path of that unit
 * ({@code /1/5/23/}); the actor's data scope is every record whose unit path starts with it.
 */
public record Actor(long accountId, String username, String displayName, long unitId, String unitPath, Set<Role> roles) implements Serializable {

	/** The data scope of background work (imports, sweeps, demo loading): the whole tree. */
	public static final Actor SYSTEM = new Actor(0, "system", "system", 0, "/", Set.of(Role.SYSTEM_ADMIN));

	public Actor {
		Objects.requireNonNull(username);
		Objects.requireNonNull(unitPath);
		if (!unitPath.startsWith("/") || !unitPath.endsWith("/")) {
			throw new IllegalArgumentException("unit path must start and end with '/': " + unitPath);
		}
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Set<Role> wanted) {
		return wanted.isEmpty() || wanted.stream().anyMatch(roles::contains);
	}

	/** True when a record stored under {@code path} lies in this actor's subtree. */
	public boolean covers(String path) {
		return path != null && path.startsWith(unitPath);
	}
}
