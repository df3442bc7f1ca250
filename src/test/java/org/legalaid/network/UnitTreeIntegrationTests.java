package org.legalaid.network;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalaid.shared.CurrentActor;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tree queries on a deep branch (province → prefecture → county → workstation → liaison point) seen from
 * actors at different levels: children, ancestors, search and scope must all agree with the paths.
 */
@SpringBootTest
class UnitTreeIntegrationTests {

	@Autowired ServiceNetwork network;
	@Autowired CurrentActor actors;
	@Autowired JdbcClient jdbc;
	@Autowired org.springframework.security.core.userdetails.UserDetailsService users;

	private ServiceUnit unitAt(String division) {
		long id = jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
		return actors.callAsSystem(() -> network.get(id));
	}

	<T> T as(String username, java.util.function.Supplier<T> work) {
		return org.legalaid.Staff.signedIn(users, username, work);
	}

	@Test
	void aDeepBranchHasConsistentPathsDepthsAndAncestors() {
		ServiceUnit province = unitAt("620000");
		ServiceUnit prefecture = unitAt("620100");
		ServiceUnit county = unitAt("620102");
		ServiceUnit workstation = actors.callAsSystem(() -> network.create(new UnitDraft(county.id(), UnitKind.WORKSTATION,
				"测试深层工作站" + System.nanoTime(), HostInstitution.UNIVERSITY, "620102", null, null, null)));
		ServiceUnit deep = actors.callAsSystem(() -> network.create(new UnitDraft(workstation.id(), UnitKind.LIAISON_POINT,
				"测试深层联络点" + System.nanoTime(), null, "620102002", null, null, null)));

		assertThat(province.depth()).isEqualTo(1);
		assertThat(prefecture.path()).isEqualTo(province.path() + prefecture.id() + "/");
		assertThat(county.path()).isEqualTo(prefecture.path() + county.id() + "/");
		assertThat(deep.depth()).isEqualTo(5);
		assertThat(deep.path()).isEqualTo(workstation.path() + deep.id() + "/");

		List<ServiceUnit> all = actors.callAsSystem(() -> network.ancestors(deep));
		assertThat(all).extracting(ServiceUnit::id).containsExactly(province.id(), prefecture.id(), county.id(), workstation.id());
		List<ServiceUnit> fromCounty = as("clerk.chengguan", () -> network.ancestors(deep));
		assertThat(fromCounty).extracting(ServiceUnit::id).containsExactly(county.id(), workstation.id());

		List<UnitNode> children = as("clerk.chengguan", () -> network.children(workstation.id(), 0));
		assertThat(children).extracting(n -> n.unit().id()).containsExactly(deep.id());
		assertThat(as("clerk.chengguan", () -> network.children(county.id(), 0))).anyMatch(n -> n.unit().id() == workstation.id() && n.hasChildren());
	}

	@Test
	void scopeFollowsThePathPrefixNotTheIdDigits() {
		ServiceUnit chengguan = unitAt("620102");
		long inScope = as("clerk.chengguan", () -> network.search("", true, PageRequest.of(0, 200))).total();
		long expected = jdbc.sql("SELECT COUNT(*) FROM network_unit WHERE unit_path LIKE :p").param("p", chengguan.path() + "%")
			.query(Long.class).single();
		assertThat(inScope).isEqualTo(expected).isGreaterThanOrEqualTo(3);
		assertThat(as("clerk.chengguan", () -> network.search("七里河", true, PageRequest.of(0, 20))).total()).isZero();
		ServiceUnit province = unitAt("620000");
		assertThat(as("admin", () -> network.search("七里河", true, PageRequest.of(0, 20))).total()).isPositive();
	}

	@Test
	void childrenPageThroughLargeLevels() {
		ServiceUnit province = unitAt("620000");
		List<UnitNode> prefectures = as("admin", () -> network.children(province.id(), 0));
		assertThat(prefectures).hasSize(14).allMatch(UnitNode::hasChildren);
		assertThat(as("admin", () -> network.children(province.id(), 10))).hasSize(4);
	}

	@Test
	void coverageCountsVillagesWithLiaisonPointsOrAdvisers() {
		ServiceUnit jiayuguan = unitAt("620200");
		Coverage coverage = actors.callAsSystem(() -> network.coverage(jiayuguan.id()));
		long villages = jdbc.sql("SELECT COUNT(*) FROM network_division WHERE level = 5 AND code LIKE '620201%'").query(Long.class).single();
		assertThat(coverage.villages()).isEqualTo(villages).isEqualTo(48);
		assertThat(coverage.villagesWithLiaisonPoint()).isGreaterThanOrEqualTo(3);
		assertThat(coverage.villagesWithAdviser()).isEqualTo(3);
		assertThat(coverage.villagesCovered()).isEqualTo(coverage.villagesWithLiaisonPoint() + coverage.villagesWithAdviser());
		assertThat(coverage.unitsByLevel()).containsKey("coverage.WORKSTATION").containsKey("coverage.LIAISON_POINT")
			.containsEntry("coverage.centre.PREFECTURE", 1L);
		ServiceUnit chengguan = unitAt("620102");
		long workstations = jdbc.sql("SELECT COUNT(*) FROM network_unit WHERE kind = 'WORKSTATION' AND active = TRUE AND unit_path LIKE :p")
			.param("p", chengguan.path() + "%").query(Long.class).single();
		assertThat(workstations).as("workstations at county and township level").isGreaterThanOrEqualTo(2);
		assertThat(actors.callAsSystem(() -> network.coverage(chengguan.id())).unitsByLevel().get("coverage.WORKSTATION"))
			.isEqualTo(workstations);
		Coverage province = actors.callAsSystem(() -> network.coverage(unitAt("620000").id()));
		// every county of Gansu has a centre, except Jiayuguan's single county-level division served by the city centre
		assertThat(province.unitsByLevel().get("coverage.centre.COUNTY")).isEqualTo(
				jdbc.sql("SELECT COUNT(*) FROM network_division WHERE level = 3 AND code LIKE '62%'").query(Long.class).single() - 1);
	}

	@Test
	void aCentresJusticeDepartmentIsTheBureauOfItsDivisionOrTheProvincialDepartment() {
		assertThat(unitAt("620102").justiceDepartmentName()).isEqualTo("城关区司法局");
		assertThat(unitAt("620100").justiceDepartmentName()).isEqualTo("兰州市司法局");
		assertThat(unitAt("620000").justiceDepartmentName()).isEqualTo("甘肃省司法厅");
	}

	@Test
	void unitRulesAreEnforcedOnCreate() {
		ServiceUnit county = unitAt("620102");
		ServiceUnit province = unitAt("620000");
		assertThatThrownBy(() -> actors.callAsSystem(() -> network.create(new UnitDraft(county.id(), UnitKind.WORKSTATION,
				"无依托单位工作站", null, "620102", null, null, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("hostInstitution"));
		assertThatThrownBy(() -> actors.callAsSystem(() -> network.create(new UnitDraft(county.id(), UnitKind.WORKSTATION,
				"区划越界工作站", HostInstitution.COURT, "620201", null, null, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("unit.error.division.outside"));
		assertThatThrownBy(() -> actors.callAsSystem(() -> network.create(new UnitDraft(province.id(), UnitKind.CENTRE,
				"不存在的中心", null, "629999", null, null, null))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("unit.error.division.unknown"));
		assertThatThrownBy(() -> actors.callAsSystem(() -> network.deactivate(county.id(), county.version())))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("unit.error.deactivate.children"));
	}
}
