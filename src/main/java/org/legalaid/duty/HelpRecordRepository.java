package org.legalaid.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.Like;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Legal-help records. Staff read within their data scope; a duty lawyer's reads are by their own provider id instead
 * (the station may lie outside their unit). Station names are filled in by the service.
 */
@Repository
class HelpRecordRepository {

	private static final String COLUMNS = """
			r.id, r.station_unit_id, r.shift_id, r.provider_id, r.provider_name, r.helped_at, r.stage, r.person_name,
			r.person_id_masked, r.detention_facility, r.case_number, r.case_organ, r.help_types, r.plea_leniency,
			r.present_at_signing, r.opinion, r.opinion_to, r.meeting_requested_at, r.lawyer_notified_at, r.notify_due_at,
			r.met_at, r.application_requested_at, r.application_forwarded, r.forwarded_at, r.forward_due_at, r.outcome,
			r.recorded_by, r.created_at, r.version, r.unit_path, r.region_code, r.person_id_enc, r.forward_timer_id""";
	private static final String SELECT = "SELECT " + COLUMNS + " FROM duty_help r";
	/** The lateness of D14 or D2, at :now. */
	static final String LATE = """
			(r.lawyer_notified_at >= r.notify_due_at OR r.forwarded_at >= r.forward_due_at
			 OR (r.application_forwarded = FALSE AND r.application_requested_at IS NOT NULL AND r.forward_due_at <= :now))""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final ZoneId zone;

	HelpRecordRepository(ScopedJdbc scoped, JdbcClient jdbc, Clock clock) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** A stored record with what the service needs beyond the view. */
	record Row(HelpRecord record, String unitPath, String regionCode, String personIdEncrypted, Long forwardTimerId) {
	}

	record NewRecord(long stationUnitId, String unitPath, String regionCode, Long shiftId, ProviderId provider, String providerName,
			OffsetDateTime helpedAt, HelpStage stage, String personName, String personIdEnc, String personIdKey,
			String personIdMasked, String detentionFacility, String caseNumber, String caseOrgan, Set<HelpType> helpTypes,
			boolean pleaLeniency, Boolean presentAtSigning, String opinion, String opinionTo, OffsetDateTime meetingRequestedAt,
			OffsetDateTime lawyerNotifiedAt, OffsetDateTime notifyDueAt, OffsetDateTime metAt, OffsetDateTime applicationRequestedAt,
			boolean applicationForwarded, OffsetDateTime forwardedAt, OffsetDateTime forwardDueAt, String outcome, String recordedBy,
			OffsetDateTime now) {
	}

	long insert(NewRecord r) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO duty_help (station_unit_id, unit_path, region_code, shift_id, provider_id, provider_name, helped_at, stage,
				    person_name, person_id_enc, person_id_key, person_id_masked, detention_facility, case_number, case_organ,
				    help_types, plea_leniency, present_at_signing, opinion, opinion_to, meeting_requested_at, lawyer_notified_at,
				    notify_due_at, met_at, application_requested_at, application_forwarded, forwarded_at, forward_due_at, outcome,
				    recorded_by, created_at, updated_at)
				VALUES (:station, :path, :region, :shift, :provider, :providerName, :helpedAt, :stage, :name, :idEnc, :idKey,
				    :idMasked, :facility, :caseNumber, :caseOrgan, :types, :plea, :signing, :opinion, :opinionTo, :meetingRequested,
				    :notified, :notifyDue, :met, :applicationRequested, :forwarded, :forwardedAt, :forwardDue, :outcome, :by, :now, :now)""")
			.param("station", r.stationUnitId()).param("path", r.unitPath()).param("region", r.regionCode())
			.param("shift", r.shiftId()).param("provider", r.provider().value()).param("providerName", r.providerName())
			.param("helpedAt", r.helpedAt()).param("stage", r.stage().name()).param("name", r.personName())
			.param("idEnc", r.personIdEnc()).param("idKey", r.personIdKey()).param("idMasked", r.personIdMasked())
			.param("facility", r.detentionFacility()).param("caseNumber", r.caseNumber()).param("caseOrgan", r.caseOrgan())
			.param("types", types(r.helpTypes())).param("plea", r.pleaLeniency()).param("signing", r.presentAtSigning())
			.param("opinion", r.opinion()).param("opinionTo", r.opinionTo()).param("meetingRequested", r.meetingRequestedAt())
			.param("notified", r.lawyerNotifiedAt()).param("notifyDue", r.notifyDueAt()).param("met", r.metAt())
			.param("applicationRequested", r.applicationRequestedAt()).param("forwarded", r.applicationForwarded())
			.param("forwardedAt", r.forwardedAt()).param("forwardDue", r.forwardDueAt()).param("outcome", r.outcome())
			.param("by", r.recordedBy()).param("now", r.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	void timer(long id, long timerId) {
		jdbc.sql("UPDATE duty_help SET forward_timer_id = :timer WHERE id = :id").param("timer", timerId).param("id", id).update();
	}

	Optional<Row> find(long id) {
		return scoped.sql(SELECT + " WHERE r.id = :id AND SCOPE(r.unit_path)").param("id", id).query(this::row).optional();
	}

	Optional<Row> findOwn(long id, ProviderId provider) {
		return jdbc.sql(SELECT + " WHERE r.id = :id AND r.provider_id = :p").param("id", id).param("p", provider.value())
			.query(this::row).optional();
	}

	/** Marks the application forwarded if the version matches and it was not forwarded yet. */
	boolean forwarded(long id, int version, OffsetDateTime at, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE duty_help SET application_forwarded = TRUE, forwarded_at = :at, updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND application_forwarded = FALSE AND application_requested_at IS NOT NULL""")
			.param("at", at).param("now", now).param("id", id).param("version", version).update() == 1;
	}

	/**
	 * The records matching the filter, latest first: in the actor's scope when {@code own} is null, else the provider's
	 * own records wherever they lie.
	 */
	Page<HelpRecord> list(HelpRecordFilter f, ProviderId own, String idKey, OffsetDateTime from, OffsetDateTime to,
			OffsetDateTime now, PageRequest page) {
		String text = PlainText.blankToNull(f.text()) == null ? "" : f.text().strip();
		String where = " WHERE " + (own == null ? "SCOPE(r.unit_path)" : "r.provider_id = :own") + " " + """
				 AND (:text = '' OR r.person_name LIKE :name ESCAPE '\\' OR r.case_number LIKE :caseNumber ESCAPE '\\'
				      OR r.person_id_key = :idKey)
				  AND (:station = 0 OR r.station_unit_id = :station) AND (:stage = '' OR r.stage = :stage)
				  AND (:plea = '' OR (:plea = 'Y' AND r.plea_leniency = TRUE) OR (:plea = 'N' AND r.plea_leniency = FALSE))
				  AND r.helped_at >= :from AND r.helped_at < :to AND (:lateOnly = FALSE OR""" + " " + LATE + ")";
		long total = bind(statement("SELECT COUNT(*) FROM duty_help r" + where, own), f, own, text, idKey, from, to, now)
			.query(Long.class).single();
		List<HelpRecord> items = bind(statement(SELECT + where + " ORDER BY r.helped_at DESC, r.id DESC LIMIT :limit OFFSET :offset", own),
				f, own, text, idKey, from, to, now)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, n) -> row(rs, n).record()).list();
		return Page.of(items, page, total);
	}

	private JdbcClient.StatementSpec statement(String sql, ProviderId own) {
		return own == null ? scoped.sql(sql) : jdbc.sql(sql);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, HelpRecordFilter f, ProviderId own, String text,
			String idKey, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
		if (own != null) {
			spec = spec.param("own", own.value());
		}
		return spec.param("text", text).param("name", Like.contains(text))
			.param("caseNumber", Like.startsWith(text)).param("idKey", idKey == null ? "" : idKey)
			.param("station", f.stationUnitId() == null ? 0L : f.stationUnitId())
			.param("stage", f.stage() == null ? "" : f.stage().name())
			.param("plea", f.pleaLeniency() == null ? "" : f.pleaLeniency() ? "Y" : "N")
			.param("from", from).param("to", to).param("lateOnly", f.lateOnly()).param("now", now);
	}

	/** The figures of one station: counts of records helped in the period under a unit path, in the actor's scope. */
	record Tally(long stationUnitId, long helped, long forwarded, long forwardedLate, long forwardOverdue, long plea, long signing,
			long meetingRequests, long notifiedLate, long investigation, long prosecutionReview, long trial, long deathPenaltyReview) {
	}

	List<Tally> tally(String unitPath, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
		return scoped.sql("""
				SELECT r.station_unit_id, COUNT(*) AS helped,
				       SUM(CASE WHEN r.application_forwarded = TRUE THEN 1 ELSE 0 END) AS forwarded,
				       SUM(CASE WHEN r.forwarded_at >= r.forward_due_at THEN 1 ELSE 0 END) AS forwarded_late,
				       SUM(CASE WHEN r.application_forwarded = FALSE AND r.application_requested_at IS NOT NULL
				                 AND r.forward_due_at <= :now THEN 1 ELSE 0 END) AS forward_overdue,
				       SUM(CASE WHEN r.plea_leniency = TRUE THEN 1 ELSE 0 END) AS plea,
				       SUM(CASE WHEN r.present_at_signing = TRUE THEN 1 ELSE 0 END) AS signing,
				       SUM(CASE WHEN r.meeting_requested_at IS NOT NULL THEN 1 ELSE 0 END) AS meeting_requests,
				       SUM(CASE WHEN r.lawyer_notified_at >= r.notify_due_at THEN 1 ELSE 0 END) AS notified_late,
				       SUM(CASE WHEN r.stage = 'INVESTIGATION' THEN 1 ELSE 0 END) AS investigation,
				       SUM(CASE WHEN r.stage = 'PROSECUTION_REVIEW' THEN 1 ELSE 0 END) AS prosecution_review,
				       SUM(CASE WHEN r.stage = 'TRIAL' THEN 1 ELSE 0 END) AS trial,
				       SUM(CASE WHEN r.stage = 'DEATH_PENALTY_REVIEW' THEN 1 ELSE 0 END) AS death_penalty_review
				FROM duty_help r
				WHERE SCOPE(r.unit_path) AND r.unit_path LIKE :under AND r.helped_at >= :from AND r.helped_at < :to
				GROUP BY r.station_unit_id ORDER BY r.station_unit_id""")
			.param("under", unitPath + "%").param("from", from).param("to", to).param("now", now)
			.query((rs, n) -> new Tally(rs.getLong("station_unit_id"), rs.getLong("helped"), rs.getLong("forwarded"),
					rs.getLong("forwarded_late"), rs.getLong("forward_overdue"), rs.getLong("plea"), rs.getLong("signing"),
					rs.getLong("meeting_requests"), rs.getLong("notified_late"), rs.getLong("investigation"),
					rs.getLong("prosecution_review"), rs.getLong("trial"), rs.getLong("death_penalty_review")))
			.list();
	}

	static String types(Set<HelpType> types) {
		return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		Set<HelpType> types = EnumSet.noneOf(HelpType.class);
		String stored = rs.getString("help_types");
		if (stored != null && !stored.isBlank()) {
			Arrays.stream(stored.split(",")).map(HelpType::valueOf).forEach(types::add);
		}
		long shift = rs.getLong("shift_id");
		boolean noShift = rs.wasNull();
		Boolean signing = rs.getObject("present_at_signing") == null ? null : rs.getBoolean("present_at_signing");
		HelpRecord record = new HelpRecord(new HelpRecordId(rs.getLong("id")), rs.getLong("station_unit_id"), "",
				noShift ? null : new ShiftId(shift), new ProviderId(rs.getLong("provider_id")), rs.getString("provider_name"),
				Rows.instant(rs, "helped_at", zone), HelpStage.valueOf(rs.getString("stage")), rs.getString("person_name"),
				rs.getString("person_id_masked"), rs.getString("detention_facility"), rs.getString("case_number"),
				rs.getString("case_organ"), types, rs.getBoolean("plea_leniency"), signing, rs.getString("opinion"),
				rs.getString("opinion_to"), Rows.instant(rs, "meeting_requested_at", zone), Rows.instant(rs, "lawyer_notified_at", zone),
				Rows.instant(rs, "notify_due_at", zone), Rows.instant(rs, "met_at", zone),
				Rows.instant(rs, "application_requested_at", zone), rs.getBoolean("application_forwarded"),
				Rows.instant(rs, "forwarded_at", zone), Rows.instant(rs, "forward_due_at", zone), rs.getString("outcome"),
				rs.getString("recorded_by"), Rows.instant(rs, "created_at", zone), rs.getInt("version"));
		long timer = rs.getLong("forward_timer_id");
		Long timerId = rs.wasNull() ? null : timer;
		return new Row(record, rs.getString("unit_path"), rs.getString("region_code"), rs.getString("person_id_enc"), timerId);
	}
}
