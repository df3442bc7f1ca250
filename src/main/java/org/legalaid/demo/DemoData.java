package org.legalaid.demo;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalaid.access.AccountDraft;
import org.legalaid.access.Accounts;
import org.legalaid.network.Division;
import org.legalaid.network.DivisionLevel;
import org.legalaid.network.Divisions;
import org.legalaid.network.HostInstitution;
import org.legalaid.network.PersonRole;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitDraft;
import org.legalaid.network.UnitKind;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo network and accounts on the first start of an empty database. */
@Component
@ConditionalOnProperty(name = "legalaid.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	/** The password of every demo account (listed in the README). */
	static final String PASSWORD = "LegalAid2026";
	static final String PROVINCE = "620000";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final String HOURS = "工作日 8:30–12:00，14:30–18:00";

	private final ServiceNetwork network;
	private final Divisions divisions;
	private final Accounts accounts;
	private final CurrentActor actors;
	private final TransactionTemplate transaction;
	private final DemoLawyers lawyers;
	private final DemoDuty duty;

	DemoData(ServiceNetwork network, Divisions divisions, Accounts accounts, CurrentActor actors, TransactionTemplate transaction,
			DemoLawyers lawyers, DemoDuty duty) {
		this.duty = duty;
		this.network = network;
		this.divisions = divisions;
		this.accounts = accounts;
		this.actors = actors;
		this.transaction = transaction;
		this.lawyers = lawyers;
	}

	@Override
	public void run(ApplicationArguments args) {
		actors.runAsSystem(() -> transaction.executeWithoutResult(status -> {
			if (network.search("", true, PageRequest.of(0, 1)).total() > 0) {
				return;
			}
			load();
		}));
	}

	private void load() {
		importTownshipsAndVillages();
		Map<String, ServiceUnit> centres = new HashMap<>();
		ServiceUnit province = centre(null, PROVINCE, "甘肃省法律援助中心", "兰州市城关区南昌路", "0931-12348");
		centres.put(PROVINCE, province);
		for (Division prefecture : divisions.children(PROVINCE)) {
			ServiceUnit p = centre(province, prefecture.code(), prefecture.name() + "法律援助中心", null, null);
			for (Division county : divisions.children(prefecture.code())) {
				if (county.level() != DivisionLevel.COUNTY) {
					continue;
				}
				// a prefecture-level city with a single county-level division of the same name (嘉峪关) has one centre
				centres.put(county.code(), county.name().equals(prefecture.name()) ? p
						: centre(p, county.code(), county.name() + "法律援助中心", null, null));
			}
		}
		ServiceUnit jiayuguan = centres.get("620201");
		ServiceUnit court = unit(jiayuguan, UnitKind.WORKSTATION, "嘉峪关市人民法院法律援助工作站", HostInstitution.COURT, "620201");
		unit(jiayuguan, UnitKind.WORKSTATION, "嘉峪关市看守所法律援助工作站", HostInstitution.DETENTION_CENTRE, "620201");
		unit(jiayuguan, UnitKind.WORKSTATION, "嘉峪关市劳动保障监察支队法律援助工作站", HostInstitution.LABOUR_INSPECTION, "620201");
		ServiceUnit township = unit(jiayuguan, UnitKind.WORKSTATION, "雄关街道司法所法律援助工作站", HostInstitution.JUDICIAL_OFFICE, "620201001");
		List<Division> villages = divisions.children("620201100");
		for (int i = 0; i < Math.min(3, villages.size()); i++) {
			unit(jiayuguan, UnitKind.LIAISON_POINT, villages.get(i).name() + "法律援助联络点", null, villages.get(i).code());
		}
		for (int i = 3; i < Math.min(6, villages.size()); i++) {
			network.attachPerson(jiayuguan.id(), PersonRole.LEGAL_ADVISER, "法律顾问" + (i - 2), villages.get(i).code());
		}
		ServiceUnit chengguan = centres.get("620102");
		unit(chengguan, UnitKind.WORKSTATION, "城关区酒泉路街道司法所法律援助工作站", HostInstitution.JUDICIAL_OFFICE, "620102001");
		unit(chengguan, UnitKind.WORKSTATION, "城关区妇联法律援助工作站", HostInstitution.WOMENS_FEDERATION, "620102");
		ServiceUnit detention = unit(chengguan, UnitKind.WORKSTATION, "城关区看守所法律援助工作站", HostInstitution.DETENTION_CENTRE, "620102");
		ServiceUnit chengguanCourt = unit(chengguan, UnitKind.WORKSTATION, "城关区人民法院法律援助工作站", HostInstitution.COURT, "620102");
		ServiceUnit lanzhou = network.get(chengguan.parentId());
		account("admin", "系统管理员", province, Role.SYSTEM_ADMIN);
		account("bureau.gansu", "省厅管理员", province, Role.BUREAU_ADMIN);
		account("hotline.gansu", "12348 接线员", province, Role.HOTLINE_OPERATOR);
		account("quality.lanzhou", "兰州质量评查员", lanzhou, Role.QUALITY_REVIEWER);
		account("clerk.chengguan", "城关区窗口", chengguan, Role.WINDOW_CLERK);
		account("reviewer.chengguan", "城关区审查员", chengguan, Role.REVIEWER);
		account("director.chengguan", "城关区中心主任", chengguan, Role.DIRECTOR);
		account("lawyer.chengguan", "城关区援助律师", chengguan, Role.LAWYER);
		account("clerk.qilihe", "七里河区窗口", centres.get("620103"), Role.WINDOW_CLERK);
		account("clerk.jiayuguan", "嘉峪关窗口", jiayuguan, Role.WINDOW_CLERK);
		account("clerk.xiongguan", "雄关工作站窗口", township, Role.WINDOW_CLERK);
		account("lawyer.court", "法院工作站值班律师", court, Role.LAWYER);
		lawyers.load(chengguan, centres.get("620103"));
		duty.load(detention, chengguanCourt);
		log.info("demo data loaded: {} centres, accounts with password listed in the README", centres.size());
	}

	private void importTownshipsAndVillages() {
		try (Reader streets = reader("network/demo/streets.csv"); Reader villages = reader("network/demo/villages.csv")) {
			divisions.importTownshipsAndVillages(streets, villages, Set.of("62"));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static Reader reader(String path) throws java.io.IOException {
		return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
	}

	private ServiceUnit centre(ServiceUnit parent, String division, String name, String address, String phone) {
		return network.create(new UnitDraft(parent == null ? null : parent.id(), UnitKind.CENTRE, name, null, division,
				address, phone == null ? "12348" : phone, HOURS));
	}

	private ServiceUnit unit(ServiceUnit parent, UnitKind kind, String name, HostInstitution host, String division) {
		return network.create(new UnitDraft(parent.id(), kind, name, host, division, null, null, HOURS));
	}

	private void account(String username, String name, ServiceUnit unit, Role role) {
		accounts.provision(new AccountDraft(username, name, unit.id(), Set.of(role), true, PASSWORD), false);
	}
}
