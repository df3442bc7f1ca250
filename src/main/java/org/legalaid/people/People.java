package org.legalaid.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.legalaid.network.Division;
import org.legalaid.network.Divisions;
import org.legalaid.people.PersonRepository.NewPerson;
import org.legalaid.people.PersonRepository.StoredPerson;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered persons. A person belongs to the unit that registered them and is visible in that unit's subtree only.
 * Document number, phone and address are encrypted at rest, shown masked, and revealed in full one field at a time
 * to staff who need them; every card view and every reveal is in the audit trail.
 */
@Service
public class People {

	static final String RECORD = "people_person";

	/** Who may register persons. */
	public static final Set<Role> REGISTRARS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR,
			Role.HOTLINE_OPERATOR, Role.SYSTEM_ADMIN));

	/** Who may see a protected value in full. */
	public static final Set<Role> REVEALERS = Set.copyOf(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR,
			Role.SYSTEM_ADMIN));

	private final PersonRepository repository;
	private final PersonalData personalData;
	private final AuditLog audit;
	private final CurrentActor actors;
	private final Divisions divisions;
	private final Clock clock;

	People(PersonRepository repository, PersonalData personalData, AuditLog audit, CurrentActor actors, Divisions divisions,
			Clock clock) {
		this.repository = repository;
		this.personalData = personalData;
		this.audit = audit;
		this.actors = actors;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** Every problem with a draft, each naming its field; empty when it can be registered. */
	public List<RuleViolation> check(PersonDraft draft) {
		return PersonRules.check(draft, today(), code -> divisions.find(code).isPresent()).problems();
	}

	/**
	 * Registers a person for the acting user's unit. All or nothing: any problem (the first is thrown) stores
	 * nothing. A person whose document is already registered in the actor's scope is refused as a duplicate.
	 */
	@Transactional
	public PersonId register(PersonDraft draft) {
		Actor actor = actors.require();
		if (!actor.hasAny(REGISTRARS)) {
			throw new AccessRefused("registering persons needs one of " + REGISTRARS);
		}
		PersonRules.Checked checked = PersonRules.check(draft, today(), code -> divisions.find(code).isPresent());
		if (!checked.problems().isEmpty()) {
			throw checked.problems().getFirst();
		}
		PersonRules.Clean p = checked.clean();
		String documentKey = documentKey(p.documentType(), p.documentNumber());
		List<StoredPerson> existing = repository.findByDocumentKey(documentKey);
		if (!existing.isEmpty()) {
			throw new RuleViolation("documentNumber", "person.error.document.duplicate", existing.getFirst().id());
		}
		long id = repository.insert(new NewPerson(actor.unitId(), actor.unitPath(), p.name(), p.documentType(),
				personalData.encrypt(p.documentNumber()), documentKey, p.issuingCountry(), p.birthDate(), p.sex(),
				p.overrideReason(), personalData.encrypt(p.phone()), personalData.lookupKey(p.phone()),
				personalData.encrypt(p.address()), p.householdDivisionCode(), p.groups()), OffsetDateTime.now(clock));
		audit.record(AuditAction.CREATE, RECORD, id, "document=" + p.documentType().name());
		return new PersonId(id);
	}

	/** The person's card with masked values; recorded as a view of personal data. Out of scope is not found. */
	@Transactional
	public PersonCard get(PersonId id) {
		PersonCard card = card(load(id));
		audit.record(AuditAction.VIEW_PERSONAL_DATA, RECORD, id.value(), "card");
		return card;
	}

	/** Typed groups and the groups derived from birth date and sex on {@code day}. */
	@Transactional(readOnly = true)
	public Set<PersonGroup> groupsOn(PersonId id, LocalDate day) {
		StoredPerson p = load(id);
		EnumSet<PersonGroup> all = EnumSet.noneOf(PersonGroup.class);
		all.addAll(p.groups());
		all.addAll(PersonGroup.derivedOn(p.birthDate(), p.sex(), day));
		return all;
	}

	/**
	 * Persons in the actor's scope registered with exactly this document (a resident ID number may be typed in any
	 * accepted form, also the legacy 15 digits). Each card found is recorded as a view.
	 */
	@Transactional
	public List<PersonCard> findByDocument(IdentityDocumentType type, String number) {
		actors.require();
		String normalised = ResidentIdNumber.normalise(number);
		if (type == null || normalised.isEmpty()) {
			return List.of();
		}
		if (type.followsGb11643()) {
			var problem = ResidentIdNumber.problemWith(normalised, today());
			if (problem.isPresent()) {
				return List.of();
			}
			normalised = ResidentIdNumber.parse(normalised, today()).value();
		}
		List<PersonCard> cards = repository.findByDocumentKey(documentKey(type, normalised)).stream().map(this::card).toList();
		cards.forEach(c -> audit.record(AuditAction.VIEW_PERSONAL_DATA, RECORD, c.id().value(), "document search"));
		return cards;
	}

	/** True when the acting user may reveal protected values in full. */
	public boolean mayReveal() {
		return actors.current().map(a -> a.hasAny(REVEALERS)).orElse(false);
	}

	/** True when the acting user may register persons. */
	public boolean mayRegister() {
		return actors.current().map(a -> a.hasAny(REGISTRARS)).orElse(false);
	}

	/**
	 * The full value of one protected field, for staff whose role allows it; recorded as REVEAL_PERSONAL_DATA with
	 * the field name. Null when the field was left empty.
	 */
	@Transactional
	public String reveal(PersonId id, PersonalField field) {
		Actor actor = actors.require();
		if (!actor.hasAny(REVEALERS)) {
			throw new AccessRefused("revealing personal data needs one of " + REVEALERS);
		}
		StoredPerson p = load(id);
		String value = switch (field) {
			case DOCUMENT_NUMBER -> personalData.decrypt(p.documentNumberEnc());
			case PHONE -> personalData.decrypt(p.phoneEnc());
			case ADDRESS -> personalData.decrypt(p.addressEnc());
		};
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "field=" + field.name());
		return value;
	}

	/** The unit path of the registering unit, for modules that file records under the same unit. */
	@Transactional(readOnly = true)
	public String unitPathOf(PersonId id) {
		return load(id).unitPath();
	}

	private StoredPerson load(PersonId id) {
		return repository.find(id.value()).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	private PersonCard card(StoredPerson p) {
		String number = personalData.decrypt(p.documentNumberEnc());
		String divisionName = p.householdDivisionCode() == null ? null
				: divisions.find(p.householdDivisionCode()).map(Division::name).orElse(null);
		return new PersonCard(new PersonId(p.id()), p.name(), p.documentType(), Masks.document(p.documentType(), number),
				p.issuingCountry(), p.birthDate(), p.sex(), p.overrideReason(), Masks.phone(personalData.decrypt(p.phoneEnc())),
				Masks.address(personalData.decrypt(p.addressEnc())), p.householdDivisionCode(), divisionName, p.groups(),
				p.unitId(), p.version());
	}

	/** The lookup key of a document: the type is part of it, so a passport and an ID with equal numbers differ. */
	private String documentKey(IdentityDocumentType type, String number) {
		return personalData.lookupKey(type.name() + ":" + number);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
