package org.legalaid.intake;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.legalaid.deadlines.Deadlines;
import org.legalaid.documents.EvidenceFiles;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.eligibility.EligibilityRules;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.Matter;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.People;
import org.legalaid.people.PersonCard;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.legalaid.people.PersonId;
import org.legalaid.people.ResidentIdNumber;
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
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering applications and reading them back. An application belongs to the unit that received it (so that
 * unit and every unit above it see it) and is decided by the nearest legal-aid centre at or above that unit, whose
 * region's rules apply. The review time limit (D4) starts when it is received.
 */
@Service
public class Applications {

	static final String RECORD = "application";
	/** Groups served through the green channel (product.md capability 4). */
	public static final Set<PersonGroup> GREEN_CHANNEL = Set.copyOf(EnumSet.of(PersonGroup.MIGRANT_WORKER,
			PersonGroup.ELDERLY, PersonGroup.DISABLED, PersonGroup.MINOR, PersonGroup.LEFT_BEHIND,
			PersonGroup.SERVICE_MEMBER_OR_FAMILY));
	static final Set<Role> REGISTRARS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR));
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
	private static final int MAX_FACTS = 4000;
	private static final int MAX_EVIDENCE = 20;

	private final ApplicationRepository applications;
	private final People people;
	private final EligibilityRules rules;
	private final ServiceNetwork network;
	private final Deadlines deadlines;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final ApplicationLetters letters;
	private final EvidenceFiles evidence;
	private final ReceiptIssuing receipts;
	private final Clock clock;

	Applications(ApplicationRepository applications, People people, EligibilityRules rules, ServiceNetwork network,
			Deadlines deadlines, PersonalData personalData, CurrentActor actors, AuditLog audit, ApplicationLetters letters,
			EvidenceFiles evidence, ReceiptIssuing receipts, Clock clock) {
		this.receipts = receipts;
		this.evidence = evidence;
		this.letters = letters;
		this.applications = applications;
		this.people = people;
		this.rules = rules;
		this.network = network;
		this.deadlines = deadlines;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers an application. A repeat with the same idempotency key returns the first registration and creates
	 * nothing; the same key with different content is refused. Any problem stores nothing.
	 */
	@Transactional
	public Registration register(ApplicationDraft draft, String idempotencyKey) {
		return register(draft, idempotencyKey, null);
	}

	/** Evidence uploaded by staff for an application in their scope. */
	@Transactional
	public long attachEvidence(ApplicationId id, String materialCode, InputStream content) {
		Actor actor = actors.require();
		if (!actor.hasAny(REGISTRARS)) {
			throw new AccessRefused("attaching evidence needs one of " + REGISTRARS);
		}
		get(id);
		return attach(id.value(), materialCode, content, actor.username());
	}

	/** Stores an evidence file for the application and counts it as the material it is; in the caller's transaction. */
	long attach(long applicationId, String materialCode, InputStream content, String by) {
		if (materialCode == null || !Materials.ORDER.contains(materialCode)) {
			throw new RuleViolation("materialCode", "application.error.material.unknown");
		}
		if (applications.evidenceCount(applicationId) >= MAX_EVIDENCE) {
			throw new RuleViolation("file", "evidence.error.tooMany", MAX_EVIDENCE);
		}
		EvidenceFiles.StoredEvidence stored = evidence.store(content);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long evidenceId = applications.insertEvidence(applicationId, materialCode, stored, now, by);
		applications.insertMaterial(applicationId, materialCode, now);
		audit.record(AuditAction.CREATE, "evidence", evidenceId, "application " + applicationId + " " + materialCode + " "
				+ stored.mediaType() + " " + stored.size() + " bytes sha256 " + stored.sha256());
		return evidenceId;
	}

	/** The evidence of an application in scope. */
	@Transactional(readOnly = true)
	public List<Evidence> evidence(ApplicationId id) {
		get(id);
		return applications.evidence(id.value());
	}

	/** Registers as the current actor; {@code accessTokenKey} is the online access token's lookup key, or null. */
	Registration register(ApplicationDraft draft, String idempotencyKey, String accessTokenKey) {
		Actor actor = actors.require();
		if (!actor.hasAny(REGISTRARS)) {
			throw new AccessRefused("registering applications needs one of " + REGISTRARS);
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
			throw new RuleViolation("idempotencyKey", "application.error.idempotency.invalid");
		}
		String hash = requestHash(draft);
		if (key != null) {
			var earlier = applications.byIdempotencyKey(key);
			if (earlier.isPresent()) {
				if (!earlier.get().requestHash().equals(hash)) {
					throw new RuleViolation("idempotencyKey", "application.error.idempotency.reused");
				}
				return new Registration(new ApplicationId(earlier.get().id()), earlier.get().number(), true,
						earlier.get().possibleDuplicateOf());
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		ServiceUnit received = network.get(actor.unitId());
		ServiceUnit centre = competentCentre(received);
		Matter matter = checkDraft(draft, centre, now);
		PersonId applicant = applicant(draft.applicant());
		PersonCard card = people.get(applicant);
		String applicantKey = personKey(draft.applicant().documentType(), draft.applicant().documentNumber());
		Long duplicateOf = applications.openApplicationOf(applicantKey, matter.code()).orElse(null);
		boolean green = card.groupsOn(today).stream().anyMatch(GREEN_CHANNEL::contains);

		long id = applications.nextId();
		String number = "%s-%d-%06d".formatted(centre.divisionCode(), today.getYear(), applications.nextNumber(centre.id(), today.getYear()));
		applications.insert(new ApplicationRepository.NewApplication(id, number, centre.id(), received.path(), received.id(),
				centre.divisionCode(), draft.channel(), applicant.value(), card.name(), applicantKey, PlainText.blankToNull(draft.agentName()),
				PlainText.blankToNull(draft.agentRelation()), matter.code(), personalData.encrypt(PlainText.blankToNull(draft.facts())), now,
				draft.forwardedReceivedAt(), PlainText.blankToNull(draft.urgentReason()), green, duplicateOf, key, hash,
				personalData.lookupKey(PlainText.blankToNull(draft.applicant().phone())), accessTokenKey), now);
		applications.history(id, null, ApplicationStatus.RECEIVED, actor, now, draft.channel().name() + forwarding(draft, centre, now));
		for (OpposingParty party : draft.opposingParties()) {
			String idNumber = PlainText.blankToNull(party.idNumber());
			applications.insertOpposingParty(id, party, personalData.encrypt(idNumber),
					idNumber == null ? null : personalData.lookupKey(ResidentIdNumber.normalise(idNumber)));
		}
		for (String code : Materials.ORDER) {
			if (draft.materialsReceived().contains(code)) {
				applications.insertMaterial(id, code, now);
			}
		}
		long timer = deadlines.track(RECORD, Long.toString(id), received.path(), centre.divisionCode(), "D4", now.toInstant());
		applications.setReviewDeadline(id, timer, deadlines.timer(timer).dueAt().atZone(clock.getZone()).toOffsetDateTime());
		receipts.schedule(id);
		audit.record(AuditAction.CREATE, RECORD, id, number + " " + draft.channel() + " " + matter.code()
				+ (duplicateOf == null ? "" : " possible duplicate of " + duplicateOf));
		return new Registration(new ApplicationId(id), number, false, duplicateOf);
	}

	/** The application in the actor's scope, if there is one: for other modules that look an application up by id. */
	@Transactional(readOnly = true)
	public Optional<ApplicationSummary> find(ApplicationId id) {
		return applications.find(id.value());
	}

	@Transactional(readOnly = true)
	public ApplicationSummary get(ApplicationId id) {
		return applications.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	/**
	 * Where the application belongs, for procedures of other modules that keep records about it (objections):
	 * the unit path that scopes it, the deciding centre and the region whose rules apply. Read in the actor's scope.
	 */
	@Transactional(readOnly = true)
	public ApplicationScope scopeOf(ApplicationId id) {
		var details = applications.details(id.value(), actors.require())
			.orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
		return new ApplicationScope(details.unitPath(), details.centreId(), details.regionCode());
	}

	/** The data scope ({@code unitPath}), deciding centre and region of one application. */
	public record ApplicationScope(String unitPath, long centreId, String regionCode) {
	}

	/** The opposing parties as recorded (names, organisation codes and roles; ID numbers stay protected). */
	@Transactional(readOnly = true)
	public List<OpposingParty> opposingParties(ApplicationId id) {
		get(id);
		return applications.opposingParties(id.value());
	}

	/**
	 * The applicant and the opposing parties as the assignment's conflict-of-interest check needs them: names, keyed
	 * hashes of ID numbers, organisation codes and roles (never the ID numbers). Read in the actor's scope.
	 */
	@Transactional(readOnly = true)
	public ConflictParties conflictParties(ApplicationId id) {
		ApplicationSummary application = get(id);
		return new ConflictParties(application.applicantName(), applications.applicantKey(id.value()).orElse(null),
				applications.opposingPartyKeys(id.value()));
	}

	/** The official documents issued for the application (receipt, notices, decisions). */
	@Transactional(readOnly = true)
	public List<IssuedDocument> documents(ApplicationId id) {
		get(id);
		return letters.documentsOf(id.value());
	}

	/** The facts in full: personal data, so a separate audited action. */
	@Transactional
	public String revealFacts(ApplicationId id) {
		Actor actor = actors.require();
		if (!actor.hasAny(REGISTRARS)) {
			throw new AccessRefused("reading the facts needs one of " + REGISTRARS);
		}
		String facts = personalData.decrypt(applications.factsEncrypted(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value())));
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "facts");
		return facts;
	}

	/** The work queue of the actor's subtree: urgent first, then the green channel, then by review deadline. */
	@Transactional(readOnly = true)
	public Page<ApplicationSummary> queue(boolean openOnly, String text, PageRequest page) {
		actors.require();
		return applications.queue(openOnly, text == null ? "" : text.strip(), page);
	}

	/** The matters an application received at the actor's unit may concern today (the deciding centre's region). */
	@Transactional(readOnly = true)
	public List<Matter> mattersAvailable() {
		ServiceUnit centre = competentCentre(network.get(actors.require().unitId()));
		LocalDate today = LocalDate.now(clock);
		return rules.rulesFor(centre.divisionCode(), today).mattersInForce(today);
	}

	/** The name of the application's matter under its region's catalogue, or its code where none is found. */
	@Transactional(readOnly = true)
	public String matterName(ApplicationSummary application) {
		LocalDate received = application.receivedAt().toLocalDate();
		return rules.rulesFor(applications.regionOf(application.id().value()), received).matter(application.matterCode(), received)
			.map(Matter::name).orElse(application.matterCode());
	}

	/** The legal-aid centre that decides applications received at the unit: itself or its nearest centre above. */
	ServiceUnit competentCentre(ServiceUnit unit) {
		ServiceUnit at = unit;
		while (at.kind() != UnitKind.CENTRE) {
			Long parent = at.parentId();
			if (parent == null) {
				throw new IllegalStateException("unit " + unit.id() + " has no legal-aid centre above it");
			}
			at = network.find(parent, Actor.SYSTEM).orElseThrow();
		}
		return at;
	}

	private Matter checkDraft(ApplicationDraft draft, ServiceUnit centre, OffsetDateTime now) {
		if (draft.applicant() == null) {
			throw new RuleViolation("applicant.name", "person.error.name.required");
		}
		if (draft.channel() == null) {
			throw new RuleViolation("channel", "application.error.channel.required");
		}
		Matter matter = rules.rulesFor(centre.divisionCode(), now.toLocalDate()).matter(draft.matterCode(), now.toLocalDate())
			.orElseThrow(() -> new RuleViolation("matterCode", "application.error.matter.unknown"));
		if (draft.channel().isForwarded()) {
			if (draft.forwardedReceivedAt() == null) {
				throw new RuleViolation("forwardedReceivedAt", "application.error.forwarded.required");
			}
			if (draft.forwardedReceivedAt().isAfter(now)) {
				throw new RuleViolation("forwardedReceivedAt", "application.error.forwarded.future");
			}
		}
		if (!Materials.ORDER.containsAll(draft.materialsReceived())) {
			throw new RuleViolation("materialsReceived", "application.error.material.unknown");
		}
		if (draft.facts() != null && draft.facts().length() > MAX_FACTS) {
			throw new RuleViolation("facts", "application.error.facts.length", MAX_FACTS);
		}
		if (!plainLine(draft.agentName(), 60) || !plainLine(draft.agentRelation(), 30)) {
			throw new RuleViolation("agentName", "application.error.agent.invalid");
		}
		if (!plainLine(draft.urgentReason(), 300)) {
			throw new RuleViolation("urgentReason", "application.error.urgent.invalid");
		}
		List<OpposingParty> parties = draft.opposingParties();
		for (int i = 0; i < parties.size(); i++) {
			OpposingParty p = parties.get(i);
			if (!plainLine(p.name(), 100) || !plainLine(p.role(), 60) || !plainLine(p.organisationCode(), 30)) {
				throw new RuleViolation("opposingParties[" + i + "].name", "application.error.party.invalid");
			}
			if (p.idNumber() != null && !p.idNumber().isBlank()) {
				var problem = ResidentIdNumber.problemWith(p.idNumber(), now.toLocalDate());
				if (problem.isPresent()) {
					throw new RuleViolation("opposingParties[" + i + "].idNumber", problem.get().messageKey());
				}
			}
		}
		return matter;
	}

	/**
	 * For a forwarded application, whether it arrived within the forwarding limit (D1, 24 hours, LAL art. 39),
	 * as a note for the history; empty otherwise.
	 */
	private String forwarding(ApplicationDraft draft, ServiceUnit centre, OffsetDateTime now) {
		if (!draft.channel().isForwarded()) {
			return "";
		}
		String rule = draft.channel() == Channel.FORWARDED_BY_ORGAN ? "D1" : "D2";
		var due = deadlines.dueAt(rule, centre.divisionCode(), draft.forwardedReceivedAt().toInstant());
		return now.toInstant().isAfter(due) ? " forwarded late (" + rule + " due " + due + ")" : " forwarded in time (" + rule + ")";
	}

	/** The applicant: found by document within the actor's scope, or registered now. */
	private PersonId applicant(PersonDraft draft) {
		List<PersonCard> known = people.findByDocument(draft.documentType(), draft.documentNumber());
		if (!known.isEmpty()) {
			return known.getFirst().id();
		}
		try {
			return people.register(draft);
		}
		catch (RuleViolation e) {
			throw new RuleViolation(e.field() == null ? "applicant" : "applicant." + e.field(), e.messageKey(), e.args());
		}
	}

	/**
	 * The applicant's lookup key: for a resident ID the keyed hash of the number itself, the same key the
	 * eligibility module's information-sharing data uses; for other documents the hash of type and number.
	 */
	private String personKey(IdentityDocumentType type, String number) {
		if (number == null) {
			return null;
		}
		String normalised = ResidentIdNumber.normalise(number);
		return personalData.lookupKey(type == IdentityDocumentType.RESIDENT_ID ? normalised : type + ":" + normalised);
	}

	/** A digest of what was submitted, independent of collection order, to recognise a repeated submission. */
	static String requestHash(ApplicationDraft draft) {
		PersonDraft a = draft.applicant();
		StringBuilder canonical = new StringBuilder();
		if (a != null) {
			canonical.append(a.name()).append('|').append(a.documentType()).append('|').append(ResidentIdNumber.normalise(a.documentNumber()))
				.append('|').append(a.issuingCountry()).append('|').append(a.birthDate()).append('|').append(a.sex()).append('|')
				.append(a.phone()).append('|').append(a.address()).append('|').append(a.householdDivisionCode()).append('|')
				.append(a.groups().stream().map(Enum::name).sorted().toList());
		}
		canonical.append('|').append(draft.agentName()).append('|').append(draft.agentRelation()).append('|')
			.append(draft.matterCode()).append('|').append(draft.channel()).append('|')
			.append(draft.forwardedReceivedAt() == null ? null : draft.forwardedReceivedAt().toInstant()).append('|')
			.append(draft.facts()).append('|').append(draft.urgentReason()).append('|').append(draft.opposingParties()).append('|')
			.append(draft.materialsReceived().stream().sorted().toList());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean plainLine(String s, int max) {
		return s == null || (s.length() <= max && PlainText.isPlainLine(s));
	}
}
