package org.legalaid.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legalaid.China;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons end to end: nothing personal in plaintext at rest, masked pages, audited reveals limited by role and
 * scope, bad input refused next to its field with nothing stored, and groups derived on a given day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));
	private static final String ADDRESS = "甘肃省兰州市城关区张掖路街道金塔巷17号3单元502室";

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired People people;

	/** A valid, so far unused resident ID number of a person born on {@code birth}. */
	static String idNumber(LocalDate birth, Sex sex) {
		int n = SEQUENCE.getAndIncrement() % 500;
		int sequence = n * 2 + (sex == Sex.MALE ? 1 : 0);
		String body = "620102" + birth.toString().replace("-", "") + String.format("%03d", sequence);
		return body + ResidentIdNumber.checkCharacter(body);
	}

	static String idNumber() {
		return idNumber(LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12000)), Sex.FEMALE);
	}

	<T> T signedIn(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	PersonId registerAsChengguanClerk(String id, String phone, String address) {
		return signedIn("clerk.chengguan", () -> people.register(new PersonDraft("张三", IdentityDocumentType.RESIDENT_ID, id,
				null, null, null, null, phone, address, "620102", Set.of(PersonGroup.MIGRANT_WORKER))));
	}

	/** The text of the error element {@code id} (next to its field) contains {@code text}. */
	static org.hamcrest.Matcher<String> fieldError(String id, String text) {
		return matchesRegex("(?s).*id=\"" + id + "\"[^>]*>[^<]*" + java.util.regex.Pattern.quote(text) + ".*");
	}

	long persons() {
		return jdbc.sql("SELECT COUNT(*) FROM people_person").query(Long.class).single();
	}

	long auditRows(String action, long personId, String username) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM access_audit_event WHERE action = :a AND record_type = 'people_person'
				AND record_id = :id AND actor_username = :u""")
			.param("a", action).param("id", Long.toString(personId)).param("u", username).query(Long.class).single();
	}

	@Test
	void nothingPersonalIsStoredInPlaintextAndTheLookupKeyFindsThePerson() {
		String id = idNumber();
		PersonId person = registerAsChengguanClerk(id, "13812341234", ADDRESS);

		Map<String, Object> row = jdbc.sql("SELECT * FROM people_person WHERE id = :id").param("id", person.value())
			.query().singleRow();
		String everything = row.values().toString();
		assertThat(everything).doesNotContain(id).doesNotContain(id.substring(6, 14) + id.substring(14))
			.doesNotContain("13812341234").doesNotContain("1234123").doesNotContain("张掖路").doesNotContain("金塔巷");
		assertThat((String) row.get("document_number_enc")).startsWith("v1:");
		assertThat((String) row.get("phone_enc")).startsWith("v1:");
		assertThat((String) row.get("address_enc")).startsWith("v1:");
		assertThat(row.get("name")).isEqualTo("张三");
		assertThat(row.get("sex")).isEqualTo("FEMALE");
		assertThat(row.get("household_division_code")).isEqualTo("620102");
		assertThat(jdbc.sql("SELECT group_code FROM people_person_group WHERE person_id = :id").param("id", person.value())
			.query(String.class).list()).containsExactly("MIGRANT_WORKER");

		String lookupKey = (String) row.get("document_number_key");
		assertThat(lookupKey).matches("[0-9a-f]{64}");
		assertThat(jdbc.sql("SELECT id FROM people_person WHERE document_number_key = :k").param("k", lookupKey)
			.query(Long.class).list()).containsExactly(person.value());

		// typed with spaces and a lower-case x, the exact lookup still finds the one person
		String typed = " " + id.substring(0, 6) + " " + id.substring(6).toLowerCase();
		List<PersonCard> found = signedIn("reviewer.chengguan", () -> people.findByDocument(IdentityDocumentType.RESIDENT_ID, typed));
		assertThat(found).extracting(PersonCard::id).containsExactly(person);
		assertThat(found.getFirst().maskedDocumentNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(signedIn("clerk.qilihe", () -> people.findByDocument(IdentityDocumentType.RESIDENT_ID, id))).isEmpty();
		assertThat(signedIn("clerk.chengguan", () -> people.findByDocument(IdentityDocumentType.PASSPORT, id))).isEmpty();
	}

	@Test
	void theCardShowsOnlyMaskedValuesAndEveryViewIsAudited() throws Exception {
		String id = idNumber();
		PersonId person = registerAsChengguanClerk(id, "13812345678", ADDRESS);
		long views = auditRows("VIEW_PERSONAL_DATA", person.value(), "reviewer.chengguan");

		mvc.perform(get("/people/{id}", person.value()).with(as(users, "reviewer.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id.substring(0, 6) + "********" + id.substring(14))))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(containsString("甘肃省兰州市城关区****")))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("张掖路"))))
			.andExpect(content().string(containsString("农民工")))
			.andExpect(content().string(containsString("妇女")))
			.andExpect(content().string(containsString("显示完整信息")));

		assertThat(auditRows("VIEW_PERSONAL_DATA", person.value(), "reviewer.chengguan")).isEqualTo(views + 1);
	}

	@Test
	void revealReturnsTheFullValueAndWritesAnAuditRowWithTheField() throws Exception {
		String id = idNumber();
		PersonId person = registerAsChengguanClerk(id, "13812345678", ADDRESS);
		long reveals = auditRows("REVEAL_PERSONAL_DATA", person.value(), "clerk.chengguan");

		// htmx: only the value comes back
		mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "DOCUMENT_NUMBER").header("HX-Request", "true")
			.with(csrf()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(auditRows("REVEAL_PERSONAL_DATA", person.value(), "clerk.chengguan")).isEqualTo(reveals + 1);
		assertThat(jdbc.sql("""
				SELECT detail FROM access_audit_event WHERE action = 'REVEAL_PERSONAL_DATA' AND record_id = :id
				ORDER BY id DESC LIMIT 1""").param("id", Long.toString(person.value())).query(String.class).single())
			.contains("DOCUMENT_NUMBER");

		// without JavaScript: the whole card again, with that one field in full and the others still masked
		mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "PHONE").with(csrf())
			.with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("13812345678")))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString("张掖路"))));
		assertThat(auditRows("REVEAL_PERSONAL_DATA", person.value(), "director.chengguan")).isEqualTo(1);

		assertThat(signedIn("reviewer.chengguan", () -> people.reveal(person, PersonalField.ADDRESS))).isEqualTo(ADDRESS);

		// a reveal without the CSRF token is refused
		mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "PHONE").with(as(users, "clerk.chengguan")))
			.andExpect(status().isForbidden());
	}

	@Test
	void lawyersAndHotlineOperatorsMayNotReveal() throws Exception {
		PersonId person = registerAsChengguanClerk(idNumber(), "13812345678", ADDRESS);
		for (String username : List.of("lawyer.chengguan", "hotline.gansu")) {
			mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "PHONE").with(csrf())
				.with(as(users, username)))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString("13812345678"))));
			assertThat(auditRows("REVEAL_PERSONAL_DATA", person.value(), username)).isZero();
		}
		assertThatThrownBy(() -> signedIn("lawyer.chengguan", () -> people.reveal(person, PersonalField.DOCUMENT_NUMBER)))
			.isInstanceOf(AccessRefused.class);
		// the lawyer sees the masked card, without the reveal buttons
		mvc.perform(get("/people/{id}", person.value()).with(as(users, "lawyer.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("显示完整信息"))));
	}

	@Test
	void aNeighbouringCountyClerkFindsNothing() throws Exception {
		PersonId person = registerAsChengguanClerk(idNumber(), "13812345678", ADDRESS);
		mvc.perform(get("/people/{id}", person.value()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("张三"))));
		mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "PHONE").with(csrf())
			.with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("13812345678"))));
		mvc.perform(post("/people/{id}/reveal", person.value()).param("field", "PHONE").header("HX-Request", "true")
			.with(csrf()).with(as(users, "clerk.qilihe")))
			.andExpect(status().isNotFound());
		assertThat(auditRows("REVEAL_PERSONAL_DATA", person.value(), "clerk.qilihe")).isZero();
		assertThatThrownBy(() -> signedIn("clerk.qilihe", () -> people.groupsOn(person, China.today())))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> signedIn("clerk.qilihe", () -> people.unitPathOf(person))).isInstanceOf(RecordNotFound.class);
		assertThat(signedIn("clerk.chengguan", () -> people.unitPathOf(person))).isEqualTo(jdbc
			.sql("SELECT unit_path FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(String.class).single());
	}

	MockHttpServletRequestBuilder registration(String name, String id) {
		return post("/people").param("name", name).param("documentType", "RESIDENT_ID").param("documentNumber", id)
			.param("phone", "0931-8123456").param("address", ADDRESS).param("householdDivisionCode", "620102")
			.param("groups", "DISABLED").with(csrf()).with(as(users, "clerk.chengguan"));
	}

	@Test
	void theRegistrationFormStoresAValidPersonAndShowsTheCard() throws Exception {
		long before = persons();
		String id = idNumber();
		String location = mvc.perform(registration("李四", id))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/people/*"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(persons()).isEqualTo(before + 1);
		mvc.perform(get(location).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("李四")))
			.andExpect(content().string(containsString("0931****56")))
			.andExpect(content().string(containsString("残疾人")))
			.andExpect(content().string(not(containsString("09318123456"))));
		// the same document again in the same scope is a duplicate
		mvc.perform(registration("李四", id)).andExpect(status().isOk())
			.andExpect(content().string(fieldError("documentNumber-error", "已有使用该证件登记的当事人")));
		assertThat(persons()).isEqualTo(before + 1);
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsStored() throws Exception {
		long before = persons();
		String valid = idNumber();
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		String wrongCheckDigit = valid.substring(0, 17) + wrong;

		mvc.perform(registration("王五", wrongCheckDigit)).andExpect(status().isOk())
			.andExpect(content().string(fieldError("documentNumber-error", "校验码错误")))
			.andExpect(content().string(matchesRegex("(?s).*<input id=\"documentNumber\" class=\"[^\"]*is-invalid.*")));
		mvc.perform(registration("", valid)).andExpect(status().isOk())
			.andExpect(content().string(fieldError("name-error", "请填写姓名")));
		mvc.perform(registration("<script>alert(1)</script>", valid)).andExpect(status().isOk())
			.andExpect(content().string(fieldError("name-error", "不能含有尖括号")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		// several problems at once, each next to its field
		mvc.perform(post("/people").param("name", "").param("documentType", "RESIDENT_ID").param("documentNumber", "12345")
			.param("phone", "12").param("householdDivisionCode", "999999").with(csrf()).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(fieldError("name-error", "请填写姓名")))
			.andExpect(content().string(fieldError("documentNumber-error", "格式不正确")))
			.andExpect(content().string(fieldError("phone-error", "电话号码格式不正确")))
			.andExpect(content().string(fieldError("householdDivisionCode-error", "不是已知的行政区划代码")));

		assertThat(persons()).isEqualTo(before);
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> people.register(PersonDraft.citizen("王五", wrongCheckDigit))))
			.isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
			.isEqualTo("person.error.id.checksum");
		assertThat(persons()).isEqualTo(before);
	}

	@Test
	void aLawyerMayNotRegister() {
		assertThatThrownBy(() -> signedIn("lawyer.chengguan", () -> people.register(PersonDraft.citizen("赵六", idNumber()))))
			.isInstanceOf(AccessRefused.class);
	}

	@Test
	void derivedGroupsChangeOnTheBirthdays() {
		PersonId teenager = signedIn("clerk.chengguan",
				() -> people.register(PersonDraft.citizen("小明", idNumber(LocalDate.of(2008, 5, 20), Sex.MALE))));
		PersonId senior = signedIn("clerk.chengguan",
				() -> people.register(PersonDraft.citizen("老李", idNumber(LocalDate.of(1966, 7, 1), Sex.FEMALE))));
		signedIn("clerk.chengguan", () -> {
			assertThat(people.groupsOn(teenager, LocalDate.of(2026, 5, 19))).containsExactly(PersonGroup.MINOR);
			assertThat(people.groupsOn(teenager, LocalDate.of(2026, 5, 20))).isEmpty();
			assertThat(people.groupsOn(senior, LocalDate.of(2026, 6, 30))).containsExactly(PersonGroup.WOMAN);
			assertThat(people.groupsOn(senior, LocalDate.of(2026, 7, 1))).containsExactly(PersonGroup.ELDERLY, PersonGroup.WOMAN);
			return null;
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM people_person_group WHERE person_id IN (:a, :b)")
			.param("a", teenager.value()).param("b", senior.value()).query(Long.class).single()).as("derived groups are not stored").isZero();
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> people.register(new PersonDraft("钱七",
				IdentityDocumentType.RESIDENT_ID, idNumber(), null, null, null, null, null, null, null, Set.of(PersonGroup.ELDERLY)))))
			.isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("groups");
	}

	@Test
	void birthDateAndSexComeFromTheNumberUnlessOverriddenWithAReason() {
		String id = idNumber(LocalDate.of(1990, 3, 4), Sex.MALE);
		assertThatThrownBy(() -> signedIn("clerk.chengguan", () -> people.register(new PersonDraft("孙八",
				IdentityDocumentType.RESIDENT_ID, id, null, null, Sex.FEMALE, " ", null, null, null, Set.of()))))
			.isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("overrideReason");
		PersonId person = signedIn("clerk.chengguan", () -> people.register(new PersonDraft("孙八",
				IdentityDocumentType.RESIDENT_ID, id, null, null, Sex.FEMALE, "户籍登记性别有误，已出具证明", null, null, null, Set.of())));
		PersonCard card = signedIn("clerk.chengguan", () -> people.get(person));
		assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 3, 4));
		assertThat(card.sex()).isEqualTo(Sex.FEMALE);
		assertThat(card.derivedOverrideReason()).contains("性别有误");
		assertThat(card.issuingCountry()).isEqualTo("CHN");
	}

	@Test
	void otherDocumentsNeedCountryBirthDateAndSexAndHaveNoChecksum() {
		PersonDraft incomplete = new PersonDraft("John Smith", IdentityDocumentType.PASSPORT, "e 1234 5678", null, null, null,
				null, null, null, null, Set.of());
		List<RuleViolation> problems = signedIn("clerk.chengguan", () -> people.check(incomplete));
		assertThat(problems).extracting(RuleViolation::field).containsExactlyInAnyOrder("issuingCountry", "birthDate", "sex");

		String number = "E" + SEQUENCE.getAndIncrement() + "77" + ThreadLocalRandom.current().nextInt(100000, 999999);
		PersonId person = signedIn("clerk.chengguan", () -> people.register(new PersonDraft("John Smith",
				IdentityDocumentType.PASSPORT, number.toLowerCase(), "usa", LocalDate.of(1985, 2, 3), Sex.MALE, null, null, null,
				null, Set.of(PersonGroup.FOREIGNER_OR_STATELESS))));
		PersonCard card = signedIn("clerk.chengguan", () -> people.get(person));
		assertThat(card.issuingCountry()).isEqualTo("USA");
		assertThat(card.maskedDocumentNumber()).endsWith(number.substring(number.length() - 2)).doesNotContain(number);
		assertThat(signedIn("clerk.chengguan", () -> people.reveal(person, PersonalField.DOCUMENT_NUMBER))).isEqualTo(number);
		assertThat(signedIn("clerk.chengguan", () -> people.findByDocument(IdentityDocumentType.PASSPORT, number)))
			.extracting(PersonCard::id).containsExactly(person);
	}

	@Test
	void theSearchPageFindsByExactNumberWithinScope() throws Exception {
		String id = idNumber();
		PersonId person = registerAsChengguanClerk(id, null, null);
		mvc.perform(get("/people").param("document", id).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/people/" + person.value())))
			.andExpect(content().string(not(containsString(id.substring(6, 14)))));
		mvc.perform(get("/people").param("document", id).with(as(users, "clerk.qilihe")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/people/" + person.value() + "\""))))
			.andExpect(content().string(containsString("没有找到")));
		mvc.perform(get("/people/new").with(as(users, "clerk.chengguan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("登记当事人")));
	}
}
