package org.legalaid.wages.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.wages.ArrearsLedger;
import org.legalaid.wages.Complaint;
import org.legalaid.wages.ComplaintId;
import org.legalaid.wages.Complaints;
import org.legalaid.wages.RecoveryMethod;
import org.legalaid.wages.ReferralTarget;
import org.legalaid.wages.Supervision;
import org.legalaid.wages.Supervisions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The complaint page's model: the complaint, its referral, history, supervision rounds and ledger, and the forms
 * the actor may use now (an action's form keeps its input and errors when it comes back refused; a form whose
 * hidden or chosen values could not be read at all comes back empty).
 */
@Component
class ComplaintPage {

	static final String VIEW = "wages/complaint";

	private final Complaints complaints;
	private final Supervisions supervisions;
	private final ArrearsLedger ledger;
	private final ServiceNetwork network;
	private final CurrentActor actors;
	private final Clock clock;

	ComplaintPage(Complaints complaints, Supervisions supervisions, ArrearsLedger ledger, ServiceNetwork network,
			CurrentActor actors, Clock clock) {
		this.complaints = complaints;
		this.supervisions = supervisions;
		this.ledger = ledger;
		this.network = network;
		this.actors = actors;
		this.clock = clock;
	}

	String show(long id, Model model) {
		ComplaintId cid = new ComplaintId(id);
		Complaint c = complaints.get(cid);
		Actor actor = actors.require();
		boolean recorder = actor.hasAny(Complaints.RECORDERS);
		boolean ownerSide = network.find(c.unitId(), actor).isPresent();
		List<Supervision> rounds = supervisions.forComplaint(cid);
		model.addAttribute("c", c);
		model.addAttribute("history", complaints.history(cid));
		model.addAttribute("rounds", rounds);
		model.addAttribute("openRound", rounds.stream().anyMatch(Supervision::open));
		model.addAttribute("arrears", ledger.arrears(cid));
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("canRecord", recorder);
		model.addAttribute("canRefer", recorder && ownerSide && c.referable());
		model.addAttribute("canSupervise", actor.hasAny(Supervisions.SUPERVISORS) && ownerSide && c.status().isReferred());
		model.addAttribute("kinds", ReferralTarget.Kind.values());
		model.addAttribute("methods", RecoveryMethod.values());
		model.addAttribute("centres", recorder && ownerSide && c.referable() ? complaints.referralCentres(cid) : List.<ServiceUnit>of());
		if (model.getAttribute("referForm") == null) {
			model.addAttribute("referForm", ReferForm.empty(c.version()));
		}
		if (model.getAttribute("moveForm") == null) {
			model.addAttribute("moveForm", MoveForm.empty(c.version()));
		}
		if (model.getAttribute("superviseForm") == null) {
			model.addAttribute("superviseForm", SuperviseForm.empty());
		}
		if (model.getAttribute("reportForm") == null) {
			model.addAttribute("reportForm", ReportForm.empty());
		}
		if (model.getAttribute("recoveryForm") == null) {
			model.addAttribute("recoveryForm", RecoveryForm.empty(LocalDate.now(clock), c.version()));
		}
		return VIEW;
	}
}
