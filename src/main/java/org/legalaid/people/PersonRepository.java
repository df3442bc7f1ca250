package org.legalaid.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Person storage. Every read goes through {@link ScopedJdbc}; values arrive and leave encrypted. */
@Repository
class PersonRepository {

	/** A stored row: the protected values still encrypted. */
	record StoredPerson(long id, long unitId, String unitPath, String name, IdentityDocumentType documentType,
			String documentNumberEnc, String issuingCountry, LocalDate birthDate, Sex sex, String overrideReason,
			String phoneEnc, String addressEnc, String householdDivisionCode, Set<PersonGroup> groups, int version) {
	}

	/** What to insert: the protected values already encrypted and keyed. */
	record NewPerson(long unitId, String unitPath, String name, IdentityDocumentType documentType, String documentNumberEnc,
			String documentNumberKey, String issuingCountry, LocalDate birthDate, Sex sex, String overrideReason,
			String phoneEnc, String phoneKey, String addressEnc, String householdDivisionCode, Set<PersonGroup> groups) {
	}

	private static final String SELECT = """
			SELECT p.id, p.unit_id, p.unit_path, p.name, p.document_type, p.document_number_enc, p.issuing_country,
			       p.birth_date, p.sex, p.derived_override_reason, p.phone_enc, p.address_enc, p.household_division_code,
			       p.version
			FROM people_person p
			""";

	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;

	PersonRepository(ScopedJdbc scoped, JdbcClient jdbc) {
		this.scoped = scoped;
		this.jdbc = jdbc;
	}

	Optional<StoredPerson> find(long id) {
		return scoped.sql(SELECT + " WHERE p.id = :id AND SCOPE(p.unit_path)").param("id", id)
			.query(PersonRepository::map).optional().map(this::withGroups);
	}

	List<StoredPerson> findByDocumentKey(String key) {
		return scoped.sql(SELECT + " WHERE p.document_number_key = :key AND SCOPE(p.unit_path) ORDER BY p.id")
			.param("key", key).query(PersonRepository::map).list().stream().map(this::withGroups).toList();
	}

	long insert(NewPerson p, OffsetDateTime now) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO people_person (unit_id, unit_path, name, document_type, document_number_enc, document_number_key,
				       issuing_country, birth_date, sex, derived_override_reason, phone_enc, phone_key, address_enc,
				       household_division_code, created_at, updated_at, version)
				VALUES (:unitId, :unitPath, :name, :type, :docEnc, :docKey, :country, :birth, :sex, :reason, :phoneEnc,
				        :phoneKey, :addressEnc, :division, :now, :now, 0)""")
			.param("unitId", p.unitId()).param("unitPath", p.unitPath()).param("name", p.name())
			.param("type", p.documentType().name()).param("docEnc", p.documentNumberEnc())
			.param("docKey", p.documentNumberKey()).param("country", p.issuingCountry())
			.param("birth", p.birthDate() == null ? null : Date.valueOf(p.birthDate()))
			.param("sex", p.sex() == null ? null : p.sex().name()).param("reason", p.overrideReason())
			.param("phoneEnc", p.phoneEnc()).param("phoneKey", p.phoneKey()).param("addressEnc", p.addressEnc())
			.param("division", p.householdDivisionCode()).param("now", now)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (PersonGroup g : p.groups()) {
			jdbc.sql("INSERT INTO people_person_group (person_id, group_code) VALUES (:id, :g)").param("id", id)
				.param("g", g.name()).update();
		}
		return id;
	}

	private StoredPerson withGroups(StoredPerson p) {
		EnumSet<PersonGroup> groups = EnumSet.noneOf(PersonGroup.class);
		jdbc.sql("SELECT group_code FROM people_person_group WHERE person_id = :id").param("id", p.id())
			.query(String.class).list().forEach(code -> groups.add(PersonGroup.valueOf(code)));
		return new StoredPerson(p.id(), p.unitId(), p.unitPath(), p.name(), p.documentType(), p.documentNumberEnc(),
				p.issuingCountry(), p.birthDate(), p.sex(), p.overrideReason(), p.phoneEnc(), p.addressEnc(),
				p.householdDivisionCode(), groups, p.version());
	}

	private static StoredPerson map(ResultSet rs, int n) throws SQLException {
		Date birth = rs.getDate("birth_date");
		String sex = rs.getString("sex");
		return new StoredPerson(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("name"),
				IdentityDocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number_enc"),
				rs.getString("issuing_country"), birth == null ? null : birth.toLocalDate(),
				sex == null ? null : Sex.valueOf(sex), rs.getString("derived_override_reason"), rs.getString("phone_enc"),
				rs.getString("address_enc"), rs.getString("household_division_code"), Set.of(), rs.getInt("version"));
	}
}
