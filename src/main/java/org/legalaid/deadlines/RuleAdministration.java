package org.legalaid.deadlines;

import java.util.List;
import java.util.Set;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regional overrides of the deadline rules: bureau and system administrators, audited. */
@Service
class RuleAdministration {

	static final String RECORD = "deadlines_rule";
	private static final Set<Role> ALLOWED = Set.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN);

	private final RuleRepository rules;
	private final CurrentActor actors;
	private final AuditLog audit;

	RuleAdministration(RuleRepository rules, CurrentActor actors, AuditLog audit) {
		this.rules = rules;
		this.actors = actors;
		this.audit = audit;
	}

	List<DeadlineRule> all() {
		requireAdmin();
		return rules.all();
	}

	/** Adds or changes the override of rule {@code code} for the regions starting with {@code regionPrefix}. */
	@Transactional
	DeadlineRule saveOverride(String code, String regionPrefix, Integer amount, DeadlineUnit unit, String source) {
		requireAdmin();
		String cleanCode = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
		DeadlineRule national = rules.find(cleanCode, "")
			.orElseThrow(() -> new RuleViolation("code", "deadlines.rules.code.unknown", cleanCode));
		String prefix = regionPrefix == null ? "" : regionPrefix.strip();
		if (!prefix.matches("\\d{2,12}")) {
			throw new RuleViolation("regionPrefix", "deadlines.rules.region.invalid");
		}
		if (amount == null || amount < 1 || amount > 1000) {
			throw new RuleViolation("amount", "deadlines.rules.amount.invalid");
		}
		if (unit == null) {
			throw new RuleViolation("unit", "deadlines.rules.unit.required");
		}
		if (unit == DeadlineUnit.HOUR != (national.unit() == DeadlineUnit.HOUR)) {
			throw new RuleViolation("unit", "deadlines.rules.unit.mismatch");
		}
		String cleanSource = source == null ? "" : source.strip();
		if (cleanSource.isEmpty() || cleanSource.length() > 300) {
			throw new RuleViolation("source", "deadlines.rules.source.required");
		}
		boolean exists = rules.find(cleanCode, prefix).isPresent();
		DeadlineRule rule = new DeadlineRule(cleanCode, prefix, national.title(), amount, unit, national.startEvent(), cleanSource);
		rules.save(rule);
		audit.record(exists ? AuditAction.UPDATE : AuditAction.CREATE, RECORD, cleanCode + "@" + prefix,
				amount + " " + unit);
		return rule;
	}

	private void requireAdmin() {
		if (!actors.require().hasAny(ALLOWED)) {
			throw new AccessRefused("deadline rules need BUREAU_ADMIN or SYSTEM_ADMIN");
		}
	}
}
