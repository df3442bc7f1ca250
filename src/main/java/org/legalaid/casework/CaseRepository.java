package org.legalaid.casework;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.assignment.CaseSubject;
import org.legalaid.shared.Actor;
import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The case records: read and changed in the actor's data scope, except where an event of another module acts. */
@Repository
class CaseRepository {

	private static final String SELECT = """
			SELECT c.id, c.number, c.subject_kind, c.subject_id, c.subject_number, c.recipient_name, c.provider_id,
			       c.provider_name, c.provider_account, c.organisation_name, c.centre_id, c.unit_path, c.region_code,
			       c.matter_code, c.status, c.opened_at, c.major, c.major_reason, c.closing_date, c.result_type,
			       c.amount_awarded, c.amount_recovered, c.persons_assisted, c.outcome_summary, c.termination_ground,
			       c.termination_reasons, c.termination_document_id, c.handling_report, c.archive_number, c.version
			FROM casework_case c""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	CaseRepository(ScopedJdbc scoped, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	record NewCase(String number, CaseSubject subject, String recipientName, long assignmentId, long providerId,
			String providerName, String providerAccount, long organisationId, String organisationName, long centreId,
			String unitPath, String regionCode, String matterCode, OffsetDateTime openedAt) {
	}

	/** The next case number of a centre in a year; the counter row is locked until the caller's transaction ends. */
	int nextNumber(long centreId, int year) {
		if (increment(centreId, year) == 0) {
			try {
				ownTransaction.executeWithoutResult(status -> jdbc.sql("""
						INSERT INTO casework_counter (centre_id, counter_year, last_number)
						SELECT :centre, :yr, 0 WHERE NOT EXISTS (
						    SELECT 1 FROM casework_counter WHERE centre_id = :centre AND counter_year = :yr)""")
					.param("centre", centreId).param("yr", year).update());
			}
			catch (DuplicateKeyException raced) {
				// another opening created it first
			}
			if (increment(centreId, year) == 0) {
				throw new IllegalStateException("case counter missing for centre " + centreId);
			}
		}
		return jdbc.sql("SELECT last_number FROM casework_counter WHERE centre_id = :centre AND counter_year = :yr")
			.param("centre", centreId).param("yr", year).query(Integer.class).single();
	}

	private int increment(long centreId, int year) {
		return jdbc.sql("UPDATE casework_counter SET last_number = last_number + 1 WHERE centre_id = :centre AND counter_year = :yr")
			.param("centre", centreId).param("yr", year).update();
	}

	long insert(NewCase c) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO casework_case (number, subject_kind, subject_id, subject_number, recipient_name, assignment_id,
				    provider_id, provider_name, provider_account, organisation_id, organisation_name, centre_id, unit_path,
				    region_code, matter_code, status, opened_at)
				VALUES (:number, :kind, :subject, :subjectNumber, :recipient, :assignment, :provider, :providerName,
				    :account, :organisation, :organisationName, :centre, :path, :region, :matter, 'ASSIGNED', :opened)""")
			.param("number", c.number())
			.param("kind", c.subject().kind().name())
			.param("subject", c.subject().id())
			.param("subjectNumber", c.subject().number())
			.param("recipient", c.recipientName())
			.param("assignment", c.assignmentId())
			.param("provider", c.providerId())
			.param("providerName", c.providerName())
			.param("account", c.providerAccount())
			.param("organisation", c.organisationId())
			.param("organisationName", c.organisationName())
			.param("centre", c.centreId())
			.param("path", c.unitPath())
			.param("region", c.regionCode())
			.param("matter", c.matterCode())
			.param("opened", c.openedAt())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** The case of a subject, whoever acts (listeners of other modules' events). */
	Optional<AidCase> bySubject(CaseSubject.Kind kind, long subjectId) {
		return jdbc.sql(SELECT + " WHERE c.subject_kind = :kind AND c.subject_id = :id")
			.param("kind", kind.name()).param("id", subjectId).query(CaseRepository::map).optional();
	}

	/** One case in the actor's scope. */
	Optional<AidCase> find(long id, Actor actor) {
		return scoped.sql(SELECT + " WHERE c.id = :id AND SCOPE(c.unit_path)", actor).param("id", id)
			.query(CaseRepository::map).optional();
	}

	/**
	 * Moves the case if it is still in {@code from} at {@code version}; false when it changed meanwhile. The scope
	 * was checked when the case was read, in the same transaction.
	 */
	boolean move(long id, int version, CaseStatus from, CaseStatus to) {
		return jdbc.sql("""
				UPDATE casework_case SET status = :to, version = version + 1
				WHERE id = :id AND version = :version AND status = :from""")
			.param("to", to.name()).param("id", id).param("version", version).param("from", from.name()).update() == 1;
	}

	void insertTransition(long caseId, CaseTransition transition, CaseStatus from, CaseStatus to, OffsetDateTime at,
			String actor, String reason) {
		jdbc.sql("""
				INSERT INTO casework_transition (case_id, transition, from_status, to_status, moved_at, actor, reason)
				VALUES (:case, :transition, :from, :to, :at, :actor, :reason)""")
			.param("case", caseId).param("transition", transition.name()).param("from", from == null ? null : from.name())
			.param("to", to.name()).param("at", at).param("actor", actor).param("reason", reason).update();
	}

	List<TransitionRecord> transitions(long caseId) {
		return jdbc.sql("SELECT * FROM casework_transition WHERE case_id = :case ORDER BY moved_at, id").param("case", caseId)
			.query((rs, n) -> new TransitionRecord(CaseTransition.valueOf(rs.getString("transition")),
					rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
					CaseStatus.valueOf(rs.getString("to_status")), rs.getObject("moved_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("reason")))
			.list();
	}

	/** The status a terminated case was in before, or the state a closing returns to. */
	Optional<CaseStatus> terminatedFrom(long caseId) {
		return jdbc.sql("SELECT terminated_from FROM casework_case WHERE id = :id").param("id", caseId)
			.query(String.class).optional().map(CaseStatus::valueOf);
	}

	void changeProvider(long caseId, long assignmentId, long providerId, String providerName, String providerAccount,
			long organisationId, String organisationName) {
		jdbc.sql("""
				UPDATE casework_case SET assignment_id = :assignment, provider_id = :provider, provider_name = :name,
				    provider_account = :account, organisation_id = :organisation, organisation_name = :organisationName
				WHERE id = :id""")
			.param("assignment", assignmentId).param("provider", providerId).param("name", providerName)
			.param("account", providerAccount).param("organisation", organisationId)
			.param("organisationName", organisationName).param("id", caseId).update();
	}

	void setOutcome(long caseId, LocalDate closingDate, ResultType type, BigDecimal awarded, BigDecimal recovered,
			int persons, String summary) {
		jdbc.sql("""
				UPDATE casework_case SET closing_date = :closing, result_type = :type, amount_awarded = :awarded,
				    amount_recovered = :recovered, persons_assisted = :persons, outcome_summary = :summary
				WHERE id = :id""")
			.param("closing", closingDate).param("type", type.name()).param("awarded", awarded)
			.param("recovered", recovered).param("persons", persons).param("summary", summary).param("id", caseId).update();
	}

	void setTermination(long caseId, String ground, String reasons, CaseStatus from, LocalDate closingDate) {
		jdbc.sql("""
				UPDATE casework_case SET termination_ground = :ground, termination_reasons = :reasons,
				    terminated_from = :from, closing_date = :closing
				WHERE id = :id""")
			.param("ground", ground).param("reasons", reasons).param("from", from.name()).param("closing", closingDate)
			.param("id", caseId).update();
	}

	void setTerminationDocument(long caseId, long documentId) {
		jdbc.sql("UPDATE casework_case SET termination_document_id = :doc WHERE id = :id")
			.param("doc", documentId).param("id", caseId).update();
	}

	void clearTermination(long caseId) {
		jdbc.sql("""
				UPDATE casework_case SET termination_ground = NULL, termination_reasons = NULL, terminated_from = NULL,
				    termination_document_id = NULL, closing_date = NULL
				WHERE id = :id""")
			.param("id", caseId).update();
	}

	void setClosing(long caseId, String handlingReport, List<ClosingItem> items) {
		jdbc.sql("UPDATE casework_case SET handling_report = :report WHERE id = :id")
			.param("report", handlingReport).param("id", caseId).update();
		jdbc.sql("DELETE FROM casework_closing_item WHERE case_id = :id").param("id", caseId).update();
		for (ClosingItem item : items) {
			jdbc.sql("INSERT INTO casework_closing_item (case_id, item_code) VALUES (:id, :item)")
				.param("id", caseId).param("item", item.name()).update();
		}
	}

	List<ClosingItem> closingItems(long caseId) {
		return jdbc.sql("SELECT item_code FROM casework_closing_item WHERE case_id = :id").param("id", caseId)
			.query(String.class).list().stream().map(ClosingItem::valueOf).sorted().toList();
	}

	boolean archiveNumberTaken(String archiveNumber) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_case WHERE archive_number = :n").param("n", archiveNumber)
			.query(Long.class).single() > 0;
	}

	void setArchiveNumber(long caseId, String archiveNumber) {
		jdbc.sql("UPDATE casework_case SET archive_number = :n WHERE id = :id").param("n", archiveNumber)
			.param("id", caseId).update();
	}

	void flagMajor(long caseId, String reason) {
		jdbc.sql("UPDATE casework_case SET major = TRUE, major_reason = :reason, version = version + 1 WHERE id = :id")
			.param("reason", reason).param("id", caseId).update();
	}

	void trackDeadline(long caseId, String ruleCode, long timerId, OffsetDateTime dueAt) {
		jdbc.sql("INSERT INTO casework_deadline (case_id, rule_code, timer_id, due_at) VALUES (:case, :rule, :timer, :due)")
			.param("case", caseId).param("rule", ruleCode).param("timer", timerId).param("due", dueAt).update();
	}

	/** The open timers of a case for the given rules. */
	List<Long> openTimers(long caseId, List<String> ruleCodes) {
		if (ruleCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT timer_id FROM casework_deadline WHERE case_id = :case AND running = TRUE AND rule_code IN (:rules)")
			.param("case", caseId).param("rules", ruleCodes).query(Long.class).list();
	}

	void closeTimer(long timerId) {
		jdbc.sql("UPDATE casework_deadline SET running = FALSE WHERE timer_id = :timer").param("timer", timerId).update();
	}

	/** The open deadlines of a case, the earliest first. */
	List<OpenDeadline> openDeadlines(long caseId) {
		return jdbc.sql("SELECT rule_code, due_at FROM casework_deadline WHERE case_id = :case AND running = TRUE ORDER BY due_at, rule_code")
			.param("case", caseId)
			.query((rs, n) -> new OpenDeadline(rs.getString("rule_code"), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
	}

	/** A running deadline of a case: its rule and the exclusive end. */
	record OpenDeadline(String ruleCode, OffsetDateTime dueAt) {
	}

	long insertLog(long caseId, LogKind kind, LocalDate on, String place, BigDecimal amount, String note,
			OffsetDateTime at, String by) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO casework_log (case_id, kind, happened_on, place, amount, note, recorded_at, recorded_by)
				VALUES (:case, :kind, :on, :place, :amount, :note, :at, :by)""")
			.param("case", caseId).param("kind", kind.name()).param("on", on).param("place", place)
			.param("amount", amount).param("note", note).param("at", at).param("by", by)
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean hasLog(long caseId, LogKind kind) {
		return jdbc.sql("SELECT COUNT(*) FROM casework_log WHERE case_id = :case AND kind = :kind")
			.param("case", caseId).param("kind", kind.name()).query(Long.class).single() > 0;
	}

	long insertAttachment(long caseId, long logId, String fileName, String key, String mediaType, long size,
			String sha256, OffsetDateTime at, String by) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO casework_attachment (case_id, log_id, file_name, storage_key, media_type, size, sha256,
				    uploaded_at, uploaded_by)
				VALUES (:case, :log, :name, :key, :type, :size, :sha, :at, :by)""")
			.param("case", caseId).param("log", logId).param("name", fileName).param("key", key).param("type", mediaType)
			.param("size", size).param("sha", sha256).param("at", at).param("by", by)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The log of a case, oldest first, with the attachments of each entry. */
	List<LogEntry> log(long caseId) {
		List<AttachmentRow> files = jdbc.sql("""
				SELECT id, log_id, file_name, media_type, size, sha256 FROM casework_attachment
				WHERE case_id = :case ORDER BY id""")
			.param("case", caseId)
			.query((rs, n) -> new AttachmentRow(rs.getLong("log_id"), new LogEntry.Attachment(rs.getLong("id"),
					rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"))))
			.list();
		return jdbc.sql("SELECT * FROM casework_log WHERE case_id = :case ORDER BY happened_on, id").param("case", caseId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new LogEntry(id, LogKind.valueOf(rs.getString("kind")), rs.getObject("happened_on", LocalDate.class),
						rs.getString("place"), rs.getBigDecimal("amount"), rs.getString("note"),
						rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"),
						files.stream().filter(f -> f.logId() == id).map(AttachmentRow::attachment).toList());
			})
			.list();
	}

	private record AttachmentRow(long logId, LogEntry.Attachment attachment) {
	}

	/** Where an attachment of the case is stored. */
	Optional<StoredAttachment> attachment(long caseId, long attachmentId) {
		return jdbc.sql("SELECT file_name, storage_key, media_type FROM casework_attachment WHERE id = :id AND case_id = :case")
			.param("id", attachmentId).param("case", caseId)
			.query((rs, n) -> new StoredAttachment(rs.getString("file_name"), rs.getString("storage_key"),
					rs.getString("media_type")))
			.optional();
	}

	record StoredAttachment(String fileName, String key, String mediaType) {
	}

	void insertDiscussion(long caseId, LocalDate heldOn, String participants, String conclusion, OffsetDateTime at,
			String by) {
		jdbc.sql("""
				INSERT INTO casework_discussion (case_id, held_on, participants, conclusion, recorded_at, recorded_by)
				VALUES (:case, :on, :participants, :conclusion, :at, :by)""")
			.param("case", caseId).param("on", heldOn).param("participants", participants).param("conclusion", conclusion)
			.param("at", at).param("by", by).update();
	}

	List<Discussion> discussions(long caseId) {
		return jdbc.sql("SELECT * FROM casework_discussion WHERE case_id = :case ORDER BY held_on, id").param("case", caseId)
			.query((rs, n) -> new Discussion(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
					rs.getString("participants"), rs.getString("conclusion"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
			.list();
	}

	List<TerminationGround> grounds() {
		return jdbc.sql("SELECT code, article, title FROM casework_termination_ground ORDER BY code")
			.query(TerminationGround.class).list();
	}

	Optional<TerminationGround> ground(String code) {
		return jdbc.sql("SELECT code, article, title FROM casework_termination_ground WHERE code = :code")
			.param("code", code).query(TerminationGround.class).optional();
	}

	/**
	 * Cases in the actor's scope, the earliest next deadline first; {@code text} (a LIKE pattern's literal part)
	 * limits them to numbers or names containing it, {@code providerId} to one provider's
	 * cases, {@code majorOnly} to major cases, {@code status} to one state.
	 */
	Page<CaseSummary> list(Actor actor, String text, Long providerId, boolean majorOnly, CaseStatus status, PageRequest page) {
		String like = text == null ? null : Like.contains(text);
		String where = " WHERE SCOPE(c.unit_path) AND (CAST(:provider AS BIGINT) IS NULL OR c.provider_id = :provider)"
				+ " AND (CAST(:text AS VARCHAR(80)) IS NULL OR c.number LIKE :text ESCAPE '\\' OR c.subject_number LIKE :text ESCAPE '\\'"
				+ " OR c.recipient_name LIKE :text ESCAPE '\\')"
				+ " AND (:major = FALSE OR c.major = TRUE) AND (CAST(:status AS VARCHAR(30)) IS NULL OR c.status = :status)";
		String statusName = status == null ? null : status.name();
		long total = scoped.sql("SELECT COUNT(*) FROM casework_case c" + where, actor).param("text", like).param("provider", providerId)
			.param("major", majorOnly).param("status", statusName).query(Long.class).single();
		List<CaseSummary> items = scoped.sql("""
				SELECT c.id, c.number, c.subject_number, c.recipient_name, c.provider_name, c.status, c.major, c.opened_at,
				       (SELECT MIN(d.due_at) FROM casework_deadline d WHERE d.case_id = c.id AND d.running = TRUE) AS next_due,
				       (SELECT MIN(d.rule_code) FROM casework_deadline d WHERE d.case_id = c.id AND d.running = TRUE
				            AND d.due_at = (SELECT MIN(e.due_at) FROM casework_deadline e WHERE e.case_id = c.id AND e.running = TRUE)) AS next_rule
				FROM casework_case c""" + where
				+ " ORDER BY CASE WHEN c.status = 'ARCHIVED' THEN 1 ELSE 0 END, next_due, c.id DESC LIMIT :limit OFFSET :offset", actor)
			.param("text", like).param("provider", providerId).param("major", majorOnly).param("status", statusName)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> new CaseSummary(new CaseId(rs.getLong("id")), rs.getString("number"),
					rs.getString("recipient_name") != null ? rs.getString("recipient_name") : rs.getString("subject_number"),
					rs.getString("provider_name"), CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("major"),
					rs.getObject("opened_at", OffsetDateTime.class), rs.getString("next_rule"),
					rs.getObject("next_due", OffsetDateTime.class)))
			.list();
		return Page.of(items, page, total);
	}

	static AidCase map(ResultSet rs, int row) throws SQLException {
		String result = rs.getString("result_type");
		AidCase.Outcome outcome = result == null ? null : new AidCase.Outcome(ResultType.valueOf(result),
				rs.getBigDecimal("amount_awarded"), rs.getBigDecimal("amount_recovered"), rs.getInt("persons_assisted"),
				rs.getString("outcome_summary"));
		return new AidCase(new CaseId(rs.getLong("id")), rs.getString("number"),
				new CaseSubject(CaseSubject.Kind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"),
						rs.getString("subject_number")),
				rs.getString("recipient_name"), rs.getLong("provider_id"), rs.getString("provider_name"),
				rs.getString("provider_account"), rs.getString("organisation_name"), rs.getLong("centre_id"),
				rs.getString("unit_path"), rs.getString("region_code"), rs.getString("matter_code"),
				CaseStatus.valueOf(rs.getString("status")), rs.getObject("opened_at", OffsetDateTime.class),
				rs.getBoolean("major"), rs.getString("major_reason"), rs.getObject("closing_date", LocalDate.class), outcome,
				rs.getString("termination_ground"), rs.getString("termination_reasons"),
				(Long) rs.getObject("termination_document_id", Long.class), rs.getString("handling_report"),
				rs.getString("archive_number"), rs.getInt("version"));
	}
}
