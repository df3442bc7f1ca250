package org.legalaid.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.assignment.AssignmentView;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.Offer;
import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.Registration;
import org.legalaid.intake.ReviewInput;
import org.legalaid.intake.Reviews;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path of the measure: a migrant worker's application registered at the window, granted, assigned by
 * rotation and accepted, all at once, counts as handled on one day for Chengguan's centre.
 */
@SpringBootTest
class SameDayFlowTests {

	@Autowired Applications applications;
	@Autowired Reviews reviews;
	@Autowired Assignments assignments;
	@Autowired SameDayMeasure measure;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	<T> T as(String username, java.util.function.Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	SameDayRow chengguan(LocalDate from, LocalDate to) {
		return as("director.chengguan", () -> measure.figures(from, to)).rows().stream()
			.filter(r -> r.centreName().contains("城关")).findFirst().orElse(new SameDayRow(0, "", 0, 0, 0, 0));
	}

	@Test
	void aGreenChannelApplicationGrantedAndAssignedAtOnceCountsAsSameDay() {
		LocalDate from = China.today().minusDays(1);
		LocalDate to = China.today().plusDays(1);
		SameDayRow before = chengguan(from, to);

		var draft = new ApplicationDraft(new PersonDraft("农民工丙", IdentityDocumentType.RESIDENT_ID, IdNumbers.fresh(), null, null, null, null,
				"13900002222", null, "620102", Set.of(PersonGroup.MIGRANT_WORKER)), null, null, "A31.5", Channel.WINDOW, null, "欠薪",
				List.of(), null, new HashSet<>(Materials.ORDER));
		Registration r = as("clerk.chengguan", () -> applications.register(draft, null));
		as("reviewer.chengguan", () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 1,
				new BigDecimal("0"), false, MigrantClaim.PAY, true, SignatureKind.SELF, null, null, false)));
		assertThat(chengguan(from, to).assigned()).as("granted, not yet assigned").isEqualTo(before.assigned());

		AssignmentView waiting = assignments.current(CaseSubject.application(r.id().value(), r.number())).orElseThrow();
		long offerId = as("director.chengguan", () -> assignments.assign(waiting.assignmentId(), null, null));
		Offer offer = as("director.chengguan", () -> assignments.offers(waiting.assignmentId())).stream()
			.filter(o -> o.id() == offerId).findFirst().orElseThrow();
		as(offer.providerAccount() == null ? "director.chengguan" : offer.providerAccount(), () -> assignments.accept(offerId));

		SameDayRow after = chengguan(from, to);
		assertThat(after.granted() - before.granted()).isEqualTo(1);
		assertThat(after.assigned() - before.assigned()).isEqualTo(1);
		var days = jdbc.sql("SELECT received_day, decided_day, assigned_day FROM statistics_granted_application WHERE application_id = :id")
			.param("id", r.id().value())
			.query((rs, n) -> List.of(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
			.single();
		assertThat(days).as("received, decided and assigned today").containsOnly(days.getFirst());
		assertThat(after.sameDay() - before.sameDay()).isEqualTo(1);
	}
}
