package org.legalaid.hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.Actor;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.shared.ConcurrentChange;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PlainText;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.Role;
import org.legalaid.shared.RuleViolation;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The knowledge base of common questions and answers the operator searches during a call. Search is full-text with
 * Chinese word segmentation (Lucene's SmartChineseAnalyzer), ranking a match in the question above one in the
 * keywords, and that above one in the answer.
 *
 * <p>The index is in memory and built from {@code hotline_faq}: each application node keeps its own index, built at
 * start-up and updated when an entry is saved through this service on that node. An entry changed on another node
 * reaches this node's index at its next start (or {@link #rebuild()}); the table stays the source of truth.
 */
@Service
public class KnowledgeBase {

	static final String RECORD = "faq";
	static final Set<Role> EDITORS = Set.copyOf(EnumSet.of(Role.BUREAU_ADMIN, Role.SYSTEM_ADMIN));
	static final Map<String, Float> BOOSTS = Map.of("question", 4f, "keywords", 2f, "answer", 1f);
	static final int MAX_QUESTION = 500;
	static final int MAX_ANSWER = 4000;
	static final int MAX_KEYWORDS = 200;

	private static final String SELECT = "SELECT id, topic_code, question, answer, keywords, active, updated_at, version FROM hotline_faq";

	private final JdbcClient jdbc;
	private final Consultations consultations;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;
	private final Analyzer analyzer = new SmartChineseAnalyzer();
	private final Object lock = new Object();
	private volatile ByteBuffersDirectory directory;

	KnowledgeBase(JdbcClient jdbc, Consultations consultations, CurrentActor actors, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		rebuild();
	}

	/** Builds this node's index again from the table. */
	public void rebuild() {
		List<FaqEntry> entries = jdbc.sql(SELECT + " WHERE active = TRUE").query(KnowledgeBase::map).list();
		ByteBuffersDirectory fresh = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(fresh, new IndexWriterConfig(analyzer))) {
			for (FaqEntry e : entries) {
				writer.addDocument(document(e));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		synchronized (lock) {
			directory = fresh;
		}
	}

	/**
	 * The active entries matching the text, the most relevant first; none for blank text or text without any word.
	 */
	public List<FaqEntry> search(String text, int limit) {
		if (text == null || text.isBlank() || limit <= 0) {
			return List.of();
		}
		Query query;
		try {
			var parser = new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
			query = parser.parse(QueryParser.escape(text.strip()));
		}
		catch (ParseException e) {
			return List.of();
		}
		if (query instanceof MatchNoDocsQuery) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		try (DirectoryReader reader = DirectoryReader.open(index())) {
			IndexSearcher searcher = new IndexSearcher(reader);
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				ids.add(stored.document(hit.doc).getField("id").numericValue().longValue());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, FaqEntry> byId = new LinkedHashMap<>();
		jdbc.sql(SELECT + " WHERE id IN (:ids) AND active = TRUE").param("ids", ids).query(KnowledgeBase::map).list()
			.forEach(e -> byId.put(e.id(), e));
		return ids.stream().map(byId::get).filter(e -> e != null).toList();
	}

	/** Every entry, active or not, by topic, for the administrators' list. */
	@Transactional(readOnly = true)
	public List<FaqEntry> all() {
		requireEditor();
		return jdbc.sql(SELECT + " ORDER BY topic_code, id").query(KnowledgeBase::map).list();
	}

	@Transactional(readOnly = true)
	public FaqEntry get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFound(RECORD, id));
	}

	/** Adds an entry and indexes it on this node once the transaction commits. */
	@Transactional
	public FaqEntry add(FaqDraft draft) {
		requireEditor();
		FaqDraft d = validate(draft);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO hotline_faq (topic_code, question, answer, keywords, active, updated_at)
				VALUES (:topic, :question, :answer, :keywords, :active, :at)""")
			.param("topic", d.topicCode()).param("question", d.question()).param("answer", d.answer())
			.param("keywords", d.keywords()).param("active", d.active()).param("at", OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(AuditAction.CREATE, RECORD, id);
		reindexAfterCommit();
		return get(id);
	}

	/** Changes an entry read at {@code version}; refused when someone changed it meanwhile. */
	@Transactional
	public FaqEntry update(long id, int version, FaqDraft draft) {
		requireEditor();
		get(id);
		FaqDraft d = validate(draft);
		int changed = jdbc.sql("""
				UPDATE hotline_faq SET topic_code = :topic, question = :question, answer = :answer, keywords = :keywords,
				    active = :active, updated_at = :at, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("topic", d.topicCode()).param("question", d.question()).param("answer", d.answer())
			.param("keywords", d.keywords()).param("active", d.active()).param("at", OffsetDateTime.now(clock))
			.param("id", id).param("version", version)
			.update();
		if (changed != 1) {
			throw new ConcurrentChange(RECORD, id);
		}
		audit.record(AuditAction.UPDATE, RECORD, id);
		reindexAfterCommit();
		return get(id);
	}

	private void reindexAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					rebuild();
				}
			});
		}
		else {
			rebuild();
		}
	}

	private FaqDraft validate(FaqDraft draft) {
		if (draft == null) {
			throw new RuleViolation("question", "hotline.faq.error.question.required");
		}
		String topic = PlainText.blankToNull(draft.topicCode());
		if (topic == null || consultations.topics().stream().noneMatch(t -> t.code().equals(topic))) {
			throw new RuleViolation("topicCode", "hotline.error.topic.required");
		}
		String question = PlainText.blankToNull(draft.question());
		if (question == null) {
			throw new RuleViolation("question", "hotline.faq.error.question.required");
		}
		Consultations.requirePlain("question", question, MAX_QUESTION);
		String answer = PlainText.blankToNull(draft.answer());
		if (answer == null) {
			throw new RuleViolation("answer", "hotline.faq.error.answer.required");
		}
		Consultations.requirePlain("answer", answer, MAX_ANSWER);
		String keywords = PlainText.blankToNull(draft.keywords());
		Consultations.requirePlain("keywords", keywords, MAX_KEYWORDS);
		return new FaqDraft(topic, question, answer, keywords == null ? "" : keywords, draft.active());
	}

	private Optional<FaqEntry> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(KnowledgeBase::map).optional();
	}

	private ByteBuffersDirectory index() {
		ByteBuffersDirectory current = directory;
		if (current == null) {
			rebuild();
			current = directory;
		}
		return current;
	}

	private void requireEditor() {
		Actor actor = actors.require();
		if (!actor.hasAny(EDITORS)) {
			throw new AccessRefused("the knowledge base is edited by " + EDITORS);
		}
	}

	private static Document document(FaqEntry e) {
		Document doc = new Document();
		doc.add(new StoredField("id", e.id()));
		doc.add(new LongPoint("entry", e.id()));
		doc.add(new TextField("question", e.question(), Field.Store.NO));
		doc.add(new TextField("keywords", e.keywords() == null ? "" : e.keywords(), Field.Store.NO));
		doc.add(new TextField("answer", e.answer(), Field.Store.NO));
		return doc;
	}

	private static FaqEntry map(ResultSet rs, int row) throws SQLException {
		return new FaqEntry(rs.getLong("id"), rs.getString("topic_code"), rs.getString("question"), rs.getString("answer"),
				rs.getString("keywords"), rs.getBoolean("active"), rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"));
	}
}
