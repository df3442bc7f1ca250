package org.legalaid.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legalaid.eligibility.EligibilityCase.EconomicEvidence;
import org.legalaid.eligibility.EligibilityCase.PersonFacts;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The rules on the seeded data, the register import, stored reviews and their scope, and the admin pages. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class EligibilityIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);
	/** Everything an A31.5 (pay) application needs: the common materials, the labour evidence and the statement. */
	static final Set<String> COMPLETE = Set.of(Materials.APPLICATION_FORM, Materials.IDENTITY_DOCUMENT,
			Materials.CASE_MATERIALS, Materials.LABOUR_EVIDENCE, Materials.ECONOMIC_STATEMENT);

	@Autowired EligibilityRules rules;
	@Autowired EligibilityReviews reviews;
	@Autowired AssistanceStatusImport importer;
	@Autowired AssistanceStatusRegistry registry;
	@Autowired PersonalData personalData;
	@Autowired CurrentActor actors;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired ApplicationEvents events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	String centrePath(String division) {
		return jdbc.sql("SELECT unit_path FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'")
			.param("d", division).query(String.class).single();
	}

	/** A random valid citizen ID number (GB 11643 check character). */
	static String idNumber() {
		var r = ThreadLocalRandom.current();
		String body = "620102" + LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString().replace("-", "")
				+ String.format("%03d", r.nextInt(1000));
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * w[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	long statusRows(String personKey) {
		return jdbc.sql("SELECT COUNT(*) FROM eligibility_assistance_status WHERE person_key = :k").param("k", personKey)
			.query(Long.class).single();
	}

	@Test
	void rulesForReadsTheSeededCatalogueForTheRegionAndDate() {
		RegionalRules gansu = rules.rulesFor("620102", DAY);
		assertThat(gansu.mattersInForce(DAY)).extracting(Matter::code)
			.contains("A24", "A29", "A31.1", "A31.9", "A32.1", "A32.5", "A33", "GS.MARRIAGE_FAMILY", "GS.LABOUR");
		assertThat(gansu.matter("A32.4", DAY)).get().satisfies(m -> {
			assertThat(m.hardshipRequired()).isFalse();
			assertThat(m.category()).isEqualTo(MatterCategory.NO_HARDSHIP);
			assertThat(m.article()).isEqualTo("法律援助法第三十二条第（四）项");
		});
		assertThat(gansu.exemptionsInForce(DAY)).extracting(Exemption::code)
			.containsExactly("X-42-1", "X-42-2", "X-42-3", "X-62-CONSCRIPT", "X-62-ELDERLY");
		assertThat(gansu.hardshipStandard(DAY)).get().satisfies(s -> assertThat(s.monthlyLimitFen()).isEqualTo(182_000));
		assertThat(gansu.commitmentBarEnabled()).isTrue();

		RegionalRules sichuan = rules.rulesFor("510104", DAY);
		assertThat(sichuan.mattersInForce(DAY)).extracting(Matter::code).contains("A31.5").doesNotContain("GS.LABOUR");
		assertThat(sichuan.exemptionsInForce(DAY)).extracting(Exemption::code).containsExactly("X-42-1", "X-42-2", "X-42-3");
		assertThat(sichuan.hardshipStandard(DAY)).isEmpty();
		assertThat(sichuan.commitmentBarEnabled()).isFalse();

		assertThat(rules.rulesFor("620102", LocalDate.of(2021, 12, 31)).matters()).isEmpty();
		assertThat(rules.commitmentText("620102", DAY)).get().satisfies(t -> {
			assertThat(t.regionPrefix()).isEqualTo("62");
			assertThat(t.version()).isEqualTo(1);
		});
		assertThat(rules.commitmentText("510104", DAY)).get().satisfies(t -> assertThat(t.regionPrefix()).isEmpty());
	}

	@Test
	void importStoresOnlyLookupKeysAndTheRegistryFindsThem() {
		String low = idNumber();
		String special = idNumber().substring(0, 17);
		special = special + checkOf(special);
		String csv = "id_number,status,valid_from,valid_to,division_code\n" + low + ",LOW_INCOME,2025-01-01,2026-12-31,620102\n"
				+ special.toLowerCase() + ",特困,2025-01-01,,620102001\n";
		AssistanceStatusImport.Result result = actors.callAsSystem(() -> importer.importCsv(new StringReader(csv)));
		assertThat(result.ok()).isTrue();
		assertThat(result.stored()).isEqualTo(2);
		assertThat(registry.lookup(personalData.lookupKey(low), DAY)).isEqualTo(AssistanceStatus.LOW_INCOME);
		assertThat(registry.lookup(personalData.lookupKey(special), DAY)).isEqualTo(AssistanceStatus.SPECIAL_HARDSHIP);
		assertThat(registry.lookup(personalData.lookupKey(low), LocalDate.of(2027, 1, 1))).isEqualTo(AssistanceStatus.NONE);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM eligibility_assistance_status WHERE person_key = :id").param("id", low)
			.query(Long.class).single()).isZero();
	}

	static char checkOf(String body) {
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * w[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	@Test
	void importWithBadRowsNamesTheirLinesAndStoresNothing() {
		String good = idNumber();
		String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		String csv = "id_number,status,valid_from,valid_to,division_code\n"
				+ good + ",LOW_INCOME,2025-01-01,,620102\n"
				+ badCheck + ",LOW_INCOME,2025-01-01,,620102\n"
				+ idNumber() + ",RICH,2025-01-01,,620102\n"
				+ "\n"
				+ idNumber() + ",LOW_INCOME,2025-06-01,2025-01-01,620102\n"
				+ idNumber() + ",LOW_INCOME,2025-06-01\n"
				+ good + ",LOW_INCOME,2025-01-01,,620102\n";
		AssistanceStatusImport.Result result = actors.callAsSystem(() -> importer.importCsv(new StringReader(csv)));
		assertThat(result.ok()).isFalse();
		assertThat(result.stored()).isZero();
		assertThat(result.errors()).extracting(AssistanceStatusImport.RowError::line, AssistanceStatusImport.RowError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "eligibility.import.idNumber"),
					org.assertj.core.groups.Tuple.tuple(4, "eligibility.import.status"),
					org.assertj.core.groups.Tuple.tuple(6, "eligibility.import.validToBeforeFrom"),
					org.assertj.core.groups.Tuple.tuple(7, "eligibility.import.columns"),
					org.assertj.core.groups.Tuple.tuple(8, "eligibility.import.duplicate"));
		assertThat(result.errors()).allSatisfy(e -> assertThat(String.join(",", e.args())).doesNotContain(badCheck));
		assertThat(statusRows(personalData.lookupKey(good))).isZero();

		assertThat(actors.callAsSystem(() -> importer.importCsv(new StringReader("id,status\n1,2\n"))).errors())
			.singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
	}

	@Test
	void decisionsAndCommitmentsAreStoredAndScopedToTheUnit() {
		String path = centrePath("620102");
		String subject = "app-" + java.util.UUID.randomUUID();
		String person = personalData.lookupKey(idNumber());
		signIn("clerk.chengguan");
		EligibilityCase c = EligibilityCase.of("A31.5", ApplicantRole.CIVIL_OR_ADMIN_PARTY).withPersonKey(person)
			.withPerson(PersonFacts.ADULT.withHousehold(2, 300_000))
			.withEconomy(EconomicEvidence.commitment(SignatureKind.PROXY)).withMaterials(COMPLETE);
		CommitmentRecord commitment = reviews.recordCommitment(subject, path, person, "620102", CommitmentChannel.HOME_VISIT,
				SignatureKind.PROXY, "李四");
		assertThat(commitment.textRegionPrefix()).isEqualTo("62");
		reviews.recordCommitment(subject, path, person, "620102", CommitmentChannel.IN_PERSON, SignatureKind.THUMBPRINT, null);
		assertThatThrownBy(() -> reviews.recordCommitment(subject, path, person, "620102", CommitmentChannel.IN_PERSON,
				SignatureKind.PROXY, " ")).isInstanceOf(org.legalaid.shared.RuleViolation.class);
		StoredDecision stored = reviews.decide(subject, path, c, "620102", DAY);
		assertThat(stored.decision().outcome()).isEqualTo(Outcome.GRANT);

		StoredDecision read = reviews.latestDecision(subject).orElseThrow();
		assertThat(read.decision()).isEqualTo(EligibilityPolicy.decide(c, rules.rulesFor("620102", DAY), DAY));
		assertThat(read.decidedBy()).isEqualTo("clerk.chengguan");
		assertThat(reviews.commitments(subject)).extracting(CommitmentRecord::signatureKind, CommitmentRecord::proxyName,
				CommitmentRecord::channel)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SignatureKind.PROXY, "李四", CommitmentChannel.HOME_VISIT),
					org.assertj.core.groups.Tuple.tuple(SignatureKind.THUMBPRINT, null, CommitmentChannel.IN_PERSON));
		String storedProxy = jdbc.sql("SELECT proxy_name FROM eligibility_commitment WHERE id = :id").param("id", commitment.id())
			.query(String.class).single();
		assertThat(storedProxy).isNotEqualTo("李四");
		String storedRules = jdbc.sql("SELECT applied_rules FROM eligibility_decision WHERE id = :id").param("id", stored.id())
			.query(String.class).single();
		assertThat(storedRules).doesNotContain("H-STANDARD");

		signIn("clerk.qilihe");
		assertThat(reviews.latestDecision(subject)).isEmpty();
		assertThatThrownBy(() -> reviews.decision(stored.id())).isInstanceOf(RecordNotFound.class);
		assertThat(reviews.commitments(subject)).isEmpty();
		assertThatThrownBy(() -> reviews.decide(subject, path, c, "620102", DAY)).isInstanceOf(AccessRefused.class);
	}

	@Test
	void aFalseCommitmentIsRecordedPublishedAndBarsTheCommitmentRouteUntilTheSharingCheckProvesHardship() {
		String path = centrePath("620102");
		String subject = "app-" + java.util.UUID.randomUUID();
		String id = idNumber();
		String person = personalData.lookupKey(id);
		signIn("clerk.chengguan");
		reviews.recordCommitment(subject, path, person, "620102", CommitmentChannel.IN_PERSON, SignatureKind.SELF, null);
		assertThatThrownBy(() -> reviews.recordFalseCommitment(person, subject)).isInstanceOf(AccessRefused.class);

		signIn("reviewer.chengguan");
		FalseCommitmentFound found = reviews.recordFalseCommitment(person, subject);
		assertThat(found.unitPath()).isEqualTo(path);
		assertThat(events.stream(FalseCommitmentFound.class).filter(e -> e.subjectRef().equals(subject))).singleElement()
			.satisfies(e -> assertThat(e.personKey()).isEqualTo(person));
		assertThat(reviews.hasAdverseCredit(person)).isTrue();

		EligibilityCase c = EligibilityCase.of("A31.5", ApplicantRole.CIVIL_OR_ADMIN_PARTY).withPersonKey(person)
			.withPerson(PersonFacts.ADULT.withHousehold(2, 300_000))
			.withEconomy(EconomicEvidence.commitment(SignatureKind.SELF)).withMaterials(COMPLETE);
		StoredDecision barred = reviews.decide(subject, path, c, "620102", DAY);
		assertThat(barred.decision().outcome()).isEqualTo(Outcome.NEED_MORE_MATERIALS);
		assertThat(barred.decision().applied("H-COMMITMENT-BARRED")).isTrue();
		assertThat(barred.decision().missingMaterials()).containsExactly(Materials.SHARING_AUTHORISATION);

		actors.callAsSystem(() -> importer.importCsv(new StringReader(
				"id_number,status,valid_from,valid_to,division_code\n" + id + ",LOW_INCOME,2025-01-01,,620102\n")));
		reviews.recordAuthorisation(subject, path, person, SignerRelation.FAMILY_MEMBER, SignatureKind.THUMBPRINT, null);
		StoredDecision shared = reviews.decide(subject, path, c, "620102", DAY);
		assertThat(shared.decision().outcome()).isEqualTo(Outcome.GRANT);
		assertThat(shared.decision().applied("H-SHARING")).isTrue();
	}

	@Test
	void theMattersPageIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/matters").with(as(users, "clerk.chengguan"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/matters").with(as(users, "clerk.chengguan")).with(csrf()).param("code", "GS.X"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/assistance-status").with(as(users, "clerk.chengguan"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/matters").param("region", "62").param("date", "2026-03-02").with(as(users, "bureau.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GS.LABOUR")));
	}

	@Test
	void anAdministratorAddsARegionalMatterAndEndsIt() throws Exception {
		String code = "GS.T" + ThreadLocalRandom.current().nextInt(1_000_000);
		mvc.perform(post("/admin/matters").with(as(users, "bureau.gansu")).with(csrf())
				.param("code", code.toLowerCase()).param("regionPrefix", "62").param("name", "教育纠纷")
				.param("article", "法律援助法第三十一条第（九）项；甘肃").param("hardshipRequired", "true")
				.param("effectiveFrom", "2026-01-01").param("effectiveTo", "").param("source", "测试"))
			.andExpect(status().is3xxRedirection());
		assertThat(rules.rulesFor("620102", DAY).matter(code, DAY)).get()
			.satisfies(m -> assertThat(m.category()).isEqualTo(MatterCategory.REGIONAL));
		assertThat(rules.rulesFor("620102", LocalDate.of(2025, 12, 31)).matter(code, LocalDate.of(2025, 12, 31))).isEmpty();
		assertThat(rules.rulesFor("510104", DAY).matter(code, DAY)).isEmpty();

		mvc.perform(post("/admin/matters").with(as(users, "bureau.gansu")).with(csrf())
				.param("code", code).param("regionPrefix", "62").param("name", "重复").param("article", "甘肃")
				.param("effectiveFrom", "2026-02-01").param("source", "测试"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
		mvc.perform(post("/admin/matters").with(as(users, "bureau.gansu")).with(csrf())
				.param("code", "A31.5").param("regionPrefix", "62").param("name", "x").param("article", "x")
				.param("effectiveFrom", "2026-02-01").param("source", "x"))
			.andExpect(status().isOk());

		long id = jdbc.sql("SELECT id FROM eligibility_matter WHERE code = :c").param("c", code).query(Long.class).single();
		mvc.perform(get("/admin/matters/{id}/end", id).with(as(users, "bureau.gansu")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
		mvc.perform(post("/admin/matters/{id}/end", id).with(as(users, "bureau.gansu")).with(csrf())
				.param("version", "0").param("lastDay", "2026-02-28"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT effective_to FROM eligibility_matter WHERE id = :id").param("id", id).query(Date.class).single()
			.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(rules.rulesFor("620102", DAY).matter(code, DAY)).isEmpty();
		assertThat(rules.rulesFor("620102", LocalDate.of(2026, 2, 28)).matter(code, LocalDate.of(2026, 2, 28))).isPresent();
		mvc.perform(post("/admin/matters/{id}/end", id).with(as(users, "bureau.gansu")).with(csrf())
				.param("version", "0").param("lastDay", "2026-02-27"))
			.andExpect(status().isConflict());

		long national = jdbc.sql("SELECT id FROM eligibility_matter WHERE code = 'A31.5'").query(Long.class).single();
		mvc.perform(post("/admin/matters/{id}/end", national).with(as(users, "bureau.gansu")).with(csrf())
				.param("version", "0").param("lastDay", "2026-02-27"))
			.andExpect(status().isOk());
		assertThat(rules.rulesFor("620102", DAY).matter("A31.5", DAY)).isPresent();
	}

	@Test
	void theImportPageShowsRowErrorsWithLineNumbers() throws Exception {
		String csv = "id_number,status,valid_from,valid_to,division_code\n" + idNumber() + ",RICH,2025-01-01,,620102\n";
		mvc.perform(multipart("/admin/assistance-status")
				.file(new MockMultipartFile("file", "register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(as(users, "admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第2行")));
	}
}
