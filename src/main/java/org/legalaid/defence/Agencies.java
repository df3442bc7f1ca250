package org.legalaid.defence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.legalaid.network.HostInstitution;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitKind;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner agencies and their API keys (ADR 0014). A bureau administrator or a centre director creates an agency for a
 * centre in their scope; the key ({@code lap_<keyId>_<secret>}) is shown once and only its SHA-256 is stored, which
 * is enough for a random 256-bit secret and cheap to check on every call. Rotating replaces the key at once;
 * disabling refuses it.
 */
@Service
public class Agencies {

	static final String RECORD = "partner_agency";
	static final Set<Role> MANAGERS = Set.copyOf(EnumSet.of(Role.BUREAU_ADMIN, Role.DIRECTOR, Role.SYSTEM_ADMIN));
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String SELECT = "SELECT a.* FROM defence_agency a";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final ServiceNetwork network;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;

	Agencies(ScopedJdbc scoped, JdbcClient jdbc, ServiceNetwork network, CurrentActor actors, AuditLog audit, Clock clock) {
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.network = network;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the signed-in member manages partner agencies. */
	public boolean mayManage() {
		return actors.current().map(a -> a.hasAny(MANAGERS)).orElse(false);
	}

	/** Creates an agency with its first API key, returned once. */
	@Transactional
	public IssuedKey create(AgencyDraft draft) {
		Actor actor = requireManager();
		ServiceUnit centre = check(draft, actor);
		String keyId = newKeyId();
		String key = newKey(keyId);
		long agencyId = insert(draft, centre, keyId, sha256(key), actor);
		return new IssuedKey(agencyId, key);
	}

	/**
	 * Creates an agency whose key was generated elsewhere (the demo agencies, or keys carried over from another
	 * system): only the key's public part and its SHA-256 are given.
	 */
	@Transactional
	public Agency createWithKeyHash(AgencyDraft draft, String keyId, String keyHash) {
		Actor actor = requireManager();
		ServiceUnit centre = check(draft, actor);
		if (keyId == null || !keyId.matches("[0-9a-f]{12}") || keyHash == null || !keyHash.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("a key id is 12 and a key hash 64 lower-case hex digits");
		}
		return get(insert(draft, centre, keyId, keyHash, actor));
	}

	/**
	 * Runs work as the agency would through the API (its principal in the security context): for work done on the
	 * agency's behalf, such as the demo data.
	 */
	public <T> T onBehalfOf(long agencyId, Supplier<T> work) {
		var outer = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				principal(byId(agencyId)), null,
				List.of(new SimpleGrantedAuthority(PartnerApiSecurity.PARTNER))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(outer);
		}
	}

	/** Changes the agency's name, kind and workstation (the centre stays). */
	@Transactional
	public Agency update(long id, int version, AgencyDraft draft) {
		Actor actor = requireManager();
		Agency agency = get(id);
		check(new AgencyDraft(agency.centreId(), draft.kind(), draft.name(), draft.stationUnitId()), actor);
		int updated = scoped.sql("UPDATE defence_agency a SET kind = :kind, name = :name, station_unit_id = :station,"
				+ " version = version + 1 WHERE a.id = :id AND a.version = :version AND SCOPE(a.unit_path)")
			.param("kind", draft.kind().name()).param("name", draft.name().strip()).param("station", draft.stationUnitId())
			.param("id", id).param("version", version).update();
		if (updated == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id, draft.kind() + " " + draft.name().strip());
		return get(id);
	}

	/** Replaces the agency's API key: the old one stops working at once. The new key is returned once. */
	@Transactional
	public IssuedKey rotate(long id, int version) {
		requireManager();
		get(id);
		String keyId = newKeyId();
		String key = newKey(keyId);
		int updated = scoped.sql("UPDATE defence_agency a SET key_id = :keyId, key_hash = :hash, key_issued_at = :now,"
				+ " version = version + 1 WHERE a.id = :id AND a.version = :version AND SCOPE(a.unit_path)")
			.param("keyId", keyId).param("hash", sha256(key)).param("now", OffsetDateTime.now(clock))
			.param("id", id).param("version", version).update();
		if (updated == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id, "key rotated, now " + keyId);
		return new IssuedKey(id, key);
	}

	/** Disables or re-enables the agency: a disabled agency's key is refused. */
	@Transactional
	public Agency setActive(long id, int version, boolean active) {
		requireManager();
		get(id);
		int updated = scoped.sql("UPDATE defence_agency a SET active = :active, version = version + 1"
				+ " WHERE a.id = :id AND a.version = :version AND SCOPE(a.unit_path)")
			.param("active", active).param("id", id).param("version", version).update();
		if (updated == 0) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(active ? AuditAction.REACTIVATE : AuditAction.DEACTIVATE, RECORD, id);
		return get(id);
	}

	/** One agency in the actor's scope. */
	@Transactional(readOnly = true)
	public Agency get(long id) {
		return scoped.sql(SELECT + " WHERE a.id = :id AND SCOPE(a.unit_path)").param("id", id)
			.query(this::map).optional().orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** The agencies of the actor's scope, by centre and name. */
	static final Set<HostInstitution> STATION_HOSTS = Set.copyOf(EnumSet.of(HostInstitution.PUBLIC_SECURITY, HostInstitution.PROCURATORATE,
			HostInstitution.COURT, HostInstitution.DETENTION_CENTRE));

	@Transactional(readOnly = true)
	public List<Agency> list() {
		return scoped.sql(SELECT + " WHERE SCOPE(a.unit_path) ORDER BY a.unit_path, a.name, a.id").query(this::map).list();
	}

	/** The workstations in the actor's scope at police, procuratorates, courts and detention centres. */
	@Transactional(readOnly = true)
	public List<ServiceUnit> stations() {
		return network.workstations(STATION_HOSTS);
	}

	/** The centres in the actor's scope an agency may be bound to. */
	@Transactional(readOnly = true)
	public List<ServiceUnit> centres() {
		List<ServiceUnit> centres = new ArrayList<>();
		for (int page = 0;; page++) {
			var units = network.search("", false, new PageRequest(page, PageRequest.MAX_SIZE));
			units.items().stream().filter(ServiceUnit::isCentre).forEach(centres::add);
			if (!units.hasNext()) {
				return centres.stream().sorted(Comparator.comparing(ServiceUnit::path)).toList();
			}
		}
	}

	/** An agency by id, whatever the scope: for work done for the authenticated agency itself. */
	Agency byId(long id) {
		return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(this::map).single();
	}

	/**
	 * The agency a presented API key belongs to, if the key is current and the agency active. Runs before anybody is
	 * signed in, so it is not scoped: the key is the credential.
	 */
	@Transactional(readOnly = true)
	Optional<PartnerPrincipal> authenticate(String key) {
		if (key == null || !key.matches("lap_[0-9a-f]{12}_[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		String keyId = key.substring(4, 16);
		return jdbc.sql(SELECT + " WHERE a.key_id = :keyId AND a.active = TRUE").param("keyId", keyId)
			.query((rs, n) -> new Object[] { map(rs, n), rs.getString("key_hash") }).optional()
			.filter(row -> MessageDigest.isEqual(((String) row[1]).getBytes(StandardCharsets.US_ASCII),
					sha256(key).getBytes(StandardCharsets.US_ASCII)))
			.map(row -> principal((Agency) row[0]));
	}

	/** The actor an agency's requests run as: the notified centre's scope, no staff role. */
	static PartnerPrincipal principal(Agency a) {
		Actor actor = new Actor(0, PartnerPrincipal.username(a.id()), a.name(), a.centreId(), a.unitPath(), Set.of());
		return new PartnerPrincipal(a.id(), a.kind(), a.name(), a.stationUnitId(), actor);
	}

	private long insert(AgencyDraft draft, ServiceUnit centre, String keyId, String keyHash, Actor actor) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		var id = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO defence_agency (centre_id, unit_path, region_code, kind, name, station_unit_id, key_id, key_hash,
				       key_issued_at, active, created_by, created_at)
				VALUES (:centre, :path, :region, :kind, :name, :station, :keyId, :hash, :now, TRUE, :by, :now)""")
			.param("centre", centre.id()).param("path", centre.path()).param("region", centre.divisionCode())
			.param("kind", draft.kind().name()).param("name", draft.name().strip()).param("station", draft.stationUnitId())
			.param("keyId", keyId).param("hash", keyHash).param("now", now).param("by", actor.username())
			.update(id, "id");
		long agencyId = id.getKeyAs(Number.class).longValue();
		audit.record(AuditAction.CREATE, RECORD, agencyId, draft.kind() + " " + draft.name().strip() + " key " + keyId);
		return agencyId;
	}

	private ServiceUnit check(AgencyDraft draft, Actor actor) {
		ServiceUnit centre = draft.centreId() == null ? null : network.find(draft.centreId(), actor)
			.filter(u -> u.kind() == UnitKind.CENTRE && u.active()).orElse(null);
		if (centre == null) {
			throw new RuleViolation("centreId", "defence.error.centre");
		}
		if (draft.kind() == null) {
			throw new RuleViolation("kind", "defence.error.kind");
		}
		if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100
				|| !PlainText.isPlain(draft.name())) {
			throw new RuleViolation("name", "defence.error.agencyName");
		}
		if (draft.stationUnitId() != null) {
			boolean workstation = network.find(draft.stationUnitId(), actor)
				.filter(u -> u.kind() == UnitKind.WORKSTATION && u.path().startsWith(centre.path())).isPresent();
			if (!workstation) {
				throw new RuleViolation("stationUnitId", "defence.error.station");
			}
		}
		return centre;
	}

	private Actor requireManager() {
		Actor actor = actors.require();
		if (!actor.hasAny(MANAGERS)) {
			throw new AccessRefused("managing partner agencies needs one of " + MANAGERS);
		}
		return actor;
	}

	private static String newKeyId() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String newKey(String keyId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return "lap_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** An agency row, with the names of its centre and workstation from the service network. */
	Agency map(ResultSet rs, int row) throws SQLException {
		Long station = rs.getObject("station_unit_id", Long.class);
		long centre = rs.getLong("centre_id");
		return new Agency(rs.getLong("id"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("name"),
				centre, unitName(centre), rs.getString("unit_path"), rs.getString("region_code"),
				station, station == null ? null : unitName(station), rs.getString("key_id"), Rows.at(rs, "key_issued_at", clock.getZone()),
				rs.getBoolean("active"), rs.getInt("version"));
	}

	private String unitName(long unitId) {
		return network.find(unitId, Actor.SYSTEM).map(ServiceUnit::name).orElse("");
	}
}
