package org.legalaid.defence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Callbacks against a local HTTP endpoint: a signed delivery when counsel is assigned, a 500 retried with the backoff
 * and then delivered, every attempt in the log the agency and the centre read. Attempts are made by calling the task's
 * work directly.
 */
@DefenceTest
class CallbackContractTests {

	record Received(String body, String signature, String event) {
	}

	@Autowired JdbcClient jdbc;
	@Autowired UserDetailsService users;
	@Autowired Agencies agencies;
	@Autowired Notifications notifications;
	@Autowired Callbacks callbacks;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;
	@Autowired JsonMapper json;
	@Autowired org.legalaid.shared.CurrentActor actors;

	DefenceFixtures f;
	HttpServer server;
	final List<Received> received = new CopyOnWriteArrayList<>();
	final AtomicInteger failuresLeft = new AtomicInteger();

	@BeforeEach
	void setUp() throws IOException {
		f = new DefenceFixtures(users, agencies, notifications, jdbc, events, transaction);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(new String(body, StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst(Callbacks.SIGNATURE), exchange.getRequestHeaders().getFirst("X-LegalAid-Event")));
			int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	long pendingDelivery(long agencyId) {
		return jdbc.sql("SELECT id FROM defence_delivery WHERE agency_id = :a AND status = 'PENDING'").param("a", agencyId)
			.query(Long.class).single();
	}

	@Test
	void counselAssignedIsDeliveredSignedWithTheSubscriptionsSecret() {
		String key = f.agency(AgencyKind.COURT, "620102");
		long agencyId = agencies.authenticate(key).orElseThrow().agencyId();
		String secret = f.as(key, () -> callbacks.subscribe(url())).secret();
		Notification n = f.notify(key, DefenceFixtures.draft(LegalReason.LIFE_OR_DEATH, Stage.TRIAL));
		f.accepted(n, OffsetDateTime.now());

		assertThat(callbacks.attempt(pendingDelivery(agencyId))).isTrue();

		assertThat(received).singleElement().satisfies(r -> {
			assertThat(r.signature()).isEqualTo("sha256=" + Callbacks.hmac(secret, r.body()));
			assertThat(r.signature()).isNotEqualTo("sha256=" + Callbacks.hmac(secret + "x", r.body()));
			assertThat(r.event()).isEqualTo("counsel.assigned");
			var body = json.readTree(r.body());
			assertThat(body.get("type").asString()).isEqualTo("counsel.assigned");
			assertThat(body.get("data").get("notificationId").asLong()).isEqualTo(n.id());
			assertThat(body.get("data").get("caseNumber").asString()).isEqualTo(n.caseNumber());
			assertThat(body.get("data").get("counsel").get("name").asString()).isEqualTo("王律师");
			assertThat(body.get("data").get("counsel").get("phone").asString()).isEqualTo(f.firmPhone());
		});
		var log = f.as(key, () -> callbacks.deliveriesOfAgency(PageRequest.of(0, 20))).items();
		assertThat(log).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo("DELIVERED");
			assertThat(d.log()).singleElement().satisfies(a -> assertThat(a.statusCode()).isEqualTo(204));
		});
	}

	@Test
	void aFailedDeliveryIsRetriedWithTheBackoffAndLogged() {
		String key = f.agency(AgencyKind.PROCURATORATE, "620102");
		long agencyId = agencies.authenticate(key).orElseThrow().agencyId();
		f.as(key, () -> callbacks.subscribe(url()));
		Notification n = f.notify(key, DefenceFixtures.draft(LegalReason.MINOR, Stage.PROSECUTION_REVIEW));
		f.accepted(n, OffsetDateTime.now());
		long delivery = pendingDelivery(agencyId);
		failuresLeft.set(1);

		OffsetDateTime before = OffsetDateTime.now();
		assertThat(callbacks.attempt(delivery)).isTrue();
		var afterFailure = jdbc.sql("SELECT status, attempts, next_attempt_at FROM defence_delivery WHERE id = :id").param("id", delivery)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class) }).single();
		assertThat(afterFailure[0]).isEqualTo("PENDING");
		assertThat(afterFailure[1]).isEqualTo(1);
		assertThat((OffsetDateTime) afterFailure[2]).isAfterOrEqualTo(before.plusMinutes(1));

		assertThat(callbacks.attempt(delivery)).isTrue();
		assertThat(callbacks.attempt(delivery)).isFalse();
		assertThat(received).hasSize(2);

		var log = Staff.signedIn(users, "director.chengguan", () -> callbacks.deliveries(agencyId,
				actors.require(), PageRequest.of(0, 20))).items();
		assertThat(log).singleElement().satisfies(d -> {
			assertThat(d.status()).isEqualTo("DELIVERED");
			assertThat(d.log()).extracting(Delivery.Attempt::statusCode).containsExactly(500, 204);
			assertThat(d.log().get(0).error()).isEqualTo("HTTP 500");
		});
	}

	@Test
	void aDeliveryIsGivenUpAfterTheLastRetry() {
		String key = f.agency(AgencyKind.COURT, "620102");
		long agencyId = agencies.authenticate(key).orElseThrow().agencyId();
		f.as(key, () -> callbacks.subscribe(url()));
		f.accepted(f.notify(key, DefenceFixtures.draft(LegalReason.TRIAL_IN_ABSENTIA, Stage.TRIAL)), OffsetDateTime.now());
		long delivery = pendingDelivery(agencyId);
		failuresLeft.set(100);
		for (int i = 0; i <= Callbacks.BACKOFF.size(); i++) {
			assertThat(callbacks.attempt(delivery)).isTrue();
		}
		assertThat(callbacks.attempt(delivery)).isFalse();
		assertThat(jdbc.sql("SELECT status FROM defence_delivery WHERE id = :id").param("id", delivery).query(String.class).single())
			.isEqualTo("GIVEN_UP");
		assertThat(received).hasSize(Callbacks.BACKOFF.size() + 1);
	}

	@Test
	void onlyHttpsOrThisMachineIsAcceptedAsACallback() {
		String key = f.agency(AgencyKind.COURT, "620102");
		for (String bad : new String[] { "http://example.com/hook", "ftp://127.0.0.1/x", "https://user:pw@example.com/", "not a url" }) {
			assertThatThrownBy(() -> f.as(key, () -> callbacks.subscribe(bad))).isInstanceOf(RuleViolation.class);
		}
		assertThat(f.as(key, () -> callbacks.subscribe("https://court.example.gov.cn/legal-aid/events")).secret()).startsWith("whs_");
	}
}
