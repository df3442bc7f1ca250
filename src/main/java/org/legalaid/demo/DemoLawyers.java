package org.legalaid.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.legalaid.lawyers.DisciplineDraft;
import org.legalaid.lawyers.LawyerPool;
import org.legalaid.lawyers.Organisation;
import org.legalaid.lawyers.OrganisationDraft;
import org.legalaid.lawyers.OrganisationKind;
import org.legalaid.lawyers.Organisations;
import org.legalaid.lawyers.ProviderDraft;
import org.legalaid.lawyers.ProviderId;
import org.legalaid.lawyers.ProviderKind;
import org.legalaid.lawyers.Providers;
import org.legalaid.lawyers.UnifiedCreditCode;
import org.legalaid.network.ServiceUnit;
import org.legalaid.people.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * The demo lawyer pool, loaded through the pool's own API (so admission checks the criteria): twelve providers of two
 * Chengguan law firms and the Chengguan centre — a Uyghur speaker, a sign-language speaker, one with exactly two
 * years of practice, one suspended, an applicant refused for a recent disciplinary record, one with more than ten
 * years of criminal defence, one at the workload cap — with {@code lawyer.chengguan} linked to a centre staff lawyer;
 * and three lawyers of a Qilihe firm.
 */
@Component
class DemoLawyers {

	private final Organisations organisations;
	private final Providers providers;
	private final LawyerPool pool;
	private final Clock clock;
	private int serial;

	DemoLawyers(Organisations organisations, Providers providers, LawyerPool pool, Clock clock) {
		this.organisations = organisations;
		this.providers = providers;
		this.pool = pool;
		this.clock = clock;
	}

	void load(ServiceUnit chengguan, ServiceUnit qilihe) {
		LocalDate today = LocalDate.now(clock);
		Organisation jincheng = organisation(chengguan, OrganisationKind.LAW_FIRM, "甘肃金城律师事务所", "31620000MD0000011");
		Organisation longyuan = organisation(chengguan, OrganisationKind.LAW_FIRM, "甘肃陇原律师事务所", "31620000MD0000029");
		Organisation centre = organisation(chengguan, OrganisationKind.AID_CENTRE, "兰州市城关区法律援助中心", "12620102MB0000037");
		Organisation huanghe = organisation(qilihe, OrganisationKind.LAW_FIRM, "甘肃黄河律师事务所", "31620000MD0000045");

		ProviderId wang = admitted(chengguan, ProviderKind.LAWYER, "王建国", jincheng, today.minusYears(15), today.minusYears(12),
				Set.of("CRIMINAL", "JUVENILE"), Set.of(), true, null, null);
		pool.assigned(wang, OffsetDateTime.now(clock).minusDays(20));
		pool.assigned(wang, OffsetDateTime.now(clock).minusDays(3));
		ProviderId li = admitted(chengguan, ProviderKind.LAWYER, "李娜", jincheng, today.minusYears(6), null,
				Set.of("LABOUR", "FAMILY", "CONTRACT"), Set.of(), false, null, null);
		pool.assigned(li, OffsetDateTime.now(clock).minusDays(10));
		admitted(chengguan, ProviderKind.LAWYER, "阿依古丽·买买提", longyuan, today.minusYears(5), today.minusYears(3).minusMonths(2),
				Set.of("CRIMINAL", "FAMILY"), Set.of("ug"), true, null, null);
		admitted(chengguan, ProviderKind.LAWYER, "张静", longyuan, today.minusYears(8), null, Set.of("FAMILY", "MEDICAL"), Set.of("csl"),
				false, null, null);
		admitted(chengguan, ProviderKind.LAWYER, "刘洋", jincheng, today.minusYears(2).minusDays(20), null, Set.of("LABOUR", "TRAFFIC"),
				Set.of(), false, null, null);
		ProviderId chen = admitted(chengguan, ProviderKind.LAWYER, "陈刚", longyuan, today.minusYears(9), today.minusYears(7),
				Set.of("CRIMINAL", "TRAFFIC"), Set.of(), true, null, null);
		providers.suspend(chen, providers.get(chen).version(), "当事人投诉正在调查，暂停指派");
		ProviderId zhao = registered(chengguan, ProviderKind.LAWYER, "赵磊", jincheng, today.minusYears(7), null,
				Set.of("CONTRACT", "ADMINISTRATIVE"), Set.of(), false, null, null);
		providers.addDiscipline(zhao, new DisciplineDraft(today.minusYears(1), "兰州市律师协会", "通报批评", null));
		admitted(chengguan, ProviderKind.CENTRE_STAFF_LAWYER, "李明", centre, today.minusYears(10), today.minusYears(4),
				Set.of("CRIMINAL", "JUVENILE", "STATE_COMPENSATION"), Set.of(), true, null, "lawyer.chengguan");
		admitted(chengguan, ProviderKind.CENTRE_STAFF_LAWYER, "孙丽", centre, today.minusYears(4), null, Set.of("LABOUR", "ADMINISTRATIVE"),
				Set.of(), true, null, null);
		registered(chengguan, ProviderKind.LAWYER, "周强", longyuan, today.minusYears(3), null, Set.of("LABOUR", "CONTRACT"), Set.of(),
				false, null, null);
		admitted(chengguan, ProviderKind.LAWYER, "马晓梅", jincheng, today.minusYears(5), null, Set.of("FAMILY", "JUVENILE"), Set.of(),
				true, null, null);
		ProviderId wu = admitted(chengguan, ProviderKind.LAWYER, "吴涛", longyuan, today.minusYears(20), null, Set.of("MEDICAL", "CONTRACT"),
				Set.of(), false, 2, null);
		pool.assigned(wu, OffsetDateTime.now(clock).minusDays(30));
		pool.assigned(wu, OffsetDateTime.now(clock).minusDays(5));

		admitted(qilihe, ProviderKind.LAWYER, "杨帆", huanghe, today.minusYears(6), today.minusYears(5), Set.of("CRIMINAL"), Set.of(), true, null,
				null);
		admitted(qilihe, ProviderKind.LAWYER, "何敏", huanghe, today.minusYears(3), null, Set.of("LABOUR"), Set.of(), false, null, null);
		admitted(qilihe, ProviderKind.LAWYER, "郭鹏", huanghe, today.minusYears(9), null, Set.of("FAMILY", "TRAFFIC"), Set.of(), false, null, null);
	}

	private Organisation organisation(ServiceUnit owner, OrganisationKind kind, String name, String body17) {
		return organisations.create(new OrganisationDraft(owner.id(), kind, name, body17 + UnifiedCreditCode.checkCharacter(body17),
				owner.divisionCode(), null, "0931-" + (8800000 + ++serial)));
	}

	private ProviderId admitted(ServiceUnit owner, ProviderKind kind, String name, Organisation organisation, LocalDate firstPractice,
			LocalDate criminalSince, Set<String> specialties, Set<String> languages, boolean duty, Integer cap, String account) {
		ProviderId id = registered(owner, kind, name, organisation, firstPractice, criminalSince, specialties, languages, duty, cap, account);
		providers.admit(id, providers.get(id).version());
		return id;
	}

	private ProviderId registered(ServiceUnit owner, ProviderKind kind, String name, Organisation organisation, LocalDate firstPractice,
			LocalDate criminalSince, Set<String> specialties, Set<String> languages, boolean duty, Integer cap, String account) {
		int n = ++serial;
		String body = owner.divisionCode() + String.format("19%02d0%d1%d", 70 + n % 25, 1 + n % 9, n % 10) + String.format("%03d", n);
		String idNumber = body + ResidentIdNumber.checkCharacter(body);
		String licence = "1620" + firstPractice.getYear() + String.format("1%07d", 1000 + n);
		return providers.register(new ProviderDraft(owner.id(), kind, name, idNumber, "1390931" + String.format("%04d", 1000 + n),
				licence, firstPractice, criminalSince, organisation.id().value(), specialties, Set.of(owner.divisionCode()), languages, duty,
				cap, account));
	}
}
