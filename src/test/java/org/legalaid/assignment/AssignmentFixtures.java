package org.legalaid.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.legalaid.China;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.OrganisationDraft;
import org.legalaid.lawyers.OrganisationKind;
import org.legalaid.lawyers.Organisations;
import org.legalaid.lawyers.ProviderDraft;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.lawyers.ProviderKind;
import org.legalaid.lawyers.Providers;
import org.legalaid.lawyers.UnifiedCreditCode;
import org.legalaid.shared.PersonalData;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds providers and cases for the assignment tests through the real services. Each test takes a village of
 * Jiayuguan (620201) of its own, served only by the providers it creates, so candidates and rotation are the test's
 * alone; the cases belong to Chengguan's centre (the director's scope). A new one for every test that asks for it.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class AssignmentFixtures {

	private static final AtomicInteger VILLAGE = new AtomicInteger();
	private static final AtomicInteger COUNTER = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));
	private static final AtomicLong SUBJECT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 10);
	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	final UserDetailsService users;
	final Organisations organisations;
	final Providers providers;
	final Assignments assignments;
	final Deadlines deadlines;
	final PersonalData personalData;
	final JdbcClient jdbc;
	final String village;
	final long centreId;
	final String path;

	AssignmentFixtures(UserDetailsService users, Organisations organisations, Providers providers, Assignments assignments,
			Deadlines deadlines, PersonalData personalData, JdbcClient jdbc) {
		this.users = users;
		this.organisations = organisations;
		this.providers = providers;
		this.assignments = assignments;
		this.deadlines = deadlines;
		this.personalData = personalData;
		this.jdbc = jdbc;
		List<String> villages = jdbc.sql("SELECT code FROM network_division WHERE code LIKE '620201%' AND LENGTH(code) = 12 ORDER BY code")
			.query(String.class).list();
		this.village = villages.get(VILLAGE.getAndIncrement() % villages.size());
		this.centreId = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		this.path = jdbc.sql("SELECT unit_path FROM network_unit WHERE id = :id").param("id", centreId).query(String.class).single();
	}

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	Organisation firm() {
		StringBuilder body = new StringBuilder("31620000");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			body.append(CHARS.charAt(random.nextInt(CHARS.length())));
		}
		String code = body + String.valueOf(UnifiedCreditCode.checkCharacter(body.toString()));
		return as("director.chengguan", () -> organisations.create(new OrganisationDraft(null, OrganisationKind.LAW_FIRM,
				"测试律所" + COUNTER.incrementAndGet(), code, "620102", null, null)));
	}

	static String idNumber() {
		int n = COUNTER.incrementAndGet();
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 12_000);
		return IdNumbers.of("620201", birth.toString().replace("-", ""), 100 + n % 800);
	}

	String key(String idNumber) {
		return personalData.lookupKey(idNumber);
	}

	/** An admitted lawyer of the firm serving this test's village. */
	ProviderId lawyer(Organisation firm, String name, String idNumber, int years, Integer criminalYears, Set<String> languages, Integer cap,
			String account) {
		LocalDate today = China.today();
		ProviderDraft draft = new ProviderDraft(null, ProviderKind.LAWYER, name, idNumber, "13900001111",
				"A" + System.nanoTime() % 1_000_000_000L + COUNTER.incrementAndGet(), today.minusYears(years).minusDays(3),
				criminalYears == null ? null : today.minusYears(criminalYears).minusDays(3), firm.id().value(), Set.of("CRIMINAL"),
				Set.of(village), languages, false, cap, account);
		return as("director.chengguan", () -> {
			ProviderId id = providers.register(draft);
			providers.admit(id, providers.get(id).version());
			return id;
		});
	}

	ProviderId lawyer(Organisation firm) {
		return lawyer(firm, "测试律师" + COUNTER.incrementAndGet(), idNumber(), 6, 4, Set.of(), null, null);
	}

	/** A case of Chengguan's centre in this test's village, waiting for assignment under a D10 timer. */
	long openCase(List<ConflictParty> assisted, List<ConflictParty> opposing) {
		return openCase(null, null, null, assisted, opposing);
	}

	long openCase(String language, Integer minCriminalYears, String specialty, List<ConflictParty> assisted, List<ConflictParty> opposing) {
		long subjectId = SUBJECT.incrementAndGet();
		return as("director.chengguan", () -> {
			long timer = deadlines.track("test_notification", Long.toString(subjectId), path, village, "D10", OffsetDateTime.now().toInstant());
			return assignments.open(new AssignmentRequest(CaseSubject.notification(subjectId, "通知-" + subjectId), centreId, path, village,
					"CRIMINAL_DEFENCE", specialty, language, false, minCriminalYears, timer, assisted, opposing));
		});
	}

	static ConflictParty person(String name, String key) {
		return new ConflictParty(name, key, null, "PERSON");
	}
}
