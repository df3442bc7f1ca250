package org.legalaid.access;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the audit trail in the caller's transaction, so an audited change and its record commit together. */
@Component
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final CurrentActor actors;
	private final Clock clock;

	JdbcAuditLog(JdbcClient jdbc, CurrentActor actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void record(AuditAction action, String recordType, Object recordId, String detail) {
		Actor actor = actors.current().orElse(Actor.SYSTEM);
		write(actor.accountId() == 0 ? null : actor.accountId(), actor.username(), actor.unitPath(), action, recordType,
				recordId, detail);
	}

	/** For events without a signed-in actor (sign-in attempts). */
	void recordAnonymous(String username, String unitPath, AuditAction action, String detail) {
		write(null, truncate(username, 60), unitPath, action, "account", username, detail);
	}

	private void write(Long actorId, String username, String unitPath, AuditAction action, String recordType,
			Object recordId, String detail) {
		jdbc.sql("""
				INSERT INTO access_audit_event (occurred_at, actor_id, actor_username, actor_unit_path, action, record_type,
				       record_id, detail, client_address, request_id)
				VALUES (:at, :actorId, :username, :path, :action, :type, :recordId, :detail, :address, :requestId)""")
			.param("at", OffsetDateTime.now(clock)).param("actorId", actorId).param("username", username)
			.param("path", unitPath).param("action", action.name()).param("type", recordType)
			.param("recordId", recordId == null ? null : truncate(recordId.toString(), 64))
			.param("detail", truncate(detail, 500)).param("address", clientAddress())
			.param("requestId", MDC.get(RequestLogging.REQUEST_ID)).update();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
