package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.legalaid.network.Division;
import org.legalaid.network.Divisions;
import org.legalaid.shared.Period;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unpaid-wage figures by county-level division for the complaints the actor sees, received in a period: complaints,
 * workers, owed, recovered, outstanding, resolved share and supervision rounds whose reply came late or is overdue.
 * Summed from the records on every call; nothing is stored.
 */
@Service
public class WageFigures {

	private final Complaints complaints;
	private final ScopedJdbc scoped;
	private final Divisions divisions;
	private final Clock clock;

	WageFigures(Complaints complaints, ScopedJdbc scoped, Divisions divisions, Clock clock) {
		this.complaints = complaints;
		this.scoped = scoped;
		this.divisions = divisions;
		this.clock = clock;
	}

	/** The figures of complaints received from {@code from} to {@code to}, both inclusive. */
	@Transactional(readOnly = true)
	public RegionFigures byRegion(LocalDate from, LocalDate to) {
		complaints.require(Complaints.READERS);
		Period.of(from, to);
		List<RegionRow> rows = scoped.sql("""
				SELECT c.county_code, COUNT(*) AS complaints, SUM(c.workers) AS workers, SUM(c.amount_owed) AS owed,
				       COALESCE(SUM(r.recovered), 0) AS recovered, COALESCE(SUM(r.worker_times), 0) AS worker_times,
				       SUM(CASE WHEN c.status = 'RESOLVED' THEN 1 ELSE 0 END) AS resolved,
				       COALESCE(SUM(s.overdue), 0) AS overdue
				FROM wages_complaint c
				LEFT JOIN (SELECT complaint_id, SUM(amount) AS recovered, SUM(workers) AS worker_times
				           FROM wages_recovery GROUP BY complaint_id) r ON r.complaint_id = c.id
				LEFT JOIN (SELECT complaint_id, COUNT(*) AS overdue FROM wages_supervision
				           WHERE due_at IS NOT NULL AND COALESCE(answered_at, closed_at, :now) >= due_at
				           GROUP BY complaint_id) s ON s.complaint_id = c.id
				WHERE c.received_on >= :from AND c.received_on <= :to AND\s""" + ComplaintRepository.IN_SCOPE + """

				GROUP BY c.county_code ORDER BY c.county_code""")
			.param("now", OffsetDateTime.now(clock)).param("from", from).param("to", to)
			.query((rs, n) -> {
				String code = rs.getString("county_code");
				return new RegionRow(code, divisions.find(code).map(Division::name).orElse(code), rs.getLong("complaints"),
						rs.getLong("workers"), rs.getBigDecimal("owed").setScale(2), rs.getBigDecimal("recovered").setScale(2),
						rs.getLong("resolved"), rs.getLong("overdue"), rs.getLong("worker_times"));
			})
			.list();
		RegionRow total = new RegionRow("", "", 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, 0, 0);
		for (RegionRow row : rows) {
			total = total.plus(row);
		}
		return new RegionFigures(from, to, rows, total);
	}
}
