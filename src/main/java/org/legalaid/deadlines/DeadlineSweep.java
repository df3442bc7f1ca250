package org.legalaid.deadlines;

import java.time.Instant;
import java.util.List;

import org.legalaid.shared.Actor;
import org.legalaid.shared.ScopedJdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises alerts on open timers and publishes them as events.
 *
 * <ul>
 * <li><b>DUE_SOON</b> from the timer's {@code due_soon_at} until it is due: for day deadlines 00:00 of the last
 * working day before the due date, for hour deadlines when a quarter of the period is left. A timer found already
 * overdue gets only the OVERDUE alert.</li>
 * <li><b>OVERDUE</b> once {@code now >= due_at} (day deadlines: after 24:00 of the due date).</li>
 * </ul>
 *
 * Each alert is raised at most once per timer: the insert is skipped when the (timer, kind) pair exists, a
 * concurrent insert by another node fails on the unique constraint and is ignored, and only the sweep whose insert
 * took effect publishes the event, so several nodes may sweep at the same time.
 */
@Component
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
	private static final int BATCH = 500;

	private final ScopedJdbc scoped;
	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	DeadlineSweep(ScopedJdbc scoped, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.scoped = scoped;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Raises the alerts due at {@code now}; returns how many were raised by this call. */
	public int sweep(Instant now) {
		int raised = 0;
		for (DeadlineTimer timer : candidates(now, "OVERDUE", "t.due_at <= :now")) {
			if (raise(timer, "OVERDUE", now)) {
				raised++;
				publish(new DeadlineOverdue(timer.id(), timer.subjectType(), timer.subjectId(), timer.unitPath(),
						timer.ruleCode(), timer.dueAt()));
			}
		}
		for (DeadlineTimer timer : candidates(now, "DUE_SOON", "t.due_soon_at <= :now AND t.due_at > :now")) {
			if (raise(timer, "DUE_SOON", now)) {
				raised++;
				publish(new DeadlineDueSoon(timer.id(), timer.subjectType(), timer.subjectId(), timer.unitPath(),
						timer.ruleCode(), timer.dueAt()));
			}
		}
		if (raised > 0) {
			log.info("deadline sweep at {} raised {} alerts", now, raised);
		}
		return raised;
	}

	private List<DeadlineTimer> candidates(Instant now, String kind, String condition) {
		return scoped.sql("SELECT t.* FROM deadlines_timer t WHERE t.status = 'OPEN' AND " + condition
				+ " AND SCOPE(t.unit_path) AND NOT EXISTS (SELECT 1 FROM deadlines_alert a WHERE a.timer_id = t.id AND a.kind = :kind)"
				+ " ORDER BY t.due_at LIMIT " + BATCH, Actor.SYSTEM)
			.param("now", Deadlines.utc(now))
			.param("kind", kind)
			.query(DeadlineTimer::map)
			.list();
	}

	/** Stores the alert in its own transaction; false when it exists already (this or another node raised it). */
	private boolean raise(DeadlineTimer timer, String kind, Instant now) {
		try {
			return Boolean.TRUE.equals(ownTransaction.execute(status -> insert(timer, kind, now)));
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	private boolean insert(DeadlineTimer timer, String kind, Instant now) {
		return scoped.sql("INSERT INTO deadlines_alert (timer_id, kind, raised_at, unit_path, subject_type, subject_id)"
				+ " SELECT t.id, :kind, :now, t.unit_path, t.subject_type, t.subject_id FROM deadlines_timer t"
				+ " WHERE t.id = :id AND t.status = 'OPEN' AND SCOPE(t.unit_path)"
				+ " AND NOT EXISTS (SELECT 1 FROM deadlines_alert a WHERE a.timer_id = t.id AND a.kind = :kind)", Actor.SYSTEM)
			.param("kind", kind)
			.param("now", Deadlines.utc(now))
			.param("id", timer.id())
			.update() == 1;
	}

	private void publish(Object event) {
		try {
			events.publishEvent(event);
		}
		catch (RuntimeException e) {
			log.warn("listener failed on {}", event, e);
		}
	}
}
