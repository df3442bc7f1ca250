package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.assignment.AssignmentCase;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseCandidate;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a notification opens for assignment (lawyers only, the experience rule, minors, language, co-defendants), D10
 * from receipt to counsel, and who among staff reads it.
 */
@DefenceTest
class NotificationRulesTests {

	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired Agencies agencies;
	@Autowired Notifications notifications;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired Assignments assignments;
	@Autowired Deadlines deadlines;
	@Autowired MockMvc mvc;

	DefenceFixtures f;
	String court;

	@BeforeEach
	void setUp() {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		court = f.agency(AgencyKind.COURT, "620102");
	}

	AssignmentCase assignmentOf(Notification n) {
		return Staff.signedIn(users, "director.chengguan", () -> assignments.get(n.assignmentId()));
	}

	@Test
	void aDeathPenaltyNotificationIsOpenedForLawyersWithThreeYearsOfCriminalDefence() {
		Notification life = f.notify(court, DefenceFixtures.draft(LegalReason.LIFE_OR_DEATH, Stage.TRIAL));
		Notification review = f.notify(court, DefenceFixtures.draft(LegalReason.DEATH_PENALTY_REVIEW, Stage.DEATH_PENALTY_REVIEW));
		Notification blind = f.notify(court, DefenceFixtures.draft(LegalReason.BLIND_DEAF_OR_MUTE, Stage.TRIAL));

		for (Notification n : new Notification[] { life, review }) {
			AssignmentCase c = assignmentOf(n);
			assertThat(c.minCriminalYears()).isEqualTo(3);
			assertThat(c.lawyersOnly()).isTrue();
			assertThat(c.subject()).isEqualTo(CaseSubject.notification(n.id(), n.number()));
			assertThat(c.unitPath()).isEqualTo(n.unitPath());
			assertThat(c.deadlineTimerId()).isEqualTo(n.deadlineTimerId());
			assertThat(c.dueAt().toInstant()).isEqualTo(n.dueAt().toInstant());
		}
		assertThat(assignmentOf(blind).minCriminalYears()).isNull();
		assertThat(assignmentOf(blind).lawyersOnly()).isTrue();
	}

	@Test
	void aDeathPenaltyNotificationNeverReachesALawyerUnderTheExperienceThreshold() {
		Notification n = f.notify(court, DefenceFixtures.draft(LegalReason.DEATH_PENALTY_REVIEW, Stage.DEATH_PENALTY_REVIEW));
		List<CaseCandidate> candidates = Staff.signedIn(users, "director.chengguan", () -> assignments.candidates(n.assignmentId()));

		assertThat(candidates).filteredOn(c -> c.criminalYears() < 3).isNotEmpty().allSatisfy(c -> {
			assertThat(c.eligible()).isFalse();
			assertThat(c.exclusions()).extracting(CaseCandidate.Reason::code).contains("EXPERIENCE_SHORT");
		});
		assertThat(candidates).filteredOn(CaseCandidate::eligible).allSatisfy(c -> assertThat(c.criminalYears()).isGreaterThanOrEqualTo(3));
		CaseCandidate junior = candidates.stream().filter(c -> c.criminalYears() < 3).findFirst().orElseThrow();
		assertThatThrownBy(() -> Staff.signedIn(users, "director.chengguan",
				() -> assignments.assign(n.assignmentId(), junior.providerId(), "就近指派")))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aMinorGetsALawyerFamiliarWithMinorsTheLanguageNeededAndCoDefendantsAreKeptApart() {
		var d = DefenceFixtures.draft(LegalReason.MINOR, Stage.INVESTIGATION);
		var draft = new NotificationDraft(d.caseNumber(), d.stage(), d.reason(), "抢劫", "马某", IdNumbers.of("620102", "20100315", 7),
				null, null, "维吾尔族", "ug", null, null, d.coDefendants());
		Notification n = f.notify(court, draft);
		AssignmentCase c = assignmentOf(n);
		assertThat(c.specialty()).isEqualTo("JUVENILE");
		assertThat(c.language()).isEqualTo("ug");
		assertThat(c.matterCode()).isEqualTo("N25");
		var opposing = Staff.signedIn(users, "director.chengguan", () -> assignments.parties(n.assignmentId(), true));
		assertThat(opposing).singleElement().satisfies(p -> {
			assertThat(p.role()).isEqualTo("CO_DEFENDANT");
			assertThat(p.name()).isEqualTo("李某");
		});
		var assisted = Staff.signedIn(users, "director.chengguan", () -> assignments.parties(n.assignmentId(), false));
		assertThat(assisted).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("马某"));
	}

	@Test
	void d10RunsFromReceiptAndIsMetWhenALawyerAccepts() {
		Notification n = f.notify(court, DefenceFixtures.draft(LegalReason.MENTAL_INCAPACITY, Stage.INVESTIGATION));
		var timer = Staff.signedIn(users, "director.chengguan", () -> deadlines.timer(n.deadlineTimerId()));
		assertThat(timer.ruleCode()).isEqualTo("D10");
		assertThat(timer.subjectId()).isEqualTo(Long.toString(n.id()));
		assertThat(timer.startedAt()).isEqualTo(n.receivedAt().toInstant());
		assertThat(timer.dueAt()).isEqualTo(deadlines.dueAt("D10", "620102", n.receivedAt().toInstant()));
		assertThat(n.dueAt().toInstant()).isEqualTo(timer.dueAt());

		OffsetDateTime accepted = n.receivedAt().plusHours(20).truncatedTo(ChronoUnit.SECONDS);
		f.accepted(n, accepted);

		Notification after = Staff.signedIn(users, "director.chengguan", () -> notifications.get(n.id()));
		assertThat(after.status()).isEqualTo(NotificationStatus.COUNSEL_ASSIGNED);
		assertThat(after.counselName()).isEqualTo("王律师");
		assertThat(after.counselFirm()).isEqualTo("甘肃正义律师事务所");
		assertThat(after.counselPhone()).isEqualTo(f.firmPhone()).isNotBlank();
		assertThat(after.counselAt().toInstant()).isEqualTo(accepted.toInstant());
		var met = Staff.signedIn(users, "director.chengguan", () -> deadlines.timer(n.deadlineTimerId()));
		assertThat(met.status().name()).isEqualTo("MET");
		assertThat(f.as(court, () -> notifications.ofAgency(n.id())).counselName()).isEqualTo("王律师");
	}

	@Test
	void aNeighbourCountyNeitherReadsNorFindsChengguansNotifications() throws Exception {
		Notification n = f.notify(court, DefenceFixtures.draft(LegalReason.TRIAL_IN_ABSENTIA, Stage.TRIAL));
		assertThat(Staff.signedIn(users, "clerk.chengguan", () -> notifications.get(n.id())).number()).isEqualTo(n.number());
		assertThat(Staff.signedIn(users, "bureau.gansu", () -> notifications.get(n.id())).number()).isEqualTo(n.number());
		assertThatThrownBy(() -> Staff.signedIn(users, "clerk.qilihe", () -> notifications.get(n.id())))
			.isInstanceOf(RecordNotFound.class);
		assertThat(Staff.signedIn(users, "clerk.qilihe", () -> notifications.search(new NotificationFilter(null, null, null, null),
				org.legalaid.shared.PageRequest.of(0, 200))).items()).noneMatch(x -> x.id() == n.id());
		assertThatThrownBy(() -> Staff.signedIn(users, "lawyer.chengguan", () -> notifications.get(n.id())))
			.isInstanceOf(AccessRefused.class);
		mvc.perform(get("/defence/notifications/" + n.id()).with(Staff.as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(get("/defence/notifications/" + n.id()).with(Staff.as(users, "clerk.chengguan"))).andExpect(status().isOk());
	}

	@Test
	void revealingTheIdNumberIsAuditedAndTheListShowsItMasked() {
		var d = DefenceFixtures.draft(LegalReason.OTHER_BY_LAW, Stage.TRIAL);
		Notification n = f.notify(court, d);
		assertThat(n.personIdMasked()).doesNotContain(d.personIdNumber().substring(6, 14));
		long before = jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'defence_notification' AND record_id = :id"
				+ " AND action = 'REVEAL_PERSONAL_DATA'").param("id", Long.toString(n.id())).query(Long.class).single();
		assertThat(Staff.signedIn(users, "director.chengguan", () -> notifications.revealIdNumber(n.id()))).isEqualTo(d.personIdNumber());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'defence_notification' AND record_id = :id"
				+ " AND action = 'REVEAL_PERSONAL_DATA'").param("id", Long.toString(n.id())).query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void theDemoCourtOfChengguanHasANotificationWaitingForCounsel() {
		var waiting = Staff.signedIn(users, "director.chengguan", () -> notifications.search(
				new NotificationFilter(null, null, true, "（2026）甘0102刑初318号"), org.legalaid.shared.PageRequest.of(0, 5)).items());
		assertThat(waiting).singleElement().satisfies(n -> {
			assertThat(n.agencyKind()).isEqualTo(AgencyKind.COURT);
			assertThat(n.reason()).isEqualTo(LegalReason.LIFE_OR_DEATH);
			assertThat(n.status()).isEqualTo(NotificationStatus.WAITING_FOR_COUNSEL);
		});
		assertThat(Staff.signedIn(users, "director.chengguan", () -> agencies.list()))
			.extracting(Agency::kind).contains(AgencyKind.COURT, AgencyKind.DETENTION_CENTRE);
	}

	@Test
	void agenciesAreManagedInScopeOnly() {
		long centre = f.centre("620102");
		assertThatThrownBy(() -> Staff.signedIn(users, "clerk.chengguan",
				() -> agencies.create(new AgencyDraft(centre, AgencyKind.COURT, "城关区人民法院", null))))
			.isInstanceOf(AccessRefused.class);
		long id = agencies.authenticate(court).orElseThrow().agencyId();
		assertThatThrownBy(() -> Staff.signedIn(users, "clerk.qilihe", () -> agencies.get(id))).isInstanceOf(RecordNotFound.class);
		assertThat(Staff.signedIn(users, "director.chengguan", () -> agencies.get(id)).centreId()).isEqualTo(centre);
		assertThat(jdbc.sql("SELECT key_hash FROM defence_agency WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo(Agencies.sha256(court)).doesNotContain(court.substring(17));
	}
}
