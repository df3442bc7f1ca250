package org.legalaid.shared;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to actors holding any of
 * {@code roles} (all signed-in actors when empty), ordered by {@code order}.
 */
public record NavigationItem(String path, String messageKey, int order, Set<Role> roles) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}
}
