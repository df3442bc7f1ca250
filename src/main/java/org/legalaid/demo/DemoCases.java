package org.legalaid.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.legalaid.access.StaffAccount;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.casework.AidCase;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.Cases;
import org.legalaid.casework.LogDraft;
import org.legalaid.casework.LogKind;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Provider;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Two demo cases of Chengguan held by {@code lawyer.chengguan} (李明), opened as the assignment module opens them (its
 * LawyerAssigned event): a notified defence at the agreement stage, and a wage claim of 64 migrant workers in
 * progress with a meeting and a hearing logged.
 */
@Component
class DemoCases {

	private final ApplicationEventPublisher events;
	private final LawyerPool pool;
	private final Cases cases;
	private final CaseLifecycle lifecycle;
	private final CurrentActor actors;
	private final Clock clock;

	DemoCases(ApplicationEventPublisher events, LawyerPool pool, Cases cases, CaseLifecycle lifecycle, CurrentActor actors,
			Clock clock) {
		this.events = events;
		this.pool = pool;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.clock = clock;
	}

	void load(ServiceUnit centre, StaffAccount lawyerAccount) {
		Provider lawyer = pool.byAccount(lawyerAccount.username()).orElseThrow();
		OffsetDateTime now = OffsetDateTime.now(clock);
		int year = now.getYear();
		accept(centre, lawyer, new CaseSubject(CaseSubject.Kind.NOTIFICATION, 1, "城关法刑通〔" + year + "〕7号"), "CRIMINAL_DEFENCE",
				now.minusDays(1));
		CaseSubject wages = new CaseSubject(CaseSubject.Kind.NOTIFICATION, 2, "城关劳监转〔" + year + "〕12号");
		accept(centre, lawyer, wages, "LABOUR_PAY", now.minusDays(6));
		Actor liMing = new Actor(lawyerAccount.id(), lawyerAccount.username(), lawyerAccount.displayName(),
				lawyerAccount.unitId(), lawyerAccount.unitPath(), lawyerAccount.roles());
		actors.callAs(liMing, () -> {
			AidCase c = cases.bySubject(wages).orElseThrow();
			lifecycle.engage(c.id(), c.version(), "与64名农民工推选的代表签订委托协议和授权委托书");
			LocalDate today = LocalDate.now(clock);
			cases.record(c.id(), new LogDraft(LogKind.MEETING, today.minusDays(4), null, null, "会见农民工代表，告知诉讼风险，收集考勤表和工资欠条。"));
			cases.record(c.id(), new LogDraft(LogKind.FILING, today.minusDays(2), "兰州市城关区人民法院", null, "代64名农民工提起追索劳动报酬诉讼。"));
			cases.record(c.id(), new LogDraft(LogKind.HEARING, today.plusDays(10), "兰州市城关区人民法院", null, "第一次开庭。"));
			return c.id();
		});
	}

	private void accept(ServiceUnit centre, Provider lawyer, CaseSubject subject, String matter, OffsetDateTime acceptedAt) {
		events.publishEvent(new LawyerAssigned(subject.id(), subject, lawyer.id().value(), lawyer.name(),
				lawyer.accountUsername(), lawyer.organisationId() == null ? 0 : lawyer.organisationId().value(),
				lawyer.organisationName() == null ? centre.name() : lawyer.organisationName(), centre.id(), centre.path(),
				centre.divisionCode(), matter, acceptedAt.minusHours(2), acceptedAt, false));
	}
}
