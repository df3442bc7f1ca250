package org.legalaid.access;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.legalaid.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail records views of staff data and changes, is searchable by administrators, and is append-only. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;
	@Autowired AuditLog audit;
	@Autowired CurrentActor actors;
	@Autowired Accounts accounts;

	@Test
	void viewingAUnitsStaffIsRecordedWithWhoWhenAndFromWhere() throws Exception {
		long unit = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		long before = count("director.chengguan", "VIEW_PERSONAL_DATA");
		mvc.perform(get("/access/units/{id}/staff", unit).with(as(users, "director.chengguan"))
				.with(r -> { r.setRemoteAddr("10.1.2.3"); return r; }))
			.andExpect(status().isOk());
		assertThat(count("director.chengguan", "VIEW_PERSONAL_DATA")).isEqualTo(before + 1);
		var row = jdbc.sql("""
				SELECT record_type, record_id, client_address, occurred_at FROM access_audit_event
				WHERE actor_username = 'director.chengguan' ORDER BY id DESC LIMIT 1""").query().singleRow();
		assertThat(row.get("record_type")).isEqualTo("unit_staff");
		assertThat(row.get("record_id")).isEqualTo(Long.toString(unit));
		assertThat(row.get("client_address")).isEqualTo("10.1.2.3");
		assertThat(row.get("occurred_at")).isNotNull();
	}

	@Test
	void administratorsSearchTheTrailOfTheirSubtreeAndClerksMayNot() throws Exception {
		long unit = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620102' AND kind = 'CENTRE'").query(Long.class).single();
		mvc.perform(get("/access/units/{id}/staff", unit).with(as(users, "reviewer.chengguan"))).andExpect(status().isOk());
		mvc.perform(get("/admin/audit").param("actor", "reviewer.chengguan").param("recordType", "unit_staff").with(as(users, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("reviewer.chengguan")));
		mvc.perform(get("/admin/audit").with(as(users, "clerk.chengguan"))).andExpect(status().isForbidden());

		long qilihe = jdbc.sql("SELECT id FROM network_unit WHERE division_code = '620103' AND kind = 'CENTRE'").query(Long.class).single();
		if (count("auditor.qilihe", "LOGIN") == 0 && jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = 'auditor.qilihe'")
			.query(Integer.class).single() == 0) {
			actors.runAsSystem(() -> accounts.provision(new AccountDraft("auditor.qilihe", "七里河审计", qilihe,
					java.util.Set.of(org.legalaid.shared.Role.BUREAU_ADMIN), true, "Auditor2026x"), false));
		}
		mvc.perform(get("/admin/audit").param("actor", "reviewer.chengguan").with(as(users, "auditor.qilihe")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("没有符合条件的审计记录")));
	}

	@Test
	void theTrailCannotBeChangedOrDeleted() {
		actors.runAsSystem(() -> audit.record(AuditAction.UPDATE, "immutability_probe", "1", "original"));
		assertThatThrownBy(() -> jdbc.sql("UPDATE access_audit_event SET detail = 'forged' WHERE record_type = 'immutability_probe'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_audit_event WHERE record_type = 'immutability_probe'").update())
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT detail FROM access_audit_event WHERE record_type = 'immutability_probe'").query(String.class).list())
			.containsOnly("original");
	}

	private long count(String actor, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE actor_username = :u AND action = :a").param("u", actor)
			.param("a", action).query(Long.class).single();
	}
}
