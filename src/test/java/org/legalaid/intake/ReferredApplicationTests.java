package org.legalaid.intake;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.legalaid.IdNumbers;
import org.legalaid.hotline.ConsultationChannel;
import org.legalaid.hotline.ConsultationDraft;
import org.legalaid.hotline.ConsultationId;
import org.legalaid.hotline.ReferralId;
import org.legalaid.hotline.ReferralStatus;
import org.legalaid.hotline.ReferralTarget;
import org.legalaid.hotline.Consultations;
import org.legalaid.hotline.Referrals;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A consultation referred to a centre's intake becomes a pre-filled application there, and the referral is resolved. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferredApplicationTests {

	@Autowired Consultations consultations;
	@Autowired Referrals referrals;
	@Autowired ReferredApplications referred;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	<T> T signedIn(String username, Supplier<T> work) {
		return org.legalaid.Staff.signedIn(users, username, work);
	}

	ReferralId referredFromTheProvinceHotline(String callerName) {
		long chengguan = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		ConsultationId c = signedIn("hotline.gansu", () -> consultations.record(new ConsultationDraft(ConsultationChannel.PHONE_12348,
				"LABOUR", Set.of(PersonGroup.MIGRANT_WORKER), callerName, "13700002222", "工地老板拖欠三个月工资，怎么办？",
				"可以申请法律援助，已转城关区中心。", null, 180, false, null)));
		return signedIn("hotline.gansu", () -> referrals.refer(c, ReferralTarget.intake(chengguan), null));
	}

	long applications() {
		return jdbc.sql("SELECT COUNT(*) FROM intake_application").query(Long.class).single();
	}

	@Test
	void theClerkOpensTheApplicationPreFilledFromTheConsultation() throws Exception {
		ReferralId id = referredFromTheProvinceHotline("转介申请人");
		mvc.perform(get("/intake/applications").with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/intake/applications/new?referral=" + id.value())));
		mvc.perform(get("/intake/applications/new").param("referral", Long.toString(id.value())).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"转介申请人\"")))
			.andExpect(content().string(containsString("value=\"13700002222\"")))
			.andExpect(content().string(containsString("工地老板拖欠三个月工资")))
			.andExpect(content().string(containsString("name=\"referralId\" value=\"" + id.value() + "\"")));
	}

	@Test
	void aNeighbouringCountyNeitherListsNorOpensTheReferral() throws Exception {
		ReferralId id = referredFromTheProvinceHotline("邻县看不到");
		mvc.perform(get("/intake/applications").with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("referral=" + id.value()))));
		mvc.perform(get("/intake/applications/new").param("referral", Long.toString(id.value())).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("13700002222"))));
	}

	@Test
	void registeringResolvesTheReferralOnceAndARetryCreatesNothing() {
		ReferralId id = referredFromTheProvinceHotline("一次登记");
		ApplicationDraft draft = ApplicationRegistrationIntegrationTests.walkIn("一次登记", IdNumbers.fresh(), "A31.5",
				Set.of(PersonGroup.MIGRANT_WORKER), null);
		String key = UUID.randomUUID().toString();
		long before = applications();

		Registration first = signedIn("clerk.chengguan", () -> referred.register(draft, key, id));
		assertThat(applications()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT referral_id FROM intake_application WHERE id = :id").param("id", first.id().value())
			.query(Long.class).single()).isEqualTo(id.value());
		var referral = signedIn("hotline.gansu", () -> referrals.get(id));
		assertThat(referral.status()).isEqualTo(ReferralStatus.RESOLVED);
		assertThat(referral.reference()).isEqualTo(first.number());

		Registration retry = signedIn("clerk.chengguan", () -> referred.register(draft, key, id));
		assertThat(retry.repeated()).isTrue();
		assertThat(retry.id()).isEqualTo(first.id());
		assertThat(applications()).isEqualTo(before + 1);

		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> referred.register(draft, UUID.randomUUID().toString(), id)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.referral.error.notAwaitingIntake"));
		assertThat(applications()).as("a second registration of the same referral stores nothing").isEqualTo(before + 1);
	}

	@Test
	void aReturnedReferralLeavesTheQueueWithItsReason() {
		ReferralId id = referredFromTheProvinceHotline("未来申请");
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> referred.giveBack(id, "")))
			.isInstanceOf(RuleViolation.class);
		signedIn("clerk.chengguan", () -> referred.giveBack(id, "来电人决定自行委托律师"));
		assertThat(signedIn("clerk.chengguan", () -> referred.waiting(org.legalaid.shared.PageRequest.of(0, 200))).items())
			.extracting(r -> r.id()).doesNotContain(id);
		assertThat(signedIn("hotline.gansu", () -> referrals.get(id)).resultNote()).isEqualTo("来电人决定自行委托律师");
	}
}
