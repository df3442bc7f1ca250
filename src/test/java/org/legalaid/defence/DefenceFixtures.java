package org.legalaid.defence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.legalaid.IdNumbers;
import org.legalaid.Staff;
import org.legalaid.assignment.LawyerAssigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Agencies with fresh keys, notifications sent as an agency, and a lawyer's acceptance as assignment publishes it. */
record DefenceFixtures(UserDetailsService users, Agencies agencies, Notifications notifications, JdbcClient jdbc,
		ApplicationEventPublisher events, TransactionTemplate transaction) {

	long centre(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	/** A new agency of the centre of the division, created by the province's bureau administrator; its key. */
	String agency(AgencyKind kind, String division) {
		return Staff.signedIn(users, "bureau.gansu",
				() -> agencies.create(new AgencyDraft(centre(division), kind, "测试" + kind + UUID.randomUUID(), null))).secret();
	}

	<T> T as(String key, Supplier<T> work) {
		var principal = agencies.authenticate(key).orElseThrow();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(PartnerApiSecurity.PARTNER))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static NotificationDraft draft(LegalReason reason, Stage stage) {
		return new NotificationDraft("城公刑字〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号", stage, reason,
				"故意杀人", "张某", IdNumbers.fresh(), null, null, "汉族", null, "兰州市城关区看守所", null,
				List.of(new NotificationDraft.CoDefendant("李某", IdNumbers.fresh())));
	}

	Notification notify(String key, NotificationDraft draft) {
		return as(key, () -> notifications.receive(draft, null).notification());
	}

	/** A lawyer accepted the notified case, as assignment publishes it in the accepting transaction. */
	void accepted(Notification n, OffsetDateTime at) {
		long organisation = firm();
		transaction.executeWithoutResult(status -> events.publishEvent(new LawyerAssigned(n.assignmentId(), n.subject(), 1L,
				"王律师", null, organisation, "甘肃正义律师事务所", n.centreId(), n.unitPath(), n.regionCode(), "N25", at, at, false)));
	}

	/** A demo organisation of the pool with an office phone. */
	long firm() {
		return jdbc.sql("SELECT MIN(id) FROM lawyers_organisation WHERE phone IS NOT NULL").query(Long.class).single();
	}

	String firmPhone() {
		return jdbc.sql("SELECT phone FROM lawyers_organisation WHERE id = :id").param("id", firm()).query(String.class).single();
	}
}
