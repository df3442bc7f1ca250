package org.legalaid.demo;

import java.util.List;

import org.legalaid.defence.Agencies;
import org.legalaid.defence.Agency;
import org.legalaid.defence.AgencyDraft;
import org.legalaid.defence.AgencyKind;
import org.legalaid.defence.LegalReason;
import org.legalaid.defence.NotificationDraft;
import org.legalaid.defence.Notifications;
import org.legalaid.defence.Stage;
import org.legalaid.network.ServiceUnit;
import org.legalaid.people.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The demo partner agencies of Chengguan: the district court and the detention centre, each bound to its workstation,
 * with demo API keys whose SHA-256 only is here (the keys are in the README's demo section); and a notification from
 * the court of a defendant liable to life imprisonment or death, waiting for counsel.
 */
@Component
class DemoDefence {

	private static final String COURT_KEY_ID = "c0de0620102a";
	private static final String COURT_KEY_HASH = "4fc6d1818b119af553aca921daaf16dd6ffb0073f2dca1185313af9125c97898";
	private static final String DETENTION_KEY_ID = "d07e0620102b";
	private static final String DETENTION_KEY_HASH = "75200024fdb546a78166c1a27c246f2eac50bc30d435db9fefdf343da5fbe427";

	private final Agencies agencies;
	private final Notifications notifications;

	DemoDefence(Agencies agencies, Notifications notifications) {
		this.agencies = agencies;
		this.notifications = notifications;
	}

	void load(ServiceUnit chengguan, ServiceUnit detentionCentre, ServiceUnit court) {
		Agency courtAgency = agencies.createWithKeyHash(new AgencyDraft(chengguan.id(), AgencyKind.COURT, "兰州市城关区人民法院",
				court.id()), COURT_KEY_ID, COURT_KEY_HASH);
		agencies.createWithKeyHash(new AgencyDraft(chengguan.id(), AgencyKind.DETENTION_CENTRE, "兰州市城关区看守所",
				detentionCentre.id()), DETENTION_KEY_ID, DETENTION_KEY_HASH);
		String body = "62010219780912031";
		var draft = new NotificationDraft("（2026）甘0102刑初318号", Stage.TRIAL, LegalReason.LIFE_OR_DEATH, "故意杀人",
				"赵建国", body + ResidentIdNumber.checkCharacter(body), null, null, "汉族", null, "兰州市城关区看守所", null,
				List.of(new NotificationDraft.CoDefendant("钱志强", null)));
		agencies.onBehalfOf(courtAgency.id(), () -> notifications.receive(draft, "demo-notification-1"));
	}
}
