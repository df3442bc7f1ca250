package org.legalaid.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.Page;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Account storage. Reads for staff go through {@link ScopedJdbc}; sign-in looks accounts up by username. */
@Repository
class AccountRepository {

	private static final String SELECT = """
			SELECT a.id, a.username, a.display_name, a.unit_id, a.unit_path, a.enabled, a.failed_attempts, a.locked_until,
			       a.must_change_password, a.version, a.password_hash
			FROM access_account a""";

	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;

	AccountRepository(JdbcClient jdbc, ScopedJdbc scoped) {
		this.jdbc = jdbc;
		this.scoped = scoped;
	}

	/** For sign-in only: not scoped. */
	Optional<Row> findForSignIn(String username) {
		return jdbc.sql(SELECT + " WHERE a.username = :u").param("u", username).query(this::row).optional();
	}

	Optional<StaffAccount> find(long id) {
		return scoped.sql(SELECT + " WHERE a.id = :id AND SCOPE(a.unit_path)").param("id", id).query(this::row)
			.optional().map(Row::account);
	}

	Page<StaffAccount> search(String text, PageRequest page) {
		String where = " WHERE SCOPE(a.unit_path) AND (a.username LIKE :q OR a.display_name LIKE :q)";
		String q = "%" + text.replace("%", "").replace("_", "") + "%";
		long total = scoped.sql("SELECT COUNT(*) FROM access_account a" + where).param("q", q).query(Long.class).single();
		List<StaffAccount> items = scoped.sql(SELECT + where + " ORDER BY a.unit_path, a.username LIMIT :limit OFFSET :offset")
			.param("q", q).param("limit", page.size()).param("offset", page.offset()).query(this::row).list()
			.stream().map(Row::account).toList();
		return Page.of(items, page, total);
	}

	List<StaffAccount> atUnit(long unitId) {
		return scoped.sql(SELECT + " WHERE a.unit_id = :unit AND SCOPE(a.unit_path) ORDER BY a.username")
			.param("unit", unitId).query(this::row).list().stream().map(Row::account).toList();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM access_account WHERE username = :u").param("u", username)
			.query(Integer.class).single() > 0;
	}

	long insert(AccountDraft draft, String unitPath, String hash, boolean mustChange, OffsetDateTime now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO access_account (username, display_name, unit_id, unit_path, password_hash, enabled,
				       failed_attempts, must_change_password, password_changed_at, version, created_at)
				VALUES (:username, :display, :unit, :path, :hash, TRUE, 0, :must, :now, 0, :now)""")
			.param("username", draft.username().strip()).param("display", draft.displayName().strip())
			.param("unit", draft.unitId()).param("path", unitPath).param("hash", hash).param("must", mustChange)
			.param("now", now).update(keys, "id");
		long id = keys.getKey().longValue();
		replaceRoles(id, draft.roles());
		return id;
	}

	int update(long id, int version, AccountDraft draft, String unitPath) {
		int n = scoped.sql("""
				UPDATE access_account a SET display_name = :display, unit_id = :unit, unit_path = :path, enabled = :enabled,
				       version = version + 1
				WHERE a.id = :id AND a.version = :version AND SCOPE(a.unit_path)""")
			.param("display", draft.displayName().strip()).param("unit", draft.unitId()).param("path", unitPath)
			.param("enabled", draft.enabled() == null || draft.enabled()).param("id", id).param("version", version)
			.update();
		if (n > 0) {
			replaceRoles(id, draft.roles());
		}
		return n;
	}

	private void replaceRoles(long id, Set<Role> roles) {
		jdbc.sql("DELETE FROM access_account_role WHERE account_id = :id").param("id", id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO access_account_role (account_id, role) VALUES (:id, :role)").param("id", id)
				.param("role", role.name()).update();
		}
	}

	int setPassword(long id, String hash, boolean mustChange, OffsetDateTime now) {
		return jdbc.sql("""
				UPDATE access_account SET password_hash = :hash, must_change_password = :must, password_changed_at = :now,
				       failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id""")
			.param("hash", hash).param("must", mustChange).param("now", now).param("id", id).update();
	}

	/** Counts a failed sign-in; locks the account when the count reaches {@code max}. Returns true if now locked. */
	boolean countFailure(String username, int max, OffsetDateTime lockUntil) {
		jdbc.sql("UPDATE access_account SET failed_attempts = failed_attempts + 1 WHERE username = :u").param("u", username)
			.update();
		return jdbc.sql("UPDATE access_account SET locked_until = :until, failed_attempts = 0 WHERE username = :u AND failed_attempts >= :max")
			.param("until", lockUntil).param("u", username).param("max", max).update() > 0;
	}

	void clearFailures(String username) {
		jdbc.sql("UPDATE access_account SET failed_attempts = 0, locked_until = NULL WHERE username = :u AND (failed_attempts > 0 OR locked_until IS NOT NULL)")
			.param("u", username).update();
	}

	int unlock(long id) {
		return scoped.sql("UPDATE access_account a SET failed_attempts = 0, locked_until = NULL WHERE a.id = :id AND SCOPE(a.unit_path)")
			.param("id", id).update();
	}

	private Set<Role> roles(long id) {
		List<String> names = jdbc.sql("SELECT role FROM access_account_role WHERE account_id = :id").param("id", id)
			.query(String.class).list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(n -> roles.add(Role.valueOf(n)));
		return roles;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		var account = new StaffAccount(id, rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
				rs.getString("unit_path"), roles(id), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("must_change_password"), rs.getInt("version"));
		return new Row(account, rs.getString("password_hash"));
	}

	record Row(StaffAccount account, String passwordHash) {
	}
}
