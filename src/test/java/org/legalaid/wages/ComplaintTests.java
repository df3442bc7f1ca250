package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.hotline.ConsultationChannel;
import org.legalaid.hotline.ConsultationDraft;
import org.legalaid.hotline.ConsultationId;
import org.legalaid.hotline.Consultations;
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

/** Recording complaints: every rule refuses with the field named and stores nothing; the phone is protected. */
@SpringBootTest
class ComplaintTests {

	@Autowired Complaints complaints;
	@Autowired Consultations consultations;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	WagesFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new WagesFixtures(users, jdbc, complaints);
	}

	void refused(UnaryOperator<ComplaintDraft> change, String field, String key) {
		long before = fx.complaintRows();
		ComplaintDraft draft = change.apply(WagesFixtures.draft(WagesFixtures.employer()));
		assertThatThrownBy(() -> fx.record("clerk.chengguan", draft))
			.as(key)
			.isInstanceOfSatisfying(RuleViolation.class, e -> {
				assertThat(e.field()).isEqualTo(field);
				assertThat(e.messageKey()).isEqualTo(key);
			});
		assertThat(fx.complaintRows()).as("nothing stored for " + key).isEqualTo(before);
	}

	static ComplaintDraft with(ComplaintDraft d, String name, String phone, Long consultation, String employer, String code,
			String project, String region, Integer workers, BigDecimal amount, YearMonth from, YearMonth to, String description,
			LocalDate received) {
		return new ComplaintDraft(name, phone, consultation, employer, code, project, region, workers, amount, from, to,
				description, received);
	}

	@Test
	void everyRuleRefusesWithItsFieldAndStoresNothing() {
		refused(d -> with(d, " ", d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(), d.workers(), d.amountOwed(),
				null, null, null, null), "complainantName", "wages.error.complainantName.required");
		refused(d -> with(d, "<script>alert(1)</script>", d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), null, null, null, null), "complainantName", "wages.error.text.invalid");
		refused(d -> with(d, d.complainantName(), null, null, d.employerName(), null, null, d.regionCode(), d.workers(),
				d.amountOwed(), null, null, null, null), "complainantPhone", "wages.error.phone.required");
		refused(d -> with(d, d.complainantName(), "call me", null, d.employerName(), null, null, d.regionCode(), d.workers(),
				d.amountOwed(), null, null, null, null), "complainantPhone", "wages.error.phone.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, "", null, null, d.regionCode(), d.workers(),
				d.amountOwed(), null, null, null, null), "employerName", "wages.error.employerName.required");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, "某公司<b>", null, null, d.regionCode(), d.workers(),
				d.amountOwed(), null, null, null, null), "employerName", "wages.error.text.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), "91620102MA71X8XK47", null,
				d.regionCode(), d.workers(), d.amountOwed(), null, null, null, null), "employerCreditCode", "wages.error.creditCode.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, "<img src=x>", d.regionCode(),
				d.workers(), d.amountOwed(), null, null, null, null), "projectName", "wages.error.text.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, null, d.workers(),
				d.amountOwed(), null, null, null, null), "regionCode", "wages.error.region.required");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, "629999", d.workers(),
				d.amountOwed(), null, null, null, null), "regionCode", "wages.error.region.unknown");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, "620100", d.workers(),
				d.amountOwed(), null, null, null, null), "regionCode", "wages.error.region.level");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(), 0,
				d.amountOwed(), null, null, null, null), "workers", "wages.error.workers.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(), null,
				d.amountOwed(), null, null, null, null), "workers", "wages.error.workers.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), BigDecimal.ZERO, null, null, null, null), "amountOwed", "wages.error.amount.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), new BigDecimal("-5"), null, null, null, null), "amountOwed", "wages.error.amount.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), new BigDecimal("100.005"), null, null, null, null), "amountOwed", "wages.error.amount.scale");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), YearMonth.of(2026, 5), YearMonth.of(2026, 2), null, null), "owedTo", "wages.error.period.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), YearMonth.of(2026, 5), null, null, LocalDate.of(2026, 3, 2)), "owedFrom", "wages.error.period.future");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), null, null, "x".repeat(4001), null), "description", "wages.error.text.invalid");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), null, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), null, null, null, WagesFixtures.today().plusDays(2)), "receivedOn", "wages.error.receivedOn.future");
		refused(d -> with(d, d.complainantName(), d.complainantPhone(), -1L, d.employerName(), null, null, d.regionCode(),
				d.workers(), d.amountOwed(), null, null, null, null), "consultationId", "wages.error.consultation.unknown");
	}

	@Test
	void aComplaintIsStoredWithItsPhoneProtectedAndRevealedOnlyByAnAuditedAction() {
		String employer = WagesFixtures.employer();
		ConsultationId consultation = fx.as("clerk.chengguan", () -> consultations.record(new ConsultationDraft(
				ConsultationChannel.WALK_IN, "LABOUR", java.util.Set.of(), "李四", null, "工地欠薪怎么办", null, null, 120, false, null)));
		ComplaintDraft draft = new ComplaintDraft("李四", "13912345678", consultation.value(), employer, " 91620102ma71x8xk46 ",
				"某小区二期工程", "620102001", 8, new BigDecimal("96000.5"), YearMonth.of(2026, 1), YearMonth.of(2026, 6),
				"工程完工后工资未结清。", LocalDate.of(2026, 7, 1));
		ComplaintId id = fx.record("clerk.chengguan", draft);

		Complaint c = fx.get("clerk.chengguan", id);
		assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(c.complainantPhoneMasked()).isEqualTo("139****5678");
		assertThat(c.employerCreditCode()).isEqualTo(WagesFixtures.CREDIT_CODE);
		assertThat(c.amountOwed()).isEqualByComparingTo("96000.50");
		assertThat(c.regionCode()).isEqualTo("620102001");
		assertThat(c.countyCode()).isEqualTo("620102");
		assertThat(c.regionName()).contains("城关区");
		assertThat(c.consultationId()).isEqualTo(consultation.value());
		assertThat(c.owedFrom()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(c.unitName()).contains("城关区");
		String stored = jdbc.sql("SELECT complainant_phone_enc FROM wages_complaint WHERE id = :id").param("id", id.value())
			.query(String.class).single();
		assertThat(stored).doesNotContain("13912345678").doesNotContain("5678");

		assertThat(fx.as("director.chengguan", () -> complaints.revealPhone(id))).isEqualTo("13912345678");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'wages_complaint' AND record_id = :id"
				+ " AND action = 'REVEAL_PERSONAL_DATA'").param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(fx.as("clerk.chengguan", () -> complaints.history(id))).extracting(ComplaintEvent::to)
			.containsExactly(ComplaintStatus.RECEIVED);
	}

	@Test
	void aConsultationOutsideTheActorsScopeCannotBeLinked() {
		ConsultationId theirs = fx.as("clerk.qilihe", () -> consultations.record(new ConsultationDraft(ConsultationChannel.WALK_IN,
				"LABOUR", java.util.Set.of(), null, null, "欠薪咨询", null, null, 60, false, null)));
		ComplaintDraft d = WagesFixtures.draft(WagesFixtures.employer());
		long before = fx.complaintRows();
		assertThatThrownBy(() -> fx.record("clerk.chengguan", with(d, d.complainantName(), d.complainantPhone(), theirs.value(),
				d.employerName(), null, null, d.regionCode(), d.workers(), d.amountOwed(), null, null, null, null)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("consultationId"));
		assertThat(fx.complaintRows()).isEqualTo(before);
	}

	@Test
	void onlyFrontLineStaffRecordAndTheListSearchesByEmployerAndStatusInScope() {
		assertThatThrownBy(() -> fx.record("lawyer.chengguan", WagesFixtures.draft(WagesFixtures.employer())))
			.isInstanceOf(AccessRefused.class);
		assertThatThrownBy(() -> fx.record("bureau.gansu", WagesFixtures.draft(WagesFixtures.employer())))
			.isInstanceOf(AccessRefused.class);

		String employer = WagesFixtures.employer();
		ComplaintId a = fx.recorded(employer);
		ComplaintId b = fx.record("clerk.chengguan", new ComplaintDraft("王五", "0931-8123456", null, employer + "分公司",
				WagesFixtures.CREDIT_CODE, null, "620102", 2, new BigDecimal("5000"), null, null, null, null));
		fx.referToInspection(b);

		List<ComplaintId> found = fx.as("clerk.chengguan",
				() -> complaints.search(new ComplaintFilter(employer.substring(employer.length() - 8), null), PageRequest.of(0, 50)))
			.items().stream().map(ComplaintSummary::id).toList();
		assertThat(found).containsExactlyInAnyOrder(a, b);
		assertThat(fx.as("clerk.chengguan", () -> complaints.search(new ComplaintFilter(employer, ComplaintStatus.REFERRED),
				PageRequest.of(0, 50))).items()).extracting(ComplaintSummary::id).containsExactly(b);
		assertThat(fx.as("hotline.gansu", () -> complaints.search(new ComplaintFilter(employer, null), PageRequest.of(0, 50))).total())
			.as("the province sees the county's complaints").isEqualTo(2);
		assertThat(fx.as("clerk.qilihe", () -> complaints.search(new ComplaintFilter(employer, null), PageRequest.of(0, 50))).total())
			.as("the neighbouring county does not").isZero();
		assertThatThrownBy(() -> fx.get("clerk.qilihe", a)).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> complaints.revealPhone(a))).isInstanceOf(RecordNotFound.class);
		assertThat(fx.as("director.chengguan", () -> complaints.search(new ComplaintFilter("", ComplaintStatus.RECEIVED),
				PageRequest.of(0, 200))).items()).extracting(ComplaintSummary::id).contains(a).doesNotContain(b);
		ComplaintSummary line = fx.as("clerk.chengguan", () -> complaints.search(new ComplaintFilter(employer, ComplaintStatus.RECEIVED),
				PageRequest.of(0, 5))).items().getFirst();
		assertThat(line.countyName()).isEqualTo("城关区");
		assertThat(line.outstanding()).isEqualByComparingTo("96000");
		assertThat(line.reminder()).isEqualTo(Reminder.NONE);
	}
}
