package org.legalaid.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in member's principal after their account changed (e.g. a new password). */
@Component
public class SignedIn {

	private final StaffDirectory directory;
	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SignedIn(StaffDirectory directory) {
		this.directory = directory;
	}

	public void refresh(HttpServletRequest request, HttpServletResponse response) {
		var current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null) {
			return;
		}
		var principal = directory.loadUserByUsername(current.getName());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}
}
