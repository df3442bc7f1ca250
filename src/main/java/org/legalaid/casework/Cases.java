package org.legalaid.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.legalaid.assignment.CaseSubject;
import org.legalaid.documents.EvidenceFiles;
import org.legalaid.documents.IssuedDocument;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases and the work logged on them: the lists (a lawyer's own cases, the centre's cases, major cases) with
 * their next deadline, one case with its timeline, the provider's log with attachments, the flag of a major case and
 * its collective discussions, and what an objection to a termination needs to know.
 */
@Service
public class Cases {

	static final int MAX_LOG_ENTRIES = 500;
	static final int MAX_FILE_NAME = 200;

	private final CaseRepository cases;
	private final CaseAccess access;
	private final CaseLifecycle lifecycle;
	private final EvidenceFiles files;
	private final OfficialDocuments documents;
	private final AuditLog audit;
	private final Clock clock;

	Cases(CaseRepository cases, CaseAccess access, CaseLifecycle lifecycle, EvidenceFiles files,
			OfficialDocuments documents, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.lifecycle = lifecycle;
		this.files = files;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The cases the actor follows: a lawyer's own, a centre's in its scope ({@code majorOnly}: the major cases it
	 * follows step by step), the earliest next deadline first. {@code text}, if given, is part of the case number,
	 * the application or notification number, or the recipient's name.
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> list(String text, boolean majorOnly, CaseStatus status, PageRequest page) {
		String search = text == null || text.isBlank() ? null : text.strip();
		Actor actor = access.actor();
		if (CaseAccess.lawyerOnly(actor)) {
			return access.providerOf(actor).map(provider -> cases.list(actor, search, provider, majorOnly, status, page))
				.orElseGet(() -> Page.of(List.of(), page, 0));
		}
		return cases.list(actor, search, null, majorOnly, status, page);
	}

	/** One case the actor may read; any other is not found. */
	@Transactional(readOnly = true)
	public AidCase get(CaseId id) {
		return access.readable(id);
	}

	/** The case of a subject, if one was opened and the actor may read it. */
	@Transactional(readOnly = true)
	public Optional<AidCase> bySubject(CaseSubject subject) {
		Actor actor = access.actor();
		return cases.bySubject(subject.kind(), subject.id())
			.filter(c -> actor.covers(c.unitPath()))
			.filter(c -> !CaseAccess.lawyerOnly(actor) || access.holds(actor, c));
	}

	/** True when the actor holds the case and it is active: they may log work on it. */
	@Transactional(readOnly = true)
	public boolean mayLog(AidCase c) {
		return c.status().isActive() && access.holds(access.actor(), c);
	}

	/** Every move of the case, oldest first. */
	@Transactional(readOnly = true)
	public List<TransitionRecord> timeline(CaseId id) {
		return cases.transitions(access.readable(id).id().value());
	}

	/** The deadlines running on the case, the earliest first: rule code and exclusive end. */
	@Transactional(readOnly = true)
	public List<RunningDeadline> runningDeadlines(CaseId id) {
		return cases.openDeadlines(access.readable(id).id().value()).stream()
			.map(d -> new RunningDeadline(d.ruleCode(), d.dueAt())).toList();
	}

	/** A deadline running on a case. */
	public record RunningDeadline(String ruleCode, OffsetDateTime dueAt) {

		/** The last day (the deadline ends at 24:00 of that day for day rules). */
		public LocalDate dueOn() {
			return dueAt.minusNanos(1).toLocalDate();
		}
	}

	@Transactional(readOnly = true)
	public List<LogEntry> log(CaseId id) {
		return cases.log(access.readable(id).id().value());
	}

	@Transactional(readOnly = true)
	public List<Discussion> discussions(CaseId id) {
		return cases.discussions(access.readable(id).id().value());
	}

	@Transactional(readOnly = true)
	public List<ClosingItem> closingItems(CaseId id) {
		return cases.closingItems(access.readable(id).id().value());
	}

	/** The official documents issued for the case (the termination decision). */
	@Transactional(readOnly = true)
	public List<IssuedDocument> documents(CaseId id) {
		return documents.listFor(CaseAccess.RECORD, access.readable(id).id().toString());
	}

	/** The grounds of LAL art. 48. */
	@Transactional(readOnly = true)
	public List<TerminationGround> terminationGrounds() {
		return cases.grounds();
	}

	/**
	 * The provider logs work on an active case they hold, with an optional file (checked by content, size-limited,
	 * checksummed; nothing is kept when the entry fails). A meeting meets the first-meeting deadline (D22); the first
	 * entry on an engaged case puts it in progress; a withdrawal sends the case back to assignment.
	 */
	@Transactional
	public long record(CaseId id, LogDraft draft) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		if (!access.holds(actor, c)) {
			throw new AccessRefused("only the case's provider logs work on it");
		}
		if (!c.status().isActive()) {
			throw new RuleViolation(null, "casework.error.log.notActive");
		}
		if (draft == null || draft.kind() == null) {
			throw new RuleViolation("kind", "casework.error.log.kind");
		}
		LogKind kind = draft.kind();
		LocalDate today = LocalDate.now(clock);
		if (draft.happenedOn() == null) {
			throw new RuleViolation("happenedOn", "casework.error.required");
		}
		if (draft.happenedOn().isAfter(today) && kind != LogKind.HEARING) {
			throw new RuleViolation("happenedOn", "casework.error.happenedOn.future");
		}
		if (draft.happenedOn().isBefore(c.openedAt().atZoneSameInstant(clock.getZone()).toLocalDate().minusYears(1))) {
			throw new RuleViolation("happenedOn", "casework.error.happenedOn.tooEarly");
		}
		String place = CaseLifecycle.text("place", draft.place(), kind.placeRequired(), 200);
		BigDecimal amount = kind.hasAmount() ? draft.amount() : null;
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			throw new RuleViolation("amount", "casework.error.amount");
		}
		String note = CaseLifecycle.text("note", draft.note(), true);
		if (cases.log(c.id().value()).size() >= MAX_LOG_ENTRIES) {
			throw new RuleViolation(null, "casework.error.log.tooMany", MAX_LOG_ENTRIES);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long logId = cases.insertLog(c.id().value(), kind, draft.happenedOn(), place, amount, note, now, actor.username());
		if (draft.file() != null) {
			attach(c, logId, draft.fileName(), draft.file(), now, actor);
		}
		audit.record(AuditAction.CREATE, "case_log", logId, c.number() + " " + kind);
		if (kind == LogKind.MEETING) {
			lifecycle.metRecipient(c, now.toInstant());
		}
		if (kind == LogKind.WITHDRAWAL) {
			lifecycle.withdraw(c, actor, note);
		}
		else if (c.status() == CaseStatus.ENGAGED) {
			lifecycle.begin(c, actor, null);
		}
		return logId;
	}

	private void attach(AidCase c, long logId, String fileName, InputStream content, OffsetDateTime now, Actor actor) {
		String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > MAX_FILE_NAME) {
			name = name.substring(name.length() - MAX_FILE_NAME);
		}
		EvidenceFiles.StoredEvidence stored = files.store(content);
		long id = cases.insertAttachment(c.id().value(), logId, name, stored.key(), stored.mediaType(), stored.size(),
				stored.sha256(), now, actor.username());
		audit.record(AuditAction.CREATE, "case_attachment", id, c.number() + " " + stored.mediaType() + " " + stored.sha256());
	}

	/** An attached file's content, for a reader of the case; audited as a view of personal data. */
	@Transactional
	public AttachmentFile attachment(CaseId id, long attachmentId) {
		AidCase c = access.readable(id);
		CaseRepository.StoredAttachment stored = cases.attachment(c.id().value(), attachmentId)
			.orElseThrow(() -> new RecordNotFound("case_attachment", attachmentId));
		audit.record(AuditAction.VIEW_PERSONAL_DATA, "case_attachment", attachmentId, c.number());
		try (InputStream in = files.open(stored.key())) {
			return new AttachmentFile(stored.fileName(), stored.mediaType(), in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A stored attachment: its name, checked media type and bytes. */
	public record AttachmentFile(String fileName, String mediaType, byte[] content) {
	}

	/** The director flags a case as major or difficult: the centre follows it step by step. */
	@Transactional
	public void flagMajor(CaseId id, String reason) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		if (!actor.hasAny(CaseAccess.DECIDERS)) {
			throw new AccessRefused("flagging a major case needs the director");
		}
		if (c.status() == CaseStatus.ARCHIVED) {
			throw new RuleViolation(null, "casework.error.archived");
		}
		if (c.major()) {
			throw new RuleViolation(null, "casework.error.major.already");
		}
		cases.flagMajor(c.id().value(), CaseLifecycle.text("reason", reason, true, 1000));
		audit.record(AuditAction.UPDATE, CaseAccess.RECORD, c.id().value(), "major case");
	}

	/** Records a collective discussion of a major case. */
	@Transactional
	public void recordDiscussion(CaseId id, LocalDate heldOn, String participants, String conclusion) {
		Actor actor = access.actor();
		AidCase c = access.readable(id);
		if (!actor.hasAny(CaseAccess.REVIEWERS)) {
			throw new AccessRefused("collective discussions are recorded by the centre");
		}
		if (!c.major()) {
			throw new RuleViolation(null, "casework.error.discussion.notMajor");
		}
		if (heldOn == null || heldOn.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("heldOn", "casework.error.heldOn");
		}
		cases.insertDiscussion(c.id().value(), heldOn, CaseLifecycle.text("participants", participants, true, 500),
				CaseLifecycle.text("conclusion", conclusion, true), OffsetDateTime.now(clock), actor.username());
		audit.record(AuditAction.CREATE, "case_discussion", c.id().value(), c.number());
	}

	/**
	 * What an objection to a termination needs: the case is terminated, whom it concerns and where it belongs.
	 * Empty when the case is not terminated. Read in the actor's scope.
	 */
	@Transactional(readOnly = true)
	public Optional<Termination> termination(CaseId id) {
		AidCase c = access.readable(id);
		if (c.status() != CaseStatus.TERMINATED) {
			return Optional.empty();
		}
		Long applicationId = c.subject().kind() == CaseSubject.Kind.APPLICATION ? c.subject().id() : null;
		return Optional.of(new Termination(c.id(), c.number(), c.recipientLabel(), applicationId, c.terminationGround(),
				c.closingDate(), c.unitPath(), c.centreId(), c.regionCode()));
	}

	/** A terminated case as an objection sees it. {@code applicationId} is null for notified criminal cases. */
	public record Termination(CaseId caseId, String caseNumber, String recipientName, Long applicationId, String ground,
			LocalDate terminatedOn, String unitPath, long centreId, String regionCode) {
	}
}
