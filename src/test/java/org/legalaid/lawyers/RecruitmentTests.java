package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Registration, admission against the region's criteria, renewal, expiry, suspension and the data scope. */
@SpringBootTest
class RecruitmentTests {

	@Autowired Organisations organisations;
	@Autowired Providers providers;
	@Autowired Recruitment recruitment;
	@Autowired LawyerPool pool;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	PoolFixtures fx;
	Organisation firm;

	@BeforeEach
	void setUp() {
		fx = new PoolFixtures(users, organisations, providers);
		firm = fx.firm("director.chengguan", OrganisationKind.LAW_FIRM);
	}

	@Test
	void aProviderIsRegisteredAsAnApplicantWithPersonalDataProtected() {
		ProviderDraft draft = PoolFixtures.lawyer(firm, 5, null, Set.of("LABOUR"), Set.of("620102"));
		ProviderId id = fx.register("director.chengguan", draft);

		Provider p = fx.as("director.chengguan", () -> providers.get(id));
		assertThat(p.status()).isEqualTo(ProviderStatus.APPLIED);
		assertThat(p.idNumberMasked()).isEqualTo(draft.idNumber().substring(0, 6) + "********" + draft.idNumber().substring(14));
		assertThat(p.phoneMasked()).isEqualTo("139****1111");
		assertThat(p.regions()).containsExactly("620102");
		assertThat(p.yearsOfPracticeOn(China.today())).isEqualTo(5);
		String stored = jdbc.sql("SELECT id_number_enc FROM lawyers_provider WHERE id = :id").param("id", id.value()).query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(draft.idNumber());
		assertThat(fx.as("director.chengguan", () -> providers.revealIdNumber(id))).isEqualTo(draft.idNumber());

		assertThatThrownBy(() -> fx.register("director.chengguan", new ProviderDraft(null, ProviderKind.LAWYER, "重复", draft.idNumber(),
				null, PoolFixtures.licence(), China.today().minusYears(4), null, firm.id().value(), Set.of(), Set.of("620102"), Set.of(),
				false, null, null)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.idNumber.taken");
		assertThatThrownBy(() -> fx.register("director.chengguan", new ProviderDraft(null, ProviderKind.LAWYER, "重复证号",
				PoolFixtures.idNumber(), null, draft.licenceNumber(), China.today().minusYears(4), null, firm.id().value(), Set.of(),
				Set.of("620102"), Set.of(), false, null, null)))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.licence.taken");
		assertThatThrownBy(() -> fx.register("clerk.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620102"))))
			.isInstanceOf(AccessRefused.class);
	}

	@Test
	void theKindMustFitTheOrganisationAndRegionsMustBeRealDivisions() {
		Organisation clinic = fx.firm("director.chengguan", OrganisationKind.LAW_SCHOOL_CLINIC);
		assertThatThrownBy(() -> fx.register("director.chengguan", PoolFixtures.lawyer(clinic, 5, null, Set.of(), Set.of("620102"))))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.organisation.kind");
		assertThatThrownBy(() -> fx.register("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("629999"))))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.division.unknown");
		assertThatThrownBy(() -> fx.register("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of())))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.regions.required");
		ProviderId whole = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 5, null, Set.of(), Set.of("620100", "62")));
		assertThat(fx.as("director.chengguan", () -> providers.get(whole)).regions()).containsExactlyInAnyOrder("6201", "62");
	}

	@Test
	void admissionRefusesTooFewYearsOfPracticeByName() {
		ProviderId id = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 1, null, Set.of(), Set.of("620102")));

		AdmissionRefused refused = catchThrowableOfType(AdmissionRefused.class,
				() -> fx.as("director.chengguan", () -> providers.admit(id, providers.get(id).version())));
		assertThat(refused.unmet()).extracting(UnmetCriterion::criterion).containsExactly(Criterion.PRACTICE_YEARS);
		assertThat(refused.unmet().get(0).args()).containsExactly(2, 1);
		assertThat(fx.as("director.chengguan", () -> providers.get(id)).status()).isEqualTo(ProviderStatus.APPLIED);
	}

	@Test
	void admissionRefusesARecentDisciplinaryRecordAndASanctionInForce() {
		ProviderId id = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 8, null, Set.of(), Set.of("620102")));
		LocalDate today = China.today();
		fx.as("director.chengguan", () -> providers.addDiscipline(id,
				new DisciplineDraft(today.minusMonths(6), "兰州市司法局", "停止执业三个月", today.plusMonths(1))));

		AdmissionRefused refused = catchThrowableOfType(AdmissionRefused.class,
				() -> fx.as("director.chengguan", () -> providers.admit(id, providers.get(id).version())));
		assertThat(refused.unmet()).extracting(UnmetCriterion::criterion)
			.containsExactlyInAnyOrder(Criterion.DISCIPLINARY_RECORD, Criterion.SANCTION_IN_FORCE);

		ProviderId old = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 12, null, Set.of(), Set.of("620102")));
		fx.as("director.chengguan", () -> providers.addDiscipline(old, new DisciplineDraft(today.minusYears(5), "兰州市律师协会", "训诫", null)));
		Provider admitted = fx.as("director.chengguan", () -> providers.admit(old, providers.get(old).version()));
		assertThat(admitted.status()).isEqualTo(ProviderStatus.ACTIVE);
	}

	@Test
	void aRegionsOwnCriteriaReplaceTheNationalDefault() {
		ProviderId id = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 12, null, Set.of(), Set.of("620102")));
		LocalDate today = China.today();
		fx.as("director.chengguan", () -> providers.addDiscipline(id, new DisciplineDraft(today.minusYears(5), "兰州市律师协会", "训诫", null)));
		fx.as("bureau.gansu", () -> recruitment.save("620102", null, 3, null, 2, 12, 8));
		try {
			assertThat(recruitment.criteriaFor("620102001").minPracticeYears()).isEqualTo(3);
			assertThat(recruitment.criteriaFor("620103").minPracticeYears()).isEqualTo(2);
			AdmissionRefused refused = catchThrowableOfType(AdmissionRefused.class,
					() -> fx.as("director.chengguan", () -> providers.admit(id, providers.get(id).version())));
			assertThat(refused.unmet()).extracting(UnmetCriterion::criterion).containsExactly(Criterion.DISCIPLINARY_RECORD);
			assertThatThrownBy(() -> fx.as("bureau.gansu", () -> recruitment.save("", 0, 1, null, 1, 12, 10)))
				.isInstanceOf(AccessRefused.class);
			assertThatThrownBy(() -> fx.as("director.chengguan", () -> recruitment.save("620102", 0, 1, null, 1, 12, 10)))
				.isInstanceOf(AccessRefused.class);
		}
		finally {
			fx.as("bureau.gansu", () -> {
				recruitment.remove("620102");
				return null;
			});
		}
		assertThat(recruitment.criteriaFor("620102").minPracticeYears()).isEqualTo(2);
	}

	@Test
	void renewalExtendsTheMembershipAndAnUnrenewedOneExpiresWithoutABatchJob() {
		ProviderId id = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 4, null, Set.of(), Set.of("620102")));
		LocalDate today = China.today();
		Provider p = fx.as("director.chengguan", () -> providers.get(id));
		assertThat(p.validUntil()).isEqualTo(today.plusMonths(12).minusDays(1));
		assertThat(p.statusOn(p.validUntil())).isEqualTo(ProviderStatus.ACTIVE);
		assertThat(p.statusOn(p.validUntil().plusDays(1))).isEqualTo(ProviderStatus.EXPIRED);

		Provider renewed = fx.as("director.chengguan", () -> providers.renew(id, p.version()));
		assertThat(renewed.validUntil()).isEqualTo(p.validUntil().plusMonths(12));

		// a year and more passes without renewal
		jdbc.sql("UPDATE lawyers_provider SET valid_until = :d WHERE id = :id").param("d", java.sql.Date.valueOf(today.minusDays(10)))
			.param("id", id.value()).update();
		Provider lapsed = fx.as("director.chengguan", () -> providers.get(id));
		assertThat(lapsed.status()).isEqualTo(ProviderStatus.ACTIVE);
		assertThat(lapsed.statusOn(today)).isEqualTo(ProviderStatus.EXPIRED);
		var expired = fx.as("director.chengguan", () -> providers.search(
				new ProviderFilter(null, lapsed.licenceNumber(), null, null, ProviderStatus.EXPIRED, null, null), ProviderSort.NAME,
				PageRequest.of(0, 10)));
		assertThat(expired.items()).extracting(ProviderSummary::id).containsExactly(id);
		assertThat(expired.items().get(0).status()).isEqualTo(ProviderStatus.EXPIRED);
		assertThat(fx.as("director.chengguan", () -> providers.search(
				new ProviderFilter(null, lapsed.licenceNumber(), null, null, ProviderStatus.ACTIVE, null, null), ProviderSort.NAME,
				PageRequest.of(0, 10))).total()).isZero();
		Candidate c = fx.as("director.chengguan", () -> pool.candidates(CandidateQuery.forRegion("620102", today)))
			.stream().filter(x -> x.providerId().equals(id)).findFirst().orElseThrow();
		assertThat(c.exclusions()).extracting(Exclusion::reason).containsExactly(ExclusionReason.MEMBERSHIP_EXPIRED);

		Provider back = fx.as("director.chengguan", () -> providers.renew(id, lapsed.version()));
		assertThat(back.validUntil()).isEqualTo(today.plusMonths(12).minusDays(1));
		assertThat(back.statusOn(today)).isEqualTo(ProviderStatus.ACTIVE);
		assertThat(fx.as("director.chengguan", () -> providers.history(id))).extracting(ProviderEvent::action)
			.containsExactly("RENEW", "RENEW", "ADMIT", "REGISTER");
	}

	@Test
	void suspensionNeedsAReasonAndIsLiftedByReinstatement() {
		ProviderId id = fx.admitted("director.chengguan", PoolFixtures.lawyer(firm, 4, null, Set.of(), Set.of("620102")));
		int version = fx.as("director.chengguan", () -> providers.get(id)).version();
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> providers.suspend(id, version, " ")))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.reason");
		Provider suspended = fx.as("director.chengguan", () -> providers.suspend(id, version, "投诉调查中"));
		assertThat(suspended.status()).isEqualTo(ProviderStatus.SUSPENDED);
		assertThatThrownBy(() -> fx.as("director.chengguan", () -> providers.admit(id, suspended.version())))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.error.transition");
		assertThat(fx.as("director.chengguan", () -> providers.reinstate(id, suspended.version())).status()).isEqualTo(ProviderStatus.ACTIVE);
	}

	@Test
	void aNeighbouringCountyCannotReadAChengguanProviderByIdButTheProvinceCan() {
		ProviderId id = fx.register("director.chengguan", PoolFixtures.lawyer(firm, 4, null, Set.of(), Set.of("620102")));
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> providers.get(id))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> pool.provider(id))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> fx.as("clerk.qilihe", () -> organisations.get(firm.id()))).isInstanceOf(RecordNotFound.class);
		assertThat(fx.as("bureau.gansu", () -> providers.get(id)).id()).isEqualTo(id);
		assertThat(fx.as("clerk.chengguan", () -> providers.get(id)).id()).isEqualTo(id);
		assertThat(fx.as("bureau.gansu", () -> providers.admit(id, 0)).status()).isEqualTo(ProviderStatus.ACTIVE);
	}

	@Test
	void theDemoPoolIsLoadedAndTheLawyerAccountIsLinked() {
		Provider li = fx.as("lawyer.chengguan", () -> pool.byAccount("lawyer.chengguan")).orElseThrow();
		assertThat(li.name()).isEqualTo("李明");
		assertThat(li.kind()).isEqualTo(ProviderKind.CENTRE_STAFF_LAWYER);
		assertThat(li.statusOn(China.today())).isEqualTo(ProviderStatus.ACTIVE);
		var chengguan = fx.as("director.chengguan", () -> providers.search(new ProviderFilter(null, null, null, null, null, "620102", null),
				ProviderSort.NAME, PageRequest.of(0, 100)));
		assertThat(chengguan.items()).extracting(ProviderSummary::name)
			.contains("王建国", "阿依古丽·买买提", "张静", "刘洋", "陈刚", "赵磊", "李明", "周强");
		assertThat(chengguan.items()).filteredOn(s -> s.name().equals("陈刚")).extracting(ProviderSummary::status)
			.containsExactly(ProviderStatus.SUSPENDED);
		assertThat(chengguan.items()).filteredOn(s -> s.name().equals("赵磊")).extracting(ProviderSummary::status)
			.containsExactly(ProviderStatus.APPLIED);
	}
}
