package org.legalaid.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.legalaid.intake.ApplicationGranted;
import org.legalaid.intake.Applications;
import org.legalaid.intake.ConflictParties;
import org.legalaid.people.People;
import org.legalaid.people.PersonGroup;
import org.legalaid.people.PersonId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A granted application (or aid given first) opens its case for assignment in the deciding transaction, under the D6
 * timer the grant started: the grant and its case to assign commit together or not at all (ADR 0012). The applicant
 * is the assisted person, intake's opposing parties are the opposing side; a minor needs a lawyer familiar with
 * minors (PR2023 art. 26 para. 2: specialty JUVENILE).
 */
@Component
class GrantedApplications {

	static final String JUVENILE = "JUVENILE";

	private final Assignments assignments;
	private final Applications applications;
	private final People people;

	GrantedApplications(Assignments assignments, Applications applications, People people) {
		this.assignments = assignments;
		this.applications = applications;
		this.people = people;
	}

	@EventListener
	void on(ApplicationGranted granted) {
		ConflictParties parties = applications.conflictParties(granted.applicationId());
		LocalDate day = granted.decidedAt().toLocalDate();
		Set<PersonGroup> groups = people.groupsOn(new PersonId(granted.applicantId()), day);
		List<ConflictParty> opposing = new ArrayList<>();
		for (ConflictParties.Party p : parties.opposing()) {
			opposing.add(new ConflictParty(p.name(), p.idNumberKey(), p.organisationCode(), p.role() == null ? "OPPOSING" : p.role()));
		}
		assignments.open(new AssignmentRequest(CaseSubject.application(granted.applicationId().value(), granted.number()),
				granted.centreId(), granted.unitPath(), granted.regionCode(), granted.matterCode(),
				groups.contains(PersonGroup.MINOR) ? JUVENILE : null, null, false, null, granted.assignmentTimerId(),
				List.of(new ConflictParty(parties.applicantName(), parties.applicantKey(), null, "APPLICANT")), opposing));
	}
}
