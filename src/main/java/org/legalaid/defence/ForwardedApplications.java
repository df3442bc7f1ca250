package org.legalaid.defence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.legalaid.eligibility.Materials;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.ApplicationSummary;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.Registration;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.people.PersonDraft;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detainees' applications forwarded by a detention centre through the API (LAL art. 39 para. 1). Each becomes an
 * intake application on the forwarding channel, registered at the agency's workstation (or its centre) with the time
 * the detention centre received it, so intake tracks the 24-hour forwarding limit (D1) as for paper forwarding. The
 * agency follows the status of the applications it forwarded, and only those.
 */
@Service
public class ForwardedApplications {

	static final String DEFAULT_MATTER = "A24";

	private final Applications applications;
	private final ServiceNetwork network;
	private final JdbcClient jdbc;
	private final Partners partners;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	ForwardedApplications(Applications applications, ServiceNetwork network, JdbcClient jdbc, Partners partners,
			CurrentActor actors, AuditLog audit, Clock clock) {
		this.applications = applications;
		this.network = network;
		this.jdbc = jdbc;
		this.partners = partners;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Forwards an application; a repeat with the same idempotency key returns the first (then {@code repeated}). Keys
	 * are qualified by the agency before intake sees them, so two agencies never share one.
	 */
	@Transactional
	public Forwarded forward(ForwardedDraft draft, String idempotencyKey) {
		PartnerPrincipal agency = partners.current();
		if (agency.kind() != AgencyKind.DETENTION_CENTRE) {
			throw new AccessRefused("only detention centres forward detainees' applications");
		}
		if (draft.receivedAt() == null) {
			throw new RuleViolation("receivedAt", "defence.error.required");
		}
		String key = PlainText.blankToNull(idempotencyKey);
		String matter = PlainText.blankToNull(draft.matterCode()) == null ? DEFAULT_MATTER : draft.matterCode().strip();
		var applicationDraft = new ApplicationDraft(PersonDraft.citizen(draft.name(), draft.idNumber()), null, null, matter,
				Channel.FORWARDED_BY_ORGAN, draft.receivedAt(), draft.facts(), List.of(), null, Set.of(Materials.APPLICATION_FORM));
		Registration r = actors.callAs(registrar(agency), () -> applications.register(applicationDraft,
				key == null ? null : "agency-" + agency.agencyId() + ":" + key));
		if (!r.repeated()) {
			jdbc.sql("INSERT INTO defence_forwarded (application_id, application_number, agency_id, unit_path, created_at)"
					+ " VALUES (:id, :number, :agency, :path, :now)")
				.param("id", r.id().value()).param("number", r.number()).param("agency", agency.agencyId())
				.param("path", agency.actor().unitPath()).param("now", OffsetDateTime.now(clock)).update();
			audit.record(AuditAction.CREATE, "defence_forwarded", r.id().value(), r.number() + " forwarded by agency " + agency.agencyId());
		}
		return new Forwarded(get(r.id().value()), r.repeated());
	}

	/** The outcome of forwarding: the application, and whether this repeated an earlier call. */
	public record Forwarded(ForwardedApplication application, boolean repeated) {
	}

	/** One application the calling agency forwarded; any other is not found. */
	@Transactional(readOnly = true)
	public ForwardedApplication get(long applicationId) {
		PartnerPrincipal agency = partners.current();
		if (owner(applicationId) != agency.agencyId()) {
			throw new RecordNotFound("application", applicationId);
		}
		ApplicationSummary a = actors.callAs(registrar(agency), () -> applications.get(new ApplicationId(applicationId)));
		return new ForwardedApplication(a.id().value(), a.number(), a.status().name(), a.forwardedReceivedAt(), a.receivedAt(),
				a.forwardedLate());
	}

	/** The applications the calling agency forwarded, newest first. */
	@Transactional(readOnly = true)
	public Page<ForwardedApplication> list(PageRequest page) {
		PartnerPrincipal agency = partners.current();
		long total = jdbc.sql("SELECT COUNT(*) FROM defence_forwarded WHERE agency_id = :agency").param("agency", agency.agencyId())
			.query(Long.class).single();
		List<ForwardedApplication> items = jdbc.sql("SELECT application_id FROM defence_forwarded WHERE agency_id = :agency"
				+ " ORDER BY created_at DESC, application_id DESC LIMIT :limit OFFSET :offset")
			.param("agency", agency.agencyId()).param("limit", page.size()).param("offset", page.offset())
			.query(Long.class).list().stream().map(this::get).toList();
		return Page.of(items, page, total);
	}

	private long owner(long applicationId) {
		return jdbc.sql("SELECT agency_id FROM defence_forwarded WHERE application_id = :id").param("id", applicationId)
			.query(Long.class).optional().orElse(-1L);
	}

	/**
	 * The agency registering at its workstation (or its centre when it has none), as intake's forwarding channel: a
	 * registrar's role for this one call, the agency's name in the audit trail.
	 */
	private Actor registrar(PartnerPrincipal agency) {
		Actor a = agency.actor();
		var unit = agency.stationUnitId() == null ? null : network.find(agency.stationUnitId(), a).orElse(null);
		return unit == null ? new Actor(0, a.username(), a.displayName(), a.unitId(), a.unitPath(), Set.of(Role.WINDOW_CLERK))
				: new Actor(0, a.username(), a.displayName(), unit.id(), unit.path(), Set.of(Role.WINDOW_CLERK));
	}
}
