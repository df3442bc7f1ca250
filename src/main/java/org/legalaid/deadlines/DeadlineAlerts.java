package org.legalaid.deadlines;

import java.time.ZonedDateTime;

import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.stereotype.Service;

/** The alerts in the acting user's subtree, newest first. */
@Service
class DeadlineAlerts {

	private final ScopedJdbc scoped;

	DeadlineAlerts(ScopedJdbc scoped) {
		this.scoped = scoped;
	}

	record AlertView(long id, String kind, ZonedDateTime raisedAt, String subjectType, String subjectId, String ruleCode,
			ZonedDateTime dueAt, String ruleTitle) {

		public String messageKey() {
			return "deadlines.alert.kind." + kind;
		}

		public boolean overdue() {
			return "OVERDUE".equals(kind);
		}
	}

	Page<AlertView> page(PageRequest request) {
		long total = scoped.sql("SELECT COUNT(*) FROM deadlines_alert a WHERE SCOPE(a.unit_path)").query(Long.class).single();
		var items = scoped.sql("SELECT a.id, a.kind, a.raised_at, a.subject_type, a.subject_id, t.rule_code, t.due_at,"
				+ " (SELECT MIN(r.title) FROM deadlines_rule r WHERE r.code = t.rule_code) AS rule_title"
				+ " FROM deadlines_alert a JOIN deadlines_timer t ON t.id = a.timer_id"
				+ " WHERE SCOPE(a.unit_path) ORDER BY a.raised_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs, n) -> new AlertView(rs.getLong("id"), rs.getString("kind"),
					DeadlineTimer.instant(rs, "raised_at").atZone(DeadlineCounting.ZONE), rs.getString("subject_type"),
					rs.getString("subject_id"), rs.getString("rule_code"),
					DeadlineTimer.instant(rs, "due_at").atZone(DeadlineCounting.ZONE), rs.getString("rule_title")))
			.list();
		return Page.of(items, request, total);
	}
}
