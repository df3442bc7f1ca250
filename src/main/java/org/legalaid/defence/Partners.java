package org.legalaid.defence;

import org.legalaid.shared.AccessRefused;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The partner agency calling the API, from the security context. */
@Component
class Partners {

	PartnerPrincipal current() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof PartnerPrincipal principal) {
			return principal;
		}
		throw new AccessRefused("no partner agency authenticated");
	}
}
