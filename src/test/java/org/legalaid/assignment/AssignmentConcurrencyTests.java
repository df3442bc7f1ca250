package org.legalaid.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legalaid.assignment.AssignmentFixtures.person;

/** Two directors assigning the same case at the same moment: exactly one assignment is kept. */
@SpringBootTest
class AssignmentConcurrencyTests {

	@Autowired Assignments assignments;
	@Autowired BackupPosts backups;
	@Autowired LawyerPool pool;
	@Autowired Deadlines deadlines;
	@Autowired JdbcClient jdbc;
	@Autowired AssignmentFixtures fx;

	@Test
	void ofTwoSimultaneousAssignmentsExactlyOneIsKept() throws Exception {
		Organisation firm = fx.firm();
		ProviderId a = fx.lawyer(firm);
		ProviderId b = fx.lawyer(firm);
		long c = fx.openCase(List.of(person("受援人并发", null)), List.of());
		// the second director: the reviewer holding the director's post as backup
		long post = fx.as("director.chengguan", () -> backups.appoint("director.chengguan", "reviewer.chengguan", java.time.OffsetDateTime.now().minusMinutes(1),
				java.time.OffsetDateTime.now().plusHours(2), "并发测试"));

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (var who : List.of(new Object[] { "director.chengguan", a }, new Object[] { "reviewer.chengguan", b })) {
				results.add(threads.submit(() -> {
					start.await();
					return fx.as((String) who[0], () -> assignments.assign(c, ((ProviderId) who[1]).value(), "各自选择"));
				}));
			}
			start.countDown();
			int kept = 0;
			int refused = 0;
			for (Future<Long> f : results) {
				try {
					f.get(60, TimeUnit.SECONDS);
					kept++;
				}
				catch (java.util.concurrent.ExecutionException e) {
					assertThat(e.getCause()).isInstanceOf(RuleViolation.class).hasMessageContaining("assignment.error.notWaiting");
					refused++;
				}
			}
			assertThat(kept).isEqualTo(1);
			assertThat(refused).isEqualTo(1);
		}
		finally {
			threads.shutdown();
			// the post ends with the test, so the reviewer holds no director's powers in other tests
			jdbc.sql("UPDATE assignment_backup SET from_at = from_at - INTERVAL '3' DAY, to_at = from_at - INTERVAL '2' DAY WHERE id = :id")
				.param("id", post).update();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_offer WHERE case_id = :id").param("id", c).query(Integer.class).single())
			.isEqualTo(1);
		int workload = fx.as("director.chengguan", () -> pool.provider(a).openCases() + pool.provider(b).openCases());
		assertThat(workload).as("one open case counted, not two").isEqualTo(1);
		assertThat(fx.as("director.chengguan", () -> assignments.get(c)).status()).isEqualTo(AssignmentStatus.OFFERED);
	}
}
