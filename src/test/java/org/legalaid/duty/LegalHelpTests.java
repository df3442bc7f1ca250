package org.legalaid.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.duty.DutyFixtures.at;

/**
 * Legal-help records: linking to the running shift, the entry rules naming their field, D2 and D14 lateness, the
 * personal data, and who reads what. Shifts on days −3…−10.
 */
@SpringBootTest
class LegalHelpTests {

	@Autowired LegalHelp help;
	@Autowired Rosters rosters;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	DutyFixtures f;
	long detention;
	long court;
	ProviderId liMing;
	ProviderId sunLi;

	@BeforeEach
	void setUp() {
		f = new DutyFixtures(users, jdbc);
		detention = f.unit(DutyFixtures.DETENTION);
		court = f.unit(DutyFixtures.COURT);
		liMing = f.provider("李明");
		sunLi = f.provider("孙丽");
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(DutyFixtures.CHINA).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
	}

	HelpRecordId asLawyer(DraftBuilder d) {
		return f.as("lawyer.chengguan", () -> help.record(d.build()));
	}

	void refused(DraftBuilder d, String field, String key) {
		assertThatThrownBy(() -> asLawyer(d)).isInstanceOfSatisfying(RuleViolation.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void theLawyersHelpIsLinkedToTheShiftRunningThenOrRecordedOnCall() {
		LocalDate day = DutyFixtures.today().minusDays(3);
		ShiftId shift = f.as("director.chengguan", () -> rosters.schedule(new ShiftDraft(detention, liMing, at(day, 9, 0), at(day, 12, 0))));

		DraftBuilder d = new DraftBuilder(detention, at(day, 10, 15));
		d.personIdNumber = IdNumbers.fresh();
		d.caseNumber = "城公刑字〔2026〕101号";
		d.caseOrgan = "兰州市公安局城关分局";
		d.types(HelpType.CONSULTATION, HelpType.PLEA_EXPLANATION).plea(true, true);
		HelpRecordId inShift = asLawyer(d);
		HelpRecordId onCall = asLawyer(new DraftBuilder(detention, at(day, 14, 0)));

		HelpRecord r = f.as("lawyer.chengguan", () -> help.get(inShift));
		assertThat(r.shiftId()).isEqualTo(shift);
		assertThat(r.providerName()).isEqualTo("李明");
		assertThat(r.stationName()).isEqualTo(DutyFixtures.DETENTION);
		assertThat(r.helpTypes()).containsExactlyInAnyOrder(HelpType.CONSULTATION, HelpType.PLEA_EXPLANATION,
				HelpType.PLEA_SIGNING_PRESENT);
		assertThat(r.presentAtSigning()).isTrue();
		assertThat(r.personIdMasked()).isEqualTo(d.personIdNumber.substring(0, 6) + "********" + d.personIdNumber.substring(14));
		assertThat(r.recordedBy()).isEqualTo("lawyer.chengguan");
		assertThat(f.as("lawyer.chengguan", () -> help.get(onCall)).onCall()).isTrue();
		assertThat(f.as("director.chengguan", () -> rosters.get(shift)).peopleHelped()).isEqualTo(1);

		String stored = jdbc.sql("SELECT person_id_enc FROM duty_help WHERE id = :id").param("id", inShift.value()).query(String.class).single();
		assertThat(stored).doesNotContain(d.personIdNumber);
		assertThat(f.as("director.chengguan", () -> help.revealIdNumber(inShift))).isEqualTo(d.personIdNumber);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'duty_help' AND record_id = :id AND action = 'REVEAL_PERSONAL_DATA'")
			.param("id", inShift.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(f.as("director.chengguan", () -> help.search(new HelpRecordFilter(d.personIdNumber, null, null, null, null, null,
				false), PageRequest.of(0, 10))).items()).extracting(HelpRecord::id).containsExactly(inShift);
	}

	@Test
	void entryRulesNameTheField() {
		OffsetDateTime at = now().minusDays(4);
		DraftBuilder signingWithoutPlea = new DraftBuilder(detention, at).plea(false, true);
		refused(signingWithoutPlea, "presentAtSigning", "duty.error.signing.withoutPlea");
		refused(new DraftBuilder(detention, at).types(HelpType.PLEA_SIGNING_PRESENT), "helpTypes", "duty.error.types.pleaOnly");
		refused(new DraftBuilder(detention, at).types(HelpType.PLEA_EXPLANATION), "helpTypes", "duty.error.types.pleaOnly");
		refused(new DraftBuilder(detention, at).application(at.minusHours(2), at.minusHours(3)), "forwardedAt",
				"duty.error.forwarded.beforeRequest");
		DraftBuilder badId = new DraftBuilder(detention, at);
		badId.personIdNumber = IdNumbers.withWrongCheck(IdNumbers.fresh());
		refused(badId, "personIdNumber", "person.error.id.checksum");
		refused(with(at, d -> d.types = java.util.EnumSet.noneOf(HelpType.class)), "helpTypes", "duty.error.types.required");
		refused(with(at, d -> d.personName = " "), "personName", "duty.error.personName.required");
		refused(with(at, d -> d.personName = "<b>x</b>"), "personName", "duty.error.text.invalid");
		refused(with(at, d -> d.stage = null), "stage", "duty.error.stage.required");
		refused(new DraftBuilder(detention, OffsetDateTime.now(DutyFixtures.CHINA).plusHours(1)), "helpedAt", "duty.error.time.future");
		refused(with(at, d -> d.types(HelpType.CASE_OPINION)), "opinion", "duty.error.opinion.required");
		refused(with(at, d -> d.opinion = "建议变更为取保候审"), "opinionTo", "duty.error.opinionTo.required");
		refused(new DraftBuilder(detention, at).meeting(at.minusHours(3), null), "lawyerNotifiedAt", "duty.error.notified.required");
		refused(new DraftBuilder(detention, at).meeting(at.minusHours(3), at.minusHours(4)), "lawyerNotifiedAt",
				"duty.error.notified.beforeRequest");
		refused(with(at, d -> d.types(HelpType.APPLICATION_HELP)), "applicationRequestedAt", "duty.error.applicationRequested.required");
		refused(with(at, d -> {
			d.applicationRequestedAt = at.minusHours(1);
			d.forwardedAt = at;
		}), "applicationForwarded", "duty.error.forwarded.unticked");
		assertThatThrownBy(() -> f.as("lawyer.court", () -> help.record(new DraftBuilder(detention, at).build())))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.lawyer.unlinked"));
		assertThatThrownBy(() -> f.as("clerk.chengguan", () -> help.record(new DraftBuilder(detention, at).build())))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("providerId"));
		assertThatThrownBy(() -> f.as("clerk.chengguan", () -> help.record(new DraftBuilder(detention, at).by(f.provider("李娜")).build())))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.provider.notEligible"));
		assertThatThrownBy(() -> f.as("bureau.gansu", () -> help.record(new DraftBuilder(detention, at).by(sunLi).build())))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> help.record(new DraftBuilder(detention, at).by(sunLi).build())))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("stationUnitId"));
	}

	private DraftBuilder with(OffsetDateTime at, Consumer<DraftBuilder> change) {
		DraftBuilder d = new DraftBuilder(detention, at);
		change.accept(d);
		return d;
	}

	@Test
	void lateForwardingAndLateNoticeAreFlagged() {
		OffsetDateTime at = now().minusDays(5);
		HelpRecordId onTime = asLawyer(new DraftBuilder(detention, at).application(at.minusHours(1), at.plusHours(20))
			.meeting(at.minusHours(30), at.minusHours(8)));
		HelpRecordId late = asLawyer(new DraftBuilder(detention, at).application(at.minusHours(1), at.plusHours(25))
			.meeting(at.minusHours(30), at.minusHours(5)));

		HelpRecord ok = f.as("lawyer.chengguan", () -> help.get(onTime));
		assertThat(ok.forwardDueAt()).isEqualTo(at.minusHours(1).plusHours(24));
		assertThat(ok.forwardedLate()).isFalse();
		assertThat(ok.notifiedLate()).isFalse();
		assertThat(ok.helpTypes()).contains(HelpType.APPLICATION_HELP);
		HelpRecord bad = f.as("lawyer.chengguan", () -> help.get(late));
		assertThat(bad.forwardedLate()).isTrue();
		assertThat(bad.notifiedLate()).isTrue();
		assertThat(bad.late(OffsetDateTime.now())).isTrue();

		HelpRecordId pending = asLawyer(new DraftBuilder(detention, at).application(at.minusHours(2), null));
		HelpRecord open = f.as("lawyer.chengguan", () -> help.get(pending));
		assertThat(open.forwardPending()).isTrue();
		assertThat(open.forwardOverdue(OffsetDateTime.now())).isTrue();
		assertThat(jdbc.sql("SELECT status FROM deadlines_timer WHERE subject_type = 'duty_help' AND subject_id = :id AND rule_code = 'D2'")
			.param("id", pending.toString()).query(String.class).single()).isEqualTo("OPEN");
		assertThat(f.as("director.chengguan", () -> help.search(new HelpRecordFilter(null, detention, null, null, null, null, true),
				PageRequest.of(0, 200))).items()).extracting(HelpRecord::id).contains(late, pending).doesNotContain(onTime);

		assertThatThrownBy(() -> f.as("lawyer.chengguan", () -> help.forwarded(pending, open.version(), at.minusHours(3))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.forwarded.beforeRequest"));
		HelpRecord done = f.as("lawyer.chengguan", () -> help.forwarded(pending, open.version(), at.plusHours(30)));
		assertThat(done.applicationForwarded()).isTrue();
		assertThat(done.forwardedLate()).isTrue();
		assertThat(jdbc.sql("SELECT status FROM deadlines_timer WHERE subject_type = 'duty_help' AND subject_id = :id")
			.param("id", pending.toString()).query(String.class).single()).isEqualTo("MET");
		assertThatThrownBy(() -> f.as("lawyer.chengguan", () -> help.forwarded(pending, done.version(), at.plusHours(31))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("duty.error.forwarded.already"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadlines_timer WHERE subject_type = 'duty_help' AND subject_id = :id")
			.param("id", onTime.toString()).query(Long.class).single()).isZero();
	}

	@Test
	void aLawyerReadsOnlyTheirOwnRecordsAndNeighboursNone() {
		OffsetDateTime at = now().minusDays(6);
		HelpRecordId mine = asLawyer(new DraftBuilder(court, at));
		HelpRecordId hers = f.as("clerk.chengguan", () -> help.record(new DraftBuilder(court, at).by(sunLi).build()));
		assertThat(f.as("clerk.chengguan", () -> help.get(hers)).recordedBy()).isEqualTo("clerk.chengguan");
		assertThat(f.as("clerk.chengguan", () -> help.get(hers)).providerName()).isEqualTo("孙丽");

		assertThatThrownBy(() -> f.as("lawyer.chengguan", () -> help.get(hers))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> f.as("lawyer.chengguan", () -> help.revealIdNumber(hers))).isInstanceOf(RecordNotFound.class);
		var lawyerList = f.as("lawyer.chengguan", () -> help.search(HelpRecordFilter.any(), PageRequest.of(0, 200))).items();
		assertThat(lawyerList).extracting(HelpRecord::id).contains(mine).doesNotContain(hers);
		assertThat(lawyerList).allMatch(r -> r.providerName().equals("李明"));
		assertThat(f.as("director.chengguan", () -> help.search(new HelpRecordFilter(null, court, null, null, null, null, false),
				PageRequest.of(0, 200))).items()).extracting(HelpRecord::id).contains(mine, hers);

		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> help.get(mine))).isInstanceOf(RecordNotFound.class);
		assertThat(f.as("clerk.qilihe", () -> help.search(HelpRecordFilter.any(), PageRequest.of(0, 200))).items())
			.extracting(HelpRecord::id).doesNotContain(mine, hers);
		assertThatThrownBy(() -> f.as("clerk.qilihe", () -> help.forwarded(mine, 0, at))).isInstanceOf(RecordNotFound.class);
		assertThat(f.as("lawyer.court", () -> help.search(HelpRecordFilter.any(), PageRequest.of(0, 10))).total()).isZero();
	}

	@Test
	void theRecordingOptionsPreselectTheStationOfTheShiftRunningNow() {
		RecordingOptions lawyer = f.as("lawyer.chengguan", () -> help.options());
		assertThat(lawyer.mayRecord()).isTrue();
		assertThat(lawyer.onBehalf()).isFalse();
		assertThat(lawyer.lawyerName()).isEqualTo("李明");
		assertThat(lawyer.stations()).extracting(Station::name).contains(DutyFixtures.DETENTION, DutyFixtures.COURT);
		if (lawyer.currentShift() != null) {
			assertThat(lawyer.defaultStation()).isEqualTo(lawyer.currentShift().stationUnitId());
		}
		RecordingOptions clerk = f.as("clerk.chengguan", () -> help.options());
		assertThat(clerk.onBehalf()).isTrue();
		assertThat(clerk.dutyLawyers()).extracting(c -> c.name()).contains("李明", "孙丽").doesNotContain("李娜");
		assertThat(f.as("bureau.gansu", () -> help.options()).mayRecord()).isFalse();
	}
}
