package org.legalaid.lawyers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions' recruitment criteria and the check against them. Criteria are reference data of no unit: everyone
 * reads them; bureau and system administrators set them for their own region and below (the national default only
 * a system administrator).
 */
@Service
public class Recruitment {

	static final String RECORD = "lawyers_criteria";

	private final JdbcClient jdbc;
	private final PoolAccess access;
	private final AuditLog audit;
	private final Clock clock;

	Recruitment(JdbcClient jdbc, PoolAccess access, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The criteria in force for a region: the row of its longest prefix, else the national default. */
	@Transactional(readOnly = true)
	public RecruitmentCriteria criteriaFor(String regionCode) {
		String code = regionCode == null ? "" : regionCode.strip();
		return jdbc.sql("SELECT * FROM lawyers_criteria WHERE region_prefix IN (:prefixes) ORDER BY LENGTH(region_prefix) DESC")
			.param("prefixes", Regions.prefixesOf(code)).query(Recruitment::map).list().stream().findFirst()
			.orElseThrow(() -> new IllegalStateException("the national recruitment criteria row is missing"));
	}

	/**
	 * The criteria of any number of regions from one read of the (small) criteria table: for the candidates of a case,
	 * whose providers come from many regions, without a query per region.
	 */
	java.util.function.Function<String, RecruitmentCriteria> chooser() {
		List<RecruitmentCriteria> rows = jdbc.sql("SELECT * FROM lawyers_criteria").query(Recruitment::map).list();
		return regionCode -> {
			List<String> prefixes = Regions.prefixesOf(regionCode == null ? "" : regionCode.strip());
			return rows.stream().filter(r -> prefixes.contains(r.regionPrefix()))
				.max(java.util.Comparator.comparingInt(r -> r.regionPrefix().length()))
				.orElseThrow(() -> new IllegalStateException("the national recruitment criteria row is missing"));
		};
	}

	/** Every region's criteria, the national default first: the administration page's list. */
	@Transactional(readOnly = true)
	public List<RecruitmentCriteria> all() {
		access.ruleSetter();
		return jdbc.sql("SELECT * FROM lawyers_criteria ORDER BY region_prefix").query(Recruitment::map).list();
	}

	/**
	 * Sets a region's criteria: {@code version} null adds a region, else it updates the row read at that version. The
	 * region is a division code or prefix within the actor's own region.
	 */
	@Transactional
	public RecruitmentCriteria save(String region, Integer version, int minPracticeYears, Integer cleanRecordYears,
			int dutyMinYears, int renewalMonths, int maxOpenCases) {
		Actor actor = access.ruleSetter();
		String prefix = prefix(region, actor);
		if (minPracticeYears < 0 || minPracticeYears > 50) {
			throw new RuleViolation("minPracticeYears", "lawyers.criteria.error.years", 0, 50);
		}
		if (cleanRecordYears != null && (cleanRecordYears < 0 || cleanRecordYears > 50)) {
			throw new RuleViolation("cleanRecordYears", "lawyers.criteria.error.years", 0, 50);
		}
		if (dutyMinYears < 0 || dutyMinYears > 50) {
			throw new RuleViolation("dutyMinYears", "lawyers.criteria.error.years", 0, 50);
		}
		if (renewalMonths < 1 || renewalMonths > 60) {
			throw new RuleViolation("renewalMonths", "lawyers.criteria.error.months", 1, 60);
		}
		if (maxOpenCases < 0 || maxOpenCases > 500) {
			throw new RuleViolation("maxOpenCases", "lawyers.criteria.error.cap", 0, 500);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (version == null) {
			try {
				jdbc.sql("""
						INSERT INTO lawyers_criteria (region_prefix, min_practice_years, clean_record_years, duty_min_years,
						    renewal_months, max_open_cases, updated_by, updated_at)
						VALUES (:p, :min, :clean, :duty, :renewal, :cap, :by, :now)""")
					.param("p", prefix).param("min", minPracticeYears).param("clean", cleanRecordYears, java.sql.Types.INTEGER)
					.param("duty", dutyMinYears).param("renewal", renewalMonths).param("cap", maxOpenCases)
					.param("by", actor.username()).param("now", now).update();
			}
			catch (DuplicateKeyException e) {
				throw new RuleViolation("region", "lawyers.criteria.error.exists", prefix);
			}
			audit.record(AuditAction.CREATE, RECORD, prefix.isEmpty() ? "national" : prefix, describe(minPracticeYears, cleanRecordYears));
		}
		else {
			int n = jdbc.sql("""
					UPDATE lawyers_criteria SET min_practice_years = :min, clean_record_years = :clean, duty_min_years = :duty,
					    renewal_months = :renewal, max_open_cases = :cap, updated_by = :by, updated_at = :now, version = version + 1
					WHERE region_prefix = :p AND version = :version""")
				.param("p", prefix).param("min", minPracticeYears).param("clean", cleanRecordYears, java.sql.Types.INTEGER)
				.param("duty", dutyMinYears).param("renewal", renewalMonths).param("cap", maxOpenCases)
				.param("by", actor.username()).param("now", now).param("version", version).update();
			if (n == 0) {
				throw new ConcurrentChange(RECORD, prefix);
			}
			audit.record(AuditAction.UPDATE, RECORD, prefix.isEmpty() ? "national" : prefix, describe(minPracticeYears, cleanRecordYears));
		}
		return find(prefix).orElseThrow();
	}

	/** Removes a region's criteria, so the next wider region's apply; the national default stays. */
	@Transactional
	public void remove(String region) {
		Actor actor = access.ruleSetter();
		String prefix = prefix(region, actor);
		if (prefix.isEmpty()) {
			throw new RuleViolation("region", "lawyers.criteria.error.national");
		}
		if (jdbc.sql("DELETE FROM lawyers_criteria WHERE region_prefix = :p").param("p", prefix).update() == 0) {
			throw new RecordNotFound(RECORD, prefix);
		}
		audit.record(AuditAction.DELETE, RECORD, prefix);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<RecruitmentCriteria> find(String prefix) {
		return jdbc.sql("SELECT * FROM lawyers_criteria WHERE region_prefix = :p").param("p", prefix).query(Recruitment::map).optional();
	}

	/**
	 * The criteria a provider fails on the day: years since the first licence (licensed kinds), a disciplinary record
	 * within the clean-record period, a sanction in force. Empty when the provider may join or stay.
	 */
	public static List<UnmetCriterion> check(Provider provider, RecruitmentCriteria criteria, LocalDate day) {
		List<UnmetCriterion> unmet = new ArrayList<>();
		if (provider.kind().isLicensed()) {
			int years = provider.yearsOfPracticeOn(day);
			if (years < criteria.minPracticeYears()) {
				unmet.add(new UnmetCriterion(Criterion.PRACTICE_YEARS, List.of(criteria.minPracticeYears(), years)));
			}
		}
		LocalDate since = criteria.cleanRecordYears() == null ? null : day.minusYears(criteria.cleanRecordYears());
		provider.discipline().stream()
			.filter(d -> !d.decidedOn().isAfter(day) && (since == null || d.decidedOn().isAfter(since)))
			.max(java.util.Comparator.comparing(DisciplinaryRecord::decidedOn))
			.ifPresent(d -> unmet.add(new UnmetCriterion(Criterion.DISCIPLINARY_RECORD,
					List.of(d.decidedOn().toString(), d.sanction(), criteria.cleanRecordYears() == null ? "-" : criteria.cleanRecordYears()))));
		provider.discipline().stream().filter(d -> d.inForceOn(day)).findFirst()
			.ifPresent(d -> unmet.add(new UnmetCriterion(Criterion.SANCTION_IN_FORCE, List.of(d.sanction(), d.untilOn().toString()))));
		return unmet;
	}

	/** The stored prefix of a region the actor may set: their region or below ('' only for a system administrator). */
	private String prefix(String region, Actor actor) {
		String raw = region == null ? "" : region.strip();
		if (raw.isEmpty()) {
			if (!actor.has(Role.SYSTEM_ADMIN)) {
				throw new AccessRefused("the national recruitment criteria need a system administrator");
			}
			return "";
		}
		if (!Regions.wellFormed(raw)) {
			throw new RuleViolation("region", "lawyers.error.region.format", raw);
		}
		String prefix = Regions.significant(raw);
		String own = Regions.significant(access.divisionOf(actor));
		if (!actor.has(Role.SYSTEM_ADMIN) && !prefix.startsWith(own)) {
			throw new RuleViolation("region", "lawyers.criteria.error.outside", own);
		}
		return prefix;
	}

	private static String describe(int minYears, Integer cleanYears) {
		return "min " + minYears + "y, clean " + (cleanYears == null ? "ever" : cleanYears + "y");
	}

	static RecruitmentCriteria map(ResultSet rs, int row) throws SQLException {
		int clean = rs.getInt("clean_record_years");
		Integer cleanYears = rs.wasNull() ? null : clean;
		return new RecruitmentCriteria(rs.getString("region_prefix"), rs.getInt("min_practice_years"), cleanYears,
				rs.getInt("duty_min_years"), rs.getInt("renewal_months"), rs.getInt("max_open_cases"), rs.getInt("version"));
	}
}
