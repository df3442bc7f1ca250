package org.legalaid.deadlines;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped official calendar ({@code deadlines/holidays-cn.csv}: date,kind,name,source) from the State
 * Council General Office's annual holiday notices, 2019 onwards. Later years are added on the administrator page.
 */
@Component
class HolidayCalendarMigration implements JavaMigration {

	static final String FILE = "deadlines/holidays-cn.csv";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("4.1");
	}

	@Override
	public String getDescription() {
		return "deadlines load official holidays";
	}

	@Override
	public Integer getChecksum() {
		return 20264_1;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (var in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8));
				PreparedStatement insert = context.getConnection()
					.prepareStatement("INSERT INTO deadlines_calendar_day (calendar_date, kind, name, source) VALUES (?, ?, ?, ?)")) {
			String header = in.readLine();
			if (header == null || !header.strip().equals("date,kind,name,source")) {
				throw new IllegalStateException(FILE + ": unexpected header " + header);
			}
			String line;
			int number = 1;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", 4);
				if (cells.length != 4) {
					throw new IllegalStateException(FILE + " line " + number + ": expected 4 cells");
				}
				insert.setDate(1, Date.valueOf(LocalDate.parse(cells[0].strip())));
				insert.setString(2, DayKind.valueOf(cells[1].strip()).name());
				insert.setString(3, cells[2].strip());
				insert.setString(4, cells[3].strip());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
