package org.workledger.web;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.workledger.period.Period;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleQueriesTests {

	@Test
	void aFailedRunShowsItsReasonNotAStackTrace() {
		ConsoleQueries.Run run = new ConsoleQueries.Run(2, "consolidateJob", "2026-12", null, null, "FAILED",
				"org.workledger.system.WorkledgerException: input 文件夹中没有 2026 年的任务分解表（input）\n"
						+ "\tat org.workledger.reference.ReferenceImportTasklet.lambda$execute$0(ReferenceImportTasklet.java:80)\n"
						+ "\tat org.springframework.batch.core.step.tasklet.TaskletStep.doInTransaction(TaskletStep.java:1)");

		assertThat(run.reason()).isEqualTo("input 文件夹中没有 2026 年的任务分解表（input）");
		assertThat(run.statusLabel()).isEqualTo("失败");
		// one of ours that is not called …Exception
		assertThat(new ConsoleQueries.Run(4, "consolidateJob", "2026-12", null, null, "FAILED",
				"org.workledger.reference.YearTableMissing: input 文件夹中没有 2026 年的任务分解表（input）").reason())
			.isEqualTo("input 文件夹中没有 2026 年的任务分解表（input）");
		assertThat(new ConsoleQueries.Run(3, "consolidateJob", "2023-10", null, null, "FAILED", "java.lang.IllegalStateException")
			.reason()).isEqualTo("运行出错，详见运行日志和技术日志");
	}

	@Test
	void aStepSaysWhatItDidAndHowLongItTook() {
		LocalDateTime start = LocalDateTime.of(2023, 11, 1, 7, 0, 0);

		assertThat(new ConsoleQueries.Step("intakeReturnsStep", "COMPLETED", start, start.plusNanos(420_000_000L), 0))
			.satisfies(step -> {
				assertThat(step.label()).isEqualTo("读取、检查各单位报送的表格");
				assertThat(step.took()).isEqualTo("0.4 秒");
			});
		assertThat(new ConsoleQueries.Step("consolidateStep", "COMPLETED", start, start.plusSeconds(185), 0).took())
			.isEqualTo("3 分 5 秒");
		assertThat(new ConsoleQueries.Step("consolidateStep", "STARTED", start, null, 0).took()).isEmpty();
		assertThat(new ConsoleQueries.Step("writeProgressWorkbooksStep", "COMPLETED", start, start, 49).label())
			.isEqualTo("生成空白进展情况表（49 份）");
		assertThat(new ConsoleQueries.FileCount("ACCEPTED", 3,
				new java.util.TreeMap<>(java.util.Map.of(Period.of(2023, 10), 2L, Period.of(2023, 11), 1L)))
			.label()).isEqualTo("已接收 3（2023年10月 2，2023年11月 1）");
		assertThat(new ConsoleQueries.FileCount("KNOWN", 45, java.util.Map.of()).label()).isEqualTo("此前已处理 45");
		assertThat(new ConsoleQueries.Step("intakeReturnsWorkerStep:files3", "COMPLETED", start, start, 0).partition())
			.isTrue();
	}

	@Test
	void aRejectedReturnsPapersAreNamedAsAClerkNamesThem() {
		assertThat(RejectedFiles.kind("退回修改.xlsx")).isEqualTo("标出问题的原表（Excel，可在上面改好后重新报送）");
		assertThat(RejectedFiles.kind("问题清单.xlsx")).isEqualTo("问题清单（Excel）");
		assertThat(RejectedFiles.kind("退回通知.pdf")).isEqualTo("退回通知（PDF）");
	}


	@Test
	void aRejectionPutRightByALaterAcceptedReturnOfTheSameUnitAndMonthIsKnown() {
		java.util.function.BiFunction<String, Integer, ConsoleQueries.TakenIn> file = (outcome, day) -> new ConsoleQueries.TakenIn(
				outcome + day, "大东区.xlsx", "大东区人民政府", "2023-10", outcome, LocalDateTime.of(2023, 11, day, 9, 0), 0, 0, "");
		ConsoleQueries.TakenIn sentBack = file.apply("REJECTED", 1);
		ConsoleQueries.TakenIn passed = file.apply("ACCEPTED", 2);
		ConsoleQueries.TakenIn sentBackAgain = file.apply("REJECTED", 3);
		assertThat(ConsoleQueries.putRight(java.util.List.of(sentBack, passed, sentBackAgain))).containsExactly("REJECTED1");
	}

}
