package org.legalaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.legalaid.eligibility.EligibilityCase.EconomicEvidence;
import org.legalaid.eligibility.EligibilityCase.PersonFacts;
import org.legalaid.eligibility.EligibilityCase.Urgency;

/** The decision table of legal-aid-rules.md §4.2, one row per route and rule path. */
class EligibilityPolicyTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);
	static final LocalDate LAW_IN_FORCE = LocalDate.of(2022, 1, 1);
	static final String GANSU = "620102";
	static final String SICHUAN = "510104";

	static final Set<String> COMPLETE = Set.of(Materials.APPLICATION_FORM, Materials.IDENTITY_DOCUMENT,
			Materials.CASE_MATERIALS, Materials.ECONOMIC_STATEMENT);
	static final Set<String> COMPLETE_WITH_PROOF = union(COMPLETE, Materials.EXEMPTION_PROOF);

	/** 3 members, ¥3,000 a month: ¥1,000 each, under the Gansu example standard of ¥1,820. */
	static final PersonFacts POOR = PersonFacts.ADULT.withHousehold(3, 300_000);
	/** 1 member, ¥8,000 a month. */
	static final PersonFacts ABOVE = PersonFacts.ADULT.withHousehold(1, 800_000);

	static Set<String> union(Set<String> set, String... more) {
		var all = new java.util.HashSet<>(set);
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

	static Matter matter(String code, String prefix, MatterCategory category, String article, boolean hardship,
			LocalDate from, LocalDate to) {
		return new Matter(0, code, prefix, code, category, article, hardship, from, to, "test", 0);
	}

	static List<Matter> catalogue() {
		List<Matter> m = new ArrayList<>();
		m.add(matter("A24", "", MatterCategory.CRIMINAL_DEFENCE, "法律援助法第二十四条", true, LAW_IN_FORCE, null));
		m.add(matter("A29", "", MatterCategory.VICTIM, "法律援助法第二十九条", true, LAW_IN_FORCE, null));
		String[] items = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		for (int i = 1; i <= 9; i++) {
			m.add(matter("A31." + i, "", MatterCategory.STATUTORY, "法律援助法第三十一条第（" + items[i - 1] + "）项", true, LAW_IN_FORCE, null));
		}
		for (int i = 1; i <= 5; i++) {
			m.add(matter("A32." + i, "", MatterCategory.NO_HARDSHIP, "法律援助法第三十二条第（" + items[i - 1] + "）项", false, LAW_IN_FORCE, null));
		}
		m.add(matter("A33", "", MatterCategory.RETRIAL, "法律援助法第三十三条", true, LAW_IN_FORCE, null));
		m.add(matter("GS.LABOUR", "62", MatterCategory.REGIONAL, "法律援助法第三十一条第（九）项；甘肃", true, LAW_IN_FORCE, null));
		m.add(matter("GS.SCHOOL", "62", MatterCategory.REGIONAL, "甘肃（到期）", true, LAW_IN_FORCE, LocalDate.of(2025, 12, 31)));
		return m;
	}

	static List<Exemption> exemptions() {
		return List.of(
				new Exemption("X-42-1", "", ExemptionKind.NO_LIVELIHOOD_GROUP, null, "无固定生活来源", "法律援助法第四十二条第（一）项", LAW_IN_FORCE, null),
				new Exemption("X-42-2", "", ExemptionKind.ASSISTANCE_RECIPIENT, null, "救助对象", "法律援助法第四十二条第（二）项", LAW_IN_FORCE, null),
				new Exemption("X-42-3", "", ExemptionKind.MIGRANT_WORKER_CLAIM, null, "进城务工人员", "法律援助法第四十二条第（三）项", LAW_IN_FORCE, null),
				new Exemption("X-62-ELDERLY", "62", ExemptionKind.AGE_AT_LEAST, 60, "老年人", "法律援助法第四十二条第（四）项；甘肃", LAW_IN_FORCE, null),
				new Exemption("X-62-CONSCRIPT", "62", ExemptionKind.SERVICE_MEMBER, null, "军人", "法律援助法第七十条", LAW_IN_FORCE, null));
	}

	static RegionalRules rules(String region) {
		return new RegionalRules(region, catalogue(), exemptions(),
				List.of(new HardshipStandard("62", LAW_IN_FORCE, 182_000, "甘肃省最低工资标准（示例）"),
						new HardshipStandard("51", LAW_IN_FORCE, 200_000, "四川（测试）")),
				region.startsWith("62"), Materials.DEFAULTS);
	}

	static EligibilityCase civil(String code, PersonFacts person, EconomicEvidence economy, Set<String> materials) {
		return EligibilityCase.of(code, ApplicantRole.CIVIL_OR_ADMIN_PARTY).withPerson(person).withEconomy(economy)
			.withMaterials(materials);
	}

	static final EconomicEvidence SIGNED = EconomicEvidence.commitment(SignatureKind.SELF);

	record Row(EligibilityCase c, String region, LocalDate date, Outcome outcome, String route, List<String> rules,
			Boolean hardshipRequired, Boolean checkRequired) {
	}

	static Arguments row(String name, EligibilityCase c, String region, LocalDate date, Outcome outcome, String route,
			List<String> rules, Boolean hardship, Boolean check) {
		return Arguments.of(name, new Row(c, region, date, outcome, route, rules, hardship, check));
	}

	static Stream<Arguments> table() {
		EligibilityCase suspect = EligibilityCase.of("A24", ApplicantRole.SUSPECT_OR_DEFENDANT).withMaterials(COMPLETE);
		return Stream.of(
				row("E1 a minor suspect without defender is a notification, not an application",
						suspect.withNotificationGround(NotificationGround.MINOR).withPerson(PersonFacts.aged(16)), GANSU, DAY,
						Outcome.NOTIFICATION_ROUTE, "E1", List.of("E1"), false, false),
				row("E1 liable to death penalty", suspect.withNotificationGround(NotificationGround.LIFE_OR_DEATH_PENALTY),
						GANSU, DAY, Outcome.NOTIFICATION_ROUTE, "E1", List.of("E1"), false, false),
				row("E4 suspect without defender, hardship met by commitment and standard",
						suspect.withPerson(POOR).withEconomy(SIGNED), GANSU, DAY, Outcome.GRANT, "E4",
						List.of("E4", "H-COMMITMENT", "H-STANDARD"), true, true),
				row("E4 suspect above the standard, no exemption, is refused on the hardship rule",
						suspect.withPerson(ABOVE).withEconomy(SIGNED), GANSU, DAY, Outcome.REFUSE, "E4",
						List.of("E4", "H-STANDARD"), true, true),
				row("E4 no defender for another reason: no hardship condition",
						suspect.withPerson(ABOVE).withOtherReason(true), GANSU, DAY, Outcome.GRANT, "E4",
						List.of("E4"), false, false),
				row("E4 with a defender already is refused", suspect.withCounsel(true).withPerson(POOR).withEconomy(SIGNED),
						GANSU, DAY, Outcome.REFUSE, "E4", List.of("E4"), false, false),
				row("E5 victim in a public prosecution",
						EligibilityCase.of("A29", ApplicantRole.VICTIM).withPerson(POOR).withEconomy(SIGNED).withMaterials(COMPLETE),
						GANSU, DAY, Outcome.GRANT, "E5", List.of("E5", "H-STANDARD"), true, true),
				row("E5 private prosecutor", EligibilityCase.of("A29", ApplicantRole.PRIVATE_PROSECUTOR).withPerson(POOR)
						.withEconomy(SIGNED).withMaterials(COMPLETE), GANSU, DAY, Outcome.GRANT, "E5", List.of("E5"), true, true),
				row("E5 applied for by a suspect does not fit the role",
						EligibilityCase.of("A29", ApplicantRole.SUSPECT_OR_DEFENDANT).withPerson(POOR).withEconomy(SIGNED)
							.withMaterials(COMPLETE), GANSU, DAY, Outcome.REFUSE, "S-ROLE", List.of("S-ROLE"), false, false),
				row("E6 retrial petition", EligibilityCase.of("A33", ApplicantRole.PETITIONER).withPerson(POOR)
						.withEconomy(SIGNED).withMaterials(COMPLETE), GANSU, DAY, Outcome.GRANT, "E6", List.of("E6"), true, true),
				row("E7 art. 31 matter before the law is in force is out of scope",
						civil("A31.5", POOR, SIGNED, COMPLETE), GANSU, LocalDate.of(2021, 12, 31), Outcome.REFUSE, "S-SCOPE",
						List.of("S-SCOPE"), false, false),
				row("E7 unknown matter is out of scope", civil("A99", POOR, SIGNED, COMPLETE), GANSU, DAY, Outcome.REFUSE,
						"S-SCOPE", List.of("S-SCOPE"), false, false),
				row("E8 art. 32 matter above the income standard is granted without hardship",
						civil("A32.4", ABOVE, EconomicEvidence.NONE, Set.of(Materials.APPLICATION_FORM, Materials.IDENTITY_DOCUMENT,
								Materials.CASE_MATERIALS)), GANSU, DAY, Outcome.GRANT, "E8", List.of("E8"), false, false),
				row("E9 minor without livelihood is exempt from the check",
						civil("A31.4", ABOVE.withAge(15).withNoFixedLivelihood(true), EconomicEvidence.NONE, COMPLETE_WITH_PROOF),
						GANSU, DAY, Outcome.GRANT, "E7", List.of("E7", "X-42-1"), true, false),
				row("E9 minimum-living-allowance recipient is exempt from the check",
						civil("A31.2", ABOVE.withAssistanceRecipient(true), EconomicEvidence.NONE, COMPLETE_WITH_PROOF),
						SICHUAN, DAY, Outcome.GRANT, "E7", List.of("X-42-2"), true, false),
				row("E9 migrant worker claiming pay is exempt from the check",
						civil("A31.5", ABOVE.withMigrantClaim(MigrantClaim.PAY), EconomicEvidence.NONE, COMPLETE_WITH_PROOF),
						GANSU, DAY, Outcome.GRANT, "E7", List.of("X-42-3"), true, false),
				row("E9 migrant worker claiming work-injury compensation is exempt from the check",
						civil("A31.7", ABOVE.withMigrantClaim(MigrantClaim.WORK_INJURY_COMPENSATION), EconomicEvidence.NONE,
								COMPLETE_WITH_PROOF), GANSU, DAY, Outcome.GRANT, "E7", List.of("X-42-3"), true, false),
				row("E9 exemption without the category proof asks for it",
						civil("A31.5", ABOVE.withMigrantClaim(MigrantClaim.PAY), EconomicEvidence.NONE, COMPLETE), GANSU, DAY,
						Outcome.NEED_MORE_MATERIALS, "E7", List.of("X-42-3", "S-MATERIALS"), true, false),
				row("E14 elderly person in Gansu is exempt by the regional rule",
						civil("A31.4", ABOVE.withAge(65), EconomicEvidence.NONE, COMPLETE_WITH_PROOF), GANSU, DAY, Outcome.GRANT,
						"E7", List.of("X-62-ELDERLY"), true, false),
				row("E14 elderly person outside Gansu is checked and refused above the standard",
						civil("A31.4", ABOVE.withAge(65), SIGNED, COMPLETE_WITH_PROOF), SICHUAN, DAY, Outcome.REFUSE, "E7",
						List.of("H-STANDARD"), true, true),
				row("E13 service member in Gansu is exempt by the regional rule",
						civil("A31.3", ABOVE.withServiceMember(true), EconomicEvidence.NONE, COMPLETE_WITH_PROOF), GANSU, DAY,
						Outcome.GRANT, "E7", List.of("X-62-CONSCRIPT"), true, false),
				row("E14 regional matter in force in its region", civil("GS.LABOUR", POOR, SIGNED, COMPLETE), GANSU, DAY,
						Outcome.GRANT, "E14", List.of("E14", "H-STANDARD"), true, true),
				row("E14 regional matter is out of scope in another region", civil("GS.LABOUR", POOR, SIGNED, COMPLETE),
						SICHUAN, DAY, Outcome.REFUSE, "S-SCOPE", List.of("S-SCOPE"), false, false),
				row("E14 regional matter after its end date is out of scope", civil("GS.SCHOOL", POOR, SIGNED, COMPLETE),
						GANSU, DAY, Outcome.REFUSE, "S-SCOPE", List.of("S-SCOPE"), false, false),
				row("E14 regional matter within its dates", civil("GS.SCHOOL", POOR, SIGNED, COMPLETE), GANSU,
						LocalDate.of(2025, 12, 31), Outcome.GRANT, "E14", List.of("E14"), true, true),
				row("a false commitment on record bars the commitment route; the sharing check is required",
						civil("A31.5", POOR, SIGNED.withBarred(true), COMPLETE), GANSU, DAY, Outcome.NEED_MORE_MATERIALS, "E7",
						List.of("H-COMMITMENT-BARRED", "H-SHARING-REQUIRED", "S-MATERIALS"), true, true),
				row("barred commitment and the sharing query shows 低保: hardship proven",
						civil("A31.5", POOR, SIGNED.withBarred(true).withSharing(SharingResult.LOW_INCOME), COMPLETE), GANSU, DAY,
						Outcome.GRANT, "E7", List.of("H-SHARING"), true, true),
				row("a region without the bar accepts the commitment despite the record",
						civil("A31.5", POOR, SIGNED.withBarred(true), COMPLETE), SICHUAN, DAY, Outcome.GRANT, "E7",
						List.of("H-COMMITMENT", "H-STANDARD"), true, true),
				row("sharing result LOW_INCOME proves hardship without a commitment, whatever the stated income",
						civil("A31.1", ABOVE, EconomicEvidence.sharing(SharingResult.LOW_INCOME), COMPLETE), GANSU, DAY,
						Outcome.GRANT, "E7", List.of("H-SHARING"), true, true),
				row("sharing result SPECIAL_HARDSHIP proves hardship",
						civil("A31.1", ABOVE, EconomicEvidence.sharing(SharingResult.SPECIAL_HARDSHIP), COMPLETE), GANSU, DAY,
						Outcome.GRANT, "E7", List.of("H-SHARING"), true, true),
				row("neither commitment nor sharing proof: the commitment is asked for",
						civil("A31.1", POOR, EconomicEvidence.sharing(SharingResult.NONE), COMPLETE), GANSU, DAY,
						Outcome.NEED_MORE_MATERIALS, "E7", List.of("H-SHARING-NONE", "H-UNVERIFIED"), true, true),
				row("E12 foreigner goes to a person", civil("A31.5", POOR.withForeigner(true), SIGNED, COMPLETE), GANSU, DAY,
						Outcome.MANUAL_REVIEW, "E7", List.of("E7", "E12"), true, true),
				row("no hardship standard in force for the region goes to a person",
						civil("A31.5", POOR, SIGNED, COMPLETE), "110105", DAY, Outcome.MANUAL_REVIEW, "E7",
						List.of("H-NO-STANDARD"), true, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("table")
	void decisionTable(String name, Row row) {
		EligibilityDecision d = EligibilityPolicy.decide(row.c(), rules(row.region()), row.date());
		assertThat(d.outcome()).as("outcome").isEqualTo(row.outcome());
		assertThat(d.routeRuleId()).as("route").isEqualTo(row.route());
		assertThat(d.appliedRules()).extracting(AppliedRule::ruleId).as("rules").containsAll(row.rules());
		assertThat(d.hardshipRequired()).as("hardship required").isEqualTo(row.hardshipRequired());
		assertThat(d.checkRequired()).as("check required").isEqualTo(row.checkRequired());
		assertThat(d.appliedRules()).allSatisfy(r -> assertThat(r.article()).isNotBlank());
		if (d.outcome() == Outcome.REFUSE) {
			assertThat(d.appliedRules()).as("a refusal carries its reasons").isNotEmpty();
		}
	}

	static Stream<Arguments> article31Items() {
		String[] items = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };
		return IntStream.rangeClosed(1, 9).mapToObj(i -> Arguments.of("A31." + i, "法律援助法第三十一条第（" + items[i - 1] + "）项"));
	}

	@ParameterizedTest(name = "E7 {0} in force is granted on {1}")
	@MethodSource("article31Items")
	void everyArticle31ItemInForceIsAnE7Route(String code, String article) {
		EligibilityDecision d = EligibilityPolicy.decide(civil(code, POOR, SIGNED, COMPLETE), rules(GANSU), DAY);
		assertThat(d.outcome()).isEqualTo(Outcome.GRANT);
		assertThat(d.routeRuleId()).isEqualTo("E7");
		assertThat(d.appliedRules().getFirst()).satisfies(r -> {
			assertThat(r.ruleId()).isEqualTo("E7");
			assertThat(r.article()).isEqualTo(article);
		});
	}

	@Test
	void refusalOnHardshipStatesTheIncomeTheStandardAndTheArticle() {
		EligibilityDecision d = EligibilityPolicy.decide(
				EligibilityCase.of("A24", ApplicantRole.SUSPECT_OR_DEFENDANT).withPerson(ABOVE).withEconomy(SIGNED)
					.withMaterials(COMPLETE), rules(GANSU), DAY);
		AppliedRule standard = d.appliedRules().stream().filter(r -> r.ruleId().equals("H-STANDARD")).findFirst().orElseThrow();
		assertThat(standard.messageKey()).isEqualTo("eligibility.rule.hardship.failed");
		assertThat(standard.article()).isEqualTo("法律援助法第三十四条");
		assertThat(standard.args()).containsExactly("8000.00", "1820.00", "甘肃省最低工资标准（示例）");
	}

	@Test
	void missingMaterialsAreListedAllAtOnce() {
		EligibilityCase c = civil("A31.5", POOR.withMigrantClaim(MigrantClaim.PAY), EconomicEvidence.NONE, Set.of())
			.withAgent(true);
		EligibilityDecision d = EligibilityPolicy.decide(c, rules(GANSU), DAY);
		assertThat(d.outcome()).isEqualTo(Outcome.NEED_MORE_MATERIALS);
		assertThat(d.missingMaterials()).containsExactly(Materials.APPLICATION_FORM, Materials.IDENTITY_DOCUMENT,
				Materials.AGENT_AUTHORITY, Materials.CASE_MATERIALS, Materials.EXEMPTION_PROOF);

		EligibilityDecision checked = EligibilityPolicy.decide(civil("A31.5", POOR, EconomicEvidence.NONE, Set.of()), rules(GANSU), DAY);
		assertThat(checked.missingMaterials()).containsExactly(Materials.APPLICATION_FORM, Materials.IDENTITY_DOCUMENT,
				Materials.CASE_MATERIALS, Materials.ECONOMIC_STATEMENT, Materials.INTEGRITY_COMMITMENT);
		assertThat(checked.appliedRules()).filteredOn(r -> r.ruleId().equals("S-MATERIALS")).singleElement()
			.satisfies(r -> assertThat(r.article()).isEqualTo("法律援助法第四十三条"));
	}

	@Test
	void urgencyGivesAidFirst() {
		EligibilityCase urgent = civil("A31.5", POOR, EconomicEvidence.NONE, Set.of(Materials.APPLICATION_FORM))
			.withUrgency(new Urgency(5, false));
		EligibilityDecision d = EligibilityPolicy.decide(urgent, rules(GANSU), DAY);
		assertThat(d.outcome()).isEqualTo(Outcome.NEED_MORE_MATERIALS);
		assertThat(d.aidFirst()).isTrue();
		assertThat(d.appliedRules()).extracting(AppliedRule::ruleId).contains("U-44-1");

		EligibilityDecision preservation = EligibilityPolicy.decide(urgent.withUrgency(new Urgency(null, true)), rules(GANSU), DAY);
		assertThat(preservation.aidFirst()).isTrue();
		assertThat(preservation.appliedRules()).extracting(AppliedRule::ruleId).contains("U-44-2");

		EligibilityDecision sevenDays = EligibilityPolicy.decide(urgent.withUrgency(new Urgency(7, false)), rules(GANSU), DAY);
		assertThat(sevenDays.aidFirst()).isFalse();

		EligibilityDecision outOfScope = EligibilityPolicy.decide(
				civil("A99", POOR, SIGNED, COMPLETE).withUrgency(new Urgency(2, true)), rules(GANSU), DAY);
		assertThat(outOfScope.aidFirst()).isFalse();
	}

	@Test
	void proxyAndThumbprintSignaturesAreRecordedAsSuch() {
		for (SignatureKind kind : SignatureKind.values()) {
			EligibilityDecision d = EligibilityPolicy.decide(civil("A31.5", POOR, EconomicEvidence.commitment(kind), COMPLETE),
					rules(GANSU), DAY);
			assertThat(d.outcome()).isEqualTo(Outcome.GRANT);
			assertThat(d.appliedRules()).filteredOn(r -> r.ruleId().equals("H-COMMITMENT")).singleElement()
				.satisfies(r -> assertThat(r.args()).containsExactly(kind.name()));
		}
	}

	@Test
	void art32AndArt42AreSeparateFlags() {
		EligibilityDecision noCondition = EligibilityPolicy.decide(civil("A32.2", ABOVE, EconomicEvidence.NONE, Materials.DEFAULTS), rules(GANSU), DAY);
		assertThat(noCondition.hardshipRequired()).isFalse();
		assertThat(noCondition.checkRequired()).isFalse();
		EligibilityDecision exempt = EligibilityPolicy.decide(
				civil("A31.5", ABOVE.withMigrantClaim(MigrantClaim.PAY), EconomicEvidence.NONE, COMPLETE_WITH_PROOF), rules(GANSU), DAY);
		assertThat(exempt.hardshipRequired()).isTrue();
		assertThat(exempt.checkRequired()).isFalse();
	}

	@Test
	void everyMessageKeyTheTableProducesExistsInBothLanguages() throws IOException {
		Properties zh = bundle("i18n/eligibility.properties");
		Properties en = bundle("i18n/eligibility_en.properties");
		List<EligibilityDecision> decisions = new ArrayList<>();
		table().forEach(a -> {
			Row row = (Row) a.get()[1];
			decisions.add(EligibilityPolicy.decide(row.c(), rules(row.region()), row.date()));
		});
		decisions.add(EligibilityPolicy.decide(civil("A31.5", POOR, EconomicEvidence.NONE, Set.of())
			.withUrgency(new Urgency(1, true)), rules(GANSU), DAY));
		for (EligibilityDecision d : decisions) {
			assertThat(zh).containsKey(d.outcome().messageKey());
			assertThat(en).containsKey(d.outcome().messageKey());
			for (AppliedRule r : d.appliedRules()) {
				assertThat(zh).as(r.messageKey()).containsKey(r.messageKey());
				assertThat(en).as(r.messageKey()).containsKey(r.messageKey());
			}
			for (String m : d.missingMaterials()) {
				assertThat(zh).containsKey("eligibility.material." + m);
			}
		}
	}

	static Properties bundle(String path) throws IOException {
		Properties p = new Properties();
		try (var in = new InputStreamReader(EligibilityPolicyTests.class.getClassLoader().getResourceAsStream(path),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}
}
