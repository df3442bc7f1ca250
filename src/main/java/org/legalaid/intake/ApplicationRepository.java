package org.legalaid.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.documents.EvidenceFiles;
import org.legalaid.shared.Actor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Application storage; staff reads go through {@link ScopedJdbc}. */
@Repository
class ApplicationRepository {

	private static final String SUMMARY = """
			SELECT a.id, a.number, a.applicant_name, a.applicant_person_id, a.matter_code, a.channel, a.status, a.received_at,
			       a.review_due_at, a.urgent_reason, a.green_channel, a.possible_duplicate_of, a.unit_id, a.version,
			       a.forwarded_received_at
			FROM intake_application a""";

	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;

	ApplicationRepository(JdbcClient jdbc, ScopedJdbc scoped) {
		this.jdbc = jdbc;
		this.scoped = scoped;
	}

	long nextId() {
		return jdbc.sql("SELECT nextval('intake_application_seq')").query(Long.class).single();
	}

	/** The next number of the unit's yearly series, counted inside the caller's transaction (row lock). */
	int nextNumber(long unitId, int year) {
		int updated = jdbc.sql("UPDATE intake_number_counter SET next_number = next_number + 1 WHERE unit_id = :u AND counter_year = :y")
			.param("u", unitId).param("y", year).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO intake_number_counter (unit_id, counter_year, next_number) VALUES (:u, :y, 2)")
				.param("u", unitId).param("y", year).update();
			return 1;
		}
		return jdbc.sql("SELECT next_number - 1 FROM intake_number_counter WHERE unit_id = :u AND counter_year = :y")
			.param("u", unitId).param("y", year).query(Integer.class).single();
	}

	record NewApplication(long id, String number, long unitId, String unitPath, long receivedUnitId, String regionCode,
			Channel channel, long applicantId, String applicantName, String applicantKey, String agentName,
			String agentRelation, String matterCode, String factsEncrypted, OffsetDateTime receivedAt,
			OffsetDateTime forwardedReceivedAt, String urgentReason, boolean greenChannel, Long possibleDuplicateOf,
			String idempotencyKey, String requestHash, String contactKey, String accessTokenKey) {
	}

	void insert(NewApplication a, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO intake_application (id, number, unit_id, unit_path, received_unit_id, region_code, channel,
				       applicant_person_id, applicant_name, applicant_key, agent_name, agent_relation, matter_code, facts_enc,
				       status, received_at, forwarded_received_at, urgent_reason, green_channel, possible_duplicate_of,
				       idempotency_key, request_hash, contact_key, access_token_key, version, created_at, updated_at)
				VALUES (:id, :number, :unit, :path, :received, :region, :channel, :applicant, :name, :key, :agent, :relation,
				        :matter, :facts, 'RECEIVED', :receivedAt, :forwardedAt, :urgent, :green, :duplicate, :idem, :hash, :contact,
				        :token, 0, :now, :now)""")
			.param("id", a.id()).param("number", a.number()).param("unit", a.unitId()).param("path", a.unitPath())
			.param("received", a.receivedUnitId()).param("region", a.regionCode()).param("channel", a.channel().name())
			.param("applicant", a.applicantId()).param("name", a.applicantName()).param("key", a.applicantKey())
			.param("agent", a.agentName()).param("relation", a.agentRelation()).param("matter", a.matterCode())
			.param("facts", a.factsEncrypted()).param("receivedAt", a.receivedAt()).param("forwardedAt", a.forwardedReceivedAt())
			.param("urgent", a.urgentReason()).param("green", a.greenChannel()).param("duplicate", a.possibleDuplicateOf())
			.param("idem", a.idempotencyKey()).param("hash", a.requestHash()).param("contact", a.contactKey())
			.param("token", a.accessTokenKey()).param("now", now).update();
	}

	void insertMaterial(long applicationId, String code, OffsetDateTime at) {
		if (materials(applicationId).contains(code)) {
			return;
		}
		jdbc.sql("INSERT INTO intake_material (application_id, material_code, received_at) VALUES (:a, :c, :at)")
			.param("a", applicationId).param("c", code).param("at", at).update();
	}

	void setReferral(long id, long referralId) {
		jdbc.sql("UPDATE intake_application SET referral_id = :r WHERE id = :id").param("r", referralId).param("id", id).update();
	}

	void setReviewDeadline(long id, long timerId, OffsetDateTime dueAt) {
		jdbc.sql("UPDATE intake_application SET review_timer_id = :t, review_due_at = :d WHERE id = :id")
			.param("t", timerId).param("d", dueAt).param("id", id).update();
	}

	void insertOpposingParty(long applicationId, OpposingParty party, String idEncrypted, String idKey) {
		jdbc.sql("""
				INSERT INTO intake_opposing_party (application_id, name, id_number_enc, id_number_key, organisation_code, party_role)
				VALUES (:a, :name, :enc, :key, :org, :role)""")
			.param("a", applicationId).param("name", PlainText.blankToNull(party.name())).param("enc", idEncrypted).param("key", idKey)
			.param("org", PlainText.blankToNull(party.organisationCode())).param("role", PlainText.blankToNull(party.role())).update();
	}

	void history(long applicationId, ApplicationStatus from, ApplicationStatus to, Actor actor, OffsetDateTime at, String reason) {
		jdbc.sql("""
				INSERT INTO intake_status_history (application_id, from_status, to_status, actor_id, actor_username, changed_at, reason)
				VALUES (:a, :from, :to, :actorId, :actor, :at, :reason)""")
			.param("a", applicationId).param("from", from == null ? null : from.name()).param("to", to.name())
			.param("actorId", actor.accountId() == 0 ? null : actor.accountId()).param("actor", actor.username())
			.param("at", at).param("reason", reason).update();
	}

	/** An earlier submission with this idempotency key, whatever the scope (the key belongs to one submitter). */
	Optional<Submitted> byIdempotencyKey(String key) {
		return jdbc.sql("SELECT id, number, request_hash, possible_duplicate_of FROM intake_application WHERE idempotency_key = :k")
			.param("k", key)
			.query((rs, n) -> new Submitted(rs.getLong("id"), rs.getString("number"), rs.getString("request_hash"),
					(Long) rs.getObject("possible_duplicate_of", Long.class)))
			.optional();
	}

	record Submitted(long id, String number, String requestHash, Long possibleDuplicateOf) {
	}

	/** An open application of the same applicant for the same matter, anywhere (duplicate flag only). */
	Optional<Long> openApplicationOf(String applicantKey, String matterCode) {
		if (applicantKey == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT MIN(id) FROM intake_application
				WHERE applicant_key = :k AND matter_code = :m AND status IN ('RECEIVED', 'SUPPLEMENT_REQUESTED', 'UNDER_REVIEW', 'PRE_AID')""")
			.param("k", applicantKey).param("m", matterCode).query(Long.class).optional();
	}

	Optional<ApplicationSummary> find(long id) {
		return scoped.sql(SUMMARY + " WHERE a.id = :id AND SCOPE(a.unit_path)").param("id", id)
			.query(ApplicationRepository::summary).optional();
	}

	Optional<String> factsEncrypted(long id) {
		return scoped.sql("SELECT a.facts_enc FROM intake_application a WHERE a.id = :id AND SCOPE(a.unit_path)").param("id", id)
			.query(String.class).optional();
	}

	List<OpposingParty> opposingParties(long id) {
		return scoped.sql("""
				SELECT p.name, p.organisation_code, p.party_role FROM intake_opposing_party p
				JOIN intake_application a ON a.id = p.application_id
				WHERE p.application_id = :id AND SCOPE(a.unit_path) ORDER BY p.id""")
			.param("id", id)
			.query((rs, n) -> new OpposingParty(rs.getString("name"), null, rs.getString("organisation_code"), rs.getString("party_role")))
			.list();
	}

	Optional<String> applicantKey(long id) {
		return scoped.sql("SELECT a.applicant_key FROM intake_application a WHERE a.id = :id AND SCOPE(a.unit_path)").param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(k -> k);
	}

	List<ConflictParties.Party> opposingPartyKeys(long id) {
		return scoped.sql("""
				SELECT p.name, p.id_number_key, p.organisation_code, p.party_role FROM intake_opposing_party p
				JOIN intake_application a ON a.id = p.application_id
				WHERE p.application_id = :id AND SCOPE(a.unit_path) ORDER BY p.id""")
			.param("id", id)
			.query((rs, n) -> new ConflictParties.Party(rs.getString("name"), rs.getString("id_number_key"),
					rs.getString("organisation_code"), rs.getString("party_role")))
			.list();
	}

	/**
	 * The work queue: open applications first urgent ones, then the green channel, then by the end of the review
	 * time limit, oldest first.
	 */
	Page<ApplicationSummary> queue(boolean openOnly, String text, PageRequest page) {
		String where = " " + """
				WHERE SCOPE(a.unit_path)
				   AND (:open = FALSE OR a.status IN ('RECEIVED', 'SUPPLEMENT_REQUESTED', 'UNDER_REVIEW', 'PRE_AID'))
				   AND (a.number LIKE :q OR a.applicant_name LIKE :q)""";
		String q = "%" + text.replace("%", "").replace("_", "") + "%";
		long total = scoped.sql("SELECT COUNT(*) FROM intake_application a" + where).param("open", openOnly).param("q", q)
			.query(Long.class).single();
		List<ApplicationSummary> items = scoped.sql(SUMMARY + where + " " + """
				ORDER BY CASE WHEN a.urgent_reason IS NULL THEN 1 ELSE 0 END, CASE WHEN a.green_channel THEN 0 ELSE 1 END,
				          a.review_due_at, a.received_at, a.id LIMIT :limit OFFSET :offset""")
			.param("open", openOnly).param("q", q).param("limit", page.size()).param("offset", page.offset())
			.query(ApplicationRepository::summary).list();
		return Page.of(items, page, total);
	}

	/** What a review needs of an application, in scope. */
	record Details(long id, String number, ApplicationStatus status, String unitPath, long centreId, String regionCode,
			long applicantId, String applicantName, String applicantKey, String matterCode, Channel channel, boolean byAgent,
			OffsetDateTime receivedAt, Long reviewTimerId, Long supplementTimerId, List<String> missingMaterials,
			boolean greenChannel) {
	}

	Optional<Details> details(long id, Actor actor) {
		return scoped.sql("""
				SELECT a.id, a.number, a.status, a.unit_path, a.unit_id, a.region_code, a.applicant_person_id, a.applicant_name,
				       a.applicant_key, a.matter_code, a.channel, a.agent_name, a.received_at, a.review_timer_id,
				       a.supplement_timer_id, a.missing_materials, a.green_channel
				FROM intake_application a WHERE a.id = :id AND SCOPE(a.unit_path)""", actor)
			.param("id", id)
			.query((rs, n) -> new Details(rs.getLong("id"), rs.getString("number"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getString("unit_path"), rs.getLong("unit_id"), rs.getString("region_code"), rs.getLong("applicant_person_id"),
					rs.getString("applicant_name"), rs.getString("applicant_key"), rs.getString("matter_code"),
					Channel.valueOf(rs.getString("channel")), rs.getString("agent_name") != null,
					rs.getObject("received_at", OffsetDateTime.class), (Long) rs.getObject("review_timer_id", Long.class),
					(Long) rs.getObject("supplement_timer_id", Long.class), codes(rs.getString("missing_materials")),
					rs.getBoolean("green_channel")))
			.optional();
	}

	/** For the applicant following their application: found only with its number and a matching phone or token key. */
	Optional<Followed> byNumberAndKey(String number, String key) {
		return jdbc.sql("""
				SELECT id, number, status, unit_id, received_at, review_due_at, missing_materials FROM intake_application
				WHERE number = :n AND (contact_key = :k OR access_token_key = :k)""")
			.param("n", number).param("k", key)
			.query((rs, n) -> new Followed(rs.getLong("id"), rs.getString("number"), ApplicationStatus.valueOf(rs.getString("status")),
					rs.getLong("unit_id"), rs.getObject("received_at", OffsetDateTime.class),
					rs.getObject("review_due_at", OffsetDateTime.class), codes(rs.getString("missing_materials"))))
			.optional();
	}

	record Followed(long id, String number, ApplicationStatus status, long centreId, OffsetDateTime receivedAt,
			OffsetDateTime reviewDueAt, List<String> missingMaterials) {

		java.time.LocalDate reviewDueOn() {
			return reviewDueAt == null ? null : reviewDueAt.minusNanos(1).toLocalDate();
		}
	}

	int evidenceCount(long applicationId) {
		return jdbc.sql("SELECT COUNT(*) FROM intake_evidence WHERE application_id = :a").param("a", applicationId)
			.query(Integer.class).single();
	}

	long insertEvidence(long applicationId, String materialCode, EvidenceFiles.StoredEvidence stored, OffsetDateTime at, String by) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO intake_evidence (application_id, material_code, storage_key, media_type, size_bytes, sha256, uploaded_at, uploaded_by)
				VALUES (:a, :m, :k, :t, :s, :h, :at, :by)""")
			.param("a", applicationId).param("m", materialCode).param("k", stored.key()).param("t", stored.mediaType())
			.param("s", stored.size()).param("h", stored.sha256()).param("at", at).param("by", by).update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Evidence> evidence(long applicationId) {
		return jdbc.sql("""
				SELECT id, material_code, media_type, size_bytes, sha256, uploaded_at, uploaded_by FROM intake_evidence
				WHERE application_id = :a ORDER BY id""")
			.param("a", applicationId)
			.query((rs, n) -> new Evidence(rs.getLong("id"), rs.getString("material_code"), rs.getString("media_type"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class),
					rs.getString("uploaded_by")))
			.list();
	}

	/** What the receipt says: as registered, with the materials received so far. */
	ReceiptFacts receiptFacts(long id) {
		var facts = jdbc.sql("""
				SELECT id, number, received_unit_id, region_code, applicant_name, matter_code, channel, received_at, review_due_at
				FROM intake_application WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> new ReceiptFacts(rs.getLong("id"), rs.getString("number"), rs.getLong("received_unit_id"),
					rs.getString("region_code"), rs.getString("applicant_name"), rs.getString("matter_code"),
					Channel.valueOf(rs.getString("channel")), rs.getObject("received_at", OffsetDateTime.class),
					rs.getObject("review_due_at", OffsetDateTime.class), java.util.Set.of()))
			.single();
		return new ReceiptFacts(facts.id(), facts.number(), facts.receivedUnitId(), facts.regionCode(), facts.applicantName(),
				facts.matterCode(), facts.channel(), facts.receivedAt(), facts.reviewDueAt(), materials(id));
	}

	record ReceiptFacts(long id, String number, long receivedUnitId, String regionCode, String applicantName,
			String matterCode, Channel channel, OffsetDateTime receivedAt, OffsetDateTime reviewDueAt,
			java.util.Set<String> materials) {
	}

	String regionOf(long id) {
		return jdbc.sql("SELECT region_code FROM intake_application WHERE id = :id").param("id", id).query(String.class).single();
	}

	java.util.Set<String> materials(long id) {
		return new java.util.HashSet<>(jdbc.sql("SELECT material_code FROM intake_material WHERE application_id = :a")
			.param("a", id).query(String.class).list());
	}

	/** Moves the application from one status to another if it is still in the first; false otherwise. */
	boolean transition(long id, ApplicationStatus from, ApplicationStatus to, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE intake_application SET status = :to, version = version + 1, updated_at = :now
				WHERE id = :id AND status = :from""")
			.param("to", to.name()).param("now", now).param("id", id).param("from", from.name()).update() == 1;
	}

	void decided(long id, long decisionId, OffsetDateTime at) {
		jdbc.sql("UPDATE intake_application SET decision_id = :d, decided_at = :at WHERE id = :id")
			.param("d", decisionId).param("at", at).param("id", id).update();
	}

	/** Notes what is missing and by when; {@code timerId} is null when aid goes on meanwhile (no withdrawal clock). */
	void supplementRequested(long id, List<String> missing, OffsetDateTime dueAt, Long timerId) {
		jdbc.sql("UPDATE intake_application SET missing_materials = :m, supplement_due_at = :due, supplement_timer_id = :t WHERE id = :id")
			.param("m", String.join(",", missing)).param("due", dueAt).param("t", timerId).param("id", id).update();
	}

	void supplemented(long id) {
		jdbc.sql("UPDATE intake_application SET missing_materials = NULL, supplement_due_at = NULL, supplement_timer_id = NULL WHERE id = :id")
			.param("id", id).update();
	}

	private static List<String> codes(String csv) {
		return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
	}


	static ApplicationSummary summary(ResultSet rs, int n) throws SQLException {
		return new ApplicationSummary(new ApplicationId(rs.getLong("id")), rs.getString("number"), rs.getString("applicant_name"),
				rs.getLong("applicant_person_id"), rs.getString("matter_code"), Channel.valueOf(rs.getString("channel")),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("received_at", OffsetDateTime.class),
				rs.getObject("review_due_at", OffsetDateTime.class), rs.getString("urgent_reason") != null,
				rs.getBoolean("green_channel"), (Long) rs.getObject("possible_duplicate_of", Long.class), rs.getLong("unit_id"),
				rs.getInt("version"), rs.getObject("forwarded_received_at", OffsetDateTime.class));
	}
}
