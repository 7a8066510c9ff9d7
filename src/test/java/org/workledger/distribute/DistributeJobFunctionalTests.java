package org.workledger.distribute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.workledger.contract.ProgressWorkbookContract;
import org.workledger.period.Period;
import org.workledger.support.TestWorkspace;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.workbook.CellValues;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBatchTest
@SpringBootTest
class DistributeJobFunctionalTests {

	static final Path WORKSPACE = TestWorkspace.create();

	@DynamicPropertySource
	static void workspace(DynamicPropertyRegistry registry) {
		registry.add("workledger.workspace.root", WORKSPACE::toString);
	}

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	org.workledger.reference.ReferenceDataRepository reference;

	@BeforeEach
	void useDistributeJob(@Autowired @Qualifier("distributeJob") Job distributeJob) {
		this.jobOperatorTestUtils.setJob(distributeJob);
		TestWorkspace.copySamples(WORKSPACE);
	}

	@Test
	void writesOneWorkbookPerUnitWithExactlyItsTasks() throws Exception {
		// given the shipped samples in input/
		Map<String, String> inputBefore = TestWorkspace.snapshot(WORKSPACE.resolve("input"));
		Period period = Period.of(2023, 10);
		RunParameters run = new RunParameters(new Workspace(WORKSPACE), period, period.lastDay(), LocalDateTime.now());

		// when
		JobExecution execution = this.jobOperatorTestUtils.startJob(run.toJobParameters());

		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.reference.assignments()).hasSize(1650);
		Path folder = WORKSPACE.resolve("output/2023-10");
		try (var files = Files.list(folder)) {
			assertThat(files.filter(f -> f.toString().endsWith("进展情况表.xlsx"))).hasSize(49);
		}
		assertThat(TestWorkspace.snapshot(WORKSPACE.resolve("input"))).isEqualTo(inputBefore);

		Unit district = read(folder.resolve("和平区人民政府-2023年10月进展情况表.xlsx"));
		assertThat(district.name).isEqualTo("和平区人民政府");
		assertThat(district.period).isEqualTo("2023年10月");
		assertThat(district.taskIds).hasSize(35).startsWith("1.1", "2.1", "3.1", "4.1").contains("9.1", "22.1");
		assertThat(district.roles).containsOnly("责任");

		Unit department = read(folder.resolve("沈阳市司法局-2023年10月进展情况表.xlsx"));
		assertThat(department.taskIds).hasSize(33).doesNotContain("9.1", "22.1");
		assertThat(department.roles.get(department.taskIds.indexOf("1.1"))).isEqualTo("牵头");
		assertThat(department.roles.get(department.taskIds.indexOf("26.1"))).isEqualTo("责任");

		Unit lead = read(folder.resolve("沈阳市教育局-2023年10月进展情况表.xlsx"));
		assertThat(lead.taskIds).hasSize(34).contains("9.1").doesNotContain("22.1");
		assertThat(lead.roles.get(lead.taskIds.indexOf("9.1"))).isEqualTo("牵头");
	}

	@Test
	void rerunningGivesTheSameWorkbooks() throws Exception {
		Period period = Period.of(2023, 11);
		Workspace workspace = new Workspace(WORKSPACE);
		this.jobOperatorTestUtils
			.startJob(new RunParameters(workspace, period, period.lastDay(), LocalDateTime.now()).toJobParameters());
		Map<String, List<String>> first = idsByFile(WORKSPACE.resolve("output/2023-11"));
		JobExecution again = this.jobOperatorTestUtils
			.startJob(new RunParameters(workspace, period, period.lastDay(), LocalDateTime.now().plusSeconds(1))
				.toJobParameters());
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(idsByFile(WORKSPACE.resolve("output/2023-11"))).isEqualTo(first).hasSize(49);
	}

	private static Map<String, List<String>> idsByFile(Path folder) throws Exception {
		Map<String, List<String>> ids = new java.util.TreeMap<>();
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
				ids.put(file.getFileName().toString(), read(file).taskIds);
			}
		}
		return ids;
	}

	record Unit(String name, String period, List<String> taskIds, List<String> roles) {
	}

	static Unit read(Path file) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(ProgressWorkbookContract.SHEET);
			List<String> ids = new ArrayList<>();
			List<String> roles = new ArrayList<>();
			for (int r = 6; r <= sheet.getLastRowNum(); r++) {
				String id = CellValues.text(sheet, r, 1);
				if (!id.isEmpty()) {
					ids.add(id);
					roles.add(CellValues.text(sheet, r, 6));
				}
			}
			return new Unit(CellValues.text(sheet, 2, 1), CellValues.text(sheet, 2, 5), ids, roles);
		}
	}

}
