package org.legalaid.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.legalaid.shared.AuditAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks an account after too many; every attempt is audited. */
@Service
class SignInAttempts {

	private final AccountRepository accounts;
	private final JdbcAuditLog audit;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockFor;

	SignInAttempts(AccountRepository accounts, JdbcAuditLog audit, Clock clock,
			@Value("${legalaid.security.lockout.max-failures:5}") int maxFailures,
			@Value("${legalaid.security.lockout.duration:15m}") Duration lockFor) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@Transactional
	void failed(String username, boolean alreadyLocked) {
		var row = accounts.findForSignIn(username);
		String path = row.map(r -> r.account().unitPath()).orElse("/");
		audit.recordAnonymous(username, path, AuditAction.LOGIN_FAILED, alreadyLocked ? "account locked" : "bad credentials");
		if (row.isEmpty() || alreadyLocked) {
			return;
		}
		if (accounts.countFailure(username, maxFailures, OffsetDateTime.now(clock).plus(lockFor))) {
			audit.recordAnonymous(username, path, AuditAction.LOCKED, "locked for " + lockFor.toMinutes() + " min after "
					+ maxFailures + " failed sign-ins");
		}
	}

	@Transactional
	void succeeded(String username, String unitPath) {
		accounts.clearFailures(username);
		audit.recordAnonymous(username, unitPath, AuditAction.LOGIN, null);
	}

	long lockMinutes() {
		return lockFor.toMinutes();
	}
}
