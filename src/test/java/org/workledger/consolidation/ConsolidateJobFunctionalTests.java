package org.workledger.consolidation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.period.Period;
import org.workledger.support.LedgerRows;
import org.workledger.support.ReturnFixtures;
import org.workledger.support.TestWorkspace;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A realistic October: tidy returns, synonyms, a rejected return, the same file twice, a
 * corrected version, a September return, a legacy .xls with rearranged columns, a corrupt
 * file and an Excel lock file — then the same run again.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class ConsolidateJobFunctionalTests {

	static final Path WORKSPACE = TestWorkspace.withSamples();

	static final Period OCTOBER = Period.of(2023, 10);

	/** The workspace of this test class; a subclass running the same scenario elsewhere overrides it. */
	Path workspace() {
		return WORKSPACE;
	}

	Path ledger() {
		return workspace().resolve("output/2023-10/汇总台账（2023年10月）.xlsx");
	}

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("distributeJob")
	Job distributeJob;

	@Autowired
	@Qualifier("consolidateJob")
	Job consolidateJob;

	@Autowired
	JdbcClient jdbc;

	static JobExecution firstRun;

	static Map<String, String> inputBefore;

	JobExecution run(Job job, Period period) throws Exception {
		return this.jobOperator.start(job, new RunParameters(new Workspace(workspace()), period, period.lastDay(),
				LocalDateTime.now().plusNanos(System.nanoTime() % 1000)).toJobParameters());
	}

	Path blank(Period period, String unit) {
		return workspace().resolve("output").resolve(period.key()).resolve(unit + "-" + period.label() + "进展情况表.xlsx");
	}

	Path input(String name) {
		return workspace().resolve("input").resolve(name);
	}

	void givenTheUnitsReturns() throws Exception {
		assertThat(run(this.distributeJob, OCTOBER).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run(this.distributeJob, Period.of(2023, 9)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		LocalDate oct26 = LocalDate.of(2023, 10, 26);
		// a tidy return, renamed by the unit
		ReturnFixtures.fill(blank(OCTOBER, "和平区人民政府"), input("和平区10月.xlsx"), oct26);
		// the same file again under another name
		Files.copy(input("和平区10月.xlsx"), input("和平区10月(1).xlsx"));
		Files.setLastModifiedTime(input("和平区10月.xlsx"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(120)));
		// synonyms, a finished task, and a 长期坚持 task 持续推进 with its percent left blank, as allowed
		ReturnFixtures.fill(blank(OCTOBER, "沈河区人民政府"), input("沈河区.xlsx"), oct26, (sheet, r) -> {
			ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "进行中");
			if ("1.1".equals(ReturnFixtures.taskId(sheet, r))) {
				ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "完成");
				ReturnFixtures.setPercentFormatted(sheet, r, ReturnFixtures.PERCENT, 1.0);
			}
			if ("4.2".equals(ReturnFixtures.taskId(sheet, r))) {
				ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "持续推进");
				ReturnFixtures.set(sheet, r, ReturnFixtures.PERCENT, null);
			}
		});
		// errors: done without narrative, percent out of range, an unknown status word
		ReturnFixtures.fill(blank(OCTOBER, "大东区人民政府"), input("大东区.xlsx"), oct26, (sheet, r) -> {
			switch (ReturnFixtures.taskId(sheet, r)) {
				case "1.1" -> {
					ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "已完成");
					ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 100);
					ReturnFixtures.set(sheet, r, ReturnFixtures.PROGRESS, null);
				}
				case "2.1" -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 150);
				case "3.1" -> ReturnFixtures.set(sheet, r, ReturnFixtures.STATUS, "搞定了");
				default -> {
				}
			}
		});
		// a first version and a corrected one a day later: the later 填报日期 wins
		ReturnFixtures.fill(blank(OCTOBER, "铁西区人民政府"), input("铁西区-初稿.xlsx"), LocalDate.of(2023, 10, 20),
				(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 50));
		ReturnFixtures.fill(blank(OCTOBER, "铁西区人民政府"), input("铁西区-修改稿.xlsx"), LocalDate.of(2023, 10, 21),
				(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 80));
		// a late September return: filed under September
		ReturnFixtures.fill(blank(Period.of(2023, 9), "苏家屯区人民政府"), input("苏家屯区.xlsx"), LocalDate.of(2023, 10, 3));
		// a legacy .xls with its columns rearranged (status and percent swapped, notes first)
		Path tmp = Files.createTempFile("faku", ".xlsx");
		ReturnFixtures.fill(blank(OCTOBER, "法库县人民政府"), tmp, oct26);
		ReturnFixtures.toXls(tmp, input("法库县.xls"), 0, 1, 2, 3, 4, 5, 6, 8, 7, 11, 10, 9);
		// a department (one of the lead units of 9.1)
		ReturnFixtures.fill(blank(OCTOBER, "沈阳市教育局"), input("教育局/市教育局进展.xlsx"), oct26);
		// not a workbook at all, and an Excel lock file
		Files.write(input("损坏.xlsx"), "this is not a spreadsheet".getBytes());
		Files.write(input("~$和平区10月.xlsx"), new byte[] { 1, 2, 3 });
	}

	@Test
	@Order(1)
	void consolidatesARealisticPeriod() throws Exception {
		// given
		Files.createDirectories(input("教育局"));
		givenTheUnitsReturns();
		inputBefore = TestWorkspace.snapshot(workspace().resolve("input"));

		// when
		firstRun = run(this.consolidateJob, OCTOBER);

		// then the run completed although some returns were rejected
		assertThat(firstRun.getAllFailureExceptions()).isEmpty();
		assertThat(firstRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> dispositions = dispositions(firstRun.getId());
		assertThat(dispositions).containsEntry("和平区10月.xlsx", "ACCEPTED")
			.containsEntry("和平区10月(1).xlsx", "DUPLICATE")
			.containsEntry("沈河区.xlsx", "ACCEPTED")
			.containsEntry("大东区.xlsx", "REJECTED")
			.containsEntry("铁西区-初稿.xlsx", "ACCEPTED")
			.containsEntry("铁西区-修改稿.xlsx", "ACCEPTED")
			.containsEntry("苏家屯区.xlsx", "ACCEPTED")
			.containsEntry("法库县.xls", "ACCEPTED")
			.containsEntry("教育局/市教育局进展.xlsx", "ACCEPTED")
			.containsEntry("损坏.xlsx", "REJECTED")
			.containsEntry("~$和平区10月.xlsx", "IGNORED")
			.containsEntry("单位名册.xlsx", "REFERENCE");

		// the ledger has one row per expected pair
		List<Map<String, String>> ledger = readLedger();
		assertThat(ledger).hasSize(1650);
		assertThat(row(ledger, "1.1", "和平区人民政府")).containsEntry("完成状态", "推进中")
			.containsEntry("完成进度（%）", "60")
			.containsEntry("是否逾期", "否")
			.containsEntry("来源文件", "和平区10月.xlsx");
		assertThat(row(ledger, "1.1", "和平区人民政府").get("工作进展")).startsWith("已制定任务1.1落实方案");
		assertThat(row(ledger, "8.1", "和平区人民政府")).containsEntry("是否逾期", "是");
		assertThat(row(ledger, "1.1", "沈河区人民政府")).containsEntry("完成状态", "已完成")
			.containsEntry("完成进度（%）", "100")
			.containsEntry("是否逾期", "否");
		assertThat(row(ledger, "2.1", "沈河区人民政府")).containsEntry("完成状态", "推进中");
		// a blank percent stays blank (it was read back as 0 and pulled the unit's average down)
		assertThat(row(ledger, "4.2", "沈河区人民政府")).containsEntry("完成状态", "持续推进").containsEntry("完成进度（%）", "");
		assertThat(row(ledger, "1.1", "大东区人民政府")).containsEntry("完成状态", "未报送").containsEntry("是否逾期", "否");
		assertThat(row(ledger, "8.1", "大东区人民政府")).containsEntry("完成状态", "未报送").containsEntry("是否逾期", "是");
		assertThat(row(ledger, "1.1", "铁西区人民政府")).containsEntry("完成进度（%）", "80")
			.containsEntry("来源文件", "铁西区-修改稿.xlsx");
		assertThat(row(ledger, "1.1", "苏家屯区人民政府")).containsEntry("完成状态", "未报送");
		assertThat(row(ledger, "1.1", "法库县人民政府")).containsEntry("完成状态", "推进中")
			.containsEntry("完成进度（%）", "60")
			.containsEntry("来源文件", "法库县.xls");
		assertThat(row(ledger, "9.1", "沈阳市教育局")).containsEntry("本单位角色", "牵头").containsEntry("完成状态", "推进中");
		assertThat(ledger.stream().filter(r -> !"未报送".equals(r.get("完成状态"))).map(r -> r.get("单位名称")).distinct())
			.containsExactlyInAnyOrder("和平区人民政府", "沈河区人民政府", "铁西区人民政府", "法库县人民政府", "沈阳市教育局");

		// the unit's report carries its narratives, fetched from the database per unit
		try (var document = org.apache.pdfbox.Loader
			.loadPDF(workspace().resolve("output/2023-10/单位报告/和平区人民政府-2023年10月进展报告.pdf").toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", ""))
				.contains("已制定任务1.1落实方案");
		}
		// and a lead unit's table the gist of each unit's progress, fetched from the database per task
		try (var document = org.apache.pdfbox.Loader.loadPDF(
				workspace().resolve("output/2023-10/牵头单位督办/沈阳市教育局-2023年10月牵头任务督办表.pdf").toFile())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", ""))
				.contains("已制定任务9.1落实方案");
		}

		// the September return counts for September
		assertThat(this.jdbc.sql("select period from input_file where file_name = '苏家屯区.xlsx'").query(String.class).single())
			.isEqualTo("2023-09");

		// the rejected return comes back with a findings list and marked cells
		Path rejected = workspace().resolve("output/2023-10/退回");
		assertThat(rejected.resolve("大东区-问题清单.xlsx")).exists();
		assertThat(rejected.resolve("大东区-退回修改.xlsx")).exists();
		assertThat(rejected.resolve("损坏-问题清单.xlsx")).exists();
		assertThat(codes("大东区.xlsx")).contains("return.done-without-progress", "return.percent-invalid",
				"return.status-invalid");
		assertThat(codes("沈河区.xlsx")).contains("return.status-synonym").doesNotContain("return.status-invalid");

		// every file is archived by its hash, and input/ is untouched
		assertThat(this.jdbc.sql("select count(*) from input_file").query(Integer.class).single()).isEqualTo(11);
		assertThat(TestWorkspace.snapshot(workspace().resolve("input"))).isEqualTo(inputBefore);
		try (var archived = Files.walk(workspace().resolve("data/archive"))) {
			assertThat(archived.filter(Files::isRegularFile)).hasSize(11);
		}
	}

	@Test
	@Order(2)
	void rerunningWithNoNewFilesGivesTheSameLedger() throws Exception {
		// given the ledger of the first run
		List<Map<String, String>> before = readLedger();

		// when
		JobExecution again = run(this.consolidateJob, OCTOBER);

		// then
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(readLedger()).isEqualTo(before);
		assertThat(dispositions(again.getId())).containsEntry("和平区10月.xlsx", "KNOWN")
			.containsEntry("大东区.xlsx", "KNOWN")
			.containsEntry("和平区10月(1).xlsx", "DUPLICATE");
		assertThat(this.jdbc.sql("select count(*) from input_file").query(Integer.class).single()).isEqualTo(11);
	}

	@Test
	@Order(3)
	void aCorrectedReturnReplacesTheRejectedOne(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given 大东区 sends a corrected file
		ReturnFixtures.fill(blank(OCTOBER, "大东区人民政府"), input("大东区-改.xlsx"), LocalDate.of(2023, 10, 28));
		// and a run stopped while it wrote left lines where the next file's lines go
		long next = this.jdbc.sql("select max(file_no) + 1 from input_file").query(Long.class).single();
		this.jdbc.sql("insert into progress_text (line_id, progress, problems, next_steps) values (?, '残留', '', '')")
			.param(next * 10_000 + 1)
			.update();
		this.jdbc.sql("insert into progress_line (id, sha256, task_id, status, status_text, percent, source_row)"
				+ " values (?, 'x', '1.1', 'DONE', '已完成', 100, 7)")
			.param(next * 10_000 + 2)
			.update();

		// when
		JobExecution again = run(this.consolidateJob, OCTOBER);

		// then
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(dispositions(again.getId())).containsEntry("大东区-改.xlsx", "ACCEPTED");
		assertThat(row(readLedger(), "1.1", "大东区人民政府")).containsEntry("完成状态", "推进中");
		assertThat(this.jdbc.sql("select count(*) from progress_text where progress = '残留'").query(Integer.class).single())
			.isZero();
		assertThat(this.jdbc.sql("select count(*) from progress_line where sha256 = 'x'").query(Integer.class).single())
			.isZero();
		// the circular still lists the rejected file, marked as put right; the figure counts what still waits
		Path circular;
		try (var files = Files.list(workspace().resolve("output/2023-10"))) {
			circular = files.filter(f -> f.getFileName().toString().contains("通报")).findFirst().orElseThrow();
		}
		try (var document = org.apache.pdfbox.Loader.loadPDF(circular.toFile())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("其中1份的单位已重新报送并通过", "大东区人民政府（已重新报送并通过）");
			// and the run's count of notices says so too
			assertThat(output).containsPattern("退回通知 \\d+ 份（其中 1 份的单位已重新报送并通过，连同问题清单和退回修改版存档在 退回/已重新报送并通过/）");
			// and they are set aside from the ones still to send
			Path rejected = workspace().resolve("output/2023-10/退回");
			assertThat(rejected.resolve("大东区-问题清单.xlsx")).doesNotExist();
			assertThat(rejected.resolve("大东区-退回通知.pdf")).doesNotExist();
			assertThat(rejected.resolve("已重新报送并通过/大东区-问题清单.xlsx")).exists();
			assertThat(rejected.resolve("已重新报送并通过/大东区-退回修改.xlsx")).exists();
			assertThat(rejected.resolve("已重新报送并通过/大东区-退回通知.pdf")).exists();
			// 苏家屯区's late September return makes no September circular to compare with
			assertThat(text).doesNotContain("与上期相比");
		}
	}

	@Test
	@Order(4)
	void anOlderVersionSentLaterCountsAndTheRunSaysWhatItReplaced(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		// given 铁西区's first draft (填报日期 19 October) sent again after its corrected version of 21 October counted
		ReturnFixtures.fill(blank(OCTOBER, "铁西区人民政府"), input("铁西区-旧稿.xlsx"), LocalDate.of(2023, 10, 19),
				(sheet, r) -> ReturnFixtures.setNumber(sheet, r, ReturnFixtures.PERCENT, 30));

		// when
		JobExecution again = run(this.consolidateJob, OCTOBER);

		// then the return received last counts, as the README says, and the clerk is told what it replaced
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(row(readLedger(), "1.1", "铁西区人民政府")).containsEntry("完成进度（%）", "30");
		assertThat(output).contains("“铁西区-旧稿.xlsx”（铁西区人民政府，填报日期 2023-10-19）是后收到的，已替换此前计入的“铁西区-修改稿.xlsx”，"
				+ "但那份的填报日期（2023-10-21）更晚：如是误发的旧版本，请该单位重新报送最新的一份");
	}

	private Map<String, String> dispositions(long jobExecutionId) {
		Map<String, String> result = new HashMap<>();
		this.jdbc.sql("select file_name, disposition from run_file where job_execution_id = ?")
			.param(jobExecutionId)
			.query((rs, n) -> result.put(rs.getString(1), rs.getString(2)))
			.list();
		return result;
	}

	private List<String> codes(String fileName) {
		return this.jdbc
			.sql("select f.code from return_finding f join input_file i on i.sha256 = f.sha256 where i.file_name = ?")
			.param(fileName)
			.query(String.class)
			.list();
	}

	static Map<String, String> row(List<Map<String, String>> ledger, String taskId, String unit) {
		return LedgerRows.row(ledger, taskId, unit);
	}

	List<Map<String, String>> readLedger() throws Exception {
		return LedgerRows.read(ledger());
	}

}
