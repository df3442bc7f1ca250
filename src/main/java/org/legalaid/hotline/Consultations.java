package org.legalaid.hotline;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.Period;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation records (product.md capability 8): recorded by the operator or clerk who gave the consultation, owned
 * by their unit; no eligibility check (legal-aid-rules.md §4.1). The caller's satisfaction is recorded by staff or by
 * the caller through a one-time survey link sent as a text message.
 */
@Service
public class Consultations {

	static final String RECORD = "consultation";
	/** Who records consultations and reads those in their scope. */
	static final Set<Role> STAFF = Set.copyOf(EnumSet.of(Role.HOTLINE_OPERATOR, Role.WINDOW_CLERK, Role.LAWYER, Role.DIRECTOR));
	/** Who reads satisfaction figures: staff and the supervising administrators. */
	static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.HOTLINE_OPERATOR, Role.WINDOW_CLERK, Role.LAWYER, Role.DIRECTOR,
			Role.QUALITY_REVIEWER, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	static final int MAX_DURATION = 4 * 60 * 60;
	static final int MAX_QUESTION = 4000;
	static final int MAX_ANSWER = 4000;
	static final int MAX_NOTE = 1000;
	static final int MAX_NAME = 60;
	/** How long a survey link stays valid. */
	static final Duration SURVEY_VALID = Duration.ofDays(30);

	private final ConsultationRepository consultations;
	private final ServiceNetwork network;
	private final TextMessages texts;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	/** Where the public reaches this platform, for links sent by text message. */
	private final String publicBaseUrl;

	Consultations(ConsultationRepository consultations, ServiceNetwork network, TextMessages texts, PersonalData personalData,
			CurrentActor actors, AuditLog audit, Clock clock, @Value("${legalaid.public-base-url}") String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
		this.consultations = consultations;
		this.network = network;
		this.texts = texts;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** The topic categories, in display order. */
	@Transactional(readOnly = true)
	public List<Topic> topics() {
		return consultations.topics();
	}

	/** Records a consultation given by the actor, owned by the actor's unit. */
	@Transactional
	public ConsultationId record(ConsultationDraft draft) {
		Actor actor = requireStaff();
		if (draft == null) {
			throw new RuleViolation("question", "hotline.error.question.required");
		}
		if (draft.channel() == null) {
			throw new RuleViolation("channel", "hotline.error.channel.required");
		}
		String topic = PlainText.blankToNull(draft.topicCode());
		if (topic == null || topics().stream().noneMatch(t -> t.code().equals(topic))) {
			throw new RuleViolation("topicCode", "hotline.error.topic.required");
		}
		String question = PlainText.blankToNull(draft.question());
		if (question == null) {
			throw new RuleViolation("question", "hotline.error.question.required");
		}
		requirePlain("question", question, MAX_QUESTION);
		String answer = PlainText.blankToNull(draft.answerSummary());
		requirePlain("answerSummary", answer, MAX_ANSWER);
		String name = PlainText.blankToNull(draft.callerName());
		requirePlain("callerName", name, MAX_NAME);
		String phone = PlainText.blankToNull(draft.callerPhone());
		if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
			throw new RuleViolation("callerPhone", "hotline.error.phone.invalid");
		}
		String note = PlainText.blankToNull(draft.followUpNote());
		requirePlain("followUpNote", note, MAX_NOTE);
		if (draft.followUpNeeded() && note == null) {
			throw new RuleViolation("followUpNote", "hotline.error.followUpNote.required");
		}
		Integer duration = draft.durationSeconds();
		if (duration == null || duration < 0 || duration > MAX_DURATION) {
			throw new RuleViolation("durationSeconds", "hotline.error.duration.invalid", MAX_DURATION / 3600);
		}
		if (draft.callerGroups().stream().anyMatch(PersonGroup::derived)) {
			throw new RuleViolation("callerGroups", "hotline.error.groups.derived");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime started = draft.startedAt() == null ? now.minusSeconds(duration) : draft.startedAt();
		if (started.isAfter(now.plusMinutes(5))) {
			throw new RuleViolation("startedAt", "hotline.error.startedAt.future");
		}
		long id = consultations.insert(new ConsultationRepository.NewConsultation(actor.unitId(), actor.unitPath(),
				actor.accountId(), actor.username(), draft.channel(), topic, draft.callerGroups(), name,
				personalData.encrypt(phone), phone == null ? null : personalData.lookupKey(phone),
				personalData.encrypt(question), answer, started, duration, draft.followUpNeeded(), note, now));
		audit.record(AuditAction.CREATE, RECORD, id, draft.channel().name() + " " + topic);
		return new ConsultationId(id);
	}

	/** One consultation in the actor's scope (one outside it is not found), with the caller's phone masked. */
	@Transactional(readOnly = true)
	public Consultation get(ConsultationId id) {
		requireReader();
		ConsultationRepository.Row row = row(id);
		Consultation c = row.consultation();
		if (row.phoneEncrypted() == null) {
			return c;
		}
		return new Consultation(c.id(), c.unitId(), c.operatorUsername(), c.channel(), c.topicCode(), c.callerGroups(),
				c.callerName(), maskPhone(personalData.decrypt(row.phoneEncrypted())), c.answerSummary(), c.startedAt(),
				c.durationSeconds(), c.followUpNeeded(), c.followUpNote(), c.satisfaction(), c.satisfactionSource(),
				c.surveyIssued(), c.createdAt(), c.version());
	}

	/** The caller's question in full: it may hold personal facts, so a separate audited action. */
	@Transactional
	public String revealQuestion(ConsultationId id) {
		requireReader();
		String question = personalData.decrypt(consultations.questionEncrypted(id.value())
			.orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "question");
		return question;
	}

	/** The consultations in the actor's scope matching the filter, the latest first. */
	@Transactional(readOnly = true)
	public Page<Consultation> search(ConsultationFilter filter, PageRequest page) {
		requireReader();
		ConsultationFilter f = filter == null ? ConsultationFilter.any() : filter;
		Period.checkOpen(f.from(), f.to());
		OffsetDateTime from = f.from() == null ? OffsetDateTime.parse("2000-01-01T00:00Z") : startOf(f.from());
		OffsetDateTime to = f.to() == null ? OffsetDateTime.parse("9999-01-01T00:00Z") : startOf(f.to().plusDays(1));
		return consultations.list(f, from, to, page);
	}

	/** The caller's rating (1–5) as recorded by staff, replacing any earlier one. */
	@Transactional
	public void rate(ConsultationId id, int score) {
		requireStaff();
		if (score < 1 || score > 5) {
			throw new RuleViolation("satisfaction", "hotline.error.satisfaction.invalid");
		}
		row(id);
		if (!consultations.rate(id.value(), score, SatisfactionSource.OPERATOR)) {
			throw new RecordNotFound(RECORD, id.value());
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "satisfaction " + score);
	}

	/**
	 * Issues a one-time survey link for the caller to rate the consultation, replacing an unused earlier one, and
	 * sends it by text message, as a full link under the public base URL, when the caller's phone is known. Only the
	 * token's keyed hash is stored. Returns the link's path ({@code /public/survey/<token>}).
	 */
	@Transactional
	public String surveyLink(ConsultationId id) {
		requireStaff();
		ConsultationRepository.Row row = row(id);
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		if (!consultations.issueSurvey(id.value(), personalData.lookupKey(token), OffsetDateTime.now(clock).plus(SURVEY_VALID))) {
			throw new RuleViolation(null, "hotline.error.survey.answered");
		}
		String path = "/public/survey/" + token;
		if (row.phoneEncrypted() != null) {
			texts.send(personalData.decrypt(row.phoneEncrypted()), "【法律援助】感谢您咨询12348法律援助热线，请为本次服务评价：" + publicBaseUrl + path, "survey");
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "survey link issued");
		return path;
	}

	/** Whether a survey token can still be answered; no sign-in needed, the token is the right. */
	@Transactional(readOnly = true)
	public SurveyStatus survey(String token) {
		if (token == null || !token.matches("[0-9a-f]{32}")) {
			return SurveyStatus.UNKNOWN;
		}
		return consultations.survey(personalData.lookupKey(token))
			.map(s -> s.answeredAt() != null ? SurveyStatus.ANSWERED
					: s.expiresAt() != null && s.expiresAt().isBefore(OffsetDateTime.now(clock)) ? SurveyStatus.EXPIRED : SurveyStatus.OPEN)
			.orElse(SurveyStatus.UNKNOWN);
	}

	/** Records the caller's rating through the survey link, once; a used, expired or unknown link is refused. */
	@Transactional
	public void answerSurvey(String token, int score) {
		if (score < 1 || score > 5) {
			throw new RuleViolation("satisfaction", "hotline.error.satisfaction.invalid");
		}
		SurveyStatus status = survey(token);
		if (status != SurveyStatus.OPEN || !consultations.answerSurvey(personalData.lookupKey(token), score, OffsetDateTime.now(clock))) {
			throw new RuleViolation(null, status == SurveyStatus.OPEN ? SurveyStatus.ANSWERED.messageKey() : status.messageKey());
		}
	}

	/**
	 * Satisfaction within a unit's subtree (the unit must lie in the actor's scope) over the days {@code from} to
	 * {@code to} inclusive: per unit, per operator and in total.
	 */
	@Transactional(readOnly = true)
	public SatisfactionFigures satisfaction(long unitId, LocalDate from, LocalDate to) {
		Actor actor = requireReader();
		Period.of(from, to);
		ServiceUnit unit = network.find(unitId, actor).orElseThrow(() -> new RecordNotFound("unit", unitId));
		OffsetDateTime start = startOf(from);
		OffsetDateTime end = startOf(to.plusDays(1));
		Map<Long, String> names = new LinkedHashMap<>();
		List<ConsultationRepository.Tally> units = consultations.tally("c.unit_id", unit.path(), start, end);
		List<SatisfactionRate> byUnit = units.stream()
			.map(t -> rate(t, names.computeIfAbsent(Long.parseLong(t.key()), u -> network.get(u).name())))
			.toList();
		List<SatisfactionRate> byOperator = consultations.tally("c.operator_username", unit.path(), start, end).stream()
			.map(t -> rate(t, t.key()))
			.toList();
		long n = 0, rated = 0, sum = 0, satisfied = 0;
		for (var t : units) {
			n += t.consultations();
			rated += t.rated();
			sum += t.sum();
			satisfied += t.satisfied();
		}
		return new SatisfactionFigures(unitId, from, to, SatisfactionRate.of(Long.toString(unitId), unit.name(), n, rated, sum, satisfied),
				byUnit, byOperator);
	}

	private static SatisfactionRate rate(ConsultationRepository.Tally t, String label) {
		return SatisfactionRate.of(t.key(), label, t.consultations(), t.rated(), t.sum(), t.satisfied());
	}

	ConsultationRepository.Row row(ConsultationId id) {
		return consultations.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	Actor requireStaff() {
		Actor actor = actors.require();
		if (!actor.hasAny(STAFF)) {
			throw new AccessRefused("consultations need one of " + STAFF);
		}
		return actor;
	}

	private Actor requireReader() {
		Actor actor = actors.require();
		if (!actor.hasAny(READERS)) {
			throw new AccessRefused("consultations need one of " + READERS);
		}
		return actor;
	}

	static String maskPhone(String phone) {
		String p = phone.strip();
		return p.length() <= 7 ? "****" : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}


	/** Free text without markup or control characters other than line breaks and tabs, within the length. */
	static void requirePlain(String field, String text, int max) {
		if (text != null && (text.length() > max || !PlainText.isPlain(text))) {
			throw new RuleViolation(field, "hotline.error.text.invalid", max);
		}
	}
}
