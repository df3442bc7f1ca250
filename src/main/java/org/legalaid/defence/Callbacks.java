package org.legalaid.defence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Callback subscriptions of partner agencies and the delivery of their events. An event is stored as a delivery per
 * active subscription in the transaction that caused it, and attempted by a db-scheduler task: POSTed as JSON with
 * {@code X-LegalAid-Signature: sha256=<hex HMAC-SHA256 of the body under the subscription's secret>}. A 2xx answer
 * delivers it; anything else is retried after 1 min, 5 min, 30 min, 2 h and 6 h, then given up. Every attempt is
 * logged (time, status code, error) for the centre and the agency. Redirects are not followed.
 */
@Service
public class Callbacks {

	static final String TASK = "partner-callback";
	static final String SIGNATURE = "X-LegalAid-Signature";
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6));
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;
	private final PersonalData personalData;
	private final Partners partners;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final ObjectMapper json;
	private final TransactionTemplate transaction;
	private final SchedulerClient scheduler;
	private final Clock clock;
	private final Duration firstAttemptDelay;
	private final boolean allowLocalHttp;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	Callbacks(JdbcClient jdbc, ScopedJdbc scoped, PersonalData personalData, Partners partners, CurrentActor actors,
			AuditLog audit, ObjectMapper json, TransactionTemplate transaction, @Lazy SchedulerClient scheduler, Clock clock,
			@Value("${legalaid.defence.callbacks.first-attempt-delay:PT0S}") Duration firstAttemptDelay,
			@Value("${legalaid.defence.callbacks.allow-local-http:false}") boolean allowLocalHttp) {
		this.allowLocalHttp = allowLocalHttp;
		this.jdbc = jdbc;
		this.scoped = scoped;
		this.personalData = personalData;
		this.partners = partners;
		this.actors = actors;
		this.audit = audit;
		this.json = json;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.clock = clock;
		this.firstAttemptDelay = firstAttemptDelay;
	}

	/**
	 * The calling agency subscribes a URL: https, or http on this machine where
	 * {@code legalaid.defence.callbacks.allow-local-http} is set (for testing). The secret is returned once.
	 */
	@Transactional
	public IssuedKey subscribe(String url) {
		PartnerPrincipal agency = partners.current();
		URI uri = checkUrl(url);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "whs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO defence_subscription (agency_id, unit_path, url, secret_enc, active, created_at)"
				+ " VALUES (:agency, :path, :url, :secret, TRUE, :now)")
			.param("agency", agency.agencyId()).param("path", agency.actor().unitPath()).param("url", uri.toString())
			.param("secret", personalData.encrypt(secret)).param("now", OffsetDateTime.now(clock)).update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		audit.record(AuditAction.CREATE, "defence_subscription", id, uri.toString());
		return new IssuedKey(id, secret);
	}

	/** The calling agency ends one of its subscriptions; another agency's is not found. */
	@Transactional
	public void unsubscribe(long id) {
		PartnerPrincipal agency = partners.current();
		int updated = jdbc.sql("UPDATE defence_subscription SET active = FALSE WHERE id = :id AND agency_id = :agency")
			.param("id", id).param("agency", agency.agencyId()).update();
		if (updated == 0) {
			throw new RecordNotFound("defence_subscription", id);
		}
		audit.record(AuditAction.DEACTIVATE, "defence_subscription", id);
	}

	/** The calling agency's subscriptions. */
	@Transactional(readOnly = true)
	public List<Subscription> subscriptionsOfAgency() {
		return subscriptions(partners.current().agencyId());
	}

	/** The deliveries to the calling agency, newest first, with their attempts. */
	@Transactional(readOnly = true)
	public Page<Delivery> deliveriesOfAgency(PageRequest page) {
		PartnerPrincipal agency = partners.current();
		return deliveries(agency.agencyId(), agency.actor(), page);
	}

	/** An agency's subscriptions, as far as the actor's scope reaches. */
	@Transactional(readOnly = true)
	public List<Subscription> subscriptions(long agencyId) {
		return scoped.sql("SELECT s.* FROM defence_subscription s WHERE s.agency_id = :agency AND SCOPE(s.unit_path) ORDER BY s.id")
			.param("agency", agencyId)
			.query((rs, n) -> new Subscription(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("url"),
					rs.getBoolean("active"), Rows.at(rs, "created_at", clock.getZone())))
			.list();
	}

	/** The deliveries to one agency in the actor's scope, newest first, with their attempts. */
	@Transactional(readOnly = true)
	public Page<Delivery> deliveries(long agencyId, Actor actor, PageRequest page) {
		long total = scoped.sql("SELECT COUNT(*) FROM defence_delivery d WHERE d.agency_id = :agency AND SCOPE(d.unit_path)", actor)
			.param("agency", agencyId).query(Long.class).single();
		List<Delivery> items = scoped.sql("SELECT d.*, s.url FROM defence_delivery d JOIN defence_subscription s ON s.id = d.subscription_id"
				+ " WHERE d.agency_id = :agency AND SCOPE(d.unit_path) ORDER BY d.created_at DESC, d.id DESC LIMIT :limit OFFSET :offset", actor)
			.param("agency", agencyId).param("limit", page.size()).param("offset", page.offset())
			.query(this::delivery).list();
		return Page.of(items, page, total);
	}

	/** Stores the event for every active subscription of the agency and schedules the first attempts (caller's transaction). */
	void publish(long agencyId, String unitPath, String type, Long notificationId, Map<String, Object> data) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String body = json.writeValueAsString(CallbackEvent.envelope(type, now, data));
		List<Long> subscriptions = jdbc.sql("SELECT id FROM defence_subscription WHERE agency_id = :agency AND active = TRUE")
			.param("agency", agencyId).query(Long.class).list();
		for (long subscription : subscriptions) {
			var key = new GeneratedKeyHolder();
			OffsetDateTime first = now.plus(firstAttemptDelay);
			jdbc.sql("INSERT INTO defence_delivery (subscription_id, agency_id, unit_path, event_type, notification_id, body,"
					+ " status, attempts, next_attempt_at, created_at) VALUES (:subscription, :agency, :path, :type, :notification,"
					+ " :body, 'PENDING', 0, :next, :now)")
				.param("subscription", subscription).param("agency", agencyId).param("path", unitPath).param("type", type)
				.param("notification", notificationId).param("body", body).param("next", first).param("now", now)
				.update(key, "id");
			long delivery = key.getKeyAs(Number.class).longValue();
			schedule(delivery, 1, first);
		}
	}

	/**
	 * Makes the next attempt of a pending delivery: the scheduled task's work, also callable directly. Returns false
	 * when there was nothing to do (delivered, given up, or another attempt claimed it).
	 */
	public boolean attempt(long deliveryId) {
		var claimed = actors.callAsSystem(() -> transaction.execute(status -> claim(deliveryId)));
		if (claimed == null) {
			return false;
		}
		OffsetDateTime at = OffsetDateTime.now(clock);
		Integer code = null;
		String error = null;
		try {
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(claimed.url()))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header(SIGNATURE, "sha256=" + hmac(claimed.secret(), claimed.body()))
				.header("X-LegalAid-Event", claimed.type())
				.header("X-LegalAid-Delivery", Long.toString(deliveryId))
				.POST(HttpRequest.BodyPublishers.ofString(claimed.body(), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.discarding());
			code = response.statusCode();
			if (code / 100 != 2) {
				error = "HTTP " + code;
			}
		}
		catch (java.io.IOException e) {
			error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		record(deliveryId, claimed.attempt(), at, code, error);
		return true;
	}

	/** Signs a body as deliveries are signed. */
	public static String hmac(String secret, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Claimed(String url, String secret, String body, String type, int attempt) {
	}

	private Claimed claim(long deliveryId) {
		var row = jdbc.sql("SELECT d.status, d.attempts, d.body, d.event_type, s.url, s.secret_enc, s.active FROM defence_delivery d"
				+ " JOIN defence_subscription s ON s.id = d.subscription_id WHERE d.id = :id")
			.param("id", deliveryId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getBoolean(7) })
			.optional().orElse(null);
		if (row == null || !"PENDING".equals(row[0])) {
			return null;
		}
		int attempt = (Integer) row[1] + 1;
		if (!(Boolean) row[6]) {
			jdbc.sql("UPDATE defence_delivery SET status = 'GIVEN_UP', next_attempt_at = NULL WHERE id = :id AND status = 'PENDING'")
				.param("id", deliveryId).update();
			return null;
		}
		int updated = jdbc.sql("UPDATE defence_delivery SET attempts = :attempt WHERE id = :id AND status = 'PENDING' AND attempts = :seen")
			.param("attempt", attempt).param("id", deliveryId).param("seen", attempt - 1).update();
		return updated == 1 ? new Claimed((String) row[4], personalData.decrypt((String) row[5]), (String) row[2],
				(String) row[3], attempt) : null;
	}

	private void record(long deliveryId, int attempt, OffsetDateTime at, Integer code, String error) {
		actors.runAsSystem(() -> transaction.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO defence_delivery_attempt (delivery_id, attempted_at, status_code, error) VALUES (:d, :at, :code, :error)")
				.param("d", deliveryId).param("at", at).param("code", code)
				.param("error", error == null ? null : error.substring(0, Math.min(300, error.length()))).update();
			if (error == null) {
				jdbc.sql("UPDATE defence_delivery SET status = 'DELIVERED', next_attempt_at = NULL WHERE id = :id")
					.param("id", deliveryId).update();
			}
			else if (attempt > BACKOFF.size()) {
				jdbc.sql("UPDATE defence_delivery SET status = 'GIVEN_UP', next_attempt_at = NULL WHERE id = :id")
					.param("id", deliveryId).update();
			}
			else {
				OffsetDateTime next = at.plus(BACKOFF.get(attempt - 1));
				jdbc.sql("UPDATE defence_delivery SET next_attempt_at = :next WHERE id = :id").param("next", next)
					.param("id", deliveryId).update();
				schedule(deliveryId, attempt + 1, next);
			}
		}));
	}

	private void schedule(long deliveryId, int attempt, OffsetDateTime at) {
		scheduler.scheduleIfNotExists(new TaskInstance<>(TASK, deliveryId + "-" + attempt, deliveryId), at.toInstant());
	}

	private Delivery delivery(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Delivery.Attempt> log = jdbc.sql("SELECT attempted_at, status_code, error FROM defence_delivery_attempt"
				+ " WHERE delivery_id = :id ORDER BY attempted_at, id").param("id", id)
			.query((r, n) -> new Delivery.Attempt(Rows.at(r, "attempted_at", clock.getZone()), r.getObject(2, Integer.class), r.getString(3)))
			.list();
		return new Delivery(id, rs.getLong("subscription_id"), rs.getLong("agency_id"), rs.getString("url"),
				rs.getString("event_type"), rs.getObject("notification_id", Long.class), rs.getString("status"),
				rs.getInt("attempts"), Rows.at(rs, "next_attempt_at", clock.getZone()),
				Rows.at(rs, "created_at", clock.getZone()), log);
	}

	private URI checkUrl(String url) {
		try {
			URI uri = new URI(url == null ? "" : url.strip());
			boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
			boolean local = allowLocalHttp && "http".equals(uri.getScheme()) && uri.getHost() != null
					&& LOCAL_HOSTS.contains(uri.getHost());
			if ((https || local) && uri.getUserInfo() == null && uri.getFragment() == null && uri.toString().length() <= 500) {
				return uri;
			}
		}
		catch (java.net.URISyntaxException e) {
			// refused below
		}
		throw new RuleViolation("url", "defence.error.callbackUrl");
	}
}
