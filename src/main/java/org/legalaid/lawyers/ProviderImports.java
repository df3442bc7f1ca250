package org.legalaid.lawyers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PersonalData;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports providers from CSV (UTF-8, header row) or Excel (.xlsx, first sheet, header row), in the background.
 * Row by row: every good row is stored, every bad row is reported with its row number, column and message, so a
 * file can be fixed and imported again. Idempotent: a row matching a provider by licence number (or, without one,
 * by ID number) updates that provider instead of adding another; new providers join as APPLIED and are admitted
 * one by one against the criteria. The run is a db-scheduler task started when the upload commits; it writes its
 * progress to {@code lawyers_import}, which the page polls. The uploaded file is stored encrypted until the run ends.
 */
@Service
public class ProviderImports {

	static final String TASK = "lawyers-import";
	static final String RECORD = "lawyers_import";
	static final int MAX_BYTES = 5 * 1024 * 1024;
	private static final Logger log = LoggerFactory.getLogger(ProviderImports.class);
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.BASIC_ISO_DATE,
			DateTimeFormatter.ofPattern("uuuu-M-d"));

	private final JdbcClient jdbc;
	private final ScopedJdbc scoped;
	private final Providers providers;
	private final Organisations organisations;
	private final PoolAccess access;
	private final CurrentActor actors;
	private final PersonalData personalData;
	private final TransactionTemplate transaction;
	private final SchedulerClient scheduler;
	private final AuditLog audit;
	private final Clock clock;

	ProviderImports(JdbcClient jdbc, ScopedJdbc scoped, Providers providers, Organisations organisations, PoolAccess access,
			CurrentActor actors, PersonalData personalData, TransactionTemplate transaction, @Lazy SchedulerClient scheduler,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.scoped = scoped;
		this.providers = providers;
		this.organisations = organisations;
		this.access = access;
		this.actors = actors;
		this.personalData = personalData;
		this.transaction = transaction;
		this.scheduler = scheduler;
		this.audit = audit;
		this.clock = clock;
	}

	/** Accepts a file and schedules its import; returns the run's id for the progress page. */
	@Transactional
	public long start(String fileName, byte[] content) {
		Actor actor = access.manager();
		if (actor.unitId() == 0) {
			throw new RuleViolation("file", "lawyers.error.unit.required");
		}
		String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (content == null || content.length == 0) {
			throw new RuleViolation("file", "lawyers.import.error.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolation("file", "lawyers.import.error.size", MAX_BYTES / 1024 / 1024);
		}
		String format = format(name, content);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO lawyers_import (unit_id, unit_path, account_id, username, display_name, roles, file_name, format, content_enc,
				    status, created_at)
				VALUES (:unit, :path, :account, :username, :display, :roles, :file, :format, :content, 'QUEUED', :now)""")
			.param("unit", actor.unitId()).param("path", actor.unitPath()).param("account", actor.accountId())
			.param("username", actor.username()).param("display", actor.displayName())
			.param("roles", actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
			.param("file", name).param("format", format)
			.param("content", personalData.encrypt(Base64.getEncoder().encodeToString(content)))
			.param("now", OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(AuditAction.IMPORT, RECORD, id, format + " " + name + " (" + content.length + " bytes)");
		scheduler.scheduleIfNotExists(new TaskInstance<>(TASK, "import-" + id, id), Instant.now(clock));
		return id;
	}

	/** A run the actor may see (their unit's subtree), with its errors by row. */
	@Transactional(readOnly = true)
	public ImportProgress progress(long id) {
		Actor actor = access.manager();
		return scoped.sql("""
				SELECT i.id, i.file_name, i.status, i.total_rows, i.processed_rows, i.created_rows, i.updated_rows, i.failed_rows,
				       i.problem, i.created_at, i.finished_at
				FROM lawyers_import i WHERE i.id = :id AND SCOPE(i.unit_path)""", actor)
			.param("id", id)
			.query((rs, n) -> new ImportProgress(rs.getLong("id"), rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")),
					rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"), rs.getInt("updated_rows"),
					rs.getInt("failed_rows"), rs.getString("problem"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class), errors(id)))
			.optional()
			.orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The latest runs in the actor's scope, without their errors. */
	@Transactional(readOnly = true)
	public List<ImportProgress> recent(int limit) {
		Actor actor = access.manager();
		return scoped.sql("""
				SELECT i.id, i.file_name, i.status, i.total_rows, i.processed_rows, i.created_rows, i.updated_rows, i.failed_rows,
				       i.problem, i.created_at, i.finished_at
				FROM lawyers_import i WHERE SCOPE(i.unit_path) ORDER BY i.created_at DESC, i.id DESC LIMIT :limit""", actor)
			.param("limit", Math.max(1, Math.min(limit, 50)))
			.query((rs, n) -> new ImportProgress(rs.getLong("id"), rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")),
					rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_rows"), rs.getInt("updated_rows"),
					rs.getInt("failed_rows"), rs.getString("problem"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class), List.of()))
			.list();
	}

	/** A CSV template: the header with every column and one example row. */
	public static String template() {
		String header = java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::key).collect(Collectors.joining(","));
		return header + "\r\nLAWYER,张三,620102198001011234,13909310000,16201201010000001,2012-01-01,2015-06-01,"
				+ "91620102MA00000000,CRIMINAL;JUVENILE,620102;620103,ug,是,\r\n";
	}

	private List<ImportError> errors(long importId) {
		return jdbc.sql("SELECT line, field, message_key, args FROM lawyers_import_error WHERE import_id = :id ORDER BY line, id")
			.param("id", importId)
			.query((rs, n) -> new ImportError(rs.getInt("line"), rs.getString("field"), rs.getString("message_key"),
					rs.getString("args").isEmpty() ? List.of() : List.of(rs.getString("args").split("\u001f", -1))))
			.list();
	}

	private static String format(String name, byte[] content) {
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || zip) {
			if (!zip) {
				throw new RuleViolation("file", "lawyers.import.error.unreadable");
			}
			return "XLSX";
		}
		if (lower.endsWith(".xls")) {
			throw new RuleViolation("file", "lawyers.import.error.xls");
		}
		return "CSV";
	}

	/** The background run: as the member who uploaded, in their scope; each row in its own transaction. */
	void run(long id) {
		var stored = jdbc.sql("""
				SELECT status, account_id, username, display_name, unit_id, unit_path, roles, format, content_enc
				FROM lawyers_import WHERE id = :id""")
			.param("id", id)
			.query((rs, n) -> new Object[] { ImportStatus.valueOf(rs.getString("status")),
					new Actor(rs.getLong("account_id"), rs.getString("username"), rs.getString("display_name"), rs.getLong("unit_id"),
							rs.getString("unit_path"), roles(rs.getString("roles"))),
					rs.getString("format"), rs.getString("content_enc") })
			.optional();
		if (stored.isEmpty() || ((ImportStatus) stored.get()[0]).finished() || stored.get()[3] == null) {
			return;
		}
		Actor actor = (Actor) stored.get()[1];
		String format = (String) stored.get()[2];
		byte[] content = Base64.getDecoder().decode(personalData.decrypt((String) stored.get()[3]));
		try {
			actors.callAs(actor, () -> {
				runAs(id, format, content);
				return null;
			});
		}
		catch (RuntimeException e) {
			log.error("provider import {} failed", id, e);
			finish(id, ImportStatus.FAILED, "lawyers.import.error.run");
		}
	}

	private void runAs(long id, String format, byte[] content) {
		OffsetDateTime started = OffsetDateTime.now(clock);
		jdbc.sql("DELETE FROM lawyers_import_error WHERE import_id = :id").param("id", id).update();
		ImportFiles.Table table;
		Map<ImportColumn, Integer> columns;
		try {
			table = ImportFiles.read(format, content);
			columns = columns(table.header());
		}
		catch (RuleViolation e) {
			finish(id, ImportStatus.FAILED, e.messageKey());
			recordError(id, 1, e.field(), e.messageKey(), e.args());
			return;
		}
		List<ImportFiles.SourceRow> rows = table.rows().stream().filter(r -> !r.blank()).toList();
		jdbc.sql("""
				UPDATE lawyers_import SET status = 'RUNNING', total_rows = :total, processed_rows = 0, created_rows = 0, updated_rows = 0,
				    failed_rows = 0, started_at = :now WHERE id = :id""")
			.param("total", rows.size()).param("now", started).param("id", id).update();
		int created = 0, updated = 0, failed = 0, processed = 0;
		for (ImportFiles.SourceRow row : rows) {
			try {
				boolean isNew = Boolean.TRUE.equals(transaction.execute(status -> importRow(row, columns)));
				if (isNew) {
					created++;
				}
				else {
					updated++;
				}
			}
			catch (RowRefused e) {
				failed++;
				for (ImportError error : e.errors) {
					recordError(id, error.row(), error.column(), error.messageKey(), error.args().toArray());
				}
			}
			catch (RuleViolation e) {
				failed++;
				recordError(id, row.number(), ImportColumn.columnOf(e.field()), e.messageKey(), e.args());
			}
			catch (RuntimeException e) {
				failed++;
				log.warn("provider import {} row {} failed", id, row.number(), e);
				recordError(id, row.number(), null, "lawyers.import.error.row", new Object[0]);
			}
			processed++;
			jdbc.sql("""
					UPDATE lawyers_import SET processed_rows = :p, created_rows = :c, updated_rows = :u, failed_rows = :f WHERE id = :id""")
				.param("p", processed).param("c", created).param("u", updated).param("f", failed).param("id", id).update();
		}
		finish(id, ImportStatus.DONE, null);
		audit.record(AuditAction.IMPORT, RECORD, id, "created " + created + ", updated " + updated + ", refused " + failed);
	}

	/** Thrown for a row whose cells cannot be read; carries one error per bad cell. */
	private static final class RowRefused extends RuntimeException {

		private final List<ImportError> errors;

		RowRefused(List<ImportError> errors) {
			super("row refused", null, false, false);
			this.errors = errors;
		}
	}

	/** Stores one row; true when it added a provider, false when it updated one. */
	private boolean importRow(ImportFiles.SourceRow row, Map<ImportColumn, Integer> columns) {
		List<ImportError> errors = new ArrayList<>();
		ProviderKind kind = kind(cell(row, columns, ImportColumn.KIND), row, errors);
		LocalDate first = date(row, columns, ImportColumn.FIRST_PRACTICE, errors);
		LocalDate criminal = date(row, columns, ImportColumn.CRIMINAL_SINCE, errors);
		String creditCode = cell(row, columns, ImportColumn.ORGANISATION).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		Long organisationId = null;
		if (creditCode.isEmpty()) {
			errors.add(error(row, ImportColumn.ORGANISATION, "lawyers.import.error.required"));
		}
		else {
			Optional<Organisation> organisation = organisations.byCreditCode(creditCode);
			if (organisation.isEmpty()) {
				errors.add(error(row, ImportColumn.ORGANISATION, "lawyers.import.error.organisation", creditCode));
			}
			else {
				organisationId = organisation.get().id().value();
			}
		}
		Boolean duty = flag(cell(row, columns, ImportColumn.DUTY));
		if (duty == null) {
			errors.add(error(row, ImportColumn.DUTY, "lawyers.import.error.flag", cell(row, columns, ImportColumn.DUTY)));
		}
		Integer cap = null;
		String capText = cell(row, columns, ImportColumn.CAP);
		if (!capText.isEmpty()) {
			try {
				cap = Integer.valueOf(capText);
			}
			catch (NumberFormatException e) {
				errors.add(error(row, ImportColumn.CAP, "lawyers.import.error.number", capText));
			}
		}
		if (!errors.isEmpty()) {
			throw new RowRefused(errors);
		}
		String licence = cell(row, columns, ImportColumn.LICENCE).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		String idNumber = cell(row, columns, ImportColumn.ID_NUMBER);
		String idKey = providers.idNumberKey(idNumber);
		Optional<ProviderRepository.Row> existing = providers.match(licence.isEmpty() ? null : licence, idKey);
		Set<String> specialties = codes(cell(row, columns, ImportColumn.SPECIALTIES), providers.specialties());
		Set<String> languages = codes(cell(row, columns, ImportColumn.LANGUAGES), providers.languages());
		Set<String> regions = list(cell(row, columns, ImportColumn.REGIONS));
		String phone = cell(row, columns, ImportColumn.PHONE);
		if (existing.isPresent()) {
			ProviderRepository.Row current = existing.get();
			if (idKey != null && !idKey.equals(current.idNumberKey())) {
				throw new RuleViolation("idNumber", "lawyers.import.error.otherPerson");
			}
			ProviderId id = new ProviderId(current.id());
			if (!providers.manageable(id)) {
				throw new RuleViolation("licenceNumber", "lawyers.import.error.notYours");
			}
			providers.update(id, current.version(), new ProviderDraft(null, kind, cell(row, columns, ImportColumn.NAME), idNumber, phone,
					licence, first, criminal, organisationId, specialties, regions, languages, duty, cap, current.accountUsername()));
			return false;
		}
		providers.register(new ProviderDraft(null, kind, cell(row, columns, ImportColumn.NAME), idNumber, phone, licence, first, criminal,
				organisationId, specialties, regions, languages, duty, cap, null));
		return true;
	}

	private static Map<ImportColumn, Integer> columns(List<String> header) {
		Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < header.size(); i++) {
			int index = i;
			ImportColumn.named(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
		}
		List<String> missing = java.util.Arrays.stream(ImportColumn.values())
			.filter(c -> c.required() && !columns.containsKey(c)).map(ImportColumn::key).toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation(null, "lawyers.import.error.header", String.join(", ", missing));
		}
		return columns;
	}

	private static String cell(ImportFiles.SourceRow row, Map<ImportColumn, Integer> columns, ImportColumn column) {
		Integer index = columns.get(column);
		return index == null ? "" : row.cell(index);
	}

	private static ImportError error(ImportFiles.SourceRow row, ImportColumn column, String key, String... args) {
		return new ImportError(row.number(), column.key(), key, List.of(args));
	}

	private static ProviderKind kind(String text, ImportFiles.SourceRow row, List<ImportError> errors) {
		String t = text.strip();
		for (ProviderKind k : ProviderKind.values()) {
			if (k.name().equalsIgnoreCase(t)) {
				return k;
			}
		}
		ProviderKind kind = switch (t) {
			case "律师", "执业律师", "社会律师" -> ProviderKind.LAWYER;
			case "基层法律服务工作者" -> ProviderKind.GRASSROOTS_WORKER;
			case "法律援助中心律师", "中心律师", "公职律师", "法律援助律师" -> ProviderKind.CENTRE_STAFF_LAWYER;
			case "法律诊所志愿者", "志愿者" -> ProviderKind.CLINIC_VOLUNTEER;
			default -> null;
		};
		if (kind == null) {
			errors.add(error(row, ImportColumn.KIND, t.isEmpty() ? "lawyers.import.error.required" : "lawyers.import.error.kind", t));
		}
		return kind;
	}

	private static LocalDate date(ImportFiles.SourceRow row, Map<ImportColumn, Integer> columns, ImportColumn column, List<ImportError> errors) {
		String text = cell(row, columns, column);
		if (text.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException e) {
				// try the next format
			}
		}
		errors.add(error(row, column, "lawyers.import.error.date", text));
		return null;
	}

	private static Boolean flag(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "否", "n", "no", "false", "0" -> false;
			case "是", "y", "yes", "true", "1" -> true;
			default -> null;
		};
	}

	private static Set<String> list(String text) {
		Set<String> values = new LinkedHashSet<>();
		for (String part : text.split("[;；、|,，\\s]+")) {
			if (!part.isBlank()) {
				values.add(part.strip());
			}
		}
		return values;
	}

	/** Codes or names of a catalogue as codes; an unknown value is passed on for the provider's rules to name. */
	private static Set<String> codes(String text, List<CatalogueEntry> catalogue) {
		Set<String> codes = new LinkedHashSet<>();
		for (String value : list(text)) {
			codes.add(catalogue.stream()
				.filter(e -> e.code().equalsIgnoreCase(value) || e.name().equals(value) || e.nameEn().equalsIgnoreCase(value))
				.map(CatalogueEntry::code).findFirst().orElse(value));
		}
		return codes;
	}

	private void recordError(long importId, int line, String field, String key, Object[] args) {
		String joined = java.util.Arrays.stream(args).map(String::valueOf).collect(Collectors.joining("\u001f"));
		jdbc.sql("INSERT INTO lawyers_import_error (import_id, line, field, message_key, args) VALUES (:i, :line, :field, :key, :args)")
			.param("i", importId).param("line", line).param("field", field).param("key", key)
			.param("args", joined.length() > 500 ? joined.substring(0, 500) : joined).update();
	}

	private void finish(long id, ImportStatus status, String problem) {
		jdbc.sql("UPDATE lawyers_import SET status = :s, problem = :p, content_enc = NULL, finished_at = :now WHERE id = :id")
			.param("s", status.name()).param("p", problem).param("now", OffsetDateTime.now(clock)).param("id", id).update();
	}

	private static Set<Role> roles(String text) {
		Set<Role> roles = new LinkedHashSet<>();
		for (String r : text.split(",")) {
			if (!r.isBlank()) {
				roles.add(Role.valueOf(r.strip()));
			}
		}
		return roles;
	}
}
