package org.legalaid.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;

import org.legalaid.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Complaints and their steps for the wage tests, built through the real services as the demo accounts. */
final class WagesFixtures {

	/** A valid unified social credit code of a Chengguan company (check character 6). */
	static final String CREDIT_CODE = "91620102MA71X8XK46";

	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final Complaints complaints;

	WagesFixtures(UserDetailsService users, JdbcClient jdbc, Complaints complaints) {
		this.users = users;
		this.jdbc = jdbc;
		this.complaints = complaints;
	}

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	void run(String username, Runnable work) {
		as(username, () -> {
			work.run();
			return null;
		});
	}

	/** Today where the platform is. */
	static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

	static String employer() {
		return "测试建筑劳务有限公司-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static ComplaintDraft draft(String employer, String region, int workers, String amount, LocalDate receivedOn) {
		return new ComplaintDraft("李四", "13912345678", null, employer, null, "某小区工程", region, workers, new BigDecimal(amount),
				receivedOn == null ? YearMonth.of(2026, 1) : YearMonth.from(receivedOn).minusMonths(2), null, "工程完工后工资未结清。",
				receivedOn);
	}

	static ComplaintDraft draft(String employer) {
		return draft(employer, "620102", 8, "96000.00", null);
	}

	ComplaintId record(String username, ComplaintDraft draft) {
		return as(username, () -> complaints.record(draft));
	}

	ComplaintId recorded(String employer) {
		return record("clerk.chengguan", draft(employer));
	}

	Complaint get(String username, ComplaintId id) {
		return as(username, () -> complaints.get(id));
	}

	Complaint referToInspection(ComplaintId id) {
		return as("clerk.chengguan", () -> complaints.refer(id, complaints.get(id).version(),
				ReferralTarget.labourInspection("城关区劳动保障监察大队", null)));
	}

	Complaint referToCentre(ComplaintId id, String division) {
		return as("clerk.chengguan", () -> complaints.refer(id, complaints.get(id).version(), ReferralTarget.centre(centre(division), null)));
	}

	Complaint move(String username, ComplaintId id, ComplaintStatus to, String note) {
		return as(username, () -> complaints.move(id, complaints.get(id).version(), to, note, null));
	}

	long centre(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	long complaintRows() {
		return jdbc.sql("SELECT COUNT(*) FROM wages_complaint").query(Long.class).single();
	}

	String timerStatus(long timerId) {
		return jdbc.sql("SELECT status FROM deadlines_timer WHERE id = :id").param("id", timerId).query(String.class).single();
	}

	long alerts(long timerId, String kind) {
		return jdbc.sql("SELECT COUNT(*) FROM deadlines_alert WHERE timer_id = :id AND kind = :kind")
			.param("id", timerId).param("kind", kind).query(Long.class).single();
	}

	Long referralTimer(ComplaintId id) {
		return jdbc.sql("SELECT referral_timer_id FROM wages_complaint WHERE id = :id").param("id", id.value())
			.query(Long.class).single();
	}
}
