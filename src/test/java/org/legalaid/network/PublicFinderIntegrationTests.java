package org.legalaid.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public "find legal aid near me" page needs no sign-in and lists the nearest units and 12348. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicFinderIntegrationTests {

	@Autowired MockMvc mvc;

	@Test
	void startsWithTheProvincesAndTheHotline() throws Exception {
		mvc.perform(get("/public/find")).andExpect(status().isOk())
			.andExpect(content().string(containsString("甘肃省")))
			.andExpect(content().string(containsString("tel:12348")));
	}

	@Test
	void aTownshipListsItsLiaisonPointsThenTheCompetentCentres() throws Exception {
		mvc.perform(get("/public/find").param("division", "620201100")).andExpect(status().isOk())
			.andExpect(content().string(containsString("法律援助联络点")))
			.andExpect(content().string(containsString("嘉峪关市法律援助中心")))
			.andExpect(content().string(containsString("甘肃省法律援助中心")))
			.andExpect(content().string(not(containsString("城关区法律援助中心"))));
	}

	@Test
	void aPlaceWithoutUnitsFallsBackToTheProvinceCentre() throws Exception {
		mvc.perform(get("/public/find").param("division", "620103")).andExpect(status().isOk())
			.andExpect(content().string(containsString("七里河区法律援助中心")))
			.andExpect(content().string(containsString("兰州市法律援助中心")));
		mvc.perform(get("/public/find").param("division", "110101")).andExpect(status().isOk())
			.andExpect(content().string(containsString("12348")));
	}

	@Test
	void anUnknownDivisionGetsAClearMessage() throws Exception {
		mvc.perform(get("/public/find").param("division", "999999")).andExpect(status().isOk())
			.andExpect(content().string(containsString("没有找到该地区")));
	}

	@Test
	void englishIsAvailable() throws Exception {
		mvc.perform(get("/public/find").param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Find legal aid near me")));
	}

	@Test
	void healthAndMetricsAreExposedForOperations() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().string(containsString("UP")));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}
}
