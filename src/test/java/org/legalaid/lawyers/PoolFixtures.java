package org.legalaid.lawyers;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.legalaid.China;
import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Builds organisations and providers for the pool tests through the real services, as a demo account. */
final class PoolFixtures {

	private static final AtomicInteger COUNTER = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));
	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private final UserDetailsService users;
	private final Organisations organisations;
	private final Providers providers;

	PoolFixtures(UserDetailsService users, Organisations organisations, Providers providers) {
		this.users = users;
		this.organisations = organisations;
		this.providers = providers;
	}

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	/** A resident ID number not used before in this run (birth dates walk forward day by day). */
	static String idNumber() {
		int n = COUNTER.incrementAndGet();
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 12_000);
		return IdNumbers.of("620103", birth.toString().replace("-", ""), 100 + n % 800);
	}

	static String licence() {
		return "T" + System.nanoTime() % 1_000_000_000L + COUNTER.incrementAndGet();
	}

	static String creditCode() {
		StringBuilder body = new StringBuilder("31620000");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			body.append(CHARS.charAt(random.nextInt(CHARS.length())));
		}
		return body + String.valueOf(UnifiedCreditCode.checkCharacter(body.toString()));
	}

	Organisation firm(String username, OrganisationKind kind) {
		return as(username, () -> organisations.create(new OrganisationDraft(null, kind, "测试机构" + COUNTER.incrementAndGet(),
				creditCode(), "620102", null, null)));
	}

	static ProviderDraft lawyer(Organisation firm, int years, Integer criminalYears, Set<String> specialties, Set<String> regions) {
		LocalDate today = China.today();
		return new ProviderDraft(null, ProviderKind.LAWYER, "测试律师" + COUNTER.incrementAndGet(), idNumber(), "13900001111", licence(),
				today.minusYears(years).minusDays(3), criminalYears == null ? null : today.minusYears(criminalYears).minusDays(3),
				firm.id().value(), specialties, regions, Set.of(), false, null, null);
	}

	ProviderId register(String username, ProviderDraft draft) {
		return as(username, () -> providers.register(draft));
	}

	ProviderId admitted(String username, ProviderDraft draft) {
		ProviderId id = register(username, draft);
		as(username, () -> providers.admit(id, providers.get(id).version()));
		return id;
	}
}
