package org.workledger.intake;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workledger.bench.SyntheticWorkspace;
import org.workledger.support.Samples;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.StreamingGrids;
import org.workledger.workbook.WorkbookGrid;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a workbook is, told from its first rows ({@link WorkbookKind#enough}) as from the
 * whole workbook: the reference step reads thousands of returns only that far.
 */
class WorkbookKindTests {

	@TempDir
	Path folder;

	@Test
	void theShippedTablesAreToldFromTheirFirstRows() throws Exception {
		assertThat(WorkbookKind.of(StreamingGrids.head(Samples.BREAKDOWN, WorkbookKind::enough)))
			.isEqualTo(WorkbookKind.BREAKDOWN);
		assertThat(WorkbookKind.of(StreamingGrids.head(Samples.ROSTER, WorkbookKind::enough)))
			.isEqualTo(WorkbookKind.ROSTER);
	}

	@Test
	void returnsUnitsMadeThemselvesAreToldFromTheirHeaderAndReadNoFurther() throws Exception {
		// given: the benchmark's hand-made returns (title rows, header blocks, columns in any order), with errors
		SyntheticWorkspace synthetic = new SyntheticWorkspace(this.folder.resolve("messy"), 40, 11,
				new SyntheticWorkspace.Mix(1, 0.67));
		synthetic.ensure(false, 2);
		int read = 0;
		int whole = 0;
		for (int i = 0; i < synthetic.returns(); i++) {
			Path file = synthetic.returnFile(i);
			if (!file.getFileName().toString().endsWith(".xlsx")) {
				continue;
			}
			// when
			WorkbookGrid head = StreamingGrids.head(file, WorkbookKind::enough);
			WorkbookGrid all = StreamingGrids.of(file);

			// then: the same answer, from a few rows
			assertThat(WorkbookKind.of(head)).as(file.getFileName().toString())
				.isEqualTo(WorkbookKind.of(all))
				.isEqualTo(WorkbookKind.RETURN);
			// and the rows read are read as a whole read reads them, strings included
			for (SheetGrid sheet : head.sheets()) {
				SheetGrid full = all.sheets().stream().filter(s -> s.name().equals(sheet.name())).findFirst().orElseThrow();
				for (int r : sheet.rowIndexes()) {
					assertThat(sheet.row(r)).as(file.getFileName() + " row " + r).isEqualTo(full.row(r));
				}
			}
			read += head.sheets().stream().mapToInt(SheetGrid::lastRow).sum();
			whole += all.sheets().stream().mapToInt(SheetGrid::lastRow).sum();
		}
		assertThat(read).isLessThan(whole / 4);
		// and the tables of the same workspace are still told as tables
		assertThat(WorkbookKind.of(StreamingGrids.head(synthetic.input().resolve(SyntheticWorkspace.ROSTER_FILE),
				WorkbookKind::enough))).isEqualTo(WorkbookKind.ROSTER);
		assertThat(WorkbookKind.of(StreamingGrids.head(synthetic.input().resolve(SyntheticWorkspace.BREAKDOWN_FILE),
				WorkbookKind::enough))).isEqualTo(WorkbookKind.BREAKDOWN);
	}

	@Test
	void aReturnHeadedInTheWordsOfABreakdownIsStillAReturn() throws Exception {
		// given a unit's own table: 重点事项 | 具体任务 | 完成时间 are also a breakdown's other names, but no units are named
		try (org.apache.poi.ss.usermodel.Workbook own = org.workledger.support.WorkbookBuilder.sheet("Sheet1")
			.row("序号", "重点事项", "具体任务", "完成时间", "进展情况", "存在问题", "下步打算")
			.row("1", "1. 政策公开", "任务甲", "2024年6月底前", "已完成", "无", "继续")
			.build()) {
			// then
			assertThat(WorkbookKind.of(own)).isEqualTo(WorkbookKind.RETURN);
		}
		try (org.apache.poi.ss.usermodel.Workbook own = org.workledger.support.WorkbookBuilder.sheet("Sheet1")
			.row("序号", "事项名称", "主要任务", "完成时限", "进展情况", "存在问题")
			.row("1", "1. 政策公开", "任务甲", "2024年6月底前", "已完成", "无")
			.build()) {
			assertThat(WorkbookKind.of(own)).isEqualTo(WorkbookKind.RETURN);
		}
	}

}
