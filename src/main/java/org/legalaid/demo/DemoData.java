package org.legalaid.demo;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legalaid.access.AccountDraft;
import org.legalaid.access.Accounts;
import org.legalaid.access.StaffAccount;
import org.legalaid.network.Division;
import org.legalaid.network.DivisionLevel;
import org.legalaid.network.Divisions;
import org.legalaid.network.HostInstitution;
import org.legalaid.network.PersonRole;
import org.legalaid.network.ServiceNetwork;
import org.legalaid.network.ServiceUnit;
import org.legalaid.network.UnitDraft;
import org.legalaid.network.UnitKind;
import org.legalaid.shared.Actor;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.Role;
import org.legalaid.wages.ArrearsLedger;
import org.legalaid.wages.ComplaintDraft;
import org.legalaid.wages.ComplaintId;
import org.legalaid.wages.Complaints;
import org.legalaid.wages.RecoveryDraft;
import org.legalaid.wages.RecoveryMethod;
import org.legalaid.wages.ReferralTarget;
import org.legalaid.wages.SupervisionDraft;
import org.legalaid.wages.Supervisions;
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
	private final Complaints complaints;
	private final Supervisions supervisions;
	private final ArrearsLedger ledger;
	private final DemoLawyers lawyers;
	private final DemoDuty duty;
	private final DemoAssignment assignment;
	private final DemoCases cases;
	private final DemoDefence defence;
	private final Clock clock;

	DemoData(ServiceNetwork network, Divisions divisions, Accounts accounts, CurrentActor actors, TransactionTemplate transaction,
			Complaints complaints, Supervisions supervisions, ArrearsLedger ledger, DemoLawyers lawyers, DemoDuty duty,
			DemoAssignment assignment, DemoCases cases, DemoDefence defence, Clock clock) {
		this.duty = duty;
		this.assignment = assignment;
		this.cases = cases;
		this.defence = defence;
		this.network = network;
		this.divisions = divisions;
		this.accounts = accounts;
		this.actors = actors;
		this.transaction = transaction;
		this.complaints = complaints;
		this.supervisions = supervisions;
		this.ledger = ledger;
		this.lawyers = lawyers;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Runnable> afterCommit = new java.util.ArrayList<>();
		actors.runAsSystem(() -> transaction.executeWithoutResult(status -> {
			if (network.search("", true, PageRequest.of(0, 1)).total() > 0) {
				return;
			}
			afterCommit.add(load());
		}));
		// the application's letters are numbered in transactions of their own: only once the network is committed
		afterCommit.forEach(Runnable::run);
	}

	/** Loads the demo in the caller's transaction; returns what must run after it commits. */
	private Runnable load() {
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
		StaffAccount clerk = account("clerk.chengguan", "城关区窗口", chengguan, Role.WINDOW_CLERK);
		StaffAccount reviewer = account("reviewer.chengguan", "城关区审查员", chengguan, Role.REVIEWER);
		StaffAccount director = account("director.chengguan", "城关区中心主任", chengguan, Role.DIRECTOR);
		StaffAccount liMing = account("lawyer.chengguan", "城关区援助律师", chengguan, Role.LAWYER);
		StaffAccount qilihe = account("clerk.qilihe", "七里河区窗口", centres.get("620103"), Role.WINDOW_CLERK);
		account("clerk.jiayuguan", "嘉峪关窗口", jiayuguan, Role.WINDOW_CLERK);
		account("clerk.xiongguan", "雄关工作站窗口", township, Role.WINDOW_CLERK);
		account("lawyer.court", "法院工作站值班律师", court, Role.LAWYER);
		wageComplaints(clerk, director, qilihe);
		lawyers.load(chengguan, centres.get("620103"));
		duty.load(detention, chengguanCourt);
		defence.load(chengguan, detention, chengguanCourt);
		log.info("demo data loaded: {} centres, accounts with password listed in the README", centres.size());
		return () -> {
			assignment.load(actor(clerk), actor(reviewer));
			cases.load(actor(clerk), actor(reviewer), actor(director), actor(liMing));
		};
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

	private StaffAccount account(String username, String name, ServiceUnit unit, Role role) {
		return accounts.provision(new AccountDraft(username, name, unit.id(), Set.of(role), true, PASSWORD), false);
	}

	/** Unpaid-wage complaints: three in Chengguan (one referred to labour inspection, supervised, partly paid), one in Qilihe. */
	private void wageComplaints(StaffAccount clerk, StaffAccount director, StaffAccount qilihe) {
		LocalDate today = LocalDate.now(clock);
		YearMonth month = YearMonth.from(today);
		ComplaintId site = as(clerk, () -> complaints.record(new ComplaintDraft("马建国", "13909310001", null, "甘肃某建筑劳务有限公司",
				"91620102MA71X8XK46", "城关区某安置小区二期工程", "620102", 12, new BigDecimal("186000.00"), month.minusMonths(8),
				month.minusMonths(3), "钢筋班组12人，完工后工资一直未结清，多次讨要无果。", today)));
		as(clerk, () -> complaints.refer(site, complaints.get(site).version(),
				ReferralTarget.labourInspection("兰州市城关区劳动保障监察大队", "CGJC-2026-118")));
		as(clerk, () -> ledger.recover(site, complaints.get(site).version(),
				new RecoveryDraft(today, new BigDecimal("60000.00"), RecoveryMethod.NEGOTIATION, 4, "包工头先行垫付部分工资")));
		as(director, () -> supervisions.open(site, new SupervisionDraft("请监察大队加快核查进度，五个工作日内反馈处理情况。", null)));
		as(clerk, () -> complaints.record(new ComplaintDraft("刘秀兰", "13893120002", null, "城关区某餐饮店", null, null, "620102001",
				2, new BigDecimal("8400.00"), month.minusMonths(2), month.minusMonths(1), "服务员两人，两个月工资未发。", today)));
		as(clerk, () -> complaints.record(new ComplaintDraft("张伟", "13919330003", null, "兰州某装饰工程有限公司",
				"91620102MA7CG0FM3K", "某商业综合体装修工程", "620102", 5, new BigDecimal("42500.50"), month.minusMonths(4),
				month.minusMonths(1), "装修工人五人，工程结束后未付工资。", today)));
		as(qilihe, () -> complaints.record(new ComplaintDraft("王小平", "13809310004", null, "七里河区某物流有限公司",
				"91620103MA72ABCD1R", null, "620103", 3, new BigDecimal("21000.00"), month.minusMonths(3), month.minusMonths(1),
				"装卸工三人被拖欠工资。", today)));
	}

	private <T> T as(StaffAccount account, java.util.function.Supplier<T> work) {
		return actors.callAs(actor(account), work);
	}

	private static Actor actor(StaffAccount account) {
		return new Actor(account.id(), account.username(), account.displayName(), account.unitId(), account.unitPath(), account.roles());
	}
}
