package org.legalaid.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.ScopedJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to produce official documents. {@link #render} makes a PDF without keeping it (previews, drafts);
 * {@link #issue} numbers, renders and stores it as issued, the legal record of what the applicant or addressee
 * received. Issued documents are read through the data scope: one outside the actor's subtree is not found, and
 * every download is audited as a view of personal data.
 */
@Service
public class OfficialDocuments {

	static final String RECORD = "document";
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String SELECT = """
			SELECT d.id, d.kind, d.number, d.record_type, d.record_id, d.unit_id, d.unit_path, d.title, d.sha256,
			       d.size, d.issued_at, d.issued_by, d.issued_by_name
			FROM documents_issued d""";

	private final DocumentRenderer renderer;
	private final DocumentCounter counter;
	private final ServiceNetwork network;
	private final CurrentActor actors;
	private final ScopedJdbc scoped;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	OfficialDocuments(DocumentRenderer renderer, DocumentCounter counter, ServiceNetwork network, CurrentActor actors,
			ScopedJdbc scoped, JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.renderer = renderer;
		this.counter = counter;
		this.network = network;
		this.actors = actors;
		this.scoped = scoped;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The PDF of a document, not stored and not numbered unless the request carries a number. */
	public byte[] render(DocumentRequest request) {
		return renderer.pdf(request);
	}

	/**
	 * Numbers, renders and stores a document issued by {@code request.unitId()}, which must lie in the current
	 * actor's scope. The number is taken in this transaction, so it is used exactly when the document is stored.
	 */
	@Transactional
	public IssuedDocument issue(IssueRequest request) {
		return issue(request, clock.instant());
	}

	/** {@link #issue(IssueRequest)} at a given moment; the year of the number is that moment's year in China. */
	@Transactional
	IssuedDocument issue(IssueRequest request, Instant at) {
		Actor actor = actors.require();
		ServiceUnit unit = network.find(request.unitId(), actor)
			.orElseThrow(() -> new RecordNotFound("unit", request.unitId()));
		LocalDate date = LocalDate.ofInstant(at, CHINA);
		String prefix = request.unitPrefix() != null && !request.unitPrefix().isBlank() ? request.unitPrefix()
				: DocumentNumber.defaultPrefix(unit.name());
		int sequence = counter.next(unit.id(), request.kind(), date.getYear());
		String number = new DocumentNumber(prefix, request.kind(), date.getYear(), sequence).text();
		byte[] pdf = renderer.pdf(new DocumentRequest(request.template(), request.model(), request.locale(),
				request.issuerName() == null ? unit.name() : request.issuerName(), request.title(), number, date));
		String sha256 = sha256(pdf);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO documents_issued (kind, number, record_type, record_id, unit_id, unit_path, title, content,
				    sha256, size, issued_at, issued_by, issued_by_name)
				VALUES (:kind, :number, :recordType, :recordId, :unitId, :unitPath, :title, :content,
				    :sha256, :size, :issuedAt, :issuedBy, :issuedByName)""")
			.param("kind", request.kind().name())
			.param("number", number)
			.param("recordType", request.recordType())
			.param("recordId", request.recordId())
			.param("unitId", unit.id())
			.param("unitPath", unit.path())
			.param("title", request.title())
			.param("content", pdf)
			.param("sha256", sha256)
			.param("size", pdf.length)
			.param("issuedAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("issuedBy", actor.accountId())
			.param("issuedByName", actor.username())
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(AuditAction.CREATE, RECORD, id, request.kind() + " " + number);
		return new IssuedDocument(id, request.kind(), number, request.recordType(), request.recordId(), unit.id(),
				unit.path(), request.title(), sha256, pdf.length, at, actor.accountId(), actor.username());
	}

	/** An issued document's record in the actor's scope. */
	@Transactional(readOnly = true)
	public IssuedDocument get(long documentId) {
		return scoped.sql(SELECT + " WHERE d.id = :id AND SCOPE(d.unit_path)").param("id", documentId)
			.query(OfficialDocuments::map).optional()
			.orElseThrow(() -> new RecordNotFound(RECORD, documentId));
	}

	/** The stored PDF as issued; recorded in the audit trail as a view of personal data. */
	@Transactional
	public DocumentFile download(long documentId) {
		IssuedDocument document = get(documentId);
		byte[] content = jdbc.sql("SELECT content FROM documents_issued WHERE id = :id").param("id", documentId)
			.query((rs, n) -> rs.getBytes(1)).single();
		audit.record(AuditAction.VIEW_PERSONAL_DATA, RECORD, documentId, document.number());
		return new DocumentFile(document, content);
	}

	/** The documents issued for one record, oldest first, as far as the actor's scope reaches. */
	@Transactional(readOnly = true)
	public List<IssuedDocument> listFor(String recordType, String recordId) {
		return scoped.sql(SELECT + " WHERE d.record_type = :type AND d.record_id = :rid AND SCOPE(d.unit_path)"
				+ " ORDER BY d.issued_at, d.id")
			.param("type", recordType).param("rid", recordId)
			.query(OfficialDocuments::map).list();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getLong("unit_id"), rs.getString("unit_path"),
				rs.getString("title"), rs.getString("sha256"), rs.getInt("size"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
				rs.getLong("issued_by"), rs.getString("issued_by_name"));
	}
}
