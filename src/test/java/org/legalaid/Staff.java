package org.legalaid;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Acting as a demo account in tests (the demo data is loaded in the test profile): MockMvc requests signed in as
 * it, or service calls run with it as the signed-in member.
 */
public final class Staff {

	public static final String PASSWORD = "LegalAid2026";

	private Staff() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Runs the work with the account signed in, then signs it out again. */
	public static <T> T signedIn(UserDetailsService users, String username, Supplier<T> work) {
		var principal = users.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
