package org.legalaid.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one gate every query on unit-owned records goes through. A statement names where the data scope
 * applies with a {@code SCOPE(alias.unit_path)} marker; the gate turns it into
 * {@code alias.unit_path LIKE :scope_path} bound to the current actor's unit path, so a record outside the
 * actor's subtree is neither read nor changed. A statement without the marker is a programming error and is
 * refused, as is a call with nobody signed in.
 *
 * <p>Reference data that belongs to no unit (divisions, the calendar) is queried with a plain
 * {@link JdbcClient}.
 */
@Component
public class ScopedJdbc {

	private static final Pattern MARKER = Pattern.compile("SCOPE\\(([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?)\\)");

	private final JdbcClient jdbc;
	private final CurrentActor actors;

	public ScopedJdbc(JdbcClient jdbc, CurrentActor actors) {
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/** A statement limited to the current actor's subtree. */
	public JdbcClient.StatementSpec sql(String sql) {
		return sql(sql, actors.require());
	}

	/** A statement limited to the given actor's subtree. */
	public JdbcClient.StatementSpec sql(String sql, Actor actor) {
		return jdbc.sql(scoped(sql)).param("scope_path", actor.unitPath() + "%");
	}

	static String scoped(String sql) {
		Matcher marker = MARKER.matcher(sql);
		if (!marker.find()) {
			throw new IllegalArgumentException("scoped statement without SCOPE(column) marker: " + sql);
		}
		return marker.replaceAll("$1 LIKE :scope_path");
	}
}
