package org.legalaid.network;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped divisions down to county level ({@code network/divisions-gbt2260.csv}) as reference data
 * right after the network tables exist. Provinces come first in the file, so parents precede children.
 */
@Component
class CountyDivisionsMigration implements JavaMigration {

	static final String FILE = "network/divisions-gbt2260.csv";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2.1");
	}

	@Override
	public String getDescription() {
		return "network load divisions to county level";
	}

	@Override
	public Integer getChecksum() {
		return 20231;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (var in = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
				PreparedStatement insert = context.getConnection().prepareStatement(
						"INSERT INTO network_division (code, name, level, parent_code, source) VALUES (?, ?, ?, ?, ?)")) {
			DivisionCsv.read(in, row -> {
				try {
					insert.setString(1, row.get("code"));
					insert.setString(2, row.get("name"));
					insert.setInt(3, Integer.parseInt(row.get("level")));
					String parent = row.get("parent_code");
					insert.setString(4, parent == null || parent.isEmpty() ? null : parent);
					insert.setString(5, Divisions.DATASET);
					insert.addBatch();
				}
				catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			insert.executeBatch();
		}
	}
}
