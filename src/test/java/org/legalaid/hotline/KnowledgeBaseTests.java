package org.legalaid.hotline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legalaid.Staff;
import org.legalaid.shared.AccessRefused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chinese full-text search of the knowledge base: words are found inside longer phrases, the question ranks first. */
@SpringBootTest
class KnowledgeBaseTests {

	@Autowired KnowledgeBase knowledge;
	@Autowired UserDetailsService users;

	@Test
	void aWordFindsTheEntriesContainingItAndRanksAMatchInTheQuestionFirst() {
		List<FaqEntry> found = knowledge.search("工资", 10);

		assertThat(found).extracting(FaqEntry::question)
			.contains("老板拖欠工资不给怎么办？", "农民工讨薪申请法律援助需要审查经济困难吗？");
		assertThat(found.getFirst().question()).contains("工资");
		// an entry with the word only in its keywords or answer ranks below every entry with it in the question
		int lastInQuestion = -1;
		int firstElsewhere = Integer.MAX_VALUE;
		for (int i = 0; i < found.size(); i++) {
			if (found.get(i).question().contains("工资")) {
				lastInQuestion = i;
			}
			else {
				firstElsewhere = Math.min(firstElsewhere, i);
			}
		}
		assertThat(lastInQuestion).isLessThan(firstElsewhere);
	}

	@Test
	void aTwoCharacterWordIsFoundInsideALongerPhrase() {
		assertThat(knowledge.search("离婚", 5)).extracting(FaqEntry::question).contains("协议离婚需要办理哪些手续？");
		assertThat(knowledge.search("工伤", 5).getFirst().question()).isEqualTo("工伤认定应当在什么时间内申请？");
	}

	@Test
	void aSentenceFindsTheClosestEntryFirst() {
		assertThat(knowledge.search("我被家暴了怎么申请保护令", 5).getFirst().question()).contains("家庭暴力");
	}

	@Test
	void nothingFoundGivesAnEmptyList() {
		assertThat(knowledge.search("量子计算机", 10)).isEmpty();
		assertThat(knowledge.search("   ", 10)).isEmpty();
		assertThat(knowledge.search("？！（）", 10)).isEmpty();
		assertThat(knowledge.search("AND OR \"", 10)).isEmpty();
	}

	@Test
	void anAddedOrChangedEntryIsSearchableAtOnceAndOnlyAdministratorsEditThem() {
		FaqEntry added = Staff.signedIn(users, "bureau.gansu",
				() -> knowledge.add(new FaqDraft("OTHER", "法律援助志愿者怎么报名？", "可以向当地法律援助中心报名。", "志愿者", true)));
		assertThat(knowledge.search("志愿者", 5)).extracting(FaqEntry::id).containsExactly(added.id());

		Staff.signedIn(users, "admin",
				() -> knowledge.update(added.id(), added.version(), new FaqDraft("OTHER", "法律援助志愿服务怎么报名？", "可以向当地法律援助中心报名。", "", false)));
		assertThat(knowledge.search("志愿", 5)).extracting(FaqEntry::id).doesNotContain(added.id());

		assertThatThrownBy(() -> Staff.signedIn(users, "hotline.gansu",
				() -> knowledge.add(new FaqDraft("OTHER", "问题", "回答", "", true)))).isInstanceOf(AccessRefused.class);
	}
}
