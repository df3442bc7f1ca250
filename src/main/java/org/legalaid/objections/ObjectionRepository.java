package org.legalaid.objections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.intake.ApplicationId;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The objection records, read and changed only within the actor's data scope. */
@Repository
class ObjectionRepository {

	private static final String SELECT = """
			SELECT o.id, o.application_id, o.application_number, o.applicant_name, o.centre_id, o.lodged_at, o.received_by,
			       o.status, o.review_due_at, o.decided_at, o.decided_by, o.decision_reasons, o.decision_document_id,
			       o.review_timer_id, o.version, o.decision_kind, o.case_id
			FROM objections_objection o""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	ObjectionRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	record NewObjection(ObjectedDecision against, ApplicationId applicationId, Long caseId, String applicationNumber,
			String applicantName, String unitPath, long centreId, String regionCode, OffsetDateTime lodgedAt,
			OffsetDateTime recordedAt, String receivedBy, String statementEncrypted) {
	}

	/**
	 * Stores a lodged objection; the unique open_application_id (against a refusal) or open_case_id (against a
	 * termination) refuses a second open one.
	 */
	long insert(NewObjection o) {
		boolean refusal = o.against() == ObjectedDecision.REFUSAL;
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO objections_objection (decision_kind, application_id, open_application_id, case_id, open_case_id,
				    application_number, applicant_name, unit_path, centre_id, region_code, lodged_at, recorded_at,
				    received_by, statement_enc, status)
				VALUES (:kind, :app, :openApp, :case, :openCase, :number, :name, :path, :centre, :region, :lodged,
				    :recorded, :by, :statement, 'LODGED')""")
			.param("kind", o.against().name())
			.param("app", o.applicationId() == null ? null : o.applicationId().value())
			.param("openApp", refusal ? o.applicationId().value() : null)
			.param("case", o.caseId())
			.param("openCase", refusal ? null : o.caseId())
			.param("number", o.applicationNumber())
			.param("name", o.applicantName())
			.param("path", o.unitPath())
			.param("centre", o.centreId())
			.param("region", o.regionCode())
			.param("lodged", o.lodgedAt())
			.param("recorded", o.recordedAt())
			.param("by", o.receivedBy())
			.param("statement", o.statementEncrypted())
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean hasOpenObjection(ApplicationId applicationId) {
		return jdbc.sql("SELECT COUNT(*) FROM objections_objection WHERE open_application_id = :app")
			.param("app", applicationId.value()).query(Long.class).single() > 0;
	}

	boolean hasOpenObjectionToTermination(long caseId) {
		return jdbc.sql("SELECT COUNT(*) FROM objections_objection WHERE open_case_id = :case")
			.param("case", caseId).query(Long.class).single() > 0;
	}

	void setReviewTimer(long id, long timerId, OffsetDateTime dueAt) {
		jdbc.sql("UPDATE objections_objection SET review_timer_id = :timer, review_due_at = :due WHERE id = :id")
			.param("timer", timerId).param("due", dueAt).param("id", id).update();
	}

	/** One objection in the actor's scope, with the review timer. */
	Optional<Stored> find(long id) {
		return scoped.sql(SELECT + " WHERE o.id = :id AND SCOPE(o.unit_path)").param("id", id)
			.query((rs, n) -> new Stored(map(rs, n), (Long) rs.getObject("review_timer_id", Long.class))).optional();
	}

	record Stored(Objection objection, Long reviewTimerId) {
	}

	Optional<String> statementEncrypted(long id) {
		return scoped.sql("SELECT o.statement_enc FROM objections_objection o WHERE o.id = :id AND SCOPE(o.unit_path)")
			.param("id", id).query(String.class).optional();
	}

	/** Records the decision if the objection is still open at the version read; false when it changed meanwhile. */
	boolean decide(long id, int version, ObjectionStatus status, OffsetDateTime at, String by, String reasons) {
		return scoped.sql("""
				UPDATE objections_objection o SET status = :status, open_application_id = NULL, open_case_id = NULL,
				    decided_at = :at,
				    decided_by = :by, decision_reasons = :reasons, version = version + 1
				WHERE o.id = :id AND o.version = :version AND o.status = 'LODGED' AND SCOPE(o.unit_path)""")
			.param("status", status.name()).param("at", at).param("by", by).param("reasons", reasons)
			.param("id", id).param("version", version).update() == 1;
	}

	void setDecisionDocument(long id, long documentId) {
		jdbc.sql("UPDATE objections_objection SET decision_document_id = :doc WHERE id = :id")
			.param("doc", documentId).param("id", id).update();
	}

	/** The actor's objections, the earliest review deadline first (decided ones after the open ones). */
	Page<Objection> list(boolean openOnly, PageRequest page) {
		String where = " WHERE SCOPE(o.unit_path) AND (:open = FALSE OR o.status = 'LODGED')";
		long total = scoped.sql("SELECT COUNT(*) FROM objections_objection o" + where).param("open", openOnly)
			.query(Long.class).single();
		List<Objection> items = scoped.sql(SELECT + where + """
				 ORDER BY CASE WHEN o.status = 'LODGED' THEN 0 ELSE 1 END, o.review_due_at, o.id
				 LIMIT :limit OFFSET :offset""")
			.param("open", openOnly).param("limit", page.size()).param("offset", page.offset())
			.query(ObjectionRepository::map).list();
		return Page.of(items, page, total);
	}

	/** The objections on one application in the actor's scope, newest first. */
	List<Objection> forApplication(ApplicationId applicationId) {
		return scoped.sql(SELECT + " WHERE o.application_id = :app AND SCOPE(o.unit_path) ORDER BY o.lodged_at DESC, o.id DESC")
			.param("app", applicationId.value()).query(ObjectionRepository::map).list();
	}

	/** The objections to the termination of one case in the actor's scope, newest first. */
	List<Objection> forCase(long caseId) {
		return scoped.sql(SELECT + " WHERE o.case_id = :case AND SCOPE(o.unit_path) ORDER BY o.lodged_at DESC, o.id DESC")
			.param("case", caseId).query(ObjectionRepository::map).list();
	}

	private static Objection map(ResultSet rs, int row) throws SQLException {
		Long application = rs.getObject("application_id", Long.class);
		return new Objection(new ObjectionId(rs.getLong("id")), application == null ? null : new ApplicationId(application),
				rs.getString("application_number"), rs.getString("applicant_name"), rs.getLong("centre_id"),
				rs.getObject("lodged_at", OffsetDateTime.class), rs.getString("received_by"),
				ObjectionStatus.valueOf(rs.getString("status")), rs.getObject("review_due_at", OffsetDateTime.class),
				rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"), rs.getString("decision_reasons"),
				(Long) rs.getObject("decision_document_id", Long.class), rs.getInt("version"),
				ObjectedDecision.valueOf(rs.getString("decision_kind")), rs.getObject("case_id", Long.class));
	}
}
