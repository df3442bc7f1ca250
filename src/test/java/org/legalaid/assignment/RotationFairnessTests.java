package org.legalaid.assignment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property test of the rotation over thousands of random assignments: a fixed-seed random pool (workload caps,
 * languages, criminal-defence experience) and a stream of cases with random needs, declines and case ends. Every choice
 * is an eligible candidate with the fewest open cases, and the assignments spread evenly: the Gini coefficient of
 * assignments per lawyer, among the lawyers eligible for the common case, stays at or below {@link #GINI_BOUND}.
 */
class RotationFairnessTests {

	/** The stated fairness bound (0 is perfectly even, 1 all to one lawyer). */
	static final double GINI_BOUND = 0.05;
	static final int LAWYERS = 80;
	static final int CASES = 20_000;
	static final int OPEN_CASES = 3 * LAWYERS;

	record Lawyer(int id, int cap, boolean uyghur, int criminalYears) {
	}

	@Test
	void rotationKeepsWorkloadsEvenUnderDeclinesAndCaseEnds() {
		Random random = new Random(20261123L);
		List<Lawyer> lawyers = new ArrayList<>();
		for (int i = 0; i < LAWYERS; i++) {
			lawyers.add(new Lawyer(i + 1, 4 + random.nextInt(7), random.nextInt(10) == 0, random.nextInt(12)));
		}
		int[] open = new int[LAWYERS];
		OffsetDateTime[] last = new OffsetDateTime[LAWYERS];
		long[] assignments = new long[LAWYERS];
		List<int[]> running = new ArrayList<>();
		OffsetDateTime clock = OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
		int unassignable = 0;
		for (int n = 0; n < CASES; n++) {
			clock = clock.plusMinutes(1 + random.nextInt(30));
			// cases end at random; the centre runs about three open cases per lawyer, below most caps
			while (!running.isEmpty() && (running.size() >= OPEN_CASES || random.nextInt(100) < 30)) {
				int[] ended = running.remove(random.nextInt(running.size()));
				open[ended[0]]--;
			}
			boolean needsUyghur = random.nextInt(50) == 0;
			Integer minYears = random.nextInt(5) == 0 ? 3 : null;
			Set<Integer> declined = new HashSet<>();
			while (true) {
				List<CaseCandidate> candidates = new ArrayList<>();
				for (Lawyer l : lawyers) {
					List<CaseCandidate.Reason> reasons = new ArrayList<>();
					if (open[l.id() - 1] >= l.cap()) {
						reasons.add(new CaseCandidate.Reason("AT_CAPACITY", "k", List.of()));
					}
					if (needsUyghur && !l.uyghur()) {
						reasons.add(new CaseCandidate.Reason("NO_LANGUAGE", "k", List.of()));
					}
					if (minYears != null && l.criminalYears() < minYears) {
						reasons.add(new CaseCandidate.Reason("EXPERIENCE_SHORT", "k", List.of()));
					}
					if (declined.contains(l.id())) {
						reasons.add(new CaseCandidate.Reason("DECLINED", "k", List.of()));
					}
					candidates.add(new CaseCandidate(l.id(), "L" + l.id(), "LAWYER", 1, "F", 5, l.criminalYears(), open[l.id() - 1], l.cap(),
							last[l.id() - 1], reasons, false));
				}
				var chosen = Rotation.first(candidates);
				if (chosen.isEmpty()) {
					unassignable++;
					break;
				}
				CaseCandidate c = chosen.get();
				int fewest = candidates.stream().filter(CaseCandidate::eligible).mapToInt(CaseCandidate::openCases).min().orElseThrow();
				assertThat(c.openCases()).as("the rotation never passes over someone with fewer open cases").isEqualTo(fewest);
				int i = (int) c.providerId() - 1;
				open[i]++;
				last[i] = clock;
				if (random.nextInt(10) == 0) {
					// the provider declines: their workload is released and the next in rotation is offered the case
					open[i]--;
					declined.add((int) c.providerId());
					continue;
				}
				assignments[i]++;
				running.add(new int[] { i });
				break;
			}
		}
		long[] common = lawyers.stream().mapToLong(l -> assignments[l.id() - 1]).toArray();
		double gini = gini(common);
		System.out.printf("rotation fairness: %d cases, %d lawyers, %d unassignable, assignments per lawyer min %d max %d, Gini %.4f%n", CASES,
				LAWYERS, unassignable, Arrays.stream(common).min().orElse(0), Arrays.stream(common).max().orElse(0), gini);
		assertThat(gini).isLessThanOrEqualTo(GINI_BOUND);
	}

	@Test
	void giniOfEqualSharesIsZeroAndOfOneTakingAllIsNearOne() {
		assertThat(gini(new long[] { 5, 5, 5, 5 })).isZero();
		assertThat(gini(new long[] { 0, 0, 0, 12 })).isEqualTo(0.75);
	}

	/** The Gini coefficient: the mean absolute difference of all pairs over twice the mean. */
	static double gini(long[] values) {
		double sum = 0;
		double diffs = 0;
		for (long a : values) {
			sum += a;
			for (long b : values) {
				diffs += Math.abs(a - b);
			}
		}
		int n = values.length;
		return sum == 0 ? 0 : diffs / (2.0 * n * n * (sum / n));
	}
}
