import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.legalaid.LegalAidApplication;
import org.legalaid.assignment.AssignmentRequest;
import org.legalaid.assignment.Assignments;
import org.legalaid.assignment.CaseCandidate;
import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.ConflictParty;
import org.legalaid.deadlines.Deadlines;
import org.legalaid.lawyers.CandidateQuery;
import org.legalaid.lawyers.LawyerPool;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times the choice of a lawyer: {@code Assignments.choose}, i.e. the lawyer pool's candidates for the case's region
 * with their exclusions, the conflict-of-interest check against the assignment history and the rotation's choice,
 * in process (no HTTP, no page rendering; the web server listens on a free port only because security needs it), as
 * director.chengguan.
 *
 * <p>{@code prepare JDBC_URL} boots LegalAid once on the database (migrations and demo data) and exits;
 * {@code run JDBC_URL [ROUNDS]} opens 40 cases in Chengguan (620102) with a mix of rules — one in five a notified
 * criminal case (lawyers only, three years of criminal defence), one in ten a minor (JUVENILE), one in twenty
 * needing Uyghur, the rest labour or family matters — each with three opposing parties (a 张伟 without ID number,
 * a person with an ID key found in the history, a company), then times ROUNDS calls after 100 warm-up calls and
 * prints p50, p90, p99 and max with the sizes involved. See docs/benchmarks.md.
 */
public class ChooseBench {

	public static void main(String[] args) {
		String mode = args[0];
		String url = args[1];
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
		try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LegalAidApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--logging.level.root=WARN", "--legalaid.evidence.dir=target/bench-evidence")) {
			if ("prepare".equals(mode)) {
				return;
			}
			var users = ctx.getBean(UserDetailsService.class);
			var principal = users.loadUserByUsername("director.chengguan");
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			Assignments assignments = ctx.getBean(Assignments.class);
			Deadlines deadlines = ctx.getBean(Deadlines.class);
			JdbcClient jdbc = ctx.getBean(JdbcClient.class);
			long centre = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
			String path = jdbc.sql("SELECT unit_path FROM network_unit WHERE id = :id").param("id", centre).query(String.class).single();

			long base = 700_000_000L + System.currentTimeMillis() % 100_000_000L;
			List<Long> cases = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				boolean notified = i % 5 == 0;
				String specialty = notified ? "CRIMINAL" : i % 10 == 1 ? "JUVENILE" : i % 2 == 0 ? "LABOUR" : "FAMILY";
				String language = i % 20 == 3 ? "ug" : null;
				CaseSubject subject = notified ? CaseSubject.notification(base + i, "BENCH-N-" + i) : CaseSubject.application(base + i, "BENCH-A-" + i);
				long timer = deadlines.track("bench_case", Long.toString(base + i), path, "620102", notified ? "D10" : "D6", Instant.now());
				cases.add(assignments.open(new AssignmentRequest(subject, centre, path, "620102", notified ? "CRIMINAL_DEFENCE" : "A31.5",
						specialty, language, notified, notified ? 3 : null, timer,
						List.of(new ConflictParty("受援人" + i, "assistedkey" + i, null, "APPLICANT")),
						List.of(new ConflictParty("张伟", null, null, "OPPOSING"), new ConflictParty("对方" + i, "benchkey" + (2 * (i * 37 + 1)), null, "OPPOSING"),
								new ConflictParty("某建设公司" + i, null, "91BENCH" + i, "OPPOSING")))));
			}
			List<CaseCandidate> sample = assignments.candidates(cases.get(1));
			long conflicted = sample.stream().filter(c -> c.exclusions().stream().anyMatch(r -> r.code().startsWith("CONFLICT"))).count();
			System.out.printf("providers %d, history cases %d; candidates serving 620102: %d, eligible %d, excluded for a conflict %d%n",
					jdbc.sql("SELECT COUNT(*) FROM lawyers_provider").query(Long.class).single(),
					jdbc.sql("SELECT COUNT(*) FROM assignment_case").query(Long.class).single(), sample.size(),
					sample.stream().filter(CaseCandidate::eligible).count(), conflicted);
			for (int i = 0; i < 100; i++) {
				assignments.choose(cases.get(i % cases.size()));
			}
			double[] ms = new double[rounds];
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				assignments.choose(cases.get(i % cases.size()));
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
			report("choose a lawyer (Assignments.choose)", ms);
			// the part of the lawyer pool alone, for the same cases: where the time goes
			LawyerPool pool = ctx.getBean(LawyerPool.class);
			List<CandidateQuery> queries = new ArrayList<>();
			for (long id : cases) {
				var c = assignments.get(id);
				queries.add(new CandidateQuery(c.regionCode(), c.specialty(), c.language(), c.lawyersOnly(), c.minCriminalYears(), null, false));
			}
			for (int i = 0; i < rounds; i++) {
				long start = System.nanoTime();
				pool.candidates(queries.get(i % queries.size()));
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
			report("of which the pool's candidates (LawyerPool.candidates)", ms);
		}
	}

	static void report(String what, double[] ms) {
		Arrays.sort(ms);
		System.out.printf("%s, %d calls: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, ms.length, pct(ms, 50), pct(ms, 90),
				pct(ms, 99), ms[ms.length - 1]);
	}

	static double pct(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
	}
}
