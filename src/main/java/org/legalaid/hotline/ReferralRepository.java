package org.legalaid.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Referrals, owned by the referring consultation's unit; the unit they are addressed to (a centre, or its intake) sees
 * and moves them too. Read only within the actor's scope on either side.
 */
@Repository
class ReferralRepository {

	private static final String SELECT = """
			SELECT r.id, r.consultation_id, r.target_kind, r.target_unit_id, r.target_hotline, r.reference, r.status,
			       r.result_note, r.referred_by, r.referred_at, r.due_at, r.updated_at, r.version
			FROM hotline_referral r""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	ReferralRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	/** The data scope of a referral: the referring unit's subtree or the receiving unit's. */
	private static final String EITHER_SIDE = "(SCOPE(r.unit_path) OR SCOPE(r.target_unit_path))";

	long insert(long consultationId, String unitPath, ReferralTarget target, String targetPath, String reference, String by,
			OffsetDateTime at, OffsetDateTime due) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO hotline_referral (consultation_id, unit_path, target_kind, target_unit_id, target_unit_path, target_hotline,
				    reference, status, referred_by, referred_at, due_at, updated_at)
				VALUES (:consultation, :path, :kind, :unit, :targetPath, :hotline, :reference, 'REFERRED', :by, :at, :due, :at)""")
			.param("consultation", consultationId).param("path", unitPath).param("kind", target.kind().name())
			.param("unit", target.unitId()).param("targetPath", targetPath).param("hotline", target.hotline()).param("reference", reference)
			.param("by", by).param("at", at).param("due", due)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Referral> find(long id) {
		return scoped.sql(SELECT + " WHERE r.id = :id AND " + EITHER_SIDE).param("id", id).query(ReferralRepository::map).optional();
	}

	boolean update(long id, int version, ReferralStatus from, ReferralStatus to, String note, String reference, OffsetDateTime at) {
		return scoped.sql("""
				UPDATE hotline_referral r SET status = :to, result_note = COALESCE(:note, r.result_note),
				    reference = COALESCE(:reference, r.reference), updated_at = :at, version = version + 1
				WHERE r.id = :id AND r.version = :version AND r.status = :from AND """ + EITHER_SIDE)
			.param("to", to.name()).param("note", note).param("reference", reference).param("at", at).param("id", id).param("version", version)
			.param("from", from.name()).update() == 1;
	}

	List<Referral> forConsultation(long consultationId) {
		return scoped.sql(SELECT + " WHERE r.consultation_id = :c AND " + EITHER_SIDE + " ORDER BY r.referred_at, r.id")
			.param("c", consultationId).query(ReferralRepository::map).list();
	}

	/** Open referrals made from the actor's subtree (the referring side's follow-up list). */
	Page<Referral> open(PageRequest page) {
		return page(" WHERE SCOPE(r.unit_path) AND r.status IN ('REFERRED', 'ACCEPTED')", page);
	}

	/** Referrals to intake addressed to a unit in the actor's subtree and not yet registered, the earliest due first. */
	Page<Referral> awaitingIntake(PageRequest page) {
		return page(" WHERE SCOPE(r.target_unit_path) AND r.target_kind = 'INTAKE' AND r.status = 'REFERRED'", page);
	}

	private Page<Referral> page(String where, PageRequest page) {
		long total = scoped.sql("SELECT COUNT(*) FROM hotline_referral r" + where).query(Long.class).single();
		List<Referral> items = scoped.sql(SELECT + where + " ORDER BY r.due_at, r.id LIMIT :limit OFFSET :offset")
			.param("limit", page.size()).param("offset", page.offset()).query(ReferralRepository::map).list();
		return Page.of(items, page, total);
	}

	private static Referral map(ResultSet rs, int row) throws SQLException {
		ReferralTarget.Kind kind = ReferralTarget.Kind.valueOf(rs.getString("target_kind"));
		ReferralTarget target = kind.isUnit() ? new ReferralTarget(kind, rs.getLong("target_unit_id"), null)
				: ReferralTarget.hotline(rs.getString("target_hotline"));
		return new Referral(new ReferralId(rs.getLong("id")), new ConsultationId(rs.getLong("consultation_id")), target, null,
				rs.getString("reference"), ReferralStatus.valueOf(rs.getString("status")), rs.getString("result_note"),
				rs.getString("referred_by"), rs.getObject("referred_at", OffsetDateTime.class),
				rs.getObject("due_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
