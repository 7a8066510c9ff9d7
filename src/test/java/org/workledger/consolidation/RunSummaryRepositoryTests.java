package org.workledger.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The summary's notes name a few files, not a province's thousands: a first round leaves
 * 6,700 rejected returns in input/, and a rerun printed all their names on one line.
 */
class RunSummaryRepositoryTests {

	@Test
	void namesEveryFileOfAShortList() {
		assertThat(RunSummaryRepository.some(List.of("a.xlsx", "b.xlsx"))).isEqualTo("a.xlsx、b.xlsx");
	}

	@Test
	void namesTheFirstTwelveOfALongListAndHowManyThereAre() {
		List<String> names = IntStream.rangeClosed(1, 6700).mapToObj(i -> i + ".xlsx").toList();

		String some = RunSummaryRepository.some(names);

		assertThat(some).startsWith("1.xlsx、2.xlsx、").endsWith("、12.xlsx 等 6700 个").doesNotContain("13.xlsx");
	}

}
