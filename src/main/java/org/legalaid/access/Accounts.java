package org.legalaid.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: administration within the administrator's subtree, and each member's own password.
 * Every read of another person's account is audited.
 */
@Service
public class Accounts {

	static final String RECORD = "account";
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private final AccountRepository accounts;
	private final ServiceNetwork network;
	private final PasswordEncoder passwords;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Accounts(AccountRepository accounts, ServiceNetwork network, PasswordEncoder passwords, CurrentActor actors,
			AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.network = network;
		this.passwords = passwords;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<StaffAccount> search(String text, PageRequest page) {
		requireAdministrator();
		return accounts.search(text == null ? "" : text.strip(), page);
	}

	@Transactional
	public StaffAccount get(long id) {
		requireAdministrator();
		StaffAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		audit.record(AuditAction.VIEW_PERSONAL_DATA, RECORD, id);
		return account;
	}

	/** The staff bound to a unit, for its page. Scoped, and audited as a view of staff data. */
	@Transactional
	public List<StaffAccount> staffOf(long unitId) {
		ServiceUnit unit = network.get(unitId);
		List<StaffAccount> staff = accounts.atUnit(unit.id());
		audit.record(AuditAction.VIEW_PERSONAL_DATA, "unit_staff", unit.id(), staff.size() + " accounts");
		return staff;
	}

	/** Creates an account whose initial password must be changed at the first sign-in. */
	@Transactional
	public StaffAccount create(AccountDraft draft) {
		return provision(draft, true);
	}

	/** Creates an account; {@code mustChangePassword} false is for provisioned accounts such as the demo's. */
	@Transactional
	public StaffAccount provision(AccountDraft draft, boolean mustChangePassword) {
		requireAdministrator();
		String username = draft.username() == null ? "" : draft.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			throw new RuleViolation("username", "account.error.username.invalid");
		}
		if (accounts.usernameTaken(username)) {
			throw new RuleViolation("username", "account.error.username.taken");
		}
		ServiceUnit unit = checkDraft(draft);
		PasswordPolicy.check("password", draft.password(), username);
		long id = accounts.insert(draft, unit.path(), passwords.encode(draft.password()), mustChangePassword, now());
		audit.record(AuditAction.CREATE, RECORD, id, username + " roles " + draft.roles());
		return accounts.find(id).orElseThrow();
	}

	@Transactional
	public StaffAccount update(long id, int version, AccountDraft draft) {
		Actor admin = requireAdministrator();
		StaffAccount current = accounts.find(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		ServiceUnit unit = checkDraft(draft);
		if (current.id() == admin.accountId() && (Boolean.FALSE.equals(draft.enabled()) || !draft.roles().contains(Role.SYSTEM_ADMIN))) {
			throw new RuleViolation("roles", "account.error.self.demote");
		}
		if (accounts.update(id, version, draft, unit.path()) == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id, "roles " + draft.roles() + " unit " + unit.id() + " enabled " + draft.enabled());
		return accounts.find(id).orElseThrow();
	}

	/** Sets a temporary password that must be changed at the next sign-in. */
	@Transactional
	public void resetPassword(long id, String temporaryPassword) {
		requireAdministrator();
		StaffAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
		PasswordPolicy.check("password", temporaryPassword, account.username());
		accounts.setPassword(id, passwords.encode(temporaryPassword), true, now());
		audit.record(AuditAction.PASSWORD_RESET, RECORD, id);
	}

	@Transactional
	public void unlock(long id) {
		requireAdministrator();
		if (accounts.unlock(id) == 0) {
			throw new RecordNotFound(RECORD, id);
		}
		audit.record(AuditAction.UNLOCK, RECORD, id);
	}

	/** The signed-in member changes their own password. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
		Actor actor = actors.require();
		var row = accounts.findForSignIn(actor.username()).orElseThrow(() -> new RecordNotFound(RECORD, actor.accountId()));
		if (currentPassword == null || !passwords.matches(currentPassword, row.passwordHash())) {
			throw new RuleViolation("currentPassword", "password.error.current");
		}
		PasswordPolicy.check("newPassword", newPassword, actor.username());
		if (!newPassword.equals(confirmation)) {
			throw new RuleViolation("confirmation", "password.error.confirmation");
		}
		if (passwords.matches(newPassword, row.passwordHash())) {
			throw new RuleViolation("newPassword", "password.error.same");
		}
		accounts.setPassword(actor.accountId(), passwords.encode(newPassword), false, now());
		audit.record(AuditAction.PASSWORD_CHANGED, RECORD, actor.accountId());
	}

	private ServiceUnit checkDraft(AccountDraft draft) {
		String display = draft.displayName() == null ? "" : draft.displayName().strip();
		if (display.isEmpty() || display.length() > 60 || display.chars().anyMatch(c -> c == '<' || c == '>')) {
			throw new RuleViolation("displayName", "account.error.display.invalid");
		}
		if (draft.roles() == null || draft.roles().isEmpty()) {
			throw new RuleViolation("roles", "account.error.roles.required");
		}
		if (draft.unitId() == null) {
			throw new RuleViolation("unitId", "account.error.unit.required");
		}
		try {
			return network.get(draft.unitId());
		}
		catch (RecordNotFound e) {
			throw new RuleViolation("unitId", "account.error.unit.unknown");
		}
	}

	private Actor requireAdministrator() {
		Actor actor = actors.require();
		if (!actor.has(Role.SYSTEM_ADMIN)) {
			throw new AccessRefused("account administration needs the system administrator role");
		}
		return actor;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
