package org.legalaid.assignment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.access.Accounts;
import org.legalaid.access.StaffAccount;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AB posts (AB岗制度): the director names a backup (B) member of the same unit for a window clerk or director (A) who
 * is away for a period; during it the backup sees and acts on the absent member's assignment queue with the absent
 * member's powers, and each such action is audited as done for them.
 */
@Service
public class BackupPosts {

	static final String RECORD = "assignment_backup";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	BackupPosts(ScopedJdbc scoped, JdbcClient jdbc, Accounts accounts, CurrentActor actors, AuditLog audit, Clock clock) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** Names {@code backup} for {@code absent} from {@code from} to {@code to}; by the unit's director. */
	@Transactional
	public long appoint(String absent, String backup, OffsetDateTime from, OffsetDateTime to, String reason) {
		Actor actor = actors.require();
		if (!actor.has(Role.DIRECTOR)) {
			throw new AccessRefused("appointing a backup needs the DIRECTOR role");
		}
		if (from == null || to == null || !to.isAfter(from)) {
			throw new RuleViolation("to", "assignment.error.backup.period");
		}
		if (to.isBefore(OffsetDateTime.now(clock))) {
			throw new RuleViolation("to", "assignment.error.backup.past");
		}
		List<StaffAccount> staff = accounts.staffOf(actor.unitId());
		StaffAccount a = staff.stream().filter(s -> s.username().equals(strip(absent))).findFirst()
			.orElseThrow(() -> new RuleViolation("absent", "assignment.error.backup.notInUnit"));
		StaffAccount b = staff.stream().filter(s -> s.username().equals(strip(backup))).findFirst()
			.orElseThrow(() -> new RuleViolation("backup", "assignment.error.backup.notInUnit"));
		if (a.username().equals(b.username())) {
			throw new RuleViolation("backup", "assignment.error.backup.same");
		}
		Role role = a.roles().contains(Role.DIRECTOR) ? Role.DIRECTOR : a.roles().contains(Role.WINDOW_CLERK) ? Role.WINDOW_CLERK : null;
		if (role == null) {
			throw new RuleViolation("absent", "assignment.error.backup.role");
		}
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > 300) {
			throw new RuleViolation("reason", "assignment.error.reason.length", 300);
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO assignment_backup (unit_id, unit_path, absent_username, absent_role, backup_username, from_at, to_at, reason,
				    created_by, created_at)
				VALUES (:unit, :path, :absent, :role, :backup, :from, :to, :reason, :by, :now)""")
			.param("unit", actor.unitId()).param("path", actor.unitPath()).param("absent", a.username()).param("role", role.name())
			.param("backup", b.username()).param("from", AssignmentRepository.utc(from)).param("to", AssignmentRepository.utc(to))
			.param("reason", text).param("by", actor.username()).param("now", AssignmentRepository.utc(OffsetDateTime.now(clock)))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.record(AuditAction.CREATE, RECORD, id, b.username() + " backs up " + a.username() + " (" + role + ") from " + from + " to " + to);
		return id;
	}

	/** The posts of the actor's unit that have not ended, soonest first. */
	@Transactional(readOnly = true)
	public List<BackupPost> current() {
		return scoped.sql("SELECT b.* FROM assignment_backup b WHERE b.unit_id = :unit AND b.to_at > :now AND SCOPE(b.unit_path)"
				+ " ORDER BY b.from_at, b.id")
			.param("unit", actors.require().unitId()).param("now", AssignmentRepository.utc(OffsetDateTime.now(clock)))
			.query((rs, n) -> new BackupPost(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("absent_username"),
					Role.valueOf(rs.getString("absent_role")), rs.getString("backup_username"), AssignmentRepository.at(rs, "from_at"),
					AssignmentRepository.at(rs, "to_at"), rs.getString("reason"), rs.getString("created_by"),
					AssignmentRepository.at(rs, "created_at")))
			.list();
	}

	/** The absent member whose post with {@code role} the actor holds now as backup, if any. */
	Optional<String> coveringFor(Actor actor, Role role) {
		return scoped.sql("""
				SELECT b.absent_username FROM assignment_backup b WHERE b.backup_username = :me AND b.absent_role = :role
				AND b.from_at <= :now AND b.to_at > :now AND b.unit_id = :unit AND SCOPE(b.unit_path) ORDER BY b.from_at, b.id""", actor)
			.param("me", actor.username()).param("role", role.name()).param("unit", actor.unitId())
			.param("now", AssignmentRepository.utc(OffsetDateTime.now(clock)))
			.query(String.class).list().stream().findFirst();
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}
}
