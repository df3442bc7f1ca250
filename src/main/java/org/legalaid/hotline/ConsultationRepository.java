package org.legalaid.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.legalaid.people.PersonGroup;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Consultation records, read and changed only within the actor's data scope (except by survey token). */
@Repository
class ConsultationRepository {

	private static final String SELECT = """
			SELECT c.id, c.unit_id, c.operator_username, c.channel, c.topic_code, c.caller_groups, c.caller_name,
			       c.caller_phone_enc, c.answer_summary, c.started_at, c.duration_seconds, c.follow_up_needed,
			       c.follow_up_note, c.satisfaction, c.satisfaction_source, c.survey_token_key, c.created_at, c.version
			FROM hotline_consultation c""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	ConsultationRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	record NewConsultation(long unitId, String unitPath, long operatorId, String operatorUsername, ConsultationChannel channel,
			String topicCode, Set<PersonGroup> callerGroups, String callerName, String callerPhoneEnc, String callerPhoneKey,
			String questionEnc, String answerSummary, OffsetDateTime startedAt, int durationSeconds, boolean followUpNeeded,
			String followUpNote, OffsetDateTime createdAt) {
	}

	/** A stored row with the encrypted phone, for the service to mask or use. */
	record Row(Consultation consultation, String phoneEncrypted) {
	}

	long insert(NewConsultation c) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO hotline_consultation (unit_id, unit_path, operator_id, operator_username, channel, topic_code,
				    caller_groups, caller_name, caller_phone_enc, caller_phone_key, question_enc, answer_summary, started_at,
				    duration_seconds, follow_up_needed, follow_up_note, created_at)
				VALUES (:unit, :path, :operator, :username, :channel, :topic, :groups, :name, :phone, :phoneKey, :question,
				    :answer, :started, :duration, :followUp, :followUpNote, :created)""")
			.param("unit", c.unitId()).param("path", c.unitPath()).param("operator", c.operatorId())
			.param("username", c.operatorUsername()).param("channel", c.channel().name()).param("topic", c.topicCode())
			.param("groups", c.callerGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("name", c.callerName()).param("phone", c.callerPhoneEnc()).param("phoneKey", c.callerPhoneKey())
			.param("question", c.questionEnc()).param("answer", c.answerSummary()).param("started", c.startedAt())
			.param("duration", c.durationSeconds()).param("followUp", c.followUpNeeded())
			.param("followUpNote", c.followUpNote()).param("created", c.createdAt())
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Row> find(long id) {
		return scoped.sql(SELECT + " WHERE c.id = :id AND SCOPE(c.unit_path)").param("id", id)
			.query((rs, n) -> new Row(map(rs, n), rs.getString("caller_phone_enc"))).optional();
	}

	/**
	 * A consultation with its encrypted phone and question, whatever the actor's scope: only for handing it over through
	 * a referral the actor may act on (the caller checks that first).
	 */
	Optional<Handover> handover(long id) {
		return jdbc.sql(SELECT.replace("c.version", "c.version, c.question_enc") + " WHERE c.id = :id").param("id", id)
			.query((rs, n) -> new Handover(map(rs, n), rs.getString("caller_phone_enc"), rs.getString("question_enc")))
			.optional();
	}

	record Handover(Consultation consultation, String phoneEncrypted, String questionEncrypted) {
	}

	Optional<String> questionEncrypted(long id) {
		return scoped.sql("SELECT c.question_enc FROM hotline_consultation c WHERE c.id = :id AND SCOPE(c.unit_path)")
			.param("id", id).query(String.class).optional();
	}

	boolean rate(long id, int score, SatisfactionSource source) {
		return scoped.sql("""
				UPDATE hotline_consultation c SET satisfaction = :score, satisfaction_source = :source, version = version + 1
				WHERE c.id = :id AND SCOPE(c.unit_path)""")
			.param("score", score).param("source", source.name()).param("id", id).update() == 1;
	}

	boolean issueSurvey(long id, String tokenKey, OffsetDateTime expiresAt) {
		return scoped.sql("""
				UPDATE hotline_consultation c SET survey_token_key = :token, survey_expires_at = :expires, survey_answered_at = NULL,
				    version = version + 1
				WHERE c.id = :id AND c.survey_answered_at IS NULL AND SCOPE(c.unit_path)""")
			.param("token", tokenKey).param("expires", expiresAt).param("id", id).update() == 1;
	}

	/** The state of a survey token: not found, expired, answered or open. Tokens are not scoped: the token is the right. */
	record SurveyState(long consultationId, OffsetDateTime expiresAt, OffsetDateTime answeredAt) {
	}

	Optional<SurveyState> survey(String tokenKey) {
		return jdbc.sql("SELECT id, survey_expires_at, survey_answered_at FROM hotline_consultation WHERE survey_token_key = :token")
			.param("token", tokenKey)
			.query((rs, n) -> new SurveyState(rs.getLong("id"), rs.getObject("survey_expires_at", OffsetDateTime.class),
					rs.getObject("survey_answered_at", OffsetDateTime.class)))
			.optional();
	}

	/** Records the survey answer once: false when the token was already used. */
	boolean answerSurvey(String tokenKey, int score, OffsetDateTime at) {
		return jdbc.sql("""
				UPDATE hotline_consultation SET satisfaction = :score, satisfaction_source = 'SURVEY', survey_answered_at = :at,
				    version = version + 1
				WHERE survey_token_key = :token AND survey_answered_at IS NULL""")
			.param("score", score).param("at", at).param("token", tokenKey).update() == 1;
	}

	Page<Consultation> list(ConsultationFilter f, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
		String where = " " + """
				WHERE SCOPE(c.unit_path) AND (:channel = '' OR c.channel = :channel) AND (:topic = '' OR c.topic_code = :topic)
				   AND (:operator = '' OR c.operator_username = :operator) AND c.started_at >= :from AND c.started_at < :to""";
		long total = bind(scoped.sql("SELECT COUNT(*) FROM hotline_consultation c" + where), f, from, to).query(Long.class).single();
		List<Consultation> items = bind(scoped.sql(SELECT + where + " ORDER BY c.started_at DESC, c.id DESC LIMIT :limit OFFSET :offset"),
				f, from, to)
			.param("limit", page.size()).param("offset", page.offset())
			.query(ConsultationRepository::map).list();
		return Page.of(items, page, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ConsultationFilter f, OffsetDateTime from, OffsetDateTime to) {
		return spec.param("channel", f.channel() == null ? "" : f.channel().name())
			.param("topic", f.topicCode() == null ? "" : f.topicCode().strip())
			.param("operator", f.operator() == null ? "" : f.operator().strip())
			.param("from", from).param("to", to);
	}

	/** Counts per group key ({@code c.unit_id} or {@code c.operator_username}) under a unit path, in the actor's scope. */
	record Tally(String key, long consultations, long rated, long sum, long satisfied) {
	}

	List<Tally> tally(String groupColumn, String unitPath, OffsetDateTime from, OffsetDateTime to) {
		if (!groupColumn.equals("c.unit_id") && !groupColumn.equals("c.operator_username")) {
			throw new IllegalArgumentException(groupColumn);
		}
		return scoped.sql("SELECT " + groupColumn + " " + """
				AS k, COUNT(*) AS n, COUNT(c.satisfaction) AS rated, COALESCE(SUM(c.satisfaction), 0) AS total,
				       COALESCE(SUM(CASE WHEN c.satisfaction >= 4 THEN 1 ELSE 0 END), 0) AS satisfied
				FROM hotline_consultation c
				WHERE SCOPE(c.unit_path) AND c.unit_path LIKE :under AND c.started_at >= :from AND c.started_at < :to
				GROUP BY """ + " " + groupColumn + " ORDER BY " + groupColumn)
			.param("under", unitPath + "%").param("from", from).param("to", to)
			.query((rs, n) -> new Tally(rs.getString("k"), rs.getLong("n"), rs.getLong("rated"), rs.getLong("total"),
					rs.getLong("satisfied")))
			.list();
	}

	List<Topic> topics() {
		return jdbc.sql("SELECT code, name, parent_code FROM hotline_topic ORDER BY sort_order, code")
			.query((rs, n) -> new Topic(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"))).list();
	}

	private static Consultation map(ResultSet rs, int row) throws SQLException {
		String groups = rs.getString("caller_groups");
		Set<PersonGroup> callerGroups = EnumSet.noneOf(PersonGroup.class);
		if (groups != null && !groups.isBlank()) {
			Arrays.stream(groups.split(",")).map(PersonGroup::valueOf).forEach(callerGroups::add);
		}
		String source = rs.getString("satisfaction_source");
		return new Consultation(new ConsultationId(rs.getLong("id")), rs.getLong("unit_id"), rs.getString("operator_username"),
				ConsultationChannel.valueOf(rs.getString("channel")), rs.getString("topic_code"), callerGroups,
				rs.getString("caller_name"), rs.getString("caller_phone_enc") == null ? null : "****",
				rs.getString("answer_summary"), rs.getObject("started_at", OffsetDateTime.class), rs.getInt("duration_seconds"),
				rs.getBoolean("follow_up_needed"), rs.getString("follow_up_note"), (Integer) rs.getObject("satisfaction", Integer.class),
				source == null ? null : SatisfactionSource.valueOf(source), rs.getString("survey_token_key") != null,
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
