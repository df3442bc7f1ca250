package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrears ledger (欠薪台账): money recovered for a complaint's workers, entry by entry, never more in total than
 * the amount owed. Totals are summed from the entries each time. Entries are checked against the complaint at the
 * version read, so two clerks entering recoveries at once cannot together exceed the amount owed.
 */
@Service
public class ArrearsLedger {

	static final String RECORD = "wages_recovery";
	static final int MAX_NOTE = 1000;

	private final Complaints complaints;
	private final ComplaintRepository complaintRows;
	private final RecoveryRepository recoveries;
	private final AuditLog audit;
	private final Clock clock;

	ArrearsLedger(Complaints complaints, ComplaintRepository complaintRows, RecoveryRepository recoveries, AuditLog audit,
			Clock clock) {
		this.complaints = complaints;
		this.complaintRows = complaintRows;
		this.recoveries = recoveries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Enters money recovered for a complaint in scope: on a day from its receipt to today, a positive amount in yuan
	 * (two decimals) not above what is outstanding, how it was recovered, and for how many of its workers.
	 */
	@Transactional
	public long recover(ComplaintId id, int version, RecoveryDraft draft) {
		Actor actor = complaints.require(Complaints.RECORDERS);
		ComplaintRepository.Row complaint = complaints.row(id);
		if (draft == null || draft.recoveredOn() == null) {
			throw new RuleViolation("recoveredOn", "wages.recovery.error.date.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (draft.recoveredOn().isAfter(today)) {
			throw new RuleViolation("recoveredOn", "wages.recovery.error.date.future");
		}
		if (draft.recoveredOn().isBefore(complaint.receivedOn())) {
			throw new RuleViolation("recoveredOn", "wages.recovery.error.date.beforeReceived", complaint.receivedOn());
		}
		BigDecimal amount = Complaints.amount("amount", draft.amount());
		if (draft.method() == null) {
			throw new RuleViolation("method", "wages.recovery.error.method.required");
		}
		if (draft.workers() == null || draft.workers() < 1 || draft.workers() > complaint.workers()) {
			throw new RuleViolation("workers", "wages.recovery.error.workers", complaint.workers());
		}
		String note = Texts.clean("note", draft.note(), MAX_NOTE);
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!complaintRows.lock(id.value(), version, now)) {
			throw new ConcurrentChange(Complaints.RECORD, id.value());
		}
		BigDecimal outstanding = complaint.amountOwed().subtract(recoveries.recovered(id.value()));
		if (amount.compareTo(outstanding) > 0) {
			throw new RuleViolation("amount", "wages.recovery.error.exceeds", outstanding.toPlainString(),
					complaint.amountOwed().toPlainString());
		}
		long entry = recoveries.insert(id.value(), draft, amount, note, actor.username(), now);
		audit.record(AuditAction.CREATE, RECORD, entry, "complaint " + id + " " + amount.toPlainString() + " " + draft.method());
		return entry;
	}

	/** The ledger of a complaint in scope: owed, recovered, outstanding and the entries. */
	@Transactional(readOnly = true)
	public Arrears arrears(ComplaintId id) {
		complaints.require(Complaints.READERS);
		ComplaintRepository.Row complaint = complaints.row(id);
		var entries = recoveries.entries(id.value());
		BigDecimal recovered = entries.stream().map(Recovery::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
		long workerTimes = entries.stream().mapToLong(Recovery::workers).sum();
		return new Arrears(id, complaint.workers(), complaint.amountOwed(), recovered, workerTimes, entries);
	}
}
