package org.legalaid.eligibility;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The economic review of applications: decisions stored per application with every rule applied, integrity
 * commitments, information-sharing authorisations and false commitments. Records belong to the unit that made
 * them; reads go through the data scope.
 *
 * <p>Before deciding, a case is completed from the records: a false commitment or serious bad credit on record
 * marks the commitment as barred, and an authorised but not yet run sharing query is run against the
 * {@link AssistanceStatusRegistry}.
 */
@Service
public class EligibilityReviews {

	static final String DECISION = "eligibility_decision";
	static final String COMMITMENT = "eligibility_commitment";
	static final String AUTHORISATION = "eligibility_sharing_authorisation";
	static final String CREDIT = "eligibility_credit_record";
	private static final Set<Role> CREDIT_RECORDERS = Set.of(Role.REVIEWER, Role.DIRECTOR, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN);
	private static final String FIELD = "\t";
	private static final String ARG = "\u001F";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final EligibilityRules rules;
	private final AssistanceStatusRegistry registry;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EligibilityReviews(ScopedJdbc scoped, JdbcClient jdbc, EligibilityRules rules, AssistanceStatusRegistry registry,
			PersonalData personalData, CurrentActor actors, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.rules = rules;
		this.registry = registry;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Decides the case under the region's rules on the date, stores the decision for the application and returns it. */
	@Transactional
	public StoredDecision decide(String subjectRef, String unitPath, EligibilityCase eligibilityCase, String regionCode,
			LocalDate date) {
		Actor actor = requireCovers(unitPath);
		String subject = subject(subjectRef);
		if (date == null) {
			throw new RuleViolation("date", "eligibility.review.date.required");
		}
		EligibilityCase completed = complete(subject, eligibilityCase, date);
		EligibilityDecision decision = EligibilityPolicy.decide(completed, rules.rulesFor(regionCode, date), date);
		OffsetDateTime now = OffsetDateTime.now(clock);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO eligibility_decision (subject_ref, outcome, route_rule_id, aid_first, hardship_required,"
				+ " check_required, applied_rules, missing_materials, region_code, decision_date, decided_at, decided_by, unit_path)"
				+ " VALUES (:s, :o, :r, :af, :hr, :cr, :rules, :missing, :region, :d, :at, :by, :path)")
			.param("s", subject)
			.param("o", decision.outcome().name())
			.param("r", decision.routeRuleId())
			.param("af", decision.aidFirst())
			.param("hr", decision.hardshipRequired())
			.param("cr", decision.checkRequired())
			.param("rules", personalData.encrypt(write(decision.appliedRules())))
			.param("missing", String.join(",", decision.missingMaterials()))
			.param("region", regionCode == null ? "" : regionCode.strip())
			.param("d", Date.valueOf(date))
			.param("at", now)
			.param("by", actor.username())
			.param("path", unitPath)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(AuditAction.CREATE, DECISION, id, subject + " " + decision.outcome() + " " + decision.routeRuleId());
		return new StoredDecision(id, subject, decision, regionCode, date, now, actor.username(), unitPath);
	}

	/** The latest decision stored for the application, within the actor's scope. Audited as a view of hardship facts. */
	public Optional<StoredDecision> latestDecision(String subjectRef) {
		Optional<StoredDecision> found = scoped.sql("SELECT * FROM eligibility_decision d WHERE d.subject_ref = :s"
				+ " AND SCOPE(d.unit_path) ORDER BY d.decided_at DESC, d.id DESC")
			.param("s", subjectRef)
			.query(this::mapDecision)
			.list()
			.stream()
			.findFirst();
		found.ifPresent(d -> audit.record(AuditAction.VIEW_PERSONAL_DATA, DECISION, d.id()));
		return found;
	}

	/** One stored decision; {@link RecordNotFound} when it does not exist or lies outside the actor's scope. */
	public StoredDecision decision(long id) {
		StoredDecision d = scoped.sql("SELECT * FROM eligibility_decision d WHERE d.id = :id AND SCOPE(d.unit_path)")
			.param("id", id)
			.query(this::mapDecision)
			.optional()
			.orElseThrow(() -> new RecordNotFound(DECISION, id));
		audit.record(AuditAction.VIEW_PERSONAL_DATA, DECISION, id);
		return d;
	}

	/**
	 * Records that the applicant confirmed the region's commitment text in force today, on a channel, and how it was
	 * signed. A proxy signature needs the proxy's name, stored encrypted.
	 */
	@Transactional
	public CommitmentRecord recordCommitment(String subjectRef, String unitPath, String personKey, String regionCode,
			CommitmentChannel channel, SignatureKind signatureKind, String proxyName) {
		Actor actor = requireCovers(unitPath);
		String subject = subject(subjectRef);
		String key = personKey(personKey);
		if (channel == null) {
			throw new RuleViolation("channel", "eligibility.commitment.channel.required");
		}
		String proxy = proxy(signatureKind, proxyName);
		OffsetDateTime now = OffsetDateTime.now(clock);
		CommitmentText text = rules.commitmentText(regionCode, now.atZoneSameInstant(clock.getZone()).toLocalDate())
			.orElseThrow(() -> new RuleViolation(null, "eligibility.commitment.noText", regionCode));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO eligibility_commitment (subject_ref, person_key, text_id, confirmed_at, channel, signature_kind,"
				+ " proxy_name, recorded_by, unit_path) VALUES (:s, :k, :t, :at, :c, :sig, :proxy, :by, :path)")
			.param("s", subject)
			.param("k", key)
			.param("t", text.id())
			.param("at", now)
			.param("c", channel.name())
			.param("sig", signatureKind.name())
			.param("proxy", proxy == null ? null : personalData.encrypt(proxy), java.sql.Types.VARCHAR)
			.param("by", actor.username())
			.param("path", unitPath)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(AuditAction.CREATE, COMMITMENT, id, subject + " " + channel + " " + signatureKind + " v" + text.version());
		return new CommitmentRecord(id, subject, key, text.id(), text.regionPrefix(), text.version(), now, channel,
				signatureKind, proxy, unitPath);
	}

	/** The commitments recorded for an application, within the actor's scope. */
	public List<CommitmentRecord> commitments(String subjectRef) {
		return scoped.sql("SELECT c.*, t.region_prefix AS text_region_prefix, t.text_version FROM eligibility_commitment c"
				+ " JOIN eligibility_commitment_text t ON t.id = c.text_id WHERE c.subject_ref = :s AND SCOPE(c.unit_path)"
				+ " ORDER BY c.confirmed_at, c.id")
			.param("s", subjectRef)
			.query((rs, i) -> new CommitmentRecord(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("person_key"),
					rs.getLong("text_id"), rs.getString("text_region_prefix"), rs.getInt("text_version"),
					rs.getObject("confirmed_at", OffsetDateTime.class), CommitmentChannel.valueOf(rs.getString("channel")),
					SignatureKind.valueOf(rs.getString("signature_kind")), decrypt(rs.getString("proxy_name")),
					rs.getString("unit_path")))
			.list();
	}

	/** Records the signed authorisation for the information-sharing query. */
	@Transactional
	public SharingAuthorisation recordAuthorisation(String subjectRef, String unitPath, String personKey,
			SignerRelation relation, SignatureKind signatureKind, String proxyName) {
		Actor actor = requireCovers(unitPath);
		String subject = subject(subjectRef);
		String key = personKey(personKey);
		if (relation == null) {
			throw new RuleViolation("signerRelation", "eligibility.authorisation.relation.required");
		}
		String proxy = proxy(signatureKind, proxyName);
		OffsetDateTime now = OffsetDateTime.now(clock);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO eligibility_sharing_authorisation (subject_ref, person_key, signed_at, signer_relation,"
				+ " signature_kind, proxy_name, recorded_by, unit_path) VALUES (:s, :k, :at, :r, :sig, :proxy, :by, :path)")
			.param("s", subject)
			.param("k", key)
			.param("at", now)
			.param("r", relation.name())
			.param("sig", signatureKind.name())
			.param("proxy", proxy == null ? null : personalData.encrypt(proxy), java.sql.Types.VARCHAR)
			.param("by", actor.username())
			.param("path", unitPath)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(AuditAction.CREATE, AUTHORISATION, id, subject + " " + relation + " " + signatureKind);
		return new SharingAuthorisation(id, subject, key, now, relation, signatureKind, proxy, unitPath);
	}

	/** True when a false commitment or serious bad credit is on record for the person, wherever it was recorded. */
	public boolean hasAdverseCredit(String personKey) {
		return personKey != null && jdbc.sql("SELECT COUNT(*) FROM eligibility_credit_record WHERE person_key = :k")
			.param("k", personKey)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records a false commitment found after the fact and publishes {@link FalseCommitmentFound} so that the aid is
	 * terminated (LAL art. 48(1)). The record belongs to the unit of the application's commitment, else the actor's.
	 */
	@Transactional
	public FalseCommitmentFound recordFalseCommitment(String personKey, String subjectRef) {
		Actor actor = actors.require();
		if (!actor.hasAny(CREDIT_RECORDERS)) {
			throw new AccessRefused("recording a false commitment needs a reviewer, director or administrator");
		}
		String key = personKey(personKey);
		String subject = subject(subjectRef);
		String unitPath = commitments(subject).stream()
			.filter(c -> c.personKey().equals(key))
			.map(CommitmentRecord::unitPath)
			.findFirst()
			.orElse(actor.unitPath());
		OffsetDateTime now = OffsetDateTime.now(clock);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO eligibility_credit_record (person_key, kind, subject_ref, recorded_at, source, recorded_by,"
				+ " unit_path) VALUES (:k, 'FALSE_COMMITMENT', :s, :at, :src, :by, :path)")
			.param("k", key)
			.param("s", subject)
			.param("at", now)
			.param("src", FalseCommitmentFound.ARTICLE)
			.param("by", actor.username())
			.param("path", unitPath)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record(AuditAction.CREATE, CREDIT, id, "FALSE_COMMITMENT " + subject);
		FalseCommitmentFound event = new FalseCommitmentFound(id, key, subject, now, unitPath);
		events.publishEvent(event);
		return event;
	}

	EligibilityCase complete(String subject, EligibilityCase c, LocalDate date) {
		if (c.personKey() == null) {
			return c;
		}
		EligibilityCase.EconomicEvidence economy = c.economy();
		if (!economy.commitmentBarred() && hasAdverseCredit(c.personKey())) {
			economy = economy.withBarred(true);
		}
		if (economy.sharing() == SharingResult.NOT_QUERIED) {
			boolean authorised = jdbc.sql("SELECT COUNT(*) FROM eligibility_sharing_authorisation WHERE subject_ref = :s"
					+ " AND person_key = :k")
				.param("s", subject)
				.param("k", c.personKey())
				.query(Long.class)
				.single() > 0;
			if (authorised) {
				economy = economy.withSharing(registry.lookup(c.personKey(), date).asSharingResult());
			}
		}
		return c.withEconomy(economy);
	}

	private Actor requireCovers(String unitPath) {
		Actor actor = actors.require();
		if (unitPath == null || !actor.covers(unitPath)) {
			throw new AccessRefused("unit " + unitPath + " is outside the actor's scope");
		}
		return actor;
	}

	private static String subject(String subjectRef) {
		String s = subjectRef == null ? "" : subjectRef.strip();
		if (s.isEmpty() || s.length() > 60) {
			throw new RuleViolation("subjectRef", "eligibility.review.subject.required");
		}
		return s;
	}

	private static String personKey(String personKey) {
		if (personKey == null || personKey.isBlank() || personKey.length() > 100) {
			throw new RuleViolation("personKey", "eligibility.review.personKey.required");
		}
		return personKey;
	}

	private static String proxy(SignatureKind kind, String proxyName) {
		if (kind == null) {
			throw new RuleViolation("signatureKind", "eligibility.signature.required");
		}
		String name = proxyName == null ? "" : proxyName.strip();
		if (kind == SignatureKind.PROXY && (name.isEmpty() || name.length() > 60)) {
			throw new RuleViolation("proxyName", "eligibility.signature.proxyName.required");
		}
		return name.isEmpty() ? null : name;
	}

	private String decrypt(String stored) {
		return stored == null ? null : personalData.decrypt(stored);
	}

	private StoredDecision mapDecision(ResultSet rs, int row) throws SQLException {
		String missing = rs.getString("missing_materials");
		EligibilityDecision d = new EligibilityDecision(Outcome.valueOf(rs.getString("outcome")), rs.getString("route_rule_id"),
				rs.getBoolean("aid_first"), rs.getBoolean("hardship_required"), rs.getBoolean("check_required"),
				read(personalData.decrypt(rs.getString("applied_rules"))),
				missing.isEmpty() ? List.of() : Arrays.asList(missing.split(",")));
		return new StoredDecision(rs.getLong("id"), rs.getString("subject_ref"), d, rs.getString("region_code"),
				rs.getDate("decision_date").toLocalDate(), rs.getObject("decided_at", OffsetDateTime.class),
				rs.getString("decided_by"), rs.getString("unit_path"));
	}

	/** One rule a line: id, article, message key, arguments; tabs and line breaks in values become spaces. */
	static String write(List<AppliedRule> applied) {
		StringBuilder out = new StringBuilder();
		for (AppliedRule r : applied) {
			out.append(clean(r.ruleId())).append(FIELD).append(clean(r.article())).append(FIELD).append(clean(r.messageKey()))
				.append(FIELD).append(String.join(ARG, r.args().stream().map(EligibilityReviews::clean).toList())).append('\n');
		}
		return out.toString();
	}

	static List<AppliedRule> read(String text) {
		List<AppliedRule> rules = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] f = line.split(FIELD, -1);
			List<String> args = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(ARG, -1));
			rules.add(new AppliedRule(f[0], f[1], f[2], args));
		}
		return rules;
	}

	private static String clean(String value) {
		return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(ARG, " ");
	}
}
