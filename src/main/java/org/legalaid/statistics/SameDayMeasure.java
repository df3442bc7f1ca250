package org.legalaid.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.legalaid.assignment.CaseSubject;
import org.legalaid.assignment.LawyerAssigned;
import org.legalaid.casework.CaseTransition;
import org.legalaid.casework.CaseTransitioned;
import org.legalaid.intake.ApplicationGranted;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.legalaid.shared.Period;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "same-day" measure (五个当天): of the green-channel applications a centre received in a period, the share that
 * were received, decided and assigned a lawyer on one calendar day (China time). Fed by intake's
 * {@link ApplicationGranted} and assignment's {@link LawyerAssigned}, in the publishing transaction, so a figure is
 * never ahead of, nor behind, the records it counts. Only the first assignment counts: a later reassignment does not
 * move the day the case was first assigned. The fifth day, aid given (当天援助), is the day the provider signed the
 * agreement with the assisted person (casework's ENGAGE): applications with all five on one day are counted apart.
 */
@Service
public class SameDayMeasure {

	/** Who may read the figures. */
	public static final Set<Role> READERS = Set.copyOf(EnumSet.of(Role.DIRECTOR, Role.REVIEWER, Role.WINDOW_CLERK,
			Role.QUALITY_REVIEWER, Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));

	/** The longest period one request may cover. */
	static final int MAX_DAYS = 366 * 3;

	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;
	private final CurrentActor actors;
	private final ServiceNetwork network;
	private final Clock clock;

	SameDayMeasure(JdbcClient jdbc, ScopedJdbc scoped, CurrentActor actors, ServiceNetwork network, Clock clock) {
		this.jdbc = jdbc;
		this.scoped = scoped;
		this.actors = actors;
		this.network = network;
		this.clock = clock;
	}

	@EventListener
	void on(ApplicationGranted granted) {
		jdbc.sql("""
				INSERT INTO statistics_granted_application (application_id, number, centre_id, unit_path, region_code,
				    matter_code, green_channel, aid_first, received_at, received_day, decided_at, decided_day)
				SELECT :id, :number, :centre, :path, :region, :matter, :green, :aidFirst, :receivedAt, :receivedDay,
				       :decidedAt, :decidedDay
				WHERE NOT EXISTS (SELECT 1 FROM statistics_granted_application WHERE application_id = :id)""")
			.param("id", granted.applicationId().value())
			.param("number", granted.number())
			.param("centre", granted.centreId())
			.param("path", granted.unitPath())
			.param("region", granted.regionCode())
			.param("matter", granted.matterCode())
			.param("green", granted.greenChannel())
			.param("aidFirst", granted.aidFirst())
			.param("receivedAt", granted.receivedAt())
			.param("receivedDay", day(granted.receivedAt()))
			.param("decidedAt", granted.decidedAt())
			.param("decidedDay", day(granted.decidedAt()))
			.update();
	}

	@EventListener
	void on(LawyerAssigned assigned) {
		if (assigned.subject().kind() != CaseSubject.Kind.APPLICATION) {
			return;
		}
		jdbc.sql("""
				UPDATE statistics_granted_application
				SET assigned_at = :assignedAt, assigned_day = :assignedDay, accepted_at = :acceptedAt
				WHERE application_id = :id AND assigned_at IS NULL""")
			.param("assignedAt", assigned.assignedAt())
			.param("assignedDay", day(assigned.assignedAt()))
			.param("acceptedAt", assigned.acceptedAt())
			.param("id", assigned.subject().id())
			.update();
	}

	/** Aid begins when the provider signs the agreement with the assisted person; only the first time counts. */
	@EventListener
	void on(CaseTransitioned moved) {
		if (moved.transition() != CaseTransition.ENGAGE || moved.subject().kind() != CaseSubject.Kind.APPLICATION) {
			return;
		}
		jdbc.sql("""
				UPDATE statistics_granted_application SET aided_at = :at, aided_day = :day
				WHERE application_id = :id AND aided_at IS NULL""")
			.param("at", moved.at())
			.param("day", day(moved.at()))
			.param("id", moved.subject().id())
			.update();
	}

	/** The measure per centre of the actor's subtree, for green-channel applications received from {@code from} to {@code to}. */
	@Transactional(readOnly = true)
	public SameDayFigures figures(LocalDate from, LocalDate to) {
		if (!actors.require().hasAny(READERS)) {
			throw new AccessRefused("same-day figures");
		}
		Period.of(from, to).atMost(MAX_DAYS);
		List<SameDayRow> rows = scoped.sql("""
				SELECT g.centre_id, COUNT(*) AS granted,
				       SUM(CASE WHEN g.assigned_day IS NOT NULL THEN 1 ELSE 0 END) AS assigned,
				       SUM(CASE WHEN g.decided_day = g.received_day AND g.assigned_day = g.received_day THEN 1 ELSE 0 END) AS same_day,
				       SUM(CASE WHEN g.decided_day = g.received_day AND g.assigned_day = g.received_day
				                 AND g.aided_day = g.received_day THEN 1 ELSE 0 END) AS aided_same_day
				FROM statistics_granted_application g
				WHERE g.green_channel = TRUE AND g.received_day >= :from AND g.received_day <= :to AND SCOPE(g.unit_path)
				GROUP BY g.centre_id""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				long centre = rs.getLong("centre_id");
				return new SameDayRow(centre, network.get(centre).name(), rs.getLong("granted"), rs.getLong("assigned"),
						rs.getLong("same_day"), rs.getLong("aided_same_day"));
			})
			.list();
		return new SameDayFigures(from, to, rows.stream()
			.sorted(java.util.Comparator.comparing(SameDayRow::centreName).thenComparingLong(SameDayRow::centreId))
			.toList());
	}

	private LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(clock.getZone()).toLocalDate();
	}
}
