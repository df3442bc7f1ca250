package org.legalaid.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.legalaid.shared.Actor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The assignment tables. Every statement on a case goes through the data scope; background work passes SYSTEM. */
@Repository
class AssignmentRepository {

	private static final String CASE = """
			SELECT c.*, o.provider_name, o.organisation_name, o.reply_due_at FROM assignment_case c
			LEFT JOIN assignment_offer o ON o.id = c.offer_id""";
	private static final String OFFER = """
			SELECT o.*, c.subject_kind, c.subject_id, c.subject_number FROM assignment_offer o
			JOIN assignment_case c ON c.id = o.case_id""";

	private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	AssignmentRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	Optional<Long> idOf(CaseSubject subject, Actor actor) {
		return scoped.sql("SELECT c.id FROM assignment_case c WHERE c.subject_kind = :kind AND c.subject_id = :sid AND SCOPE(c.unit_path)",
				actor)
			.param("kind", subject.kind().name()).param("sid", subject.id()).query(Long.class).optional();
	}

	/** Inserts are plain statements: the service checked the scope (its caller's, or the platform's for an open). */
	long insertCase(AssignmentRequest r, OffsetDateTime dueAt, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO assignment_case (subject_kind, subject_id, subject_number, centre_id, unit_path, region_code, matter_code,
				    specialty, language, lawyers_only, min_criminal_years, deadline_timer_id, due_at, status, opened_at, updated_at)
				VALUES (:kind, :sid, :number, :centre, :path, :region, :matter, :specialty, :language, :lawyersOnly, :minYears,
				    :timer, :due, 'WAITING', :now, :now)""")
			.param("kind", r.subject().kind().name()).param("sid", r.subject().id()).param("number", r.subject().number())
			.param("centre", r.centreId()).param("path", r.unitPath()).param("region", r.regionCode()).param("matter", r.matterCode())
			.param("specialty", PlainText.blankToNull(r.specialty())).param("language", PlainText.blankToNull(r.language())).param("lawyersOnly", r.lawyersOnly())
			.param("minYears", r.minCriminalYears(), java.sql.Types.INTEGER).param("timer", r.deadlineTimerId()).param("due", utc(dueAt))
			.param("now", utc(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void insertParty(long caseId, String side, ConflictParty p) {
		jdbc.sql("""
				INSERT INTO assignment_party (case_id, side, name, name_key, id_number_key, organisation_code, party_role)
				VALUES (:id, :side, :name, :nameKey, :idKey, :org, :role)""")
			.param("id", caseId).param("side", side).param("name", PlainText.blankToNull(p.name())).param("nameKey", NameKeys.of(p.name()))
			.param("idKey", PlainText.blankToNull(p.idNumberKey())).param("org", PlainText.blankToNull(p.organisationCode()))
			.param("role", PlainText.blankToNull(p.role()))
			.update();
	}

	Optional<AssignmentCase> find(long id, Actor actor) {
		return scoped.sql(CASE + " WHERE c.id = :id AND SCOPE(c.unit_path)", actor).param("id", id)
			.query(AssignmentRepository::assignmentCase).optional();
	}

	/** The case row, locked for the rest of the transaction: changes of one case happen one after the other. */
	Optional<AssignmentCase> lock(long id, Actor actor) {
		Optional<Long> locked = scoped.sql("SELECT c.id FROM assignment_case c WHERE c.id = :id AND SCOPE(c.unit_path) FOR UPDATE", actor)
			.param("id", id).query(Long.class).optional();
		return locked.flatMap(l -> find(l, actor));
	}

	Page<AssignmentCase> queue(QueueFilter filter, boolean dueLatestFirst, OffsetDateTime now, PageRequest page, Actor actor) {
		String where = " WHERE SCOPE(c.unit_path)" + switch (filter) {
			case OPEN -> " AND c.status IN ('WAITING', 'OFFERED')";
			case WAITING -> " AND c.status = 'WAITING'";
			case OFFERED -> " AND c.status = 'OFFERED'";
			case OVERDUE -> " AND c.status IN ('WAITING', 'OFFERED') AND c.due_at <= :now";
			case ACCEPTED -> " AND c.status = 'ACCEPTED'";
			case ALL -> "";
		};
		long total = scoped.sql("SELECT COUNT(*) FROM assignment_case c" + where, actor).param("now", utc(now)).query(Long.class).single();
		String direction = dueLatestFirst ? "DESC" : "ASC";
		List<AssignmentCase> items = scoped.sql(CASE + where + """
				 ORDER BY CASE WHEN c.status IN ('WAITING', 'OFFERED') AND c.due_at <= :now THEN 0 ELSE 1 END,
				 c.due_at %s NULLS LAST, c.id LIMIT :limit OFFSET :offset""".formatted(direction), actor)
			.param("now", utc(now)).param("limit", page.size()).param("offset", page.offset())
			.query(AssignmentRepository::assignmentCase).list();
		return Page.of(items, page, total);
	}

	List<ConflictParty> parties(long caseId, String side, Actor actor) {
		return scoped.sql("""
				SELECT p.name, p.id_number_key, p.organisation_code, p.party_role FROM assignment_party p
				JOIN assignment_case c ON c.id = p.case_id WHERE p.case_id = :id AND p.side = :side AND SCOPE(c.unit_path) ORDER BY p.id""",
				actor)
			.param("id", caseId).param("side", side)
			.query((rs, n) -> new ConflictParty(rs.getString("name"), rs.getString("id_number_key"), rs.getString("organisation_code"),
					rs.getString("party_role")))
			.list();
	}

	/**
	 * Who acts or acted (an offer ACCEPTED or ENDED) for an assisted person of another case who may be one of the given
	 * parties: matched loosely here by ID key, organisation code or name key, exactly by {@link ConflictCheck}. Across
	 * every unit: a conflict does not stop at the county line.
	 */
	List<ActedFor> actedFor(long caseId, List<ConflictParty> parties) {
		List<String> keys = parties.stream().map(ConflictParty::idNumberKey).filter(k -> k != null && !k.isBlank()).distinct().toList();
		List<String> orgs = parties.stream().map(ConflictParty::organisationCode).filter(k -> k != null && !k.isBlank()).distinct().toList();
		List<String> names = parties.stream().map(p -> NameKeys.of(p.name())).filter(k -> k != null).distinct().toList();
		List<String> conditions = new ArrayList<>();
		if (!keys.isEmpty()) {
			conditions.add("p.id_number_key IN (:keys)");
		}
		if (!orgs.isEmpty()) {
			conditions.add("p.organisation_code IN (:orgs)");
		}
		if (!names.isEmpty()) {
			conditions.add("p.name_key IN (:names)");
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		var spec = scoped.sql("""
				SELECT DISTINCT o.provider_id, o.provider_name, o.organisation_id, o.organisation_name, p.name, p.name_key, p.id_number_key,
				    p.organisation_code, p.party_role, c.subject_number
				FROM assignment_party p
				JOIN assignment_case c ON c.id = p.case_id
				JOIN assignment_offer o ON o.case_id = p.case_id AND o.status IN ('ACCEPTED', 'ENDED')
				WHERE p.side = 'ASSISTED' AND p.case_id <> :caseId AND SCOPE(c.unit_path) AND ("""
				+ String.join(" OR ", conditions) + ")", Actor.SYSTEM)
			.param("caseId", caseId);
		if (!keys.isEmpty()) {
			spec = spec.param("keys", keys);
		}
		if (!orgs.isEmpty()) {
			spec = spec.param("orgs", orgs);
		}
		if (!names.isEmpty()) {
			spec = spec.param("names", names);
		}
		return spec.query((rs, n) -> new ActedFor(rs.getLong("provider_id"), rs.getString("provider_name"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), new ConflictParty(rs.getString("name"), rs.getString("id_number_key"),
						rs.getString("organisation_code"), rs.getString("party_role")), rs.getString("subject_number")))
			.list();
	}

	/** A provider (and their organisation) who acts or acted for {@code client} in the case numbered {@code caseNumber}. */
	record ActedFor(long providerId, String providerName, long organisationId, String organisationName, ConflictParty client,
			String caseNumber) {
	}

	/** Providers who declined this case: not offered it again. */
	List<Long> declinedBy(long caseId, Actor actor) {
		return scoped.sql("""
				SELECT DISTINCT o.provider_id FROM assignment_offer o JOIN assignment_case c ON c.id = o.case_id
				WHERE o.case_id = :id AND o.status = 'DECLINED' AND SCOPE(c.unit_path)""", actor)
			.param("id", caseId).query(Long.class).list();
	}

	long insertOffer(long caseId, NewOffer o, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO assignment_offer (case_id, provider_id, provider_name, provider_account, organisation_id, organisation_name,
				    status, offered_at, offered_by, rotation_first, override_reason)
				VALUES (:id, :provider, :name, :account, :org, :orgName, 'OFFERED', :now, :by, :first, :reason)""")
			.param("id", caseId).param("provider", o.providerId()).param("name", o.providerName()).param("account", o.account())
			.param("org", o.organisationId()).param("orgName", o.organisationName()).param("now", utc(now)).param("by", o.offeredBy())
			.param("first", o.rotationFirst()).param("reason", o.overrideReason())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	record NewOffer(long providerId, String providerName, String account, long organisationId, String organisationName, String offeredBy,
			boolean rotationFirst, String overrideReason) {
	}

	void replyTimer(long offerId, long timerId, OffsetDateTime dueAt) {
		scoped.sql("UPDATE assignment_offer o SET reply_timer_id = :timer, reply_due_at = :due WHERE o.id = :id AND EXISTS"
				+ " (SELECT 1 FROM assignment_case c WHERE c.id = o.case_id AND SCOPE(c.unit_path))", Actor.SYSTEM)
			.param("id", offerId).param("timer", timerId).param("due", utc(dueAt)).update();
	}

	Optional<Long> replyTimerOf(long offerId) {
		return scoped.sql("""
				SELECT o.reply_timer_id FROM assignment_offer o JOIN assignment_case c ON c.id = o.case_id
				WHERE o.id = :id AND o.reply_timer_id IS NOT NULL AND SCOPE(c.unit_path)""", Actor.SYSTEM)
			.param("id", offerId).query(Long.class).optional();
	}

	/** WAITING -> OFFERED: true for exactly one of any number of concurrent callers. */
	boolean offered(long caseId, long offerId, long providerId, OffsetDateTime now, Actor actor) {
		return scoped.sql("""
				UPDATE assignment_case c SET status = 'OFFERED', offer_id = :offer, provider_id = :provider, updated_at = :now,
				    version = version + 1
				WHERE c.id = :id AND c.status = 'WAITING' AND SCOPE(c.unit_path)""", actor)
			.param("id", caseId).param("offer", offerId).param("provider", providerId).param("now", utc(now)).update() == 1;
	}

	boolean moveCase(long caseId, AssignmentStatus from, AssignmentStatus to, boolean clearOffer, OffsetDateTime now, Actor actor) {
		return scoped.sql("UPDATE assignment_case c SET status = :to, updated_at = :now, version = version + 1"
				+ (clearOffer ? ", offer_id = NULL, provider_id = NULL" : "")
				+ " WHERE c.id = :id AND c.status = :from AND SCOPE(c.unit_path)", actor)
			.param("id", caseId).param("from", from.name()).param("to", to.name()).param("now", utc(now)).update() == 1;
	}

	void reopened(long caseId, String reason, Actor actor) {
		scoped.sql("UPDATE assignment_case c SET held_before = TRUE, reopen_reason = :reason, due_at = NULL WHERE c.id = :id"
				+ " AND SCOPE(c.unit_path)", actor)
			.param("id", caseId).param("reason", reason).update();
	}

	Optional<Offer> offer(long offerId, Actor actor) {
		return scoped.sql(OFFER + " WHERE o.id = :id AND SCOPE(c.unit_path)", actor).param("id", offerId)
			.query(AssignmentRepository::offer).optional();
	}

	List<Offer> offers(long caseId, Actor actor) {
		return scoped.sql(OFFER + " WHERE o.case_id = :id AND SCOPE(c.unit_path) ORDER BY o.offered_at, o.id", actor).param("id", caseId)
			.query(AssignmentRepository::offer).list();
	}

	/** The offers open to or accepted by the provider with the given account, wherever the case belongs. */
	List<Offer> offersTo(String account) {
		return scoped.sql(OFFER + " WHERE o.provider_account = :account AND o.status IN ('OFFERED', 'ACCEPTED') AND SCOPE(c.unit_path)"
				+ " ORDER BY CASE WHEN o.status = 'OFFERED' THEN 0 ELSE 1 END, o.offered_at DESC, o.id DESC", Actor.SYSTEM)
			.param("account", account).query(AssignmentRepository::offer).list();
	}

	boolean answer(long offerId, OfferStatus from, OfferStatus to, String reason, OffsetDateTime now) {
		return scoped.sql("""
				UPDATE assignment_offer o SET status = :to, answered_at = :now, answer_reason = :reason
				WHERE o.id = :id AND o.status = :from
				AND EXISTS (SELECT 1 FROM assignment_case c WHERE c.id = o.case_id AND SCOPE(c.unit_path))""", Actor.SYSTEM)
			.param("id", offerId).param("from", from.name()).param("to", to.name()).param("reason", reason).param("now", utc(now))
			.update() == 1;
	}

	/** An ended accepted offer is the provider's again. */
	void resumed(long offerId) {
		scoped.sql("""
				UPDATE assignment_offer o SET status = 'ACCEPTED', ended_at = NULL
				WHERE o.id = :id AND o.status = 'ENDED' AND EXISTS (SELECT 1 FROM assignment_case c WHERE c.id = o.case_id AND SCOPE(c.unit_path))""",
				Actor.SYSTEM)
			.param("id", offerId).update();
	}

	void ended(long offerId, OfferStatus to, OffsetDateTime now) {
		scoped.sql("""
				UPDATE assignment_offer o SET status = :to, ended_at = :now
				WHERE o.id = :id AND EXISTS (SELECT 1 FROM assignment_case c WHERE c.id = o.case_id AND SCOPE(c.unit_path))""",
				Actor.SYSTEM)
			.param("id", offerId).param("to", to.name()).param("now", utc(now)).update();
	}

	void documents(long offerId, List<Long> ids) {
		scoped.sql("""
				UPDATE assignment_offer o SET document_ids = :ids
				WHERE o.id = :id AND EXISTS (SELECT 1 FROM assignment_case c WHERE c.id = o.case_id AND SCOPE(c.unit_path))""",
				Actor.SYSTEM)
			.param("id", offerId).param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(","))).update();
	}

	/** The assignment of a subject with its current or last offer, in the given actor's scope. */
	Optional<AssignmentView> view(CaseSubject subject, Actor actor) {
		return scoped.sql("""
				SELECT c.id, c.status, o.provider_id, o.provider_name, o.organisation_name, o.answered_at, o.status AS offer_status,
				    o.document_ids
				FROM assignment_case c
				LEFT JOIN assignment_offer o ON o.id = (SELECT MAX(l.id) FROM assignment_offer l WHERE l.case_id = c.id
				    AND l.status IN ('OFFERED', 'ACCEPTED', 'ENDED'))
				WHERE c.subject_kind = :kind AND c.subject_id = :sid AND SCOPE(c.unit_path)""", actor)
			.param("kind", subject.kind().name()).param("sid", subject.id())
			.query((rs, n) -> {
				AssignmentStatus status = AssignmentStatus.valueOf(rs.getString("status"));
				boolean current = status != AssignmentStatus.WAITING && rs.getString("offer_status") != null;
				String offerStatus = rs.getString("offer_status");
				boolean accepted = current && !"OFFERED".equals(offerStatus);
				return new AssignmentView(rs.getLong("id"), subject, status.name(), current ? rs.getLong("provider_id") : null,
						current ? rs.getString("provider_name") : null, current ? rs.getString("organisation_name") : null,
						accepted ? at(rs, "answered_at") : null,
						current ? ids(rs.getString("document_ids")) : List.of());
			})
			.optional();
	}

	private static AssignmentCase assignmentCase(ResultSet rs, int n) throws SQLException {
		return new AssignmentCase(rs.getLong("id"), subject(rs), AssignmentStatus.valueOf(rs.getString("status")), rs.getLong("centre_id"), rs.getString("unit_path"),
				rs.getString("region_code"), rs.getString("matter_code"), rs.getString("specialty"), rs.getString("language"),
				rs.getBoolean("lawyers_only"), (Integer) rs.getObject("min_criminal_years", Integer.class),
				rs.getLong("deadline_timer_id"), at(rs, "due_at"), at(rs, "opened_at"), rs.getBoolean("held_before"),
				rs.getString("reopen_reason"), rs.getObject("offer_id", Long.class), rs.getObject("provider_id", Long.class),
				rs.getString("provider_name"), rs.getString("organisation_name"), at(rs, "reply_due_at"),
				rs.getInt("version"));
	}

	private static Offer offer(ResultSet rs, int n) throws SQLException {
		return new Offer(rs.getLong("id"), rs.getLong("case_id"), subject(rs), rs.getLong("provider_id"), rs.getString("provider_name"),
				rs.getString("provider_account"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
				OfferStatus.valueOf(rs.getString("status")), at(rs, "offered_at"), rs.getString("offered_by"),
				rs.getBoolean("rotation_first"), rs.getString("override_reason"), at(rs, "reply_due_at"),
				at(rs, "answered_at"), rs.getString("answer_reason"), ids(rs.getString("document_ids")));
	}

	private static CaseSubject subject(ResultSet rs) throws SQLException {
		return new CaseSubject(CaseSubject.Kind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"), rs.getString("subject_number"));
	}

	private static List<Long> ids(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

	/** A stored time on China's clock, as pages and letters show it. */
	static OffsetDateTime at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.atZoneSameInstant(CHINA).toOffsetDateTime();
	}

	static OffsetDateTime utc(OffsetDateTime t) {
		return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
	}

}
