package org.legalaid.deadlines;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates for every module: which rule applies in a region, when a deadline ends, and timers that the sweep
 * watches. A timer belongs to the unit whose path it carries; completing or cancelling it is limited to the
 * acting user's subtree.
 */
@Service
public class Deadlines {

	static final String TIMER = "deadlines_timer";

	private final RuleRepository rules;
	private final BusinessCalendar calendar;
	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;
	private final CurrentActor actors;

	Deadlines(RuleRepository rules, BusinessCalendar calendar, JdbcClient jdbc, ScopedJdbc scoped, CurrentActor actors) {
		this.rules = rules;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.scoped = scoped;
		this.actors = actors;
	}

	/** The rule {@code code} as it applies in the region with the given division code (national if no override). */
	public DeadlineRule rule(String code, String regionCode) {
		return RuleSelection.choose(rules.versions(code), regionCode)
			.orElseThrow(() -> new RecordNotFound("deadline_rule", code));
	}

	/** All rule versions, national and regional. */
	public List<DeadlineRule> rules() {
		return rules.all();
	}

	/** When the deadline {@code ruleCode} started at {@code start} ends in the region (exclusive instant). */
	public Instant dueAt(String ruleCode, String regionCode, Instant start) {
		DeadlineRule rule = rule(ruleCode, regionCode);
		return counting(start, rule).dueAt(start, rule.amount(), rule.unit());
	}

	public ZonedDateTime dueAt(String ruleCode, String regionCode, ZonedDateTime start) {
		return dueAt(ruleCode, regionCode, start.toInstant()).atZone(DeadlineCounting.ZONE);
	}

	/**
	 * Starts a timer for a record of another module; the sweep raises alerts on it until it is completed or
	 * cancelled. The unit path must lie in the acting user's subtree.
	 *
	 * @return the timer id
	 */
	@Transactional
	public long track(String subjectType, String subjectId, String unitPath, String regionCode, String ruleCode, Instant start) {
		Actor actor = actors.require();
		if (!actor.covers(unitPath)) {
			throw new RecordNotFound("network_unit", unitPath);
		}
		String region = regionCode == null ? "" : regionCode;
		DeadlineRule rule = rule(ruleCode, region);
		DeadlineCounting counting = counting(start, rule);
		Instant due = counting.dueAt(start, rule.amount(), rule.unit());
		Instant soon = counting.dueSoonAt(start, due, rule.unit());
		var key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO deadlines_timer (subject_type, subject_id, unit_path, region_code, rule_code, amount, unit,"
				+ " started_at, due_at, due_soon_at, status) VALUES (:type, :subject, :path, :region, :rule, :amount, :unit,"
				+ " :start, :due, :soon, 'OPEN')")
			.param("type", subjectType)
			.param("subject", subjectId)
			.param("path", unitPath)
			.param("region", region)
			.param("rule", rule.code())
			.param("amount", rule.amount())
			.param("unit", rule.unit().name())
			.param("start", utc(start))
			.param("due", utc(due))
			.param("soon", utc(soon))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** The deadline was met at {@code at}. Returns false when the timer was no longer open. */
	@Transactional
	public boolean complete(long timerId, Instant at) {
		requireVisible(timerId);
		return scoped.sql("UPDATE deadlines_timer t SET status = 'MET', met_at = :at, version = version + 1"
				+ " WHERE t.id = :id AND t.status = 'OPEN' AND SCOPE(t.unit_path)")
			.param("id", timerId)
			.param("at", utc(at))
			.update() == 1;
	}

	/** The deadline no longer applies. Returns false when the timer was no longer open. */
	@Transactional
	public boolean cancel(long timerId) {
		requireVisible(timerId);
		return scoped.sql("UPDATE deadlines_timer t SET status = 'CANCELLED', version = version + 1"
				+ " WHERE t.id = :id AND t.status = 'OPEN' AND SCOPE(t.unit_path)")
			.param("id", timerId)
			.update() == 1;
	}

	/** The timer, if it lies in the acting user's subtree. */
	public DeadlineTimer timer(long timerId) {
		return scoped.sql("SELECT t.* FROM deadlines_timer t WHERE t.id = :id AND SCOPE(t.unit_path)")
			.param("id", timerId)
			.query(DeadlineTimer::map)
			.optional()
			.orElseThrow(() -> new RecordNotFound(TIMER, timerId));
	}

	private void requireVisible(long timerId) {
		timer(timerId);
	}

	private DeadlineCounting counting(Instant start, DeadlineRule rule) {
		var day = start.atZone(DeadlineCounting.ZONE).toLocalDate();
		long span = rule.unit() == DeadlineUnit.HOUR ? rule.amount() / 24 + 2 : 2L * rule.amount() + 2;
		return calendar.counting(day, day.plusDays(span));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
