package org.legalaid.casework;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.legalaid.documents.DocumentRequest;
import org.legalaid.documents.OfficialDocuments;
import org.legalaid.shared.AuditAction;
import org.legalaid.shared.AuditLog;
import org.legalaid.network.ServiceNetwork;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole case file as one PDF (卷宗): the case, every move with who, when and why, the provider's log with the
 * attached files, the outcome or the termination, the closing materials, collective discussions and the official
 * documents issued. Rendered on request, not stored; each download is audited as an export.
 */
@Service
public class CaseFiles {

	static final String TEMPLATE = "case-file";
	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private final Cases cases;
	private final OfficialDocuments documents;
	private final ServiceNetwork network;
	private final MessageSource messages;
	private final AuditLog audit;

	CaseFiles(Cases cases, OfficialDocuments documents, ServiceNetwork network, MessageSource messages, AuditLog audit) {
		this.cases = cases;
		this.documents = documents;
		this.network = network;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	public byte[] pdf(CaseId id) {
		AidCase c = cases.get(id);
		Map<String, Object> model = new HashMap<>();
		model.put("c", c);
		model.put("timeline", cases.timeline(id));
		model.put("log", cases.log(id));
		model.put("discussions", cases.discussions(id));
		model.put("closingItems", cases.closingItems(id));
		model.put("issued", cases.documents(id));
		model.put("deadlines", cases.runningDeadlines(id));
		cases.terminationGrounds().stream().filter(g -> g.code().equals(c.terminationGround())).findFirst()
			.ifPresent(g -> model.put("ground", g));
		byte[] pdf = documents.render(new DocumentRequest(TEMPLATE, model, ZH, network.get(c.centreId()).name(),
				messages.getMessage("casework.file.title", null, ZH), c.number(), null));
		audit.record(AuditAction.EXPORT, CaseAccess.RECORD, id.value(), "case file " + c.number());
		return pdf;
	}
}
