package org.legalaid;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs MockMvc requests in as a demo account (the demo data is loaded in the test profile). */
public final class Staff {

	public static final String PASSWORD = "LegalAid2026";

	private Staff() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}
}
