package org.legalaid.eligibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the civil-affairs register from CSV with the header {@code id_number,status,valid_from,valid_to,division_code}.
 * Every row is checked first; one bad row stores nothing and every error names its line. ID numbers are replaced by
 * their {@code PersonalData.lookupKey} on the way in and never stored.
 */
@Service
public class AssistanceStatusImport {

	static final String RECORD = "eligibility_assistance_status";
	static final List<String> HEADER = List.of("id_number", "status", "valid_from", "valid_to", "division_code");
	private static final Set<Role> ADMINS = Set.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN);
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";

	/** One bad row: its line number in the file (the header is line 1) and what is wrong. */
	public record RowError(int line, String messageKey, List<String> args) {
	}

	/** How many rows were stored, or the errors when none were. */
	public record Result(int stored, List<RowError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	private record Row(String personKey, AssistanceStatus status, LocalDate validFrom, LocalDate validTo, String division) {
	}

	private final JdbcClient jdbc;
	private final PersonalData personalData;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	AssistanceStatusImport(JdbcClient jdbc, PersonalData personalData, CurrentActor actors, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Result importCsv(Reader csv) {
		requireAdmin();
		List<RowError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (BufferedReader in = new BufferedReader(csv)) {
			String header = in.readLine();
			if (header == null || !header(header)) {
				return new Result(0, List.of(new RowError(1, "eligibility.import.header", List.of(String.join(",", HEADER)))));
			}
			String line;
			int number = 1;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Row row = parse(line, number, errors);
				if (row != null && !seen.add(row.personKey() + "|" + row.status() + "|" + row.validFrom())) {
					errors.add(new RowError(number, "eligibility.import.duplicate", List.of()));
				}
				else if (row != null) {
					rows.add(row);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(1, "eligibility.import.empty", List.of()));
		}
		if (!errors.isEmpty()) {
			return new Result(0, List.copyOf(errors));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (Row r : rows) {
			jdbc.sql("DELETE FROM eligibility_assistance_status WHERE person_key = :k AND status = :s AND valid_from = :f")
				.param("k", r.personKey())
				.param("s", r.status().name())
				.param("f", Date.valueOf(r.validFrom()))
				.update();
			jdbc.sql("INSERT INTO eligibility_assistance_status (person_key, status, valid_from, valid_to, division_code, imported_at)"
					+ " VALUES (:k, :s, :f, :t, :d, :at)")
				.param("k", r.personKey())
				.param("s", r.status().name())
				.param("f", Date.valueOf(r.validFrom()))
				.param("t", r.validTo() == null ? null : Date.valueOf(r.validTo()), java.sql.Types.DATE)
				.param("d", r.division())
				.param("at", now)
				.update();
		}
		audit.record(AuditAction.IMPORT, RECORD, "csv", rows.size() + " rows");
		return new Result(rows.size(), List.of());
	}

	void requireAdmin() {
		if (!actors.require().hasAny(ADMINS)) {
			throw new AccessRefused("the assistance register import needs BUREAU_ADMIN or SYSTEM_ADMIN");
		}
	}

	private static boolean header(String line) {
		List<String> names = new ArrayList<>();
		for (String n : strip(line).split(",", -1)) {
			names.add(n.strip().toLowerCase(Locale.ROOT));
		}
		return names.equals(HEADER);
	}

	private static String strip(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private Row parse(String line, int number, List<RowError> errors) {
		String[] f = line.split(",", -1);
		if (f.length != HEADER.size()) {
			errors.add(new RowError(number, "eligibility.import.columns", List.of(String.valueOf(HEADER.size()), String.valueOf(f.length))));
			return null;
		}
		int before = errors.size();
		String id = f[0].strip().toUpperCase(Locale.ROOT);
		if (!validIdNumber(id)) {
			errors.add(new RowError(number, "eligibility.import.idNumber", List.of()));
		}
		AssistanceStatus status = status(f[1].strip());
		if (status == null) {
			errors.add(new RowError(number, "eligibility.import.status", List.of(f[1].strip())));
		}
		LocalDate from = date(f[2]);
		if (from == null) {
			errors.add(new RowError(number, "eligibility.import.validFrom", List.of(f[2].strip())));
		}
		LocalDate to = null;
		if (!f[3].isBlank()) {
			to = date(f[3]);
			if (to == null) {
				errors.add(new RowError(number, "eligibility.import.validTo", List.of(f[3].strip())));
			}
			else if (from != null && to.isBefore(from)) {
				errors.add(new RowError(number, "eligibility.import.validToBeforeFrom", List.of(f[3].strip())));
			}
		}
		String division = f[4].strip();
		if (!division.matches("\\d{6}(\\d{3}(\\d{3})?)?")) {
			errors.add(new RowError(number, "eligibility.import.division", List.of(division)));
		}
		if (errors.size() > before) {
			return null;
		}
		return new Row(personalData.lookupKey(id), status, from, to, division);
	}

	private static AssistanceStatus status(String value) {
		return switch (value.toUpperCase(Locale.ROOT)) {
			case "LOW_INCOME", "低保" -> AssistanceStatus.LOW_INCOME;
			case "SPECIAL_HARDSHIP", "特困" -> AssistanceStatus.SPECIAL_HARDSHIP;
			default -> null;
		};
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character, with a real birth date. */
	static boolean validIdNumber(String id) {
		if (!id.matches("[0-9]{17}[0-9X]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		if (CHECK.charAt(sum % 11) != id.charAt(17)) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
			return !birth.isBefore(LocalDate.of(1900, 1, 1));
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}
}
