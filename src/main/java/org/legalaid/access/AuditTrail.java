package org.legalaid.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over the audit trail for administrators: events of actors in their subtree, newest first.
 */
@Service
public class AuditTrail {

	private final ScopedJdbc scoped;
	private final CurrentActor actors;
	private final Clock clock;

	AuditTrail(ScopedJdbc scoped, CurrentActor actors, Clock clock) {
		this.scoped = scoped;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> search(AuditQuery q, PageRequest page) {
		Actor actor = actors.require();
		if (!actor.has(Role.SYSTEM_ADMIN) && !actor.has(Role.BUREAU_ADMIN)) {
			throw new AccessRefused("the audit trail is for administrators");
		}
		ZoneId zone = clock.getZone();
		String where = """
				WHERE SCOPE(e.actor_unit_path)
				  AND (CAST(:actor AS VARCHAR(60)) IS NULL OR e.actor_username = :actor)
				  AND (CAST(:action AS VARCHAR(30)) IS NULL OR e.action = :action)
				  AND (CAST(:type AS VARCHAR(40)) IS NULL OR e.record_type = :type)
				  AND (CAST(:recordId AS VARCHAR(64)) IS NULL OR e.record_id = :recordId)
				  AND e.occurred_at >= :from AND e.occurred_at < :to""";
		OffsetDateTime from = q.from() == null ? OffsetDateTime.parse("2000-01-01T00:00:00Z") : q.from().atStartOfDay(zone).toOffsetDateTime();
		OffsetDateTime to = q.to() == null ? OffsetDateTime.now(clock).plusDays(1) : q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		long total = bind(scoped.sql("SELECT COUNT(*) FROM access_audit_event e " + where), q, from, to).query(Long.class).single();
		List<AuditEvent> items = bind(scoped.sql("""
				SELECT e.id, e.occurred_at, e.actor_username, e.action, e.record_type, e.record_id, e.detail, e.client_address,
				       e.request_id FROM access_audit_event e
				""" + where + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset"),
				q, from, to)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor_username"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("detail"), rs.getString("client_address"), rs.getString("request_id")))
			.list();
		return Page.of(items, page, total);
	}

	private static org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
			org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec, AuditQuery q, OffsetDateTime from, OffsetDateTime to) {
		return spec.param("actor", blank(q.actor())).param("action", blank(q.action())).param("type", blank(q.recordType()))
			.param("recordId", blank(q.recordId())).param("from", from).param("to", to);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
