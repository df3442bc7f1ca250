package org.legalaid.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The case lifecycle as one table: every allowed move, the states it starts from, the state it leads to, who may make
 * it, the deadline rules it meets or cancels and the deadline rules it starts. A move not in this table is refused.
 * {@link #REVOKE_TERMINATION} and {@link #RETURN_CLOSING} lead back to where the case came from, so their target is
 * taken from the case ({@code null} here).
 */
public enum CaseTransition {

	/** The provider accepted (assignment.LawyerAssigned): the agreement (D8) and the first meeting (D22) are due. */
	OPEN(Set.of(), CaseStatus.ASSIGNED, Party.SYSTEM, List.of(), List.of(), List.of("D8", "D22")),
	/** The entrustment agreement and power of attorney are signed (PR2023 art. 27). */
	ENGAGE(EnumSet.of(CaseStatus.ASSIGNED), CaseStatus.ENGAGED, Party.LAWYER, List.of("D8"), List.of(), List.of()),
	/** The first work on the matter is logged. */
	BEGIN(EnumSet.of(CaseStatus.ENGAGED), CaseStatus.IN_PROGRESS, Party.LAWYER, List.of(), List.of(), List.of()),
	/** The matter ended (closing date, §5.5) with its outcome; the closing materials are due within 30 days (D20). */
	CONCLUDE(EnumSet.of(CaseStatus.IN_PROGRESS), CaseStatus.CONCLUDED, Party.LAWYER, List.of(), List.of("D8", "D22"),
			List.of("D20")),
	/** The centre terminates the aid on a ground of LAL art. 48; the closing materials of the work done are due (D20). */
	TERMINATE(EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.ENGAGED, CaseStatus.IN_PROGRESS, CaseStatus.REASSIGNING),
			CaseStatus.TERMINATED, Party.CENTRE, List.of(), List.of("D8", "D22"), List.of("D20")),
	/** The justice department ordered the centre to correct a termination (LAL art. 49): the case resumes. */
	REVOKE_TERMINATION(EnumSet.of(CaseStatus.TERMINATED), null, Party.SYSTEM, List.of(), List.of("D20"), List.of()),
	/** The provider withdrew, or the centre replaced them (LAL art. 55): the case goes back to assignment. */
	WITHDRAW(EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.ENGAGED, CaseStatus.IN_PROGRESS), CaseStatus.REASSIGNING,
			Party.LAWYER_OR_CENTRE, List.of(), List.of("D8", "D22"), List.of()),
	/** A new provider accepted the case (assignment.LawyerAssigned with reassignment): the agreement is due again. */
	REASSIGN(EnumSet.of(CaseStatus.REASSIGNING, CaseStatus.ASSIGNED, CaseStatus.ENGAGED, CaseStatus.IN_PROGRESS),
			CaseStatus.ASSIGNED, Party.SYSTEM, List.of(), List.of("D8", "D22"), List.of("D8", "D22")),
	/** The provider hands in the closing materials (LAL art. 50); the centre reviews them within 30 days (D21). */
	SUBMIT_CLOSING(EnumSet.of(CaseStatus.CONCLUDED, CaseStatus.TERMINATED), CaseStatus.CLOSING_SUBMITTED, Party.LAWYER,
			List.of("D20"), List.of(), List.of("D21")),
	/** The centre returns incomplete closing materials to the provider, with the reasons. */
	RETURN_CLOSING(EnumSet.of(CaseStatus.CLOSING_SUBMITTED), null, Party.CENTRE, List.of("D21"), List.of(), List.of()),
	/** The centre accepts the closing materials and archives the file under an archive number. */
	ACCEPT_CLOSING(EnumSet.of(CaseStatus.CLOSING_SUBMITTED), CaseStatus.ARCHIVED, Party.CENTRE, List.of("D21"), List.of(), List.of());

	/** Who may make a move. */
	public enum Party {
		/** The case's own provider (the lawyer's workspace). */
		LAWYER,
		/** The centre: its director, or for the closing review also a reviewer. */
		CENTRE,
		LAWYER_OR_CENTRE,
		/** Another module's event (assignment, eligibility, objections). */
		SYSTEM
	}

	private final Set<CaseStatus> from;
	private final CaseStatus to;
	private final Party party;
	private final List<String> meets;
	private final List<String> cancels;
	private final List<String> starts;

	CaseTransition(Set<CaseStatus> from, CaseStatus to, Party party, List<String> meets, List<String> cancels,
			List<String> starts) {
		this.from = from.isEmpty() ? Set.of() : Set.copyOf(from);
		this.to = to;
		this.party = party;
		this.meets = meets;
		this.cancels = cancels;
		this.starts = starts;
	}

	public Set<CaseStatus> from() {
		return from;
	}

	/** The target state, or null when the move leads back to where the case came from. */
	public CaseStatus to() {
		return to;
	}

	public Party party() {
		return party;
	}

	/** The deadline rules this move fulfils: their open timers are met. */
	public List<String> meets() {
		return meets;
	}

	/** The deadline rules that no longer apply after this move: their open timers are cancelled. */
	public List<String> cancels() {
		return cancels;
	}

	/** The deadline rules this move starts. */
	public List<String> starts() {
		return starts;
	}

	public boolean allowedFrom(CaseStatus status) {
		return from.contains(status);
	}

	/** The moves allowed from a state. */
	public static List<CaseTransition> from(CaseStatus status) {
		return java.util.Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
	}

	public String messageKey() {
		return "casework.transition." + name();
	}
}
