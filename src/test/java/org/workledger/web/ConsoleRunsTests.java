package org.workledger.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.accounts.Accounts;
import org.workledger.period.Period;
import org.workledger.system.RunParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 「立即汇总」 runs in the background while the request that started it has long returned:
 * the next click, from another request thread, and the scheduled run must both get their turn.
 */
@SpringBootTest(properties = "spring.main.web-application-type=servlet")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class ConsoleRunsTests {

	static final Path WORKSPACE = ConsoleWorkspace.create();

	static final Period OCTOBER = Period.of(2023, 10);

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	ConsoleRuns runs;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void aClerksRunLetsTheNextClickAndTheScheduledRunHaveTheirTurn(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		// given: a prepared workspace, and requests served by different threads, as the web server's are
		prepared(operator, distribute, consolidate, accounts);
		ExecutorService firstRequest = Executors.newSingleThreadExecutor();
		ExecutorService secondRequest = Executors.newSingleThreadExecutor();
		ExecutorService schedule = Executors.newSingleThreadExecutor();
		try {
			// when a clerk clicks, and the run ends
			assertThat(firstRequest.submit(() -> this.runs.start(OCTOBER, OCTOBER.lastDay(), "办公室")).get()).isEmpty();
			awaitEnd();

			// then another click, on another thread, starts a run too
			Optional<String> again = secondRequest.submit(() -> this.runs.start(OCTOBER, LocalDate.of(2023, 11, 5), "办公室"))
				.get();
			assertThat(again).isEmpty();
			awaitEnd();

			// and the scheduled run is not kept waiting
			var scheduled = schedule.submit(() -> this.runs.runScheduled(OCTOBER, OCTOBER.lastDay(), "circular"));
			scheduled.get(120, TimeUnit.SECONDS);
			assertThat(this.runs.lastEnded()).isPresent();
		}
		finally {
			firstRequest.shutdownNow();
			secondRequest.shutdownNow();
			schedule.shutdownNow();
		}
	}

	@Test
	void theOfficeDistributesANewPeriodWhileTheServiceHoldsTheDatabase(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		// given: a workspace in use (October distributed) and November not yet
		prepared(operator, distribute, consolidate, accounts);
		Period november = Period.of(2023, 11);

		// when
		assertThat(this.runs.startDistribute(november, "办公室")).isEmpty();
		awaitEnd();

		// then: a blank workbook per unit, and the runs page says so
		try (var files = java.nio.file.Files.list(WORKSPACE.resolve("output/2023-11"))) {
			assertThat(files.filter(f -> f.getFileName().toString().endsWith("-2023年11月进展情况表.xlsx"))).hasSize(49);
		}
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).isTrue();
			assertThat(ended.run().action()).isEqualTo("分发");
			assertThat(ended.message()).contains("已为 49 个单位生成2023年11月进展情况表");
		});

		// and November's overview names the month on its button, so the clerk sees which month a click consolidates
		String overview = officePage("/office", november);
		assertThat(overview).contains("2023年11月还没有汇总过", ">立即汇总2023年11月<", "应报送单位（49 个，按在用的单位名册）");
		String reports = officePage("/office/reports", november);
		assertThat(reports).contains(">2023年11月（已生成过）<", ">2023年12月<").doesNotContain(">2026年");

		// and a year without its task breakdown is told why, in Chinese
		java.time.ZoneId office = java.time.ZoneId.of("Asia/Shanghai");
		java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm");
		java.time.LocalDateTime before = java.time.LocalDateTime.now(office).withSecond(0).withNano(0);
		assertThat(this.runs.startDistribute(Period.of(2031, 1), "办公室")).isEmpty();
		awaitEnd();
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).isFalse();
			assertThat(ended.message()).contains("没有 2031 年的任务分解表。请把 2031 年的任务分解表放入 input 文件夹")
				.doesNotContain("（input）");
		});
		// and the overview, where the clerk looks first, says so too
		String failed = officePage("/office", november);
		assertThat(failed).contains("上一次分发2031年1月（办公室，").contains("）没有完成：")
			.contains("没有 2031 年的任务分解表")
			// with the button to press again
			.contains("处理后可在“报告下载”页再点“生成空白表”");
		// and the time on the office's clock, not the server's
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("办公室，(\\d+月\\d+日 \\d{2}:\\d{2})）").matcher(failed);
		assertThat(shown.find()).isTrue();
		java.time.LocalDateTime after = java.time.LocalDateTime.now(office);
		java.util.List<String> minutes = new java.util.ArrayList<>();
		for (java.time.LocalDateTime m = before; !m.isAfter(after); m = m.plusMinutes(1)) {
			minutes.add(m.format(minute));
		}
		assertThat(minutes).contains(shown.group(1));

		// and once a run has succeeded since (a distribute typed on the command line, say), the failure is not shown
		operator.start(distribute, new org.workledger.system.RunParameters(new org.workledger.system.Workspace(WORKSPACE),
				Period.of(2023, 12), Period.of(2023, 12).lastDay(), java.time.LocalDateTime.now()).toJobParameters());
		assertThat(officePage("/office", november)).doesNotContain("上一次分发2031年1月");
	}

	@Test
	void aLateReturnTakenInByTheNextMonthsRunIsShownAsNotYetInItsMonthsFigures(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts, @Autowired ConsoleQueries queries) throws Exception {
		// given: October consolidated, then 沈河区's October return arrives and November's run takes it in
		prepared(operator, distribute, consolidate, accounts);
		assertThat(this.runs.start(OCTOBER, OCTOBER.lastDay(), "办公室")).isEmpty();
		awaitEnd();
		java.nio.file.Path late = ConsoleWorkspace.goodReturn(WORKSPACE, ConsoleWorkspace.UNIT_B,
				WORKSPACE.resolve("input/沈河区10月（迟报）.xlsx"));
		settled(late);
		assertThat(this.runs.start(Period.of(2023, 11), LocalDate.of(2023, 11, 30), "办公室")).isEmpty();
		awaitEnd();

		// then: October's overview is told that its figures do not count it yet
		assertThat(queries.acceptedSinceSummary(OCTOBER)).containsExactly(ConsoleWorkspace.UNIT_B);
		String overview = officePage("/office", OCTOBER);
		assertThat(overview).contains("本期汇总之后又接收了 1 个单位的本期表格（" + ConsoleWorkspace.UNIT_B + "）", "点“立即汇总”更新本期");

		// and once October is consolidated again, they do
		assertThat(this.runs.start(OCTOBER, OCTOBER.lastDay(), "办公室")).isEmpty();
		awaitEnd();
		assertThat(queries.acceptedSinceSummary(OCTOBER)).isEmpty();

		// and when 沈河区 sends a corrected October return, the files page says which of the two counts
		java.nio.file.Path corrected = org.workledger.support.ReturnFixtures.fill(
				ConsoleWorkspace.blank(WORKSPACE, ConsoleWorkspace.UNIT_B), WORKSPACE.resolve("input/沈河区10月（更正）.xlsx"),
				LocalDate.of(2023, 10, 30));
		settled(corrected);
		assertThat(this.runs.start(OCTOBER, OCTOBER.lastDay(), "办公室")).isEmpty();
		awaitEnd();
		String files = officePage("/office/files", OCTOBER);
		assertThat(files.split("已被同期后来的表格取代", -1)).hasSize(2);
		assertThat(files).containsPattern("沈河区10月（迟报）\\.xlsx(?s).{0,600}已被同期后来的表格取代，不计入");

		// and that run's page says what it did with the files, in the clerk's words, not the job's steps
		long last = queries.runs(1).get(0).id();
		String run = officePage("/office/runs/" + last, OCTOBER);
		assertThat(run).containsPattern("本次处理 input 中的文件 \\d+ 个：")
			.contains("已接收 1（2023年10月）", "读取、检查各单位报送的表格", "查看收到的表格：", "本期台账和通报：",
					"汇总台账（2023年10月）.xlsx");
		assertThat(run).doesNotContain("分组", "发送邮件", "files0");
	}

	@Test
	void aScheduledRunBeforeTheMonthsFormsAreOutConsolidatesTheLatestMonthThatWasHandedOut(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		// given a workspace whose latest forms handed out are October's (and 2023's task breakdown only)
		prepared(operator, distribute, consolidate, accounts);

		// when the schedule runs on 3 January 2024
		this.runs.runScheduled(Period.of(2024, 1), LocalDate.of(2024, 1, 3), "circular");

		// then the latest month handed out is consolidated, as of its last day, so its late returns come in;
		// January, whose forms nobody made, is not (a circular and a reminder for every unit, a month early)
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).as(ended.message()).isTrue();
			assertThat(ended.run().period()).isLessThan(Period.of(2024, 1));
			assertThat(ended.run().asOf()).isEqualTo(ended.run().period().lastDay());
		});
		assertThat(WORKSPACE.resolve("output/2024-01")).doesNotExist();
	}

	@Test
	void aScheduledRunBringsAnEarlierMonthUpToDateWithTheLateReturnsItTookIn(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts, @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
		// given October consolidated, and 大东区's October return arriving late (December: November's own tests
		// expect a November nobody consolidated)
		prepared(operator, distribute, consolidate, accounts);
		this.runs.runScheduled(OCTOBER, OCTOBER.lastDay(), "circular");
		int reportedBefore = reported(jdbc, OCTOBER);
		ConsoleWorkspace.goodReturn(WORKSPACE, "大东区人民政府", WORKSPACE.resolve("input/大东区10月迟报.xlsx"));

		// when the schedule runs on 6 December, December's forms out
		RunParameters december = new RunParameters(new org.workledger.system.Workspace(WORKSPACE), Period.of(2023, 12),
				Period.of(2023, 12).lastDay(), java.time.LocalDateTime.now());
		assertThat(operator.start(distribute, december.toJobParameters()).getStatus())
			.isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
		this.runs.runScheduled(Period.of(2023, 12), LocalDate.of(2023, 12, 6), "circular");

		// then December is consolidated, and October again as of its own last day, the late return counted
		assertThat(WORKSPACE.resolve("output/2023-12/汇总台账（2023年12月）.xlsx")).isNotEmptyFile();
		assertThat(reported(jdbc, OCTOBER)).isEqualTo(reportedBefore + 1);
		assertThat(jdbc.sql("select as_of from period_summary where period = '2023-10'").query(LocalDate.class).single())
			.isEqualTo(LocalDate.of(2023, 10, 31));
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).as(ended.message()).isTrue();
			assertThat(ended.run().period()).isEqualTo(OCTOBER);
		});
	}

	private static int reported(org.springframework.jdbc.core.simple.JdbcClient jdbc, Period period) {
		return jdbc.sql("select units_reported from period_summary where period = ?").param(period.key())
			.query(Integer.class)
			.single();
	}

	@Test
	void theOfficeMakesTheYearReportFromTheReportsPage(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts) throws Exception {
		// given October consolidated
		prepared(operator, distribute, consolidate, accounts);
		assertThat(officePage("/office/reports", OCTOBER)).contains(">生成2023年度报告<", "按该年已汇总的各期生成全年完成情况报告");

		// when the office asks for 2023's report
		assertThat(this.runs.startYearReport(2023, "办公室")).isEmpty();
		awaitEnd();

		// then it is written, the runs page says so, and the reports page links it
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).as(ended.message()).isTrue();
			assertThat(ended.message()).startsWith("已生成2023年度报告（2023年10月至");
		});
		assertThat(officePage("/office/runs", OCTOBER)).contains("上一次由本服务启动的运行（生成2023年度报告）：已生成2023年度报告");
		assertThat(officePage("/office/reports", OCTOBER)).contains("沈阳市2023年度政务公开重点工作任务完成情况.pdf",
				"path=2023%E5%B9%B4%E5%BA%A6/");
		assertThat(WORKSPACE.resolve("output/2023年度/沈阳市2023年度政务公开重点工作任务完成情况.pdf")).isNotEmptyFile();

		// and a year without a consolidated period is told so
		assertThat(this.runs.startYearReport(2022, "办公室")).isEmpty();
		awaitEnd();
		assertThat(this.runs.lastEnded()).hasValueSatisfying(ended -> {
			assertThat(ended.succeeded()).isFalse();
			assertThat(ended.message()).isEqualTo("2022年还没有汇总过任何期次，无法生成年度报告");
		});
	}

	@Test
	void aRunWhoseProcessWasKilledIsShownAsInterruptedNotRunningForGood(@Autowired JobOperator operator,
			@Autowired @Qualifier("distributeJob") Job distribute, @Autowired @Qualifier("consolidateJob") Job consolidate,
			@Autowired Accounts accounts, @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
		// given: a run the database still says is going, as a killed process leaves it
		prepared(operator, distribute, consolidate, accounts);
		long killed = 900_000;
		jdbc.update("insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, "
				+ "end_time, status, exit_code, exit_message, last_updated) select ?, 0, job_instance_id, create_time, "
				+ "start_time, null, 'STARTED', 'UNKNOWN', '', last_updated from batch_job_execution "
				+ "where job_execution_id = (select max(job_execution_id) from batch_job_execution where job_execution_id < ?)",
				killed, killed);
		jdbc.update("insert into batch_job_execution_params select ?, parameter_name, parameter_type, parameter_value, "
				+ "identifying from batch_job_execution_params where job_execution_id = "
				+ "(select max(job_execution_id) from batch_job_execution where job_execution_id < ?)", killed, killed);
		try {
			// when nothing runs in the workspace, then the run is called interrupted, and its page does not keep refreshing
			assertThat(officePage("/office/runs", OCTOBER)).contains("已中断（进程被结束，重新运行即可补齐）");
			String page = officePage("/office/runs/" + killed, OCTOBER);
			assertThat(page).contains("已中断（进程被结束，重新运行即可补齐）").doesNotContain("http-equiv=\"refresh\"", "正在运行");

			// and while a command holds the workspace, it may well be going: shown as running
			try (org.workledger.system.WorkspaceLock lock = org.workledger.system.WorkspaceLock
				.acquire(new org.workledger.system.Workspace(WORKSPACE))) {
				assertThat(officePage("/office/runs/" + killed, OCTOBER)).contains("正在运行，本页每 3 秒刷新一次");
			}
		}
		finally {
			jdbc.update("delete from batch_job_execution_params where job_execution_id = ?", killed);
			jdbc.update("delete from batch_job_execution where job_execution_id = ?", killed);
		}
	}

	/** The shared workspace with October distributed and consolidated, made by whichever test comes first. */
	private static void prepared(JobOperator operator, Job distribute, Job consolidate, Accounts accounts)
			throws Exception {
		if (!java.nio.file.Files.exists(WORKSPACE.resolve("output/2023-10"))) {
			ConsoleWorkspace.prepare(WORKSPACE, operator, distribute, consolidate, accounts, false);
		}
	}

	private String officePage(String path, Period period) throws Exception {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
			.param("period", period.key())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("office")
				.roles("OFFICE")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Older than the intake's settle time, as a file dropped in earlier would be. */
	private static void settled(java.nio.file.Path file) throws java.io.IOException {
		java.nio.file.Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
	}

	private void awaitEnd() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (this.runs.running().isPresent() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.runs.running()).isEmpty();
		// the background thread gives its permit back just after it clears the running run
		Thread.sleep(200);
	}

}
