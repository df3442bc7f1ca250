package org.legalaid.lawyers;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.legalaid.network.Division;
import org.legalaid.network.Divisions;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Undertaking organisations: law firms, grassroots legal service offices, the legal-aid centre itself and law-school
 * clinics. Owned by a unit; managed within its scope, read also by the units below the owner.
 */
@Service
public class Organisations {

	static final String RECORD = "lawyers_organisation";

	private final OrganisationRepository organisations;
	private final PoolAccess access;
	private final Divisions divisions;
	private final AuditLog audit;
	private final Clock clock;

	Organisations(OrganisationRepository organisations, PoolAccess access, Divisions divisions, AuditLog audit, Clock clock) {
		this.organisations = organisations;
		this.access = access;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Organisation create(OrganisationDraft draft) {
		Actor actor = access.manager();
		ServiceUnit unit = access.owningUnit(draft.unitId(), actor);
		Checked c = check(draft, null);
		long id = organisations.insert(c.kind, c.name, c.creditCode, c.division, c.address, c.phone, unit.id(), unit.path(), now());
		audit.record(AuditAction.CREATE, RECORD, id, c.kind + " " + c.name);
		return organisations.readable(id, actor).orElseThrow();
	}

	@Transactional
	public Organisation update(OrganisationId id, int version, OrganisationDraft draft, boolean active) {
		Actor actor = access.manager();
		organisations.managed(id.value(), actor).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
		Checked c = check(draft, id.value());
		if (!organisations.update(id.value(), version, c.kind, c.name, c.creditCode, c.division, c.address, c.phone, active, now())) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), c.name + (active ? "" : " (inactive)"));
		return get(id);
	}

	/** One organisation the actor may read; one out of reach is not found. */
	@Transactional(readOnly = true)
	public Organisation get(OrganisationId id) {
		Actor actor = access.reader();
		return organisations.readable(id.value(), actor).orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	/** Whether the actor may change the organisation (it lies in their scope and they manage the pool). */
	@Transactional(readOnly = true)
	public boolean manageable(OrganisationId id) {
		Actor actor = access.reader();
		return actor.hasAny(PoolAccess.MANAGERS) && organisations.managed(id.value(), actor).isPresent();
	}

	/** The organisations the actor may read, by name or credit-code prefix. */
	@Transactional(readOnly = true)
	public Page<Organisation> search(String text, boolean activeOnly, PageRequest page) {
		Actor actor = access.reader();
		return organisations.search(text == null ? "" : text.strip(), activeOnly, page, actor);
	}

	/** The readable organisation with this credit code (for imports). */
	@Transactional(readOnly = true)
	public Optional<Organisation> byCreditCode(String creditCode) {
		Actor actor = access.reader();
		return creditCode == null ? Optional.empty()
				: organisations.byCreditCode(creditCode.strip().toUpperCase(Locale.ROOT), actor);
	}

	Optional<Organisation> readable(long id, Actor actor) {
		return organisations.readable(id, actor);
	}

	private record Checked(OrganisationKind kind, String name, String creditCode, String division, String address, String phone) {
	}

	private Checked check(OrganisationDraft draft, Long id) {
		if (draft.kind() == null) {
			throw new RuleViolation("kind", "lawyers.organisation.error.kind");
		}
		String name = Text.plain(draft.name(), "name", 100);
		if (name == null) {
			throw new RuleViolation("name", "lawyers.organisation.error.name");
		}
		String code = draft.creditCode() == null ? "" : draft.creditCode().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (!UnifiedCreditCode.isValid(code)) {
			throw new RuleViolation("creditCode", "lawyers.organisation.error.creditCode");
		}
		if (organisations.creditCodeTaken(code, id)) {
			throw new RuleViolation("creditCode", "lawyers.organisation.error.creditCode.taken");
		}
		String divisionCode = draft.divisionCode() == null ? "" : draft.divisionCode().strip();
		Division division = divisions.find(divisionCode)
			.orElseThrow(() -> new RuleViolation("divisionCode", "lawyers.error.division.unknown", divisionCode));
		String address = Text.plain(draft.address(), "address", 200);
		String phone = PlainText.blankToNull(draft.phone());
		if (phone != null && !phone.matches("[0-9+\\- ]{5,30}")) {
			throw new RuleViolation("phone", "lawyers.error.phone");
		}
		return new Checked(draft.kind(), name, code, division.code(), address, phone);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}
}
