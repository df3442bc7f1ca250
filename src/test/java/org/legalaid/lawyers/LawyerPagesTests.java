package org.legalaid.lawyers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.legalaid.China;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.legalaid.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pool's pages: list, form, provider page with its actions, organisations, criteria and the import with progress. */
@SpringBootTest
@AutoConfigureMockMvc
class LawyerPagesTests {

	@Autowired MockMvc mvc;
	@Autowired UserDetailsService users;
	@Autowired Organisations organisations;
	@Autowired Providers providers;

	PoolFixtures fx() {
		return new PoolFixtures(users, organisations, providers);
	}

	String organisationId(String name) {
		return fx().as("director.chengguan", () -> organisations.search(name, true, org.legalaid.shared.PageRequest.of(0, 1)))
			.items().get(0).id().toString();
	}

	@Test
	void theListSearchesFiltersAndSortsForReadersAndOffersAddingToManagers() throws Exception {
		mvc.perform(get("/lawyers").with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/lawyers/new"), containsString("/lawyers/import"))));
		mvc.perform(get("/lawyers").param("organisation", organisationId("甘肃陇原律师事务所")).with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("阿依古丽·买买提"), containsString("张静"), not(containsString("王建国")))));
		mvc.perform(get("/lawyers").param("name", "杨帆").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("没有符合条件的人员")));
		mvc.perform(get("/lawyers").param("specialty", "CRIMINAL").param("status", "ACTIVE").param("sort", "LICENCE")
				.param("region", "620102").with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("王建国"), not(containsString("张静")), not(containsString("陈刚")))));
		mvc.perform(get("/lawyers").param("name", "阿依").with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("阿依古丽·买买提"), not(containsString("王建国")),
					not(containsString("/lawyers/new")))));
		mvc.perform(get("/lawyers").with(as(users, "hotline.gansu"))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(as(users, "director.chengguan"))).andExpect(content().string(containsString("href=\"/lawyers\"")));
	}

	@Test
	void aProviderIsRegisteredThroughTheFormAndAdmittedOnTheirPage() throws Exception {
		Organisation firm = fx().firm("director.chengguan", OrganisationKind.LAW_FIRM);
		String idNumber = PoolFixtures.idNumber();
		String licence = PoolFixtures.licence();

		mvc.perform(get("/lawyers/new").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("for=\"idNumber\""), containsString(firm.name()))));
		mvc.perform(post("/lawyers").with(csrf()).with(as(users, "director.chengguan")).param("kind", "LAWYER").param("name", " ")
				.param("regions", "620102"))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("请填写姓名"), containsString("请按提示修改"))));
		String location = mvc.perform(post("/lawyers").with(csrf()).with(as(users, "director.chengguan"))
				.param("kind", "LAWYER").param("name", "页面律师").param("idNumber", idNumber).param("phone", "13900003333")
				.param("licenceNumber", licence).param("firstPracticeDate", China.today().minusYears(5).toString())
				.param("organisationId", firm.id().toString()).param("specialties", "LABOUR", "FAMILY").param("regions", "620102 620102001")
				.param("languages", "mn"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/lawyers/*"))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(as(users, "director.chengguan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("页面律师"), containsString(idNumber.substring(0, 6) + "********"),
					not(containsString(idNumber)), containsString("139****3333"), containsString("蒙古语"), containsString("审核通过"))));
		mvc.perform(post(location + "/id-number").with(csrf()).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString(idNumber)));
		mvc.perform(get(location).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
		mvc.perform(get(location).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("审核通过"))));

		mvc.perform(post(location + "/admit").with(csrf()).with(as(users, "director.chengguan")).param("version", "0"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", true));
		mvc.perform(get(location).with(as(users, "director.chengguan")))
			.andExpect(content().string(allOf(containsString("在库"), containsString(China.today().plusYears(1).minusDays(1).toString()))));
		mvc.perform(post(location + "/suspend").with(csrf()).with(as(users, "director.chengguan")).param("version", "1").param("reason", ""))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"reason-error\""),
					containsString("is-invalid"))));
		mvc.perform(post(location + "/discipline").with(csrf()).with(as(users, "director.chengguan"))
				.param("decidedOn", China.today().toString()).param("authority", "兰州市律师协会").param("sanction", "警告"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(as(users, "director.chengguan"))).andExpect(content().string(allOf(containsString("警告"),
				containsString("有处分记录"))));
		mvc.perform(get(location + "/edit").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("页面律师"), containsString("620102 620102001"))));
	}

	@Test
	void aRefusedAdmissionNamesEachFailedCriterion() throws Exception {
		Organisation firm = fx().firm("director.chengguan", OrganisationKind.LAW_FIRM);
		ProviderId id = fx().register("director.chengguan", PoolFixtures.lawyer(firm, 1, null, Set.of(), Set.of("620102")));
		mvc.perform(post("/lawyers/" + id + "/admit").with(csrf()).with(as(users, "director.chengguan")).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("不符合入库条件"), containsString("执业年限不足：入库要求 2 年以上，目前 1 年"))));
	}

	@Test
	void organisationsAreListedAddedAndShown() throws Exception {
		mvc.perform(get("/lawyers/organisations").param("q", "金城").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("甘肃金城律师事务所")));
		mvc.perform(post("/lawyers/organisations").with(csrf()).with(as(users, "director.chengguan")).param("kind", "LAW_FIRM")
				.param("name", "页面律所").param("creditCode", "123").param("divisionCode", "620102"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("统一社会信用代码不正确")));
		String location = mvc.perform(post("/lawyers/organisations").with(csrf()).with(as(users, "director.chengguan"))
				.param("kind", "GRASSROOTS_OFFICE").param("name", "页面法律服务所").param("creditCode", PoolFixtures.creditCode())
				.param("divisionCode", "620102").param("phone", "0931-1234567"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as(users, "clerk.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("页面法律服务所"), containsString("disabled"))));
		mvc.perform(get(location).with(as(users, "clerk.qilihe"))).andExpect(status().isNotFound());
	}

	@Test
	void administratorsSetARegionsCriteria() throws Exception {
		mvc.perform(get("/admin/lawyer-criteria").with(as(users, "bureau.gansu")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("全国默认"), containsString("最低执业年限"))));
		mvc.perform(get("/admin/lawyer-criteria").with(as(users, "director.chengguan"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/lawyer-criteria").with(csrf()).with(as(users, "bureau.gansu")).param("region", "6202")
				.param("minPracticeYears", "3").param("cleanRecordYears", "").param("dutyMinYears", "2").param("renewalMonths", "24")
				.param("maxOpenCases", "6"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/lawyer-criteria").param("edit", "6202").with(as(users, "bureau.gansu")))
			.andExpect(content().string(allOf(containsString("value=\"6202\""), containsString("value=\"24\""))));
		mvc.perform(post("/admin/lawyer-criteria").with(csrf()).with(as(users, "bureau.gansu")).param("region", "5101")
				.param("minPracticeYears", "3").param("dutyMinYears", "2").param("renewalMonths", "12").param("maxOpenCases", "6"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("只能为本辖区")));
		mvc.perform(post("/admin/lawyer-criteria/remove").with(csrf()).with(as(users, "bureau.gansu")).param("region", "6202"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anImportShowsItsProgressAndThenTheRowsItRefused() throws Exception {
		Organisation firm = fx().firm("director.chengguan", OrganisationKind.LAW_FIRM);
		String csv = "kind,name,id_number,licence_number,first_practice_date,organisation_credit_code,regions\r\n"
				+ "LAWYER,页面导入,"+ PoolFixtures.idNumber() + "," + PoolFixtures.licence() + ",2015-01-01," + firm.creditCode() + ",620102\r\n"
				+ "LAWYER,页面导入坏,"+ PoolFixtures.idNumber() + ",," + "2015-01-01," + firm.creditCode() + ",620102\r\n";
		mvc.perform(get("/lawyers/import").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("type=\"file\""), containsString("template.csv"))));
		mvc.perform(multipart("/lawyers/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
				.with(csrf()).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("文件为空")));
		String location = mvc.perform(multipart("/lawyers/import")
				.file(new MockMultipartFile("file", "页面.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()).with(as(users, "director.chengguan")))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/lawyers/import/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("role=\"progressbar\""), containsString("页面.csv"))));

		String fragment = "";
		for (int i = 0; i < 300 && !fragment.contains("未导入的行"); i++) {
			Thread.sleep(200);
			fragment = mvc.perform(get(location + "/progress").with(as(users, "director.chengguan")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (!fragment.contains("未导入的行")) {
				assertThat(fragment).contains("hx-trigger=\"every 1s\"").doesNotContain("<html");
			}
		}
		assertThat(fragment).contains("100%", "新增 1，更新 0，未导入 1", "请填写执业证号", "licence_number", ">3<")
			.doesNotContain("hx-trigger");
		mvc.perform(get(location).with(as(users, "clerk.qilihe"))).andExpect(status().isForbidden());
		mvc.perform(get("/lawyers/import/template.csv").with(as(users, "director.chengguan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("organisation_credit_code")));
		assertThat(List.of(location)).isNotEmpty();
	}
}
