package org.legalaid.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.legalaid.eligibility.ApplicantRole;
import org.legalaid.eligibility.Materials;
import org.legalaid.eligibility.MigrantClaim;
import org.legalaid.eligibility.SignatureKind;
import org.legalaid.intake.ApplicationDraft;
import org.legalaid.intake.Applications;
import org.legalaid.intake.Channel;
import org.legalaid.intake.OpposingParty;
import org.legalaid.intake.Registration;
import org.legalaid.intake.ReviewInput;
import org.legalaid.intake.Reviews;
import org.legalaid.people.IdentityDocumentType;
import org.legalaid.people.PersonDraft;
import org.legalaid.people.PersonGroup;
import org.legalaid.people.ResidentIdNumber;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * A granted application waiting for assignment in Chengguan: a migrant worker's unpaid-wage claim against a labour
 * subcontractor, registered at the window and granted by the reviewer, so the director's assignment desk shows the
 * flow (candidates, rotation, the offer to lawyer.chengguan's provider 李明 or another).
 */
@Component
class DemoAssignment {

	private final Applications applications;
	private final Reviews reviews;
	private final CurrentActor actors;

	DemoAssignment(Applications applications, Reviews reviews, CurrentActor actors) {
		this.applications = applications;
		this.reviews = reviews;
		this.actors = actors;
	}

	void load(Actor clerk, Actor reviewer) {
		String body = "62010219780923" + "271";
		String idNumber = body + ResidentIdNumber.checkCharacter(body);
		var draft = new ApplicationDraft(new PersonDraft("马国强", IdentityDocumentType.RESIDENT_ID, idNumber, null, null, null, null,
				"13909310271", "兰州市城关区雁滩路", "620102", Set.of(PersonGroup.MIGRANT_WORKER)), null, null, "A31.5", Channel.WINDOW, null,
				"在城关区某住宅项目做钢筋工八个月，劳务公司拖欠工资三万六千元，多次讨要未果。",
				List.of(new OpposingParty("甘肃某建筑劳务有限公司", null, "91620102MA73JZLW2X", "被申请人（用人单位）")), null,
				new HashSet<>(Materials.ORDER));
		Registration r = actors.callAs(clerk, () -> applications.register(draft, "demo-assignment-0001"));
		actors.callAs(reviewer, () -> reviews.review(r.id(), new ReviewInput(ApplicantRole.CIVIL_OR_ADMIN_PARTY, false, false, 3,
				new BigDecimal("2600"), false, MigrantClaim.PAY, true, SignatureKind.SELF, null, null, false)));
	}
}
