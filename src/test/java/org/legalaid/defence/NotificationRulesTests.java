package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RecordNotFound;
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
	@Autowired RecordingAssignmentPort assignments;
	@Autowired Deadlines deadlines;
	@Autowired MockMvc mvc;

	DefenceFixtures f;
	String court;

	@BeforeEach
	void setUp() {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		court = f.agency(AgencyKind.COURT, "620102");
	}

	@Test
	void aDeathPenaltyNotificationAsksForALawyerWithThreeYearsOfCriminalDefence() {
		Notification life = f.notify(court, DefenceFixtures.draft(LegalReason.LIFE_OR_DEATH, Stage.TRIAL));
		Notification review = f.notify(court, DefenceFixtures.draft(LegalReason.DEATH_PENALTY_REVIEW, Stage.DEATH_PENALTY_REVIEW));
		Notification blind = f.notify(court, DefenceFixtures.draft(LegalReason.BLIND_DEAF_OR_MUTE, Stage.TRIAL));

		for (Notification n : new Notification[] { life, review }) {
			var request = assignments.openedFor(n.id());
			assertThat(request.minCriminalYears()).isEqualTo(3);
			assertThat(request.lawyersOnly()).isTrue();
			assertThat(request.subject().kind()).isEqualTo(org.legalaid.assignment.CaseSubject.Kind.NOTIFICATION);
			assertThat(request.subject().number()).isEqualTo(n.number());
			assertThat(request.unitPath()).isEqualTo(n.unitPath());
			assertThat(request.deadlineTimerId()).isEqualTo(n.deadlineTimerId());
			assertThat(n.assignmentId()).isEqualTo(500_000 + n.id());
		}
		assertThat(assignments.openedFor(blind.id()).minCriminalYears()).isNull();
		assertThat(assignments.openedFor(blind.id()).lawyersOnly()).isTrue();
	}

	@Test
	void aMinorGetsALawyerFamiliarWithMinorsTheLanguageNeededAndCoDefendantsAreKeptApart() {
		var d = DefenceFixtures.draft(LegalReason.MINOR, Stage.INVESTIGATION);
		var draft = new NotificationDraft(d.caseNumber(), d.stage(), d.reason(), "抢劫", "马某", IdNumbers.of("620102", "20100315", 7),
				null, null, "维吾尔族", "ug", null, null, d.coDefendants());
		Notification n = f.notify(court, draft);
		var request = assignments.openedFor(n.id());
		assertThat(request.specialty()).isEqualTo("JUVENILE");
		assertThat(request.language()).isEqualTo("ug");
		assertThat(request.matterCode()).isEqualTo("N25");
		assertThat(request.opposing()).singleElement().satisfies(p -> {
			assertThat(p.role()).isEqualTo("CO_DEFENDANT");
			assertThat(p.name()).isEqualTo("李某");
			assertThat(p.idNumberKey()).isNotBlank();
		});
		assertThat(request.assisted()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("马某"));
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
