package org.workledger.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which circulars a rerun keeps, and under what name. */
class EarlierCircularsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String NAME = "沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf";

	@TempDir
	Path folder;

	@Test
	void aCircularOfAnEarlierDayIsKeptUnderThatDay() throws Exception {
		// given the circular written on 5 November at 18:40 office time
		Path circular = circular(ZonedDateTime.of(2023, 11, 5, 18, 40, 0, 0, SHANGHAI));

		// when it is replaced on 20 November
		var kept = EarlierCirculars.keep(circular, SHANGHAI, LocalDate.of(2023, 11, 20));

		// then it is in 此前的通报/, named by its day, as it was
		assertThat(kept).hasValue(this.folder.resolve("此前的通报/沈阳市政务公开重点工作任务进展情况通报（2023年10月）（2023年11月5日版）.pdf"));
		assertThat(kept.get()).hasContent("11月5日的通报");
		assertThat(circular).doesNotExist();
	}

	@Test
	void aCircularOfTheSameDayIsReplaced() throws Exception {
		// given this morning's circular (a server clock in UTC still says yesterday evening)
		Path circular = circular(ZonedDateTime.of(2023, 11, 20, 7, 5, 0, 0, SHANGHAI));

		// then a rerun the same day writes over it
		assertThat(EarlierCirculars.keep(circular, SHANGHAI, LocalDate.of(2023, 11, 20))).isEmpty();
		assertThat(circular).exists();
		assertThat(this.folder.resolve("此前的通报")).doesNotExist();
	}

	@Test
	void twoKeptCircularsOfOneDayBothStay() throws Exception {
		Path first = EarlierCirculars.keep(circular(ZonedDateTime.of(2023, 11, 5, 9, 0, 0, 0, SHANGHAI)), SHANGHAI,
				LocalDate.of(2023, 11, 6)).orElseThrow();
		Path second = EarlierCirculars.keep(circular(ZonedDateTime.of(2023, 11, 5, 18, 40, 0, 0, SHANGHAI)), SHANGHAI,
				LocalDate.of(2023, 11, 20)).orElseThrow();

		assertThat(first.getFileName()).hasToString("沈阳市政务公开重点工作任务进展情况通报（2023年10月）（2023年11月5日版）.pdf");
		assertThat(second.getFileName()).hasToString("沈阳市政务公开重点工作任务进展情况通报（2023年10月）（2023年11月5日18时40分00秒版）.pdf");
	}

	@Test
	void noCircularYetNothingToKeep() {
		assertThat(EarlierCirculars.keep(this.folder.resolve(NAME), SHANGHAI, LocalDate.of(2023, 11, 20))).isEmpty();
	}

	private Path circular(ZonedDateTime written) throws Exception {
		Path circular = this.folder.resolve(NAME);
		Files.writeString(circular, written.getMonthValue() + "月" + written.getDayOfMonth() + "日的通报");
		Files.setLastModifiedTime(circular, FileTime.from(written.toInstant()));
		return circular;
	}

}
