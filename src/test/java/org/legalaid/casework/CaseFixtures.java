package org.legalaid.casework;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.legalaid.China;
import org.legalaid.Staff;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Provider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases for tests, opened as the assignment module opens them (its LawyerAssigned event, in a transaction) and
 * driven to a state through the real moves.
 */
final class CaseFixtures {

	final ApplicationEventPublisher events;
	final TransactionTemplate transaction;
	final JdbcClient jdbc;
	final UserDetailsService users;
	final CaseLifecycle lifecycle;
	final Cases cases;
	final CaseRepository repository;
	final Provider lawyer;

	CaseFixtures(ApplicationEventPublisher events, TransactionTemplate transaction, JdbcClient jdbc, UserDetailsService users,
			LawyerPool pool, CaseLifecycle lifecycle, Cases cases, CaseRepository repository) {
		this.repository = repository;
		this.events = events;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.users = users;
		this.lifecycle = lifecycle;
		this.cases = cases;
		this.lawyer = Staff.signedIn(users, "lawyer.chengguan", () -> pool.byAccount("lawyer.chengguan")).orElseThrow();
	}

	static CaseSubject newSubject() {
		long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
		return new CaseSubject(CaseSubject.Kind.NOTIFICATION, id, "城法刑通〔2026〕" + (id % 1000) + "号");
	}

	long chengguanCentre() {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
	}

	String chengguanPath() {
		return jdbc.sql("SELECT unit_path FROM network_unit WHERE id = :id").param("id", chengguanCentre()).query(String.class).single();
	}

	LawyerAssigned assigned(CaseSubject subject, long providerId, String name, String account, boolean reassignment) {
		OffsetDateTime now = OffsetDateTime.now();
		return new LawyerAssigned(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, providerId, name, account,
				lawyer.organisationId() == null ? 0 : lawyer.organisationId().value(), lawyer.organisationName() == null ? "本中心" : lawyer.organisationName(),
				chengguanCentre(), chengguanPath(), "620102", "LABOUR_PAY", now.minusHours(1), now, reassignment);
	}

	void publish(Object event) {
		transaction.executeWithoutResult(s -> events.publishEvent(event));
	}

	/** Opens a case for lawyer.chengguan and returns it. */
	AidCase open(CaseSubject subject) {
		publish(assigned(subject, lawyer.id().value(), lawyer.name(), "lawyer.chengguan", false));
		return as("director.chengguan", () -> cases.bySubject(subject).orElseThrow());
	}

	/** The case as stored, read without a signed-in member (so it may be called inside {@link #run}). */
	AidCase get(CaseId id) {
		return repository.find(id.value(), org.legalaid.shared.Actor.SYSTEM).orElseThrow();
	}

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	void run(String username, Runnable work) {
		Staff.signedIn(users, username, () -> {
			work.run();
			return null;
		});
	}

	/** A new case driven to the state through the allowed moves. */
	AidCase inState(CaseStatus target) {
		AidCase c = open(newSubject());
		CaseId id = c.id();
		if (target == CaseStatus.ASSIGNED) {
			return c;
		}
		if (target == CaseStatus.REASSIGNING) {
			run("lawyer.chengguan", () -> lifecycle.withdraw(id, get(id).version(), "身体原因无法继续承办"));
			return get(id);
		}
		if (target == CaseStatus.TERMINATED) {
			run("director.chengguan", () -> lifecycle.terminate(id, get(id).version(), "T6", "受援人已自行委托律师。"));
			return get(id);
		}
		run("lawyer.chengguan", () -> lifecycle.engage(id, get(id).version(), null));
		if (target == CaseStatus.ENGAGED) {
			return get(id);
		}
		run("lawyer.chengguan", () -> cases.record(id, new LogDraft(LogKind.MEETING, China.today(), null, null, "首次会见受援人。")));
		if (target == CaseStatus.IN_PROGRESS) {
			return get(id);
		}
		run("lawyer.chengguan", () -> lifecycle.conclude(id, get(id).version(),
				new OutcomeDraft(China.today(), ResultType.MEDIATED, new BigDecimal("5000.00"), new BigDecimal("5000.00"), 1, null)));
		if (target == CaseStatus.CONCLUDED) {
			return get(id);
		}
		run("lawyer.chengguan", () -> lifecycle.submitClosing(id, get(id).version(), EnumSet.allOf(ClosingItem.class), "已调解结案。"));
		if (target == CaseStatus.CLOSING_SUBMITTED) {
			return get(id);
		}
		run("director.chengguan", () -> lifecycle.acceptClosing(id, get(id).version(), "CG" + id.value(), null));
		return get(id);
	}

	/** The status of the case's timer for a rule (the latest one), or null when none was started. */
	String timer(CaseId id, String rule) {
		return jdbc.sql("SELECT status FROM deadlines_timer WHERE subject_type = 'case' AND subject_id = :id AND rule_code = :rule"
				+ " ORDER BY id DESC").param("id", id.toString()).param("rule", rule).query(String.class).list()
			.stream().findFirst().orElse(null);
	}
}
