package org.workledger.vocabulary;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workledger.contract.ProgressStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatusVocabularyTests {

	private final StatusVocabulary standard = StatusVocabulary.standard();

	@Test
	void theFourWordsAreExact() {
		for (ProgressStatus status : ProgressStatus.values()) {
			assertThat(this.standard.parse(status.label())).hasValue(status);
			assertThat(StatusVocabulary.isExact(status.label())).isTrue();
		}
	}

	@Test
	void everydayWordsForEachStatus() {
		assertThat(this.standard.parse("已办结")).hasValue(ProgressStatus.DONE);
		assertThat(this.standard.parse("正在落实")).hasValue(ProgressStatus.IN_PROGRESS);
		assertThat(this.standard.parse("尚未开展")).hasValue(ProgressStatus.NOT_STARTED);
		assertThat(this.standard.parse("常态化推进")).hasValue(ProgressStatus.ONGOING);
		assertThat(this.standard.parse("长期")).hasValue(ProgressStatus.ONGOING);
		assertThat(StatusVocabulary.isExact("长期")).isFalse();
	}

	@Test
	void quotesSpacesAndAFullStopAroundTheWordDoNotCount() {
		assertThat(this.standard.parse(" “持续推进”。")).hasValue(ProgressStatus.ONGOING);
		assertThat(this.standard.parse("推 进 中")).hasValue(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void anUnknownWordIsNotParsedAndNamesTheNearestStatus() {
		assertThat(this.standard.parse("差不多了")).isEmpty();
		assertThat(this.standard.nearest("差不多了")).isEmpty();
		// a task about to be finished is not finished: 已完成 is nearest by letters only
		assertThat(this.standard.nearest("即将完成")).containsExactly(ProgressStatus.IN_PROGRESS);
		assertThat(this.standard.nearest("接近完成")).containsExactly(ProgressStatus.IN_PROGRESS);
		assertThat(this.standard.nearest("已完成了")).containsExactly(ProgressStatus.DONE);
		assertThat(this.standard.nearest("未完成")).containsExactly(ProgressStatus.IN_PROGRESS, ProgressStatus.NOT_STARTED);
	}

	@Test
	void anOfficeAddsItsOwnWordsByStatus() {
		StatusVocabulary office = StatusVocabulary
			.withOfficeWords(Map.of("done", List.of("已交账"), "ongoing", List.of("常抓不懈、久久为功")));
		assertThat(office.parse("已交账")).hasValue(ProgressStatus.DONE);
		assertThat(office.parse("久久为功")).hasValue(ProgressStatus.ONGOING);
		assertThat(office.parse("已办结")).hasValue(ProgressStatus.DONE);
		assertThat(this.standard.parse("已交账")).isEmpty();
		assertThat(office.fingerprint()).isNotEqualTo(this.standard.fingerprint());
	}

	@Test
	void anOfficeWordThatWouldRecountACommonOneStopsTheRun() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StatusVocabulary.withOfficeWords(Map.of("done", List.of("进行中"))))
			.withMessageContaining("“进行中”已是“推进中”的常用说法，不能列在 done 下");
		// listing a common word under its own status is harmless
		assertThat(StatusVocabulary.withOfficeWords(Map.of("in-progress", List.of("进行中"))).parse("进行中"))
			.hasValue(ProgressStatus.IN_PROGRESS);
	}

	@Test
	void wordsWithAPercentAfterThemOrInTraditionalCharacters() {
		assertThat(this.standard.parse("推进中（80%）")).hasValue(ProgressStatus.IN_PROGRESS);
		assertThat(this.standard.parse("已完成 100%")).hasValue(ProgressStatus.DONE);
		assertThat(this.standard.parse("推進中")).hasValue(ProgressStatus.IN_PROGRESS);
		assertThat(this.standard.parse("持續推進")).hasValue(ProgressStatus.ONGOING);
		assertThat(this.standard.parse("持续推进中")).hasValue(ProgressStatus.ONGOING);
		assertThat(this.standard.parse("还未开展")).hasValue(ProgressStatus.NOT_STARTED);
		assertThat(this.standard.nearest("计划中")).containsExactly(ProgressStatus.NOT_STARTED, ProgressStatus.IN_PROGRESS);
	}

	@Test
	void aWrongSettingSaysWhatToFix() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatusVocabulary.withOfficeWords(Map.of("finished", List.of("完"))))
			.withMessageContaining("“finished”不是一种完成状态").withMessageContaining("done（已完成）");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StatusVocabulary
				.withOfficeWords(new java.util.TreeMap<>(Map.of("done", List.of("了结"), "ongoing", List.of("了结")))))
			.withMessageContaining("“了结”同时列在 done 和 ongoing 下");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StatusVocabulary.withOfficeWords(Map.of("done", List.of("推进中"))))
			.withMessageContaining("“推进中”是规定的完成状态之一");
	}

}
