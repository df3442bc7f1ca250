import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the service-network tree pages and API against a running LegalAid, signed in as one user, one request
 * at a time (the latency a clerk sees). Run with the JDK's source launcher:
 *   java bench/tree/TreeBench.java http://localhost:8080 admin LegalAid2026 200
 * Prints p50, p99 and max in milliseconds per request kind. It only talks to the given base URL.
 */
public class TreeBench {

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		String user = args.length > 1 ? args[1] : "admin";
		String password = args.length > 2 ? args[2] : "LegalAid2026";
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 200;
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		signIn(http, base, user, password);

		String root = get(http, base + "/network");
		long rootId = Long.parseLong(first(root, "/network/children\\?parent=(\\d+)"));
		String prefectures = get(http, base + "/network/children?parent=" + rootId);
		long prefectureId = Long.parseLong(first(prefectures, "/network/children\\?parent=(\\d+)"));
		String counties = get(http, base + "/network/children?parent=" + prefectureId);
		long countyId = Long.parseLong(first(counties, "/network/children\\?parent=(\\d+)"));
		String countyApi = get(http, base + "/api/v1/units/" + countyId);
		String countyName = first(countyApi, "\"name\":\"([^\"]+)\"").replace("法律援助中心", "");
		System.out.printf("tree: root %d, prefecture %d, county %d (%s)%n", rootId, prefectureId, countyId, countyName);

		Map<String, String> kinds = new LinkedHashMap<>();
		kinds.put("children of the root (page)", "/network/children?parent=" + rootId);
		kinds.put("children of a county, first 100 (page)", "/network/children?parent=" + countyId);
		kinds.put("children of a county, offset 8000 (page)", "/network/children?parent=" + countyId + "&offset=8000");
		kinds.put("children of a county (API)", "/api/v1/units/" + countyId + "/children");
		kinds.put("one unit (API)", "/api/v1/units/" + countyId);
		kinds.put("unit page with children and people", "/network/units/" + countyId);
		kinds.put("search by exact-ish name (page)", "/network/search?q=" + enc(countyName + "第4321联络点"));
		kinds.put("search by name fragment, 20 of many (page)", "/network/search?q=" + enc("第432"));
		kinds.put("search by division code prefix (API)", "/api/v1/units?q=620102");

		System.out.printf("%-45s %8s %8s %8s%n", "request", "p50 ms", "p99 ms", "max ms");
		for (var kind : kinds.entrySet()) {
			for (int i = 0; i < 10; i++) {
				get(http, base + kind.getValue());
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				get(http, base + kind.getValue());
				times.add((System.nanoTime() - start) / 1e6);
			}
			Collections.sort(times);
			System.out.printf("%-45s %8.1f %8.1f %8.1f%n", kind.getKey(), pct(times, 0.50), pct(times, 0.99), times.getLast());
		}
	}

	static void signIn(HttpClient http, String base, String user, String password) throws Exception {
		String login = get(http, base + "/login");
		String token = first(login, "name=\"_csrf\" value=\"([^\"]+)\"");
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		if (location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("sign-in failed: " + location);
		}
	}

	static String get(HttpClient http, String url) throws Exception {
		var response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	static String first(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + regex);
		}
		return m.group(1);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static double pct(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}
}
