package org.legalaid.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.Candidate;
import org.legalaid.lawyers.Provider;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.people.ResidentIdNumber;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Period;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal-help records (legal-aid-rules.md §8.3), one per help event, owned by the station's unit. A duty lawyer records
 * their own help, linked to their shift at the station then running, or on call without one when they are eligible as
 * duty lawyer there on the day; centre staff record on a named duty lawyer's behalf. An application for legal aid
 * received through the duty lawyer must be forwarded within 24 hours (D2, LAL art. 39 para. 2): a record with an
 * application not yet forwarded starts a D2 timer, so the sweep raises the alert; the detention centre's notice to the
 * duty lawyer of a meeting request is judged against D14 (MPS-Rules art. 49).
 */
@Service
public class LegalHelp {

	static final String RECORD = "duty_help";
	static final int MAX_NAME = 60;
	static final int MAX_FACILITY = 100;
	static final int MAX_CASE_NUMBER = 60;
	static final int MAX_ORGAN = 100;
	static final int MAX_OPINION = 2000;
	static final int MAX_OPINION_TO = 100;
	static final int MAX_OUTCOME = 1000;
	/** How long after the event it may still be recorded. */
	static final int MAX_DAYS_BACK = 366;
	/** Tolerance for clocks running slightly apart (a phone's time against the server's). */
	static final int FUTURE_MINUTES = 5;

	private final HelpRecordRepository records;
	private final ShiftRepository shifts;
	private final Stations stations;
	private final DutyEligibility eligibility;
	private final DutyAccess access;
	private final Deadlines deadlines;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	LegalHelp(HelpRecordRepository records, ShiftRepository shifts, Stations stations, DutyEligibility eligibility,
			DutyAccess access, Deadlines deadlines, PersonalData personalData, CurrentActor actors, AuditLog audit, Clock clock) {
		this.records = records;
		this.shifts = shifts;
		this.stations = stations;
		this.eligibility = eligibility;
		this.access = access;
		this.deadlines = deadlines;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records one help event; refused, naming the field, when a rule is not met. */
	@Transactional
	public HelpRecordId record(HelpRecordDraft d) {
		Actor actor = access.recorder();
		if (d == null) {
			throw new RuleViolation("personName", "duty.error.personName.required");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = LocalDate.now(clock);
		ProviderId provider = recordingFor(actor, d);
		if (d.stationUnitId() == null) {
			throw new RuleViolation("stationUnitId", "duty.error.station.required");
		}
		Station station = reachable(d.stationUnitId(), actor, provider);
		OffsetDateTime helpedAt = d.helpedAt();
		if (helpedAt == null) {
			throw new RuleViolation("helpedAt", "duty.error.helpedAt.required");
		}
		notFuture("helpedAt", helpedAt, now);
		if (helpedAt.isBefore(now.minusDays(MAX_DAYS_BACK))) {
			throw new RuleViolation("helpedAt", "duty.error.helpedAt.old", MAX_DAYS_BACK);
		}
		Optional<Shift> shift = shifts.covering(provider, station.unitId(), helpedAt);
		String providerName = shift.map(Shift::providerName).orElse(null);
		if (shift.isEmpty()) {
			Candidate onCall = eligibility.require(provider, station, local(helpedAt).toLocalDate(), "providerId");
			providerName = onCall.name();
		}
		if (d.stage() == null) {
			throw new RuleViolation("stage", "duty.error.stage.required");
		}
		String name = Texts.plain("personName", d.personName(), MAX_NAME);
		if (name == null) {
			throw new RuleViolation("personName", "duty.error.personName.required");
		}
		String idNumber = null;
		if (PlainText.blankToNull(d.personIdNumber()) != null) {
			try {
				idNumber = ResidentIdNumber.parse(d.personIdNumber(), today).value();
			}
			catch (RuleViolation e) {
				throw new RuleViolation("personIdNumber", e.messageKey(), e.args());
			}
		}
		String facility = Texts.plain("detentionFacility", d.detentionFacility(), MAX_FACILITY);
		String caseNumber = Texts.plain("caseNumber", d.caseNumber(), MAX_CASE_NUMBER);
		String organ = Texts.plain("caseOrgan", d.caseOrgan(), MAX_ORGAN);
		String opinion = Texts.plain("opinion", d.opinion(), MAX_OPINION);
		String opinionTo = Texts.plain("opinionTo", d.opinionTo(), MAX_OPINION_TO);
		String outcome = Texts.plain("outcome", d.outcome(), MAX_OUTCOME);

		Set<HelpType> types = EnumSet.noneOf(HelpType.class);
		types.addAll(d.helpTypes());
		if (d.presentAtSigning() && !d.pleaLeniency()) {
			throw new RuleViolation("presentAtSigning", "duty.error.signing.withoutPlea");
		}
		if (!d.pleaLeniency() && types.stream().anyMatch(HelpType::pleaOnly)) {
			throw new RuleViolation("helpTypes", "duty.error.types.pleaOnly");
		}
		boolean signing = d.presentAtSigning() || types.contains(HelpType.PLEA_SIGNING_PRESENT);
		if (signing) {
			types.add(HelpType.PLEA_SIGNING_PRESENT);
		}
		if (types.contains(HelpType.CASE_OPINION) && opinion == null) {
			throw new RuleViolation("opinion", "duty.error.opinion.required");
		}
		if (opinion != null && opinionTo == null) {
			throw new RuleViolation("opinionTo", "duty.error.opinionTo.required");
		}

		OffsetDateTime requested = d.meetingRequestedAt();
		OffsetDateTime notified = d.lawyerNotifiedAt();
		if (requested != null && notified == null) {
			throw new RuleViolation("lawyerNotifiedAt", "duty.error.notified.required");
		}
		if (notified != null && requested == null) {
			throw new RuleViolation("meetingRequestedAt", "duty.error.meetingRequested.required");
		}
		if (requested != null) {
			notFuture("meetingRequestedAt", requested, now);
			notFuture("lawyerNotifiedAt", notified, now);
			if (notified.isBefore(requested)) {
				throw new RuleViolation("lawyerNotifiedAt", "duty.error.notified.beforeRequest");
			}
		}
		if (d.metAt() != null) {
			notFuture("metAt", d.metAt(), now);
			if (requested != null && d.metAt().isBefore(requested)) {
				throw new RuleViolation("metAt", "duty.error.met.beforeRequest");
			}
			types.add(HelpType.MEETING);
		}

		OffsetDateTime applied = d.applicationRequestedAt();
		if (applied == null && (d.applicationForwarded() || d.forwardedAt() != null || types.contains(HelpType.APPLICATION_HELP))) {
			throw new RuleViolation("applicationRequestedAt", "duty.error.applicationRequested.required");
		}
		if (d.applicationForwarded() && d.forwardedAt() == null) {
			throw new RuleViolation("forwardedAt", "duty.error.forwardedAt.required");
		}
		if (!d.applicationForwarded() && d.forwardedAt() != null) {
			throw new RuleViolation("applicationForwarded", "duty.error.forwarded.unticked");
		}
		if (applied != null) {
			notFuture("applicationRequestedAt", applied, now);
			types.add(HelpType.APPLICATION_HELP);
		}
		if (d.forwardedAt() != null) {
			notFuture("forwardedAt", d.forwardedAt(), now);
			if (d.forwardedAt().isBefore(applied)) {
				throw new RuleViolation("forwardedAt", "duty.error.forwarded.beforeRequest");
			}
		}
		if (types.isEmpty()) {
			throw new RuleViolation("helpTypes", "duty.error.types.required");
		}

		String region = station.divisionCode();
		OffsetDateTime notifyDue = requested == null ? null : due("D14", region, requested);
		OffsetDateTime forwardDue = applied == null ? null : due("D2", region, applied);
		long id = records.insert(new HelpRecordRepository.NewRecord(station.unitId(), station.unitPath(), region,
				shift.map(s -> s.id().value()).orElse(null), provider, providerName, helpedAt, d.stage(), name,
				personalData.encrypt(idNumber), idNumber == null ? null : personalData.lookupKey(idNumber),
				ResidentIdNumber.mask(idNumber), facility, caseNumber, organ, types, d.pleaLeniency(),
				d.pleaLeniency() ? Boolean.valueOf(signing) : null, opinion, opinionTo, requested, notified, notifyDue, d.metAt(),
				applied, d.applicationForwarded(), d.forwardedAt(), forwardDue, outcome, actor.username(), now));
		if (applied != null && !d.applicationForwarded()) {
			long timer = actors.callAsSystem(() -> deadlines.track(RECORD, Long.toString(id), station.unitPath(), region, "D2",
					applied.toInstant()));
			records.timer(id, timer);
		}
		audit.record(AuditAction.CREATE, RECORD, id, d.stage() + " " + HelpRecordRepository.types(types) + " at " + station.unitId()
				+ shift.map(s -> " shift " + s.id()).orElse(" on call"));
		return new HelpRecordId(id);
	}

	/** One record: in the actor's subtree for staff, the duty lawyer's own otherwise. Out of reach is not found. */
	@Transactional(readOnly = true)
	public HelpRecord get(HelpRecordId id) {
		return named(row(access.reader(), id).record());
	}

	/** The person's ID number in full: a separate, audited action. Null when none was recorded. */
	@Transactional
	public String revealIdNumber(HelpRecordId id) {
		HelpRecordRepository.Row row = row(access.reader(), id);
		if (row.personIdEncrypted() == null) {
			return null;
		}
		String number = personalData.decrypt(row.personIdEncrypted());
		audit.record(AuditAction.REVEAL_PERSONAL_DATA, RECORD, id.value(), "personIdNumber");
		return number;
	}

	/** Records that the application received through the duty lawyer was forwarded at {@code at} (D2 met or late). */
	@Transactional
	public HelpRecord forwarded(HelpRecordId id, int version, OffsetDateTime at) {
		Actor actor = access.recorder();
		HelpRecordRepository.Row row = row(actor, id);
		HelpRecord r = row.record();
		if (r.applicationRequestedAt() == null) {
			throw new RuleViolation("forwardedAt", "duty.error.forwarded.noRequest");
		}
		if (r.applicationForwarded()) {
			throw new RuleViolation("forwardedAt", "duty.error.forwarded.already");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (at == null) {
			throw new RuleViolation("forwardedAt", "duty.error.forwardedAt.required");
		}
		notFuture("forwardedAt", at, now);
		if (at.isBefore(r.applicationRequestedAt())) {
			throw new RuleViolation("forwardedAt", "duty.error.forwarded.beforeRequest");
		}
		if (!records.forwarded(id.value(), version, at, now)) {
			throw new ConcurrentChange(RECORD, id.value());
		}
		if (row.forwardTimerId() != null) {
			actors.callAsSystem(() -> deadlines.complete(row.forwardTimerId(), at.toInstant()));
		}
		audit.record(AuditAction.UPDATE, RECORD, id.value(), "application forwarded " + at);
		return get(id);
	}

	/** The records matching the filter, latest first: the subtree's for staff, the duty lawyer's own otherwise. */
	@Transactional(readOnly = true)
	public Page<HelpRecord> search(HelpRecordFilter filter, PageRequest page) {
		Actor actor = access.reader();
		HelpRecordFilter f = filter == null ? HelpRecordFilter.any() : filter;
		Period.checkOpen(f.from(), f.to());
		ProviderId own = null;
		if (!DutyAccess.seesAll(actor)) {
			Optional<Provider> provider = access.ownProvider(actor);
			if (provider.isEmpty()) {
				return Page.of(List.of(), page, 0);
			}
			own = provider.get().id();
		}
		String text = PlainText.blankToNull(f.text());
		String idKey = text != null && ResidentIdNumber.problemWith(text, LocalDate.now(clock)).isEmpty()
				? personalData.lookupKey(ResidentIdNumber.parse(text, LocalDate.now(clock)).value()) : null;
		OffsetDateTime from = f.from() == null ? OffsetDateTime.parse("2000-01-01T00:00Z") : startOf(f.from());
		OffsetDateTime to = f.to() == null ? OffsetDateTime.parse("9999-01-01T00:00Z") : startOf(f.to().plusDays(1));
		Page<HelpRecord> found = records.list(f, own, idKey, from, to, OffsetDateTime.now(clock), page);
		Map<Long, String> names = new HashMap<>();
		return found.map(r -> named(r, names));
	}

	/** What the signed-in member may choose on the recording form. */
	@Transactional(readOnly = true)
	public RecordingOptions options() {
		Actor actor = access.reader();
		boolean mayRecord = actor.hasAny(DutyAccess.RECORDERS);
		Map<Long, Station> choices = new LinkedHashMap<>();
		stations.list().forEach(s -> choices.put(s.unitId(), s));
		if (DutyAccess.isCentreStaff(actor)) {
			LocalDate today = LocalDate.now(clock);
			Map<String, List<Candidate>> byRegion = new HashMap<>();
			Map<ProviderId, Candidate> lawyers = new LinkedHashMap<>();
			for (Station s : choices.values()) {
				byRegion.computeIfAbsent(s.divisionCode(), r -> eligibility.eligible(s, today))
					.forEach(c -> lawyers.putIfAbsent(c.providerId(), c));
			}
			return new RecordingOptions(mayRecord, true, null, List.copyOf(choices.values()), List.copyOf(lawyers.values()), null);
		}
		Optional<Provider> own = access.ownProvider(actor);
		if (own.isEmpty()) {
			return new RecordingOptions(false, false, null, List.copyOf(choices.values()), List.of(), null);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Shift current = null;
		for (Shift s : shifts.ofProviderFrom(own.get().id(), now.minusDays(1), 50)) {
			if (!choices.containsKey(s.stationUnitId())) {
				stations.anywhere(s.stationUnitId()).ifPresent(st -> choices.put(st.unitId(), st));
			}
			if (current == null && s.covers(now) && choices.containsKey(s.stationUnitId())) {
				current = s.atStation(choices.get(s.stationUnitId()).name());
			}
		}
		return new RecordingOptions(mayRecord, false, own.get().name(), List.copyOf(choices.values()), List.of(), current);
	}

	/** The duty lawyer the record is for: the signed-in lawyer's own provider, or the one staff name. */
	private ProviderId recordingFor(Actor actor, HelpRecordDraft d) {
		if (DutyAccess.isCentreStaff(actor)) {
			if (d.providerId() == null) {
				throw new RuleViolation("providerId", "duty.error.provider.required");
			}
			return d.providerId();
		}
		return access.ownProvider(actor).map(Provider::id)
			.orElseThrow(() -> new RuleViolation(null, "duty.error.lawyer.unlinked", actor.username()));
	}

	/** A station in the actor's subtree, or one where the duty lawyer has been rostered. */
	private Station reachable(long unitId, Actor actor, ProviderId provider) {
		try {
			return stations.inScope(unitId, actor);
		}
		catch (RecordNotFound e) {
			if (!DutyAccess.isCentreStaff(actor) && shifts.everAt(provider, unitId)) {
				return stations.anywhere(unitId).orElseThrow(() -> e);
			}
			throw new RuleViolation("stationUnitId", "duty.error.station.unknown");
		}
	}

	private HelpRecordRepository.Row row(Actor actor, HelpRecordId id) {
		Optional<HelpRecordRepository.Row> found = DutyAccess.seesAll(actor) ? records.find(id.value()) : Optional.empty();
		if (found.isEmpty()) {
			found = access.ownProvider(actor).flatMap(p -> records.findOwn(id.value(), p.id()));
		}
		return found.orElseThrow(() -> new RecordNotFound(RECORD, id.value()));
	}

	private HelpRecord named(HelpRecord r) {
		return named(r, new HashMap<>());
	}

	private HelpRecord named(HelpRecord r, Map<Long, String> names) {
		String name = names.computeIfAbsent(r.stationUnitId(), u -> stations.anywhere(u).map(Station::name).orElse("#" + u));
		return new HelpRecord(r.id(), r.stationUnitId(), name, r.shiftId(), r.providerId(), r.providerName(), r.helpedAt(), r.stage(),
				r.personName(), r.personIdMasked(), r.detentionFacility(), r.caseNumber(), r.caseOrgan(), r.helpTypes(), r.pleaLeniency(),
				r.presentAtSigning(), r.opinion(), r.opinionTo(), r.meetingRequestedAt(), r.lawyerNotifiedAt(), r.notifyDueAt(), r.metAt(),
				r.applicationRequestedAt(), r.applicationForwarded(), r.forwardedAt(), r.forwardDueAt(), r.outcome(), r.recordedBy(),
				r.createdAt(), r.version());
	}

	private OffsetDateTime due(String rule, String region, OffsetDateTime start) {
		return deadlines.dueAt(rule, region, start.toInstant()).atZone(clock.getZone()).toOffsetDateTime();
	}

	private static void notFuture(String field, OffsetDateTime at, OffsetDateTime now) {
		if (at.isAfter(now.plusMinutes(FUTURE_MINUTES))) {
			throw new RuleViolation(field, "duty.error.time.future");
		}
	}

	private java.time.LocalDateTime local(OffsetDateTime at) {
		return at.atZoneSameInstant(clock.getZone()).toLocalDateTime();
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}
}
