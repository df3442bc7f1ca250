package org.legalaid.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules a region applies on a date, read from the eligibility tables (reference data, no unit scope), and the
 * administration of the matter catalogue: regional matters are added with effective dates and ended, never
 * deleted; every change is audited.
 */
@Service
public class EligibilityRules {

	static final String MATTER = "eligibility_matter";
	private static final Set<Role> ADMINS = Set.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN);
	private static final String MATTER_COLUMNS = "id, code, region_prefix, name, category, article, hardship_required,"
			+ " effective_from, effective_to, source, version";

	private final JdbcClient jdbc;
	private final CurrentActor actors;
	private final AuditLog audit;

	EligibilityRules(JdbcClient jdbc, CurrentActor actors, AuditLog audit) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.audit = audit;
	}

	/** The region's rules in force on the date: national entries and those of every prefix of the region code. */
	public RegionalRules rulesFor(String regionCode, LocalDate date) {
		String region = regionCode == null ? "" : regionCode.strip();
		List<String> prefixes = prefixes(region);
		List<Matter> matters = jdbc.sql("SELECT " + MATTER_COLUMNS + " FROM eligibility_matter WHERE region_prefix IN (:p)"
				+ " AND effective_from <= :d AND (effective_to IS NULL OR effective_to >= :d)")
			.param("p", prefixes)
			.param("d", Date.valueOf(date))
			.query(EligibilityRules::matter)
			.list();
		List<Exemption> exemptions = jdbc.sql("SELECT code, region_prefix, kind, age_limit, name, article, effective_from,"
				+ " effective_to FROM eligibility_exemption WHERE region_prefix IN (:p)"
				+ " AND effective_from <= :d AND (effective_to IS NULL OR effective_to >= :d)")
			.param("p", prefixes)
			.param("d", Date.valueOf(date))
			.query((rs, i) -> new Exemption(rs.getString("code"), rs.getString("region_prefix"),
					ExemptionKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("age_limit", Integer.class),
					rs.getString("name"), rs.getString("article"), rs.getDate("effective_from").toLocalDate(),
					localDate(rs.getDate("effective_to"))))
			.list();
		List<HardshipStandard> standards = jdbc.sql("SELECT region_prefix, effective_from, monthly_limit_fen, basis"
				+ " FROM eligibility_hardship_standard WHERE region_prefix IN (:p) AND effective_from <= :d")
			.param("p", prefixes)
			.param("d", Date.valueOf(date))
			.query((rs, i) -> new HardshipStandard(rs.getString("region_prefix"), rs.getDate("effective_from").toLocalDate(),
					rs.getLong("monthly_limit_fen"), rs.getString("basis")))
			.list();
		boolean bar = jdbc.sql("SELECT commitment_bar_enabled FROM eligibility_region_setting WHERE region_prefix IN (:p)"
				+ " AND effective_from <= :d ORDER BY LENGTH(region_prefix) DESC, effective_from DESC")
			.param("p", prefixes)
			.param("d", Date.valueOf(date))
			.query(Boolean.class)
			.list()
			.stream()
			.findFirst()
			.orElse(false);
		Map<String, Set<String>> matterMaterials = new HashMap<>();
		jdbc.sql("SELECT matter_code, material_code FROM eligibility_matter_material WHERE region_prefix IN (:p)")
			.param("p", prefixes)
			.query((rs, i) -> matterMaterials.computeIfAbsent(rs.getString("matter_code"), k -> new HashSet<>())
				.add(rs.getString("material_code")))
			.list();
		return new RegionalRules(region, matters, exemptions, standards, bar, Materials.DEFAULTS, matterMaterials);
	}

	/** The commitment text in force for the region on the date (most specific region, latest version). */
	public Optional<CommitmentText> commitmentText(String regionCode, LocalDate date) {
		return jdbc.sql("SELECT id, region_prefix, text_version, effective_from, body FROM eligibility_commitment_text"
				+ " WHERE region_prefix IN (:p) AND effective_from <= :d ORDER BY LENGTH(region_prefix) DESC, text_version DESC")
			.param("p", prefixes(regionCode == null ? "" : regionCode.strip()))
			.param("d", Date.valueOf(date))
			.query((rs, i) -> new CommitmentText(rs.getLong("id"), rs.getString("region_prefix"), rs.getInt("text_version"),
					rs.getDate("effective_from").toLocalDate(), rs.getString("body")))
			.list()
			.stream()
			.findFirst();
	}

	/** Matters in force in the region on the date, for the administrator's list. */
	public List<Matter> mattersInForce(String regionCode, LocalDate date) {
		requireAdmin();
		return rulesFor(regionCode, date).mattersInForce(date);
	}

	/** One matter of the catalogue, for the administrator. */
	public Matter matter(long id) {
		requireAdmin();
		return jdbc.sql("SELECT " + MATTER_COLUMNS + " FROM eligibility_matter WHERE id = :id")
			.param("id", id)
			.query(EligibilityRules::matter)
			.optional()
			.orElseThrow(() -> new RecordNotFound(MATTER, id));
	}

	/** Adds a region's matter (category REGIONAL) with its effective dates. */
	@Transactional
	public Matter addRegionalMatter(MatterDraft draft) {
		requireAdmin();
		String code = draft.code() == null ? "" : draft.code().strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9._-]{1,39}")) {
			throw new RuleViolation("code", "eligibility.matter.code.invalid");
		}
		String prefix = draft.regionPrefix() == null ? "" : draft.regionPrefix().strip();
		if (!prefix.matches("\\d{2,12}")) {
			throw new RuleViolation("regionPrefix", "eligibility.matter.region.invalid");
		}
		String name = text(draft.name(), "name", 200);
		String article = text(draft.article(), "article", 200);
		String source = text(draft.source(), "source", 300);
		if (draft.effectiveFrom() == null) {
			throw new RuleViolation("effectiveFrom", "eligibility.matter.from.required");
		}
		if (draft.effectiveTo() != null && draft.effectiveTo().isBefore(draft.effectiveFrom())) {
			throw new RuleViolation("effectiveTo", "eligibility.matter.to.beforeFrom");
		}
		boolean national = jdbc.sql("SELECT COUNT(*) FROM eligibility_matter WHERE code = :c AND region_prefix = ''")
			.param("c", code).query(Long.class).single() > 0;
		if (national) {
			throw new RuleViolation("code", "eligibility.matter.code.national", code);
		}
		LocalDate far = LocalDate.of(9999, 12, 31);
		long overlapping = jdbc.sql("SELECT COUNT(*) FROM eligibility_matter WHERE code = :c AND region_prefix = :p"
				+ " AND effective_from <= :to AND (effective_to IS NULL OR effective_to >= :from)")
			.param("c", code)
			.param("p", prefix)
			.param("from", Date.valueOf(draft.effectiveFrom()))
			.param("to", Date.valueOf(draft.effectiveTo() == null ? far : draft.effectiveTo()))
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw new RuleViolation("code", "eligibility.matter.code.overlap", code, prefix);
		}
		jdbc.sql("INSERT INTO eligibility_matter (code, region_prefix, name, category, article, hardship_required,"
				+ " effective_from, effective_to, source) VALUES (:c, :p, :n, 'REGIONAL', :a, :h, :from, :to, :s)")
			.param("c", code)
			.param("p", prefix)
			.param("n", name)
			.param("a", article)
			.param("h", draft.hardshipRequired())
			.param("from", Date.valueOf(draft.effectiveFrom()))
			.param("to", draft.effectiveTo() == null ? null : Date.valueOf(draft.effectiveTo()), java.sql.Types.DATE)
			.param("s", source)
			.update();
		Matter created = jdbc.sql("SELECT " + MATTER_COLUMNS + " FROM eligibility_matter WHERE code = :c AND region_prefix = :p"
				+ " AND effective_from = :from")
			.param("c", code)
			.param("p", prefix)
			.param("from", Date.valueOf(draft.effectiveFrom()))
			.query(EligibilityRules::matter)
			.single();
		audit.record(AuditAction.CREATE, MATTER, created.id(), code + "@" + prefix + " " + draft.effectiveFrom() + ".."
				+ (draft.effectiveTo() == null ? "" : draft.effectiveTo()));
		return created;
	}

	/** Ends a regional matter: it stays on record, in force until {@code lastDay} inclusive. */
	@Transactional
	public Matter endMatter(long id, int version, LocalDate lastDay) {
		requireAdmin();
		Matter m = matter(id);
		if (m.national()) {
			throw new RuleViolation(null, "eligibility.matter.end.national");
		}
		if (lastDay == null) {
			throw new RuleViolation("lastDay", "eligibility.matter.end.required");
		}
		if (lastDay.isBefore(m.effectiveFrom().minusDays(1))) {
			throw new RuleViolation("lastDay", "eligibility.matter.end.beforeFrom", m.effectiveFrom());
		}
		if (m.effectiveTo() != null && lastDay.isAfter(m.effectiveTo())) {
			throw new RuleViolation("lastDay", "eligibility.matter.end.afterTo", m.effectiveTo());
		}
		int updated = jdbc.sql("UPDATE eligibility_matter SET effective_to = :to, version = version + 1"
				+ " WHERE id = :id AND version = :v")
			.param("to", Date.valueOf(lastDay))
			.param("id", id)
			.param("v", version)
			.update();
		if (updated == 0) {
			throw new ConcurrentChange(MATTER, id);
		}
		audit.record(AuditAction.DEACTIVATE, MATTER, id, m.code() + "@" + m.regionPrefix() + " ends " + lastDay);
		return matter(id);
	}

	/** "", then every prefix of the region code from two digits up. */
	static List<String> prefixes(String regionCode) {
		List<String> prefixes = new ArrayList<>();
		prefixes.add("");
		for (int i = 2; i <= regionCode.length(); i++) {
			prefixes.add(regionCode.substring(0, i));
		}
		return prefixes;
	}

	private void requireAdmin() {
		if (!actors.require().hasAny(ADMINS)) {
			throw new AccessRefused("the matter catalogue needs BUREAU_ADMIN or SYSTEM_ADMIN");
		}
	}

	private static String text(String value, String field, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty() || clean.length() > max) {
			throw new RuleViolation(field, "eligibility.matter." + field + ".required", max);
		}
		return clean;
	}

	static Matter matter(ResultSet rs, int row) throws SQLException {
		return new Matter(rs.getLong("id"), rs.getString("code"), rs.getString("region_prefix"), rs.getString("name"),
				MatterCategory.valueOf(rs.getString("category")), rs.getString("article"), rs.getBoolean("hardship_required"),
				rs.getDate("effective_from").toLocalDate(), localDate(rs.getDate("effective_to")), rs.getString("source"),
				rs.getInt("version"));
	}

	static LocalDate localDate(Date d) {
		return d == null ? null : d.toLocalDate();
	}
}
