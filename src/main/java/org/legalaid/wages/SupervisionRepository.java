package org.legalaid.wages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Supervision rounds and their reports; a round is in scope when its complaint is. */
@Repository
class SupervisionRepository {

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	SupervisionRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	/** What the services need of a stored round. */
	record Round(long id, long complaintId, int round, SupervisionStatus status, Long timerId, OffsetDateTime answeredAt) {
	}

	long insert(long complaintId, int round, String instruction, LocalDate issuedOn, String by, OffsetDateTime at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO wages_supervision (complaint_id, round_no, instruction, issued_on, opened_by, opened_at, status)
				VALUES (:complaint, :round, :instruction, :issued, :by, :at, 'OPEN')""")
			.param("complaint", complaintId).param("round", round).param("instruction", instruction).param("issued", issuedOn)
			.param("by", by).param("at", at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	void setTimer(long id, long timerId, OffsetDateTime dueAt, OffsetDateTime dueSoonAt) {
		jdbc.sql("UPDATE wages_supervision SET timer_id = :timer, due_at = :due, due_soon_at = :soon WHERE id = :id")
			.param("timer", timerId).param("due", dueAt).param("soon", dueSoonAt).param("id", id).update();
	}

	int lastRound(long complaintId) {
		return jdbc.sql("SELECT COALESCE(MAX(round_no), 0) FROM wages_supervision WHERE complaint_id = :c")
			.param("c", complaintId).query(Integer.class).single();
	}

	List<Round> open(long complaintId) {
		return jdbc.sql("SELECT id, complaint_id, round_no, status, timer_id, answered_at FROM wages_supervision"
				+ " WHERE complaint_id = :c AND status = 'OPEN' ORDER BY round_no")
			.param("c", complaintId).query(SupervisionRepository::round).list();
	}

	/** The round if its complaint lies in the actor's scope. */
	Optional<Round> find(long id) {
		return scoped.sql("SELECT s.id, s.complaint_id, s.round_no, s.status, s.timer_id, s.answered_at FROM wages_supervision s"
				+ " JOIN wages_complaint c ON c.id = s.complaint_id WHERE s.id = :id AND " + ComplaintRepository.IN_SCOPE)
			.param("id", id).query(SupervisionRepository::round).optional();
	}

	/** Ends an open round; false when it was no longer open. */
	boolean end(long id, SupervisionStatus status, OffsetDateTime at) {
		return jdbc.sql("UPDATE wages_supervision SET status = :status, closed_at = :at, version = version + 1"
				+ " WHERE id = :id AND status = 'OPEN'")
			.param("status", status.name()).param("at", at).param("id", id).update() == 1;
	}

	/** Marks the round answered by its first report; false when it was answered already. */
	boolean answer(long id, OffsetDateTime at) {
		return jdbc.sql("UPDATE wages_supervision SET answered_at = :at, version = version + 1"
				+ " WHERE id = :id AND answered_at IS NULL AND status = 'OPEN'")
			.param("at", at).param("id", id).update() == 1;
	}

	void report(long supervisionId, OffsetDateTime at, String by, String text) {
		jdbc.sql("INSERT INTO wages_supervision_report (supervision_id, reported_at, reported_by, body) VALUES (:s, :at, :by, :body)")
			.param("s", supervisionId).param("at", at).param("by", by).param("body", text).update();
	}

	/** The rounds of a complaint with their reports, first round first. */
	List<Supervision> forComplaint(long complaintId) {
		List<Supervision> rounds = new ArrayList<>();
		jdbc.sql("""
				SELECT id, complaint_id, round_no, instruction, issued_on, opened_by, opened_at, timer_id, due_at, due_soon_at,
				       status, answered_at, closed_at
				FROM wages_supervision WHERE complaint_id = :c ORDER BY round_no""")
			.param("c", complaintId)
			.query((rs, n) -> new Supervision(new SupervisionId(rs.getLong("id")), new ComplaintId(rs.getLong("complaint_id")),
					rs.getInt("round_no"), rs.getString("instruction"), rs.getObject("issued_on", LocalDate.class),
					rs.getString("opened_by"), ChinaTime.read(rs, "opened_at"), rs.getLong("timer_id"),
					ChinaTime.read(rs, "due_at"), ChinaTime.read(rs, "due_soon_at"),
					SupervisionStatus.valueOf(rs.getString("status")), ChinaTime.read(rs, "answered_at"),
					ChinaTime.read(rs, "closed_at"), List.of()))
			.list()
			.forEach(s -> rounds.add(new Supervision(s.id(), s.complaintId(), s.round(), s.instruction(), s.issuedOn(),
					s.openedBy(), s.openedAt(), s.timerId(), s.dueAt(), s.dueSoonAt(), s.status(), s.answeredAt(), s.closedAt(),
					reports(s.id().value()))));
		return rounds;
	}

	private List<SupervisionReport> reports(long supervisionId) {
		return jdbc.sql("SELECT reported_at, reported_by, body FROM wages_supervision_report WHERE supervision_id = :s"
				+ " ORDER BY reported_at, id")
			.param("s", supervisionId)
			.query((rs, n) -> new SupervisionReport(ChinaTime.read(rs, "reported_at"), rs.getString("reported_by"),
					rs.getString("body")))
			.list();
	}

	private static Round round(ResultSet rs, int row) throws SQLException {
		return new Round(rs.getLong("id"), rs.getLong("complaint_id"), rs.getInt("round_no"),
				SupervisionStatus.valueOf(rs.getString("status")), rs.getObject("timer_id", Long.class),
				ChinaTime.read(rs, "answered_at"));
	}
}
