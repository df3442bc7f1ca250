package org.legalaid.assignment;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.assignment.AssignmentFixtures.person;

/** Each rule that excludes a candidate, with its reason shown, and that an excluded candidate is never assigned. */
@SpringBootTest
class AssignmentRulesTests {

	@Autowired Assignments assignments;
	@Autowired Deadlines deadlines;
	@Autowired JdbcClient jdbc;

	@Autowired AssignmentFixtures fx;
	@Autowired ObjectProvider<AssignmentFixtures> moreFixtures;
	Organisation firm;

	@BeforeEach
	void setUp() {
		firm = fx.firm();
	}

	List<String> reasons(long caseId, ProviderId provider) {
		return candidate(caseId, provider).exclusions().stream().map(CaseCandidate.Reason::code).toList();
	}

	CaseCandidate candidate(long caseId, ProviderId provider) {
		return fx.as("director.chengguan", () -> assignments.candidates(caseId)).stream()
			.filter(c -> c.providerId() == provider.value()).findFirst().orElse(null);
	}

	/** Gives case {@code caseId} to {@code provider} (override when needed) and records their acceptance. */
	void actedFor(long caseId, ProviderId provider) {
		fx.run("director.chengguan", () -> {
			long offer = assignments.assign(caseId, provider.value(), "熟悉本案情况");
			assignments.accept(offer);
		});
	}

	@Test
	void experienceBelowTheCaseNeedsExcludesAndAssigningThemIsRefusedNamingWhy() {
		ProviderId junior = fx.lawyer(firm, "经验不足", AssignmentFixtures.idNumber(), 4, 2, Set.of(), null, null);
		ProviderId senior = fx.lawyer(firm, "经验充足", AssignmentFixtures.idNumber(), 12, 8, Set.of(), null, null);
		long c = fx.openCase(null, 3, null, List.of(person("被告人甲", null)), List.of());

		assertThat(reasons(c, junior)).containsExactly("EXPERIENCE_SHORT");
		assertThat(reasons(c, senior)).isEmpty();
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> assignments.assign(c, junior.value(), "当事人要求")))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("lawyers.exclusion.EXPERIENCE_SHORT");
		assertThat(fx.as("director.chengguan", () -> assignments.get(c)).status()).isEqualTo(AssignmentStatus.WAITING);
	}

	@Test
	void languageTheCaseNeedsExcludesThoseWithoutIt() {
		ProviderId uyghur = fx.lawyer(firm, "维语律师", AssignmentFixtures.idNumber(), 6, 4, Set.of("ug"), null, null);
		ProviderId plain = fx.lawyer(firm);
		long c = fx.openCase("ug", null, null, List.of(person("受援人乙", null)), List.of());

		assertThat(reasons(c, uyghur)).isEmpty();
		assertThat(reasons(c, plain)).containsExactly("NO_LANGUAGE");
	}

	@Test
	void onlyProvidersServingTheCasesRegionAreCandidates() {
		ProviderId here = fx.lawyer(firm);
		AssignmentFixtures elsewhere = moreFixtures.getObject();
		ProviderId there = elsewhere.lawyer(firm);
		long c = fx.openCase(List.of(person("受援人丙", null)), List.of());

		List<Long> ids = fx.as("director.chengguan", () -> assignments.candidates(c)).stream().map(CaseCandidate::providerId).toList();
		assertThat(ids).contains(here.value()).doesNotContain(there.value());
	}

	@Test
	void aProviderAtTheWorkloadCapIsExcluded() {
		ProviderId capped = fx.lawyer(firm, "限额律师", AssignmentFixtures.idNumber(), 6, 4, Set.of(), 1, null);
		long first = fx.openCase(List.of(person("受援人丁", null)), List.of());
		fx.run("director.chengguan", () -> assignments.assign(first, capped.value(), "专长匹配"));
		long second = fx.openCase(List.of(person("受援人戊", null)), List.of());

		assertThat(reasons(second, capped)).containsExactly("AT_CAPACITY");
	}

	@Test
	void actingForAnOpposingPartyMatchedByIdNumberExcludesTheProviderAndTheirFirm() {
		ProviderId acted = fx.lawyer(firm);
		ProviderId colleague = fx.lawyer(firm);
		ProviderId stranger = fx.lawyer(fx.firm());
		String id = AssignmentFixtures.idNumber();
		long earlier = fx.openCase(List.of(person("王小明", fx.key(id))), List.of());
		actedFor(earlier, acted);
		// the same person, recorded now under another name (an alias), identified by the ID number
		long now = fx.openCase(List.of(person("受援人己", null)), List.of(person("王晓鸣", fx.key(id))));

		assertThat(reasons(now, acted)).containsExactly(ConflictCheck.ACTED_FOR);
		assertThat(reasons(now, colleague)).containsExactly(ConflictCheck.FIRM_ACTED_FOR);
		assertThat(reasons(now, stranger)).isEmpty();
		CaseCandidate.Reason reason = candidate(now, acted).exclusions().getFirst();
		assertThat(reason.messageKey()).isEqualTo("assignment.exclusion.CONFLICT_ACTED_FOR");
		assertThat(reason.args()).contains("王小明");
	}

	@Test
	void differentIdNumbersAreDifferentPeopleWhateverTheName() {
		ProviderId acted = fx.lawyer(firm);
		long earlier = fx.openCase(List.of(person("李强", fx.key(AssignmentFixtures.idNumber()))), List.of());
		actedFor(earlier, acted);
		long now = fx.openCase(List.of(person("受援人庚", null)), List.of(person("李强", fx.key(AssignmentFixtures.idNumber()))));

		assertThat(reasons(now, acted)).isEmpty();
	}

	@Test
	void aHomophoneOfTheOpposingPartysNameMatchesWhenAnIdNumberIsMissing() {
		ProviderId acted = fx.lawyer(firm);
		long earlier = fx.openCase(List.of(person("章威", fx.key(AssignmentFixtures.idNumber()))), List.of());
		actedFor(earlier, acted);
		long now = fx.openCase(List.of(person("受援人辛", null)), List.of(person("张伟", null)));

		assertThat(reasons(now, acted)).containsExactly(ConflictCheck.ACTED_FOR);
	}

	@Test
	void theTraditionalFormOfTheOpposingPartysNameMatches() {
		ProviderId acted = fx.lawyer(firm);
		long earlier = fx.openCase(List.of(person("陈国华", null)), List.of());
		actedFor(earlier, acted);
		long now = fx.openCase(List.of(person("受援人壬", null)), List.of(person("陳國華", null)));

		assertThat(reasons(now, acted)).containsExactly(ConflictCheck.ACTED_FOR);
	}

	@Test
	void anOfferNotAcceptedIsNoConflict() {
		ProviderId offered = fx.lawyer(firm);
		long earlier = fx.openCase(List.of(person("赵敏", null)), List.of());
		fx.run("director.chengguan", () -> assignments.assign(earlier, offered.value(), "专长匹配"));
		long now = fx.openCase(List.of(person("受援人癸", null)), List.of(person("赵敏", null)));

		assertThat(reasons(now, offered)).isEmpty();
	}

	@Test
	void theOpposingPartyThemselvesIsExcluded() {
		String id = AssignmentFixtures.idNumber();
		ProviderId party = fx.lawyer(firm, "对方律师", id, 6, 4, Set.of(), null, null);
		long c = fx.openCase(List.of(person("受援人子", null)), List.of(new ConflictParty("对方律师", fx.key(id), null, "被告")));

		assertThat(reasons(c, party)).containsExactly(ConflictCheck.IS_PARTY);
		assertThatThrownBy(() -> fx.run("director.chengguan", () -> assignments.assign(c, party.value(), "当事人指定")))
			.isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.exclusion.CONFLICT_IS_PARTY");
	}

	@Test
	void anOrganisationMatchesByItsCreditCode() {
		ProviderId acted = fx.lawyer(firm);
		long earlier = fx.openCase(List.of(new ConflictParty("兰州某建筑公司", null, "91620100MA0000001X", "APPLICANT")), List.of());
		actedFor(earlier, acted);
		long now = fx.openCase(List.of(person("受援人丑", null)),
				List.of(new ConflictParty("兰州某建筑有限责任公司", null, "91620100MA0000001X", "用人单位")));

		assertThat(reasons(now, acted)).containsExactly(ConflictCheck.ACTED_FOR);
	}
}
