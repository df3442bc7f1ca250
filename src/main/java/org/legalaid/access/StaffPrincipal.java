package org.legalaid.access;

import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;

import org.legalaid.shared.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member: the security view of an account, carrying the {@link Actor}. */
final class StaffPrincipal implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Actor actor;
	private final String passwordHash;
	private final boolean enabled;
	private final OffsetDateTime lockedUntil;
	private final boolean mustChangePassword;
	private final OffsetDateTime now;

	StaffPrincipal(Actor actor, String passwordHash, boolean enabled, OffsetDateTime lockedUntil, boolean mustChangePassword,
			OffsetDateTime now) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.mustChangePassword = mustChangePassword;
		this.now = now;
	}

	Actor actor() {
		return actor;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || !lockedUntil.isAfter(now);
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StaffPrincipal other && other.actor.accountId() == actor.accountId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(actor.accountId());
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + actor.username() + "]";
	}

}
