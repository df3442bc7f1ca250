package org.legalaid.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sequence numbers per issuing unit, kind and year. {@link #next} must run inside the issuing transaction: the
 * increment locks the counter row until that transaction ends, so concurrent issues wait for each other and get
 * consecutive numbers, and a rolled-back issue gives its number back. A missing counter row is created in a
 * transaction of its own, so that two first issues of a year racing to create it do not abort the caller's
 * transaction with a duplicate key.
 */
@Component
class DocumentCounter {

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	DocumentCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long unitId, DocumentKind kind, int year) {
		if (increment(unitId, kind, year) == 0) {
			create(unitId, kind, year);
			if (increment(unitId, kind, year) == 0) {
				throw new IllegalStateException("document counter missing for unit " + unitId);
			}
		}
		return jdbc.sql("""
				SELECT last_number FROM documents_counter
				WHERE unit_id = :unit AND kind = :kind AND counter_year = :yr""")
			.param("unit", unitId).param("kind", kind.name()).param("yr", year)
			.query(Integer.class).single();
	}

	private int increment(long unitId, DocumentKind kind, int year) {
		return jdbc.sql("""
				UPDATE documents_counter SET last_number = last_number + 1
				WHERE unit_id = :unit AND kind = :kind AND counter_year = :yr""")
			.param("unit", unitId).param("kind", kind.name()).param("yr", year)
			.update();
	}

	private void create(long unitId, DocumentKind kind, int year) {
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
					INSERT INTO documents_counter (unit_id, kind, counter_year, last_number)
					SELECT :unit, :kind, :yr, 0 WHERE NOT EXISTS (
					    SELECT 1 FROM documents_counter WHERE unit_id = :unit AND kind = :kind AND counter_year = :yr)""")
				.param("unit", unitId).param("kind", kind.name()).param("yr", year)
				.update());
		}
		catch (DuplicateKeyException raced) {
			// another issue created it first
		}
	}
}
