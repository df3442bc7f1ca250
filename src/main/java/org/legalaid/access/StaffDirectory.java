package org.legalaid.access;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.shared.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for sign-in. */
@Service
class StaffDirectory implements UserDetailsService {

	private final AccountRepository accounts;
	private final Clock clock;

	StaffDirectory(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var row = accounts.findForSignIn(username == null ? "" : username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		var a = row.account();
		var actor = new Actor(a.id(), a.username(), a.displayName(), a.unitId(), a.unitPath(), a.roles());
		return new StaffPrincipal(actor, row.passwordHash(), a.enabled(), a.lockedUntil(), a.mustChangePassword(),
				OffsetDateTime.now(clock));
	}
}
