package org.legalaid.casework;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.documents.DocumentNumber;
import org.legalaid.eligibility.FalseCommitmentFound;
import org.legalaid.intake.ApplicationId;
import org.legalaid.intake.ApplicationSummary;
import org.legalaid.intake.Applications;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.shared.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's side of other modules' events, each handled in the publishing transaction so that the case and the
 * event stand or fall together. A provider's acceptance opens the subject's case (once per subject: a repeated
 * event changes nothing) or, on a reassignment, gives the same case its new provider (a case already over is left as
 * it is: the acceptance of the assignment module is not undone for it). A false integrity commitment
 * terminates the case of that application on ground T1 (LAL art. 48(1)).
 */
@Component
class CaseOpening {

	private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);
	/** How eligibility names an application's commitments: {@code application:<id>}. */
	static final String APPLICATION_REF = "application:";

	private final CaseRepository cases;
	private final CaseLifecycle lifecycle;
	private final Applications applications;
	private final ServiceNetwork network;
	private final CurrentActor actors;
	private final MessageSource messages;
	private final Clock clock;

	CaseOpening(CaseRepository cases, CaseLifecycle lifecycle, Applications applications, ServiceNetwork network,
			CurrentActor actors, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.applications = applications;
		this.network = network;
		this.actors = actors;
	}

	@EventListener
	@Transactional
	public void on(LawyerAssigned assigned) {
		actors.runAsSystem(() -> {
			Optional<AidCase> existing = cases.bySubject(assigned.subject().kind(), assigned.subject().id());
			if (existing.isEmpty()) {
				open(assigned);
			}
			else if (assigned.reassignment() && existing.get().providerId() != assigned.providerId()) {
				AidCase c = existing.get();
				if (CaseTransition.REASSIGN.allowedFrom(c.status())) {
					lifecycle.reassign(c, assigned);
				}
				else {
					log.warn("case {} is {}: the acceptance of {} does not change it", c.number(), c.status(), assigned.providerName());
				}
			}
		});
	}

	private void open(LawyerAssigned assigned) {
		int year = assigned.acceptedAt().atZoneSameInstant(clock.getZone()).getYear();
		String prefix = DocumentNumber.defaultPrefix(network.get(assigned.centreId()).name());
		String number = prefix + "援案〔" + year + "〕" + cases.nextNumber(assigned.centreId(), year) + "号";
		long id = lifecycle.open(assigned, number, recipientName(assigned.subject()));
		log.info("case {} ({}) opened for {} with {}", number, id, assigned.subject().number(), assigned.providerName());
	}

	private String recipientName(CaseSubject subject) {
		if (subject.kind() != CaseSubject.Kind.APPLICATION) {
			return null;
		}
		return applications.find(new ApplicationId(subject.id())).map(ApplicationSummary::applicantName).orElse(null);
	}

	@EventListener
	@Transactional
	public void on(FalseCommitmentFound found) {
		String prefix = APPLICATION_REF;
		if (found.subjectRef() == null || !found.subjectRef().startsWith(prefix)) {
			return;
		}
		long applicationId;
		try {
			applicationId = Long.parseLong(found.subjectRef().substring(prefix.length()));
		}
		catch (NumberFormatException e) {
			return;
		}
		actors.runAsSystem(() -> cases.bySubject(CaseSubject.Kind.APPLICATION, applicationId).ifPresent(c -> {
			lifecycle.terminateForFalseCommitment(c, FalseCommitmentFound.TERMINATION_GROUND,
					messages.getMessage("casework.termination.falseCommitment",
							new Object[] { found.recordedAt().atZoneSameInstant(clock.getZone()).toLocalDate() }, Locale.SIMPLIFIED_CHINESE));
			log.info("case {} terminated: false integrity commitment (credit record {})", c.number(), found.creditRecordId());
		}));
	}
}
