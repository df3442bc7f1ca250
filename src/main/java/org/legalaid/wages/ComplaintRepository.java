package org.legalaid.wages;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Complaints and their status history. A complaint is in the actor's scope when the recording unit or, once
 * referred, the receiving centre lies in the actor's subtree ({@link #IN_SCOPE}); outside it, it is not found.
 */
@Repository
class ComplaintRepository {

	/** The data scope of complaints: the recording unit's subtree or the receiving centre's. */
	static final String IN_SCOPE = "(SCOPE(c.unit_path) OR SCOPE(c.target_unit_path))";

	private static final String SELECT = """
			SELECT c.id, c.unit_id, c.unit_path, c.recorded_by, c.received_on, c.complainant_name, c.complainant_phone_enc,
			       c.consultation_id, c.employer_name, c.employer_credit_code, c.project_name, c.region_code, c.county_code,
			       c.workers, c.amount_owed, c.owed_from, c.owed_to, c.description, c.status, c.referral_kind, c.target_unit_id,
			       c.target_unit_path, c.agency_name, c.agency_reference, c.referred_by, c.referred_at, c.referral_timer_id,
			       c.accept_due_at, c.accepted_at, c.closed_at, c.result_note, c.created_at, c.updated_at, c.version
			FROM wages_complaint c""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	ComplaintRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	/** A stored complaint as it is, for the service to name, mask and check. */
	record Row(long id, long unitId, String unitPath, String recordedBy, LocalDate receivedOn, String complainantName,
			String phoneEncrypted, Long consultationId, String employerName, String employerCreditCode, String projectName,
			String regionCode, String countyCode, int workers, BigDecimal amountOwed, YearMonth owedFrom, YearMonth owedTo,
			String description, ComplaintStatus status, ReferralTarget.Kind referralKind, Long targetUnitId,
			String targetUnitPath, String agencyName, String agencyReference, String referredBy, OffsetDateTime referredAt,
			Long referralTimerId, OffsetDateTime acceptDueAt, OffsetDateTime acceptedAt, OffsetDateTime closedAt,
			String resultNote, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {
	}

	record NewComplaint(long unitId, String unitPath, String recordedBy, LocalDate receivedOn, String complainantName,
			String phoneEncrypted, String phoneKey, Long consultationId, String employerName, String employerCreditCode,
			String projectName, String regionCode, String countyCode, int workers, BigDecimal amountOwed, YearMonth owedFrom,
			YearMonth owedTo, String description, OffsetDateTime at) {
	}

	long insert(NewComplaint c) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO wages_complaint (unit_id, unit_path, recorded_by, received_on, complainant_name, complainant_phone_enc,
				    complainant_phone_key, consultation_id, employer_name, employer_credit_code, project_name, region_code,
				    county_code, workers, amount_owed, owed_from, owed_to, description, status, created_at, updated_at)
				VALUES (:unit, :path, :by, :received, :name, :phone, :phoneKey, :consultation, :employer, :code, :project,
				    :region, :county, :workers, :amount, :owedFrom, :owedTo, :description, 'RECEIVED', :at, :at)""")
			.param("unit", c.unitId()).param("path", c.unitPath()).param("by", c.recordedBy())
			.param("received", c.receivedOn()).param("name", c.complainantName()).param("phone", c.phoneEncrypted())
			.param("phoneKey", c.phoneKey()).param("consultation", c.consultationId()).param("employer", c.employerName())
			.param("code", c.employerCreditCode()).param("project", c.projectName()).param("region", c.regionCode())
			.param("county", c.countyCode()).param("workers", c.workers()).param("amount", c.amountOwed())
			.param("owedFrom", month(c.owedFrom())).param("owedTo", month(c.owedTo()))
			.param("description", c.description()).param("at", c.at())
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Row> find(long id) {
		return scoped.sql(SELECT + " WHERE c.id = :id AND " + IN_SCOPE).param("id", id).query(ComplaintRepository::map).optional();
	}

	/** Refers a complaint still RECEIVED at the version read; false when it changed meanwhile. */
	boolean refer(long id, int version, ReferralTarget.Kind kind, Long targetUnitId, String targetUnitPath, String agencyName,
			String reference, String by, OffsetDateTime at) {
		return scoped.sql("""
				UPDATE wages_complaint c SET status = 'REFERRED', referral_kind = :kind, target_unit_id = :unit,
				    target_unit_path = :target, agency_name = :agency, agency_reference = :reference, referred_by = :by,
				    referred_at = :at, updated_at = :at, version = version + 1
				WHERE c.id = :id AND c.version = :version AND c.status = 'RECEIVED' AND SCOPE(c.unit_path)""")
			.param("kind", kind.name()).param("unit", targetUnitId).param("target", targetUnitPath).param("agency", agencyName)
			.param("reference", reference).param("by", by).param("at", at).param("id", id).param("version", version)
			.update() == 1;
	}

	void setReferralTimer(long id, long timerId, OffsetDateTime dueAt) {
		jdbc.sql("UPDATE wages_complaint SET referral_timer_id = :timer, accept_due_at = :due WHERE id = :id")
			.param("timer", timerId).param("due", dueAt).param("id", id).update();
	}

	/**
	 * Moves a complaint on from {@code from} at the version read, with the note (kept when null) and the receiving
	 * side's reference (kept when null); false when it changed meanwhile.
	 */
	boolean move(long id, int version, ComplaintStatus from, ComplaintStatus to, String note, String reference, OffsetDateTime at) {
		return scoped.sql("""
				UPDATE wages_complaint c SET status = :to, result_note = COALESCE(:note, c.result_note),
				    agency_reference = COALESCE(:reference, c.agency_reference),
				    accepted_at = CASE WHEN :to = 'ACCEPTED' THEN :at ELSE c.accepted_at END,
				    closed_at = CASE WHEN :to IN ('RESOLVED', 'CLOSED_UNRESOLVED') THEN :at ELSE c.closed_at END,
				    updated_at = :at, version = version + 1
				WHERE c.id = :id AND c.version = :version AND c.status = :from AND\s""" + IN_SCOPE)
			.param("to", to.name()).param("note", note).param("reference", reference).param("at", at).param("id", id)
			.param("version", version).param("from", from.name())
			.update() == 1;
	}

	/** Takes the complaint at the version read, so concurrent ledger entries are checked one after the other. */
	boolean lock(long id, int version, OffsetDateTime at) {
		return scoped.sql("UPDATE wages_complaint c SET version = version + 1, updated_at = :at WHERE c.id = :id"
				+ " AND c.version = :version AND " + IN_SCOPE)
			.param("at", at).param("id", id).param("version", version).update() == 1;
	}

	/**
	 * Holds the complaint's row until the transaction ends, without changing it, so that changes to what hangs off it
	 * (supervision rounds) happen one after the other; false when it is not in scope.
	 */
	boolean hold(long id) {
		return scoped.sql("UPDATE wages_complaint c SET updated_at = c.updated_at WHERE c.id = :id AND " + IN_SCOPE)
			.param("id", id).update() == 1;
	}

	void event(long complaintId, OffsetDateTime at, String by, ComplaintStatus from, ComplaintStatus to, String note) {
		jdbc.sql("""
				INSERT INTO wages_complaint_event (complaint_id, at, by_username, from_status, to_status, note)
				VALUES (:complaint, :at, :by, :from, :to, :note)""")
			.param("complaint", complaintId).param("at", at).param("by", by).param("from", from == null ? null : from.name())
			.param("to", to.name()).param("note", note).update();
	}

	List<ComplaintEvent> events(long complaintId) {
		return jdbc.sql("SELECT at, by_username, from_status, to_status, note FROM wages_complaint_event"
				+ " WHERE complaint_id = :id ORDER BY at, id")
			.param("id", complaintId)
			.query((rs, n) -> new ComplaintEvent(ChinaTime.read(rs, "at"), rs.getString("by_username"),
					rs.getString("from_status") == null ? null : ComplaintStatus.valueOf(rs.getString("from_status")),
					ComplaintStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
			.list();
	}

	/** A list line before naming: the open supervision round's deadline, if any, comes along. */
	record Line(long id, LocalDate receivedOn, String complainantName, String employerName, String projectName,
			String countyCode, int workers, BigDecimal amountOwed, BigDecimal recovered, ComplaintStatus status,
			OffsetDateTime dueAt, OffsetDateTime dueSoonAt, OffsetDateTime answeredAt) {
	}

	Page<Line> list(String employer, ComplaintStatus status, PageRequest page) {
		String where = " WHERE " + IN_SCOPE + """
				 AND (:status = '' OR c.status = :status)
				 AND (:employer = '' OR LOWER(c.employer_name) LIKE :pattern ESCAPE '\\' OR c.employer_credit_code = :code)""";
		String text = employer == null ? "" : employer.strip();
		String pattern = Like.contains(text.toLowerCase(java.util.Locale.ROOT));
		String code = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		String statusName = status == null ? "" : status.name();
		long total = scoped.sql("SELECT COUNT(*) FROM wages_complaint c" + where)
			.param("status", statusName).param("employer", text).param("pattern", pattern).param("code", code)
			.query(Long.class).single();
		List<Line> items = scoped.sql("""
				SELECT c.id, c.received_on, c.complainant_name, c.employer_name, c.project_name, c.county_code, c.workers,
				       c.amount_owed, c.status,
				       (SELECT COALESCE(SUM(r.amount), 0) FROM wages_recovery r WHERE r.complaint_id = c.id) AS recovered,
				       s.due_at, s.due_soon_at, s.answered_at
				FROM wages_complaint c
				LEFT JOIN wages_supervision s ON s.complaint_id = c.id AND s.status = 'OPEN'""" + where
				+ " ORDER BY c.received_on DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.param("status", statusName).param("employer", text).param("pattern", pattern).param("code", code)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getObject("received_on", LocalDate.class),
					rs.getString("complainant_name"), rs.getString("employer_name"), rs.getString("project_name"),
					rs.getString("county_code"), rs.getInt("workers"), rs.getBigDecimal("amount_owed"),
					rs.getBigDecimal("recovered"), ComplaintStatus.valueOf(rs.getString("status")),
					ChinaTime.read(rs, "due_at"), ChinaTime.read(rs, "due_soon_at"),
					ChinaTime.read(rs, "answered_at")))
			.list();
		return Page.of(items, page, total);
	}

	static Date month(YearMonth month) {
		return month == null ? null : Date.valueOf(month.atDay(1));
	}

	private static YearMonth yearMonth(ResultSet rs, String column) throws SQLException {
		LocalDate day = rs.getObject(column, LocalDate.class);
		return day == null ? null : YearMonth.from(day);
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("referral_kind");
		return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("recorded_by"),
				rs.getObject("received_on", LocalDate.class), rs.getString("complainant_name"),
				rs.getString("complainant_phone_enc"), rs.getObject("consultation_id", Long.class), rs.getString("employer_name"),
				rs.getString("employer_credit_code"), rs.getString("project_name"), rs.getString("region_code"),
				rs.getString("county_code"), rs.getInt("workers"), rs.getBigDecimal("amount_owed"), yearMonth(rs, "owed_from"),
				yearMonth(rs, "owed_to"), rs.getString("description"), ComplaintStatus.valueOf(rs.getString("status")),
				kind == null ? null : ReferralTarget.Kind.valueOf(kind), rs.getObject("target_unit_id", Long.class),
				rs.getString("target_unit_path"), rs.getString("agency_name"), rs.getString("agency_reference"),
				rs.getString("referred_by"), ChinaTime.read(rs, "referred_at"),
				rs.getObject("referral_timer_id", Long.class), ChinaTime.read(rs, "accept_due_at"),
				ChinaTime.read(rs, "accepted_at"), ChinaTime.read(rs, "closed_at"),
				rs.getString("result_note"), ChinaTime.read(rs, "created_at"),
				ChinaTime.read(rs, "updated_at"), rs.getInt("version"));
	}
}
