package org.legalaid.casework.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.legalaid.casework.AidCase;
import org.legalaid.casework.CaseId;
import org.legalaid.casework.CaseLifecycle;
import org.legalaid.casework.CaseStatus;
import org.legalaid.casework.CaseTransition;
import org.legalaid.casework.Cases;
import org.legalaid.casework.ClosingItem;
import org.legalaid.casework.LogEntry;
import org.legalaid.casework.LogKind;
import org.legalaid.casework.ResultType;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the case page: the case, its timeline, log, deadlines and documents, the moves the actor may make now (which
 * decide the forms shown) and every form, empty unless the model already holds a posted one with its errors.
 */
@Component
class CasePage {

	static final String VIEW = "casework/case";

	private final Cases cases;
	private final CaseLifecycle lifecycle;
	private final CurrentActor actors;
	private final Clock clock;

	CasePage(Cases cases, CaseLifecycle lifecycle, CurrentActor actors, Clock clock) {
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.clock = clock;
	}

	String show(long id, Model model) {
		CaseId caseId = new CaseId(id);
		AidCase c = cases.get(caseId);
		List<LogEntry> log = cases.log(caseId);
		List<CaseTransition> moves = lifecycle.allowedMoves(c);
		boolean director = actors.current().map(a -> a.has(Role.DIRECTOR)).orElse(false);
		boolean reviewer = director || actors.current().map(a -> a.has(Role.REVIEWER)).orElse(false);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("c", c);
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("timeline", cases.timeline(caseId));
		model.addAttribute("log", log);
		model.addAttribute("deadlines", cases.runningDeadlines(caseId));
		model.addAttribute("discussions", cases.discussions(caseId));
		model.addAttribute("closingItems", cases.closingItems(caseId));
		model.addAttribute("issued", cases.documents(caseId));
		model.addAttribute("moves", moves);
		model.addAttribute("canLog", cases.mayLog(c));
		model.addAttribute("canFlag", director && !c.major() && c.status() != CaseStatus.ARCHIVED);
		model.addAttribute("canDiscuss", reviewer && c.major());
		model.addAttribute("canObject", c.status() == CaseStatus.TERMINATED
				&& actors.current().map(a -> a.hasAny(java.util.Set.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.DIRECTOR, Role.BUREAU_ADMIN))).orElse(false));
		model.addAttribute("logKinds", LogKind.values());
		model.addAttribute("resultTypes", ResultType.values());
		model.addAttribute("closingItemsAll", ClosingItem.values());
		model.addAttribute("grounds", cases.terminationGrounds());
		BigDecimal judged = log.stream().filter(e -> e.kind() == LogKind.JUDGMENT && e.amount() != null)
			.max(Comparator.comparing(LogEntry::happenedOn)).map(LogEntry::amount).orElse(null);
		BigDecimal recovered = log.stream().filter(e -> e.kind() == LogKind.ENFORCEMENT && e.amount() != null)
			.map(LogEntry::amount).reduce(BigDecimal::add).orElse(null);
		putIfAbsent(model, "engage", new Forms.EngageForm(c.version(), ""));
		putIfAbsent(model, "entry", Forms.LogForm.empty(today));
		putIfAbsent(model, "conclude", new Forms.ConcludeForm(c.version(), today.toString(), null, text(judged), text(recovered),
				"1", ""));
		putIfAbsent(model, "withdraw", new Forms.WithdrawForm(c.version(), "", false));
		putIfAbsent(model, "terminate", new Forms.TerminateForm(c.version(), null, "", false));
		putIfAbsent(model, "closing", new Forms.ClosingForm(c.version(), java.util.Set.of(), ""));
		putIfAbsent(model, "review", new Forms.ReviewForm(c.version(), "", "", ""));
		putIfAbsent(model, "majorForm", new Forms.MajorForm(""));
		putIfAbsent(model, "discussion", new Forms.DiscussionForm(today.toString(), "", ""));
		return VIEW;
	}

	private static String text(BigDecimal amount) {
		return amount == null ? "" : amount.toPlainString();
	}

	private static void putIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}
}
