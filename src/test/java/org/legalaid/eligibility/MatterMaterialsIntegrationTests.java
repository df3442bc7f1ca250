package org.legalaid.eligibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The material checklist per matter is data: national rows for every region, a region's rows for it alone. */
@SpringBootTest
class MatterMaterialsIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Autowired EligibilityRules rules;
	@Autowired JdbcClient jdbc;

	@Test
	void aMattersOwnMaterialsAreRequiredBesideTheCommonOnes() {
		RegionalRules gansu = rules.rulesFor("620102", DAY);
		assertThat(gansu.requiredMaterials("A31.5")).containsAll(Materials.DEFAULTS).contains(Materials.LABOUR_EVIDENCE);
		assertThat(gansu.requiredMaterials("A31.7")).contains(Materials.INJURY_EVIDENCE).doesNotContain(Materials.LABOUR_EVIDENCE);
		assertThat(gansu.requiredMaterials("A32.2")).isEqualTo(Materials.DEFAULTS);
	}

	@Test
	void theDecisionAsksForTheMattersOwnMaterialsAtOnce() {
		EligibilityCase pay = EligibilityCase.of("A31.5", ApplicantRole.CIVIL_OR_ADMIN_PARTY)
			.withPerson(EligibilityCase.PersonFacts.ADULT.withMigrantClaim(MigrantClaim.PAY))
			.withMaterials(Materials.DEFAULTS);
		EligibilityDecision without = EligibilityPolicy.decide(pay, rules.rulesFor("620102", DAY), DAY);
		assertThat(without.outcome()).isEqualTo(Outcome.NEED_MORE_MATERIALS);
		assertThat(without.missingMaterials()).contains(Materials.LABOUR_EVIDENCE);

		Set<String> supplied = new HashSet<>(Materials.ORDER);
		EligibilityDecision with = EligibilityPolicy.decide(pay.withMaterials(supplied), rules.rulesFor("620102", DAY), DAY);
		assertThat(with.missingMaterials()).doesNotContain(Materials.LABOUR_EVIDENCE);
	}

	@Test
	void aRegionsOwnRowAppliesInThatRegionOnly() {
		jdbc.sql("INSERT INTO eligibility_matter_material (matter_code, region_prefix, material_code) VALUES ('A31.3', '6201', 'KINSHIP_PROOF')")
			.update();
		assertThat(rules.rulesFor("620102", DAY).requiredMaterials("A31.3")).contains(Materials.KINSHIP_PROOF);
		assertThat(rules.rulesFor("620201", DAY).requiredMaterials("A31.3")).doesNotContain(Materials.KINSHIP_PROOF);
		assertThat(rules.rulesFor("110101", DAY).requiredMaterials("A31.3")).doesNotContain(Materials.KINSHIP_PROOF);
	}
}
