import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Application submissions per second through the API of a running LegalAid on PostgreSQL, with N concurrent
 * clients, beside a raw JDBC baseline that writes the same rows a submission writes, with the same concurrency,
 * in the same run. Only loopback addresses are used; every loop is bounded by a count.
 *
 *   java -cp postgresql.jar bench/intake/SubmissionBench.java BASE_URL JDBC_URL USER PASSWORD CENTRE_ID CLIENTS COUNT
 */
public class SubmissionBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String jdbcUrl = args[1];
		String user = args[2];
		String password = args[3];
		long centre = Long.parseLong(args[4]);
		int clients = Integer.parseInt(args[5]);
		int count = Integer.parseInt(args[6]);

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		warmUp(http, base, centre, 30);
		Result api = run(clients, count, i -> {
			String body = """
					{"centreId": %d, "name": "压测%d", "residentIdNumber": "%s", "phone": "139%08d", "matterCode": "A31.5",
					 "facts": "工地欠薪，约两万元", "opposingPartyName": "某劳务公司", "commitmentConfirmed": true}"""
				.formatted(centre, i, idNumber(200_000 + i), i);
			var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
				.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException("submission answered " + response.statusCode() + ": " + response.body());
			}
		});

		// receipts are issued after each registration commits: time until the last one is there (at most 10 minutes)
		long receiptsStart = System.nanoTime();
		double receiptsBehind = 0;
		try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
			for (int wait = 0; wait < 1200; wait++) {
				var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM intake_application) - (SELECT COUNT(*) FROM documents_issued WHERE kind = 'RECEIPT')");
				rs.next();
				if (rs.getLong(1) == 0) {
					receiptsBehind = (System.nanoTime() - receiptsStart) / 1e9;
					break;
				}
				Thread.sleep(500);
			}
		}

		try (Connection setup = DriverManager.getConnection(jdbcUrl, user, password); Statement s = setup.createStatement()) {
			s.execute("DROP TABLE IF EXISTS bench_raw_document, bench_raw_row");
			s.execute("CREATE TABLE bench_raw_row (id BIGSERIAL PRIMARY KEY, kind VARCHAR(30), payload TEXT, created_at TIMESTAMPTZ DEFAULT now())");
			s.execute("CREATE TABLE bench_raw_document (id BIGSERIAL PRIMARY KEY, content BYTEA, sha256 VARCHAR(64))");
		}
		byte[] pdf = new byte[25_000];
		ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
			try {
				Connection c = DriverManager.getConnection(jdbcUrl, user, password);
				c.setAutoCommit(false);
				return c;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Result raw = run(clients, count, i -> {
			Connection c = connections.get();
			// the rows one submission writes: person, application, history, opposing party, two materials, review timer,
			// commitment, counters, the receipt document, and five audit entries
			try (PreparedStatement row = c.prepareStatement("INSERT INTO bench_raw_row (kind, payload) VALUES (?, ?)");
					PreparedStatement doc = c.prepareStatement("INSERT INTO bench_raw_document (content, sha256) VALUES (?, ?)")) {
				for (String kind : List.of("person", "application", "history", "party", "material", "material", "timer",
						"commitment", "number_counter", "document_counter", "audit", "audit", "audit", "audit", "audit")) {
					row.setString(1, kind);
					row.setString(2, "v1:" + UUID.randomUUID() + UUID.randomUUID());
					row.addBatch();
				}
				row.executeBatch();
				doc.setBytes(1, pdf);
				doc.setString(2, "0".repeat(64));
				doc.executeUpdate();
				c.commit();
			}
		});

		System.out.printf("%-34s %8s %10s %8s %8s%n", "run (" + clients + " clients, " + count + " each)", "ok", "per second", "p50 ms", "p99 ms");
		System.out.println(api.line("API submission (full application)"));
		System.out.println(raw.line("raw JDBC, same rows and bytes"));
		System.out.printf("receipts: the last one issued %.1f s after the last submission%n", receiptsBehind);
	}

	interface Task {
		void run(int i) throws Exception;
	}

	record Result(int ok, double seconds, List<Double> latencies) {

		String line(String name) {
			List<Double> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			return "%-34s %8d %10.1f %8.1f %8.1f".formatted(name, ok, ok / seconds, pct(sorted, 0.50), pct(sorted, 0.99));
		}
	}

	static Result run(int clients, int count, Task task) throws Exception {
		var latencies = new ConcurrentLinkedQueue<Double>();
		var next = new AtomicInteger();
		var failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < count) {
					long t = System.nanoTime();
					try {
						task.run(i);
						latencies.add((System.nanoTime() - t) / 1e6);
					}
					catch (Exception e) {
						if (failures.incrementAndGet() < 3) {
							e.printStackTrace();
						}
					}
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
			throw new IllegalStateException("benchmark did not finish in 30 minutes");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (failures.get() > 0) {
			System.out.println(failures.get() + " requests failed");
		}
		return new Result(latencies.size(), seconds, new ArrayList<>(latencies));
	}

	static void warmUp(HttpClient http, String base, long centre, int n) throws Exception {
		for (int i = 0; i < n; i++) {
			String body = """
					{"centreId": %d, "name": "预热%d", "residentIdNumber": "%s", "phone": "138%08d", "matterCode": "A31.5",
					 "facts": "预热", "commitmentConfirmed": true}""".formatted(centre, i, idNumber(900_000 + i), i);
			http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		}
	}

	/** A valid resident ID number, unique per n (varying birth date and sequence). */
	static String idNumber(int n) {
		java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
		String body = "620102" + birth.toString().replace("-", "") + String.format("%03d", n / 15_000 % 1000);
		int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * w[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	static double pct(List<Double> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}
}
