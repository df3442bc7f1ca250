package org.legalaid.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.people.PersonGroup;
import org.legalaid.shared.AccessRefused;
import org.legalaid.shared.PageRequest;
import org.legalaid.shared.RecordNotFound;
import org.legalaid.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consultation records: the rules on entry, the data scope, ratings, the one-time survey and satisfaction figures. */
@SpringBootTest
class ConsultationTests {

	@Autowired Consultations consultations;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	<T> T as(String username, Supplier<T> work) {
		return Staff.signedIn(users, username, work);
	}

	static ConsultationDraft draft(String question, int seconds) {
		return new ConsultationDraft(ConsultationChannel.PHONE_12348, "LABOUR", Set.of(PersonGroup.MIGRANT_WORKER), "张先生",
				"13912345678", question, "告知可申请法律援助。", null, seconds, false, null);
	}

	static ConsultationDraft at(OffsetDateTime startedAt, String phone) {
		return new ConsultationDraft(ConsultationChannel.WALK_IN, "FAMILY", Set.of(), null, phone, "抚养费怎么算？", null,
				startedAt, 120, false, null);
	}

	long unit(String division) {
		return jdbc.sql("SELECT id FROM network_unit WHERE division_code = :d AND kind = 'CENTRE'").param("d", division)
			.query(Long.class).single();
	}

	@Test
	void aConsultationIsRecordedWithTheQuestionEncryptedAndThePhoneMasked() {
		ConsultationId id = as("hotline.gansu", () -> consultations.record(draft("工地老板拖欠三个月工资怎么办？", 185)));

		Consultation c = as("hotline.gansu", () -> consultations.get(id));
		assertThat(c.operatorUsername()).isEqualTo("hotline.gansu");
		assertThat(c.channel()).isEqualTo(ConsultationChannel.PHONE_12348);
		assertThat(c.callerGroups()).containsExactly(PersonGroup.MIGRANT_WORKER);
		assertThat(c.callerPhoneMasked()).isEqualTo("139****5678");
		assertThat(c.durationText()).isEqualTo("3:05");
		assertThat(c.satisfaction()).isNull();
		var stored = jdbc.sql("SELECT question_enc, caller_phone_enc FROM hotline_consultation WHERE id = :id")
			.param("id", id.value()).query((rs, n) -> rs.getString(1) + rs.getString(2)).single();
		assertThat(stored).doesNotContain("工资").doesNotContain("13912345678");
		assertThat(as("hotline.gansu", () -> consultations.revealQuestion(id))).isEqualTo("工地老板拖欠三个月工资怎么办？");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM access_audit_event WHERE record_type = 'consultation' AND record_id = :id AND action = 'REVEAL_PERSONAL_DATA'")
			.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void entryRulesNameTheField() {
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(draft("  ", 60))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("question"));
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(draft("<script>", 60))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("question"));
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(draft("问题", 4 * 3600 + 1))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("durationSeconds"));
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(draft("问题", -1))))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("durationSeconds"));
		var noTopic = new ConsultationDraft(ConsultationChannel.ONLINE, "NOPE", Set.of(), null, null, "问题", null, null, 60, false, null);
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(noTopic)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("topicCode"));
		var followUp = new ConsultationDraft(ConsultationChannel.ONLINE, "LABOUR", Set.of(), null, null, "问题", null, null, 60, true, " ");
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.record(followUp)))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("followUpNote"));
		assertThatThrownBy(() -> as("quality.lanzhou", () -> consultations.record(draft("问题", 60)))).isInstanceOf(AccessRefused.class);
		// the boundaries themselves are accepted
		assertThat(as("hotline.gansu", () -> consultations.record(draft("问题", 0)))).isNotNull();
		assertThat(as("hotline.gansu", () -> consultations.record(draft("问题", 4 * 3600)))).isNotNull();
	}

	@Test
	void aCountyRecordIsSeenAboveButNotNextDoorAndTheProvinceRecordIsNotSeenByTheCounty() {
		ConsultationId county = as("clerk.chengguan", () -> consultations.record(draft("城关区的咨询", 60)));
		ConsultationId province = as("hotline.gansu", () -> consultations.record(draft("省中心的咨询", 60)));

		assertThat(as("hotline.gansu", () -> consultations.get(county)).unitId()).isEqualTo(unit("620102"));
		assertThatThrownBy(() -> as("clerk.qilihe", () -> consultations.get(county))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> consultations.revealQuestion(county))).isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> { consultations.rate(county, 5); return null; }))
			.isInstanceOf(RecordNotFound.class);
		assertThatThrownBy(() -> as("clerk.chengguan", () -> consultations.get(province))).isInstanceOf(RecordNotFound.class);

		var mine = new ConsultationFilter(null, null, null, null, "clerk.chengguan");
		assertThat(as("clerk.qilihe", () -> consultations.search(mine, PageRequest.of(0, 200))).total()).isZero();
		assertThat(as("clerk.chengguan", () -> consultations.search(ConsultationFilter.any(), PageRequest.of(0, 200))).items())
			.extracting(Consultation::id).contains(county).doesNotContain(province);
		assertThat(as("hotline.gansu", () -> consultations.search(mine, PageRequest.of(0, 200))).items())
			.extracting(Consultation::id).contains(county);
	}

	@Test
	void theListFiltersByChannelTopicAndDate() {
		OffsetDateTime day = OffsetDateTime.of(2021, 3, 9, 10, 0, 0, 0, ZoneOffset.ofHours(8));
		ConsultationId walkIn = as("clerk.chengguan", () -> consultations.record(at(day, null)));
		var onDay = new ConsultationFilter(null, null, LocalDate.of(2021, 3, 9), LocalDate.of(2021, 3, 9), null);
		assertThat(as("clerk.chengguan", () -> consultations.search(onDay, PageRequest.of(0, 20))).items())
			.extracting(Consultation::id).containsExactly(walkIn);
		var phone = new ConsultationFilter(ConsultationChannel.PHONE_12348, null, LocalDate.of(2021, 3, 9), LocalDate.of(2021, 3, 9), null);
		assertThat(as("clerk.chengguan", () -> consultations.search(phone, PageRequest.of(0, 20))).total()).isZero();
		var labour = new ConsultationFilter(null, "LABOUR", LocalDate.of(2021, 3, 9), LocalDate.of(2021, 3, 9), null);
		assertThat(as("clerk.chengguan", () -> consultations.search(labour, PageRequest.of(0, 20))).total()).isZero();
	}

	@Test
	void theSurveyLinkIsSentByTextMessageAndRecordsARatingOnce() {
		ConsultationId id = as("hotline.gansu", () -> consultations.record(draft("咨询离婚", 90)));
		String path = as("hotline.gansu", () -> consultations.surveyLink(id));
		String token = path.substring("/public/survey/".length());

		assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_consultation WHERE survey_token_key LIKE :t").param("t", "%" + token + "%")
			.query(Long.class).single()).isZero();
		var sms = jdbc.sql("SELECT body, recipient_enc FROM hotline_outbox WHERE body LIKE :t").param("t", "%" + token)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
		assertThat(sms[1]).doesNotContain("13912345678");
		assertThat(sms[0]).as("a full link the caller's phone can open").contains("http://localhost:8080/public/survey/" + token);

		assertThat(consultations.survey(token)).isEqualTo(SurveyStatus.OPEN);
		consultations.answerSurvey(token, 4);
		Consultation rated = as("hotline.gansu", () -> consultations.get(id));
		assertThat(rated.satisfaction()).isEqualTo(4);
		assertThat(rated.satisfactionSource()).isEqualTo(SatisfactionSource.SURVEY);

		assertThat(consultations.survey(token)).isEqualTo(SurveyStatus.ANSWERED);
		assertThatThrownBy(() -> consultations.answerSurvey(token, 1))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.survey.status.ANSWERED"));
		assertThat(as("hotline.gansu", () -> consultations.get(id)).satisfaction()).isEqualTo(4);
		assertThatThrownBy(() -> consultations.answerSurvey("0".repeat(32), 3))
			.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("hotline.survey.status.UNKNOWN"));
		assertThatThrownBy(() -> as("hotline.gansu", () -> consultations.surveyLink(id))).isInstanceOf(RuleViolation.class);
	}

	@Test
	void satisfactionFiguresArePerUnitAndPerOperator() {
		OffsetDateTime day = OffsetDateTime.of(2021, 5, 17, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		ConsultationId a = as("clerk.chengguan", () -> consultations.record(at(day, null)));
		ConsultationId b = as("clerk.chengguan", () -> consultations.record(at(day, null)));
		as("clerk.chengguan", () -> consultations.record(at(day, null)));
		ConsultationId d = as("director.chengguan", () -> consultations.record(at(day, null)));
		ConsultationId e = as("clerk.qilihe", () -> consultations.record(at(day, null)));
		as("clerk.chengguan", () -> { consultations.rate(a, 5); consultations.rate(b, 2); return null; });
		as("director.chengguan", () -> { consultations.rate(d, 4); return null; });
		as("clerk.qilihe", () -> { consultations.rate(e, 1); return null; });

		LocalDate on = LocalDate.of(2021, 5, 17);
		SatisfactionFigures chengguan = as("director.chengguan", () -> consultations.satisfaction(unit("620102"), on, on));
		assertThat(chengguan.total().consultations()).isEqualTo(4);
		assertThat(chengguan.total().rated()).isEqualTo(3);
		assertThat(chengguan.total().average()).isCloseTo(11.0 / 3, org.assertj.core.data.Offset.offset(0.001));
		assertThat(chengguan.total().satisfiedPercent()).isEqualTo(67);
		assertThat(chengguan.byOperator()).extracting(SatisfactionRate::key, SatisfactionRate::rated, SatisfactionRate::satisfiedPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("clerk.chengguan", 2L, 50L),
					org.assertj.core.groups.Tuple.tuple("director.chengguan", 1L, 100L));

		long province = as("hotline.gansu", () -> consultations.get(consultations.record(draft("省中心", 30))).unitId());
		SatisfactionFigures all = as("hotline.gansu", () -> consultations.satisfaction(province, on, on));
		assertThat(all.byUnit()).extracting(SatisfactionRate::key)
			.contains(Long.toString(unit("620102")), Long.toString(unit("620103")));
		assertThat(all.total().rated()).isEqualTo(4);
		assertThatThrownBy(() -> as("clerk.qilihe", () -> consultations.satisfaction(unit("620102"), on, on)))
			.isInstanceOf(RecordNotFound.class);
	}
}
