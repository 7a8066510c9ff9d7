package org.workledger.breakdown;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.support.Samples;
import org.workledger.support.WorkbookBuilder;
import org.workledger.workbook.SheetGrid;
import org.workledger.workbook.StreamingGrids;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownReaderTests {

	/** Reads the table through POI's usermodel, checking that the streamed .xlsx reads the same. */
	static Breakdown read(WorkbookBuilder builder, Findings findings) throws Exception {
		try (Workbook workbook = builder.build()) {
			SheetGrid sheet = BreakdownReader.breakdownSheet(workbook).orElseThrow();
			Breakdown breakdown = BreakdownReader.read(sheet, "分解表.xlsx", findings);
			Path file = Files.createTempFile("分解表", ".xlsx");
			try {
				try (OutputStream out = Files.newOutputStream(file)) {
					workbook.write(out);
				}
				Findings streamedFindings = new Findings();
				SheetGrid streamed = BreakdownReader.breakdownSheet(StreamingGrids.of(file)).orElseThrow();
				assertThat(BreakdownReader.read(streamed, "分解表.xlsx", streamedFindings)).isEqualTo(breakdown);
				assertThat(streamedFindings.all()).isEqualTo(findings.all());
			}
			finally {
				Files.delete(file);
			}
			return breakdown;
		}
	}

	@Nested
	class TheShippedSample {

		@Test
		void has35TasksIn26Items() throws Exception {
			// given
			Findings findings = new Findings();
			// when
			Breakdown breakdown;
			try (Workbook workbook = WorkbookFactory.create(Samples.BREAKDOWN.toFile(), null, true)) {
				breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(),
						"沈阳市政务公开重点工作任务分解表.xlsx", findings);
			}
			// then
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.title()).isEqualTo("沈阳市政务公开重点工作任务分解表");
			assertThat(breakdown.tasks()).hasSize(35);
			assertThat(breakdown.tasks().stream().map(BreakdownTask::itemNo).distinct()).hasSize(26);
			assertThat(breakdown.tasks().stream().map(BreakdownTask::id)).startsWith("1.1", "2.1", "3.1", "4.1", "4.2",
					"4.3", "5.1")
				.contains("5.6", "7.1", "7.3", "26.1")
				.doesNotHaveDuplicates();
		}

		@Test
		void readsTheSameStreamedAsThroughTheUsermodel() throws Exception {
			Findings findings = new Findings();
			Breakdown usermodel;
			try (Workbook workbook = WorkbookFactory.create(Samples.BREAKDOWN.toFile(), null, true)) {
				usermodel = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(), "x.xlsx",
						new Findings());
			}
			Breakdown streamed = BreakdownReader.read(
					BreakdownReader.breakdownSheet(StreamingGrids.of(Samples.BREAKDOWN)).orElseThrow(), "x.xlsx", findings);
			assertThat(findings.all()).isEmpty();
			assertThat(streamed.tasks()).hasSize(35);
			assertThat(streamed).isEqualTo(usermodel);
		}

		@Test
		void readsItemsMergedOverTheirTasksAndTheirDeadlines() throws Exception {
			Breakdown breakdown;
			try (Workbook workbook = WorkbookFactory.create(Samples.BREAKDOWN.toFile(), null, true)) {
				breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(workbook).orElseThrow(), "x.xlsx",
						new Findings());
			}
			BreakdownTask task = breakdown.task("4.2").orElseThrow();
			assertThat(task.itemName()).isEqualTo("规范政策文件公开 征求社会意见工作");
			assertThat(task.text()).startsWith("按照《辽宁省重大行政决策程序规定》要求");
			assertThat(task.row()).isEqualTo(7);
			assertThat(task.deadline().isOngoing()).isTrue();
			BreakdownTask first = breakdown.task("1.1").orElseThrow();
			assertThat(first.deadline().due()).isEqualTo(LocalDate.of(2023, 10, 31));
			assertThat(first.deadline().text()).isEqualTo("2023年10月 底前");
			assertThat(breakdown.task("8.1").orElseThrow().deadline().due()).isEqualTo(LocalDate.of(2023, 9, 30));
			assertThat(breakdown.task("9.1").orElseThrow().leadUnits()).isEqualTo("市教育局、卫生健康委、城乡建设局、生态环境厅、交通运输局");
		}

	}

	@Nested
	class TablesPastedFromWord {

		@Test
		void skipRepeatedHeadersBlankRowsAndReadAllItemPrefixes() throws Exception {
			// given a table with a title, a repeated header, blank rows and mixed prefixes
			WorkbookBuilder table = WorkbookBuilder.sheet("Sheet1")
				.row("某市重点工作任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1、第一项", "任务甲", "市政府办公室", "市司法局", "2023年10月底前")
				.row("", "任务乙", "市政府办公室", "市司法局", "长期坚持")
				.row()
				.row("事 项 名 称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("2．第二项", "任务丙", "市政府办公室", "市司法局", "2023年12月 底前")
				.row("3. 第三项", "任务丁", "市政府办公室", "市司法局", "2024年底前");
			Findings findings = new Findings();
			// when
			Breakdown breakdown = read(table, findings);
			// then
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.title()).isEqualTo("某市重点工作任务分解表");
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "1.2", "2.1", "3.1");
			assertThat(breakdown.tasks()).extracting(BreakdownTask::itemName)
				.containsExactly("第一项", "第一项", "第二项", "第三项");
		}

		@Test
		void aCountysTableWithHeadingsMergedAcrossItsPartsNumberedAndLeadsMarkedAmongTheUnits() throws Exception {
			// given a county's table as its office typed it: 一、 headings merged across the table, items （一）（二）
			// starting again under each heading, a lead marked among the units with its 牵头单位 cell empty,
			// deadlines with what is to be done by then, and one that comes round every month
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("清源县2025年政务公开重点工作任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("一、聚焦优化营商环境，加大政策公开力度", "", "", "", "")
				.merge("A3:E3")
				.row("（一）加强政策文件集中公开", "任务甲", "县司法局", "县财政局", "2025年6月底前完成")
				.row("（二）推进惠企政策精准推送", "任务乙", "", "县发改局（牵头）、县市场监管局", "9月底前")
				.row("二、聚焦民生关切", "", "", "", "")
				.merge("A6:E6")
				.row("（一）就业创业信息公开", "任务丙", "县人社局", "县民政局", "每月10日前");
			Findings findings = new Findings();
			// when
			Breakdown breakdown = read(table, findings);
			// then the headings are neither items nor tasks, and the items are counted through
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "2.1", "3.1");
			assertThat(breakdown.tasks()).extracting(BreakdownTask::itemName)
				.containsExactly("加强政策文件集中公开", "推进惠企政策精准推送", "就业创业信息公开");
			assertThat(breakdown.tasks().get(0).deadline().due()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
			assertThat(breakdown.tasks().get(1).leadUnits()).isEqualTo("县发改局");
			assertThat(breakdown.tasks().get(1).deadline().due()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
			assertThat(breakdown.tasks().get(2).deadline().isOngoing()).isTrue();
			assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.location().cell())
				.containsExactly("breakdown.deadline-periodic E7");
		}

		@Test
		void aTableOfTasksWithoutItemsMakesEachTaskAnItemNumberedByItsSerialNumber() throws Exception {
			// given 序号 | 重点任务 | 责任单位 | 完成时限, as many a county's table is headed
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("序号", "重点任务", "责任单位", "完成时限")
				.row("1", "任务甲", "县司法局（牵头）、县财政局", "2025年6月底前")
				.row("2", "任务乙", "县民政局", "长期坚持");
			Findings findings = new Findings();
			// when
			Breakdown breakdown = read(table, findings);
			// then
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "2.1");
			assertThat(breakdown.tasks()).extracting(BreakdownTask::text).containsExactly("任务甲", "任务乙");
			assertThat(breakdown.tasks().get(0).leadUnits()).isEqualTo("县司法局");

			// and with 具体措施 beside it, 重点任务 heads the items
			Breakdown withMeasures = read(WorkbookBuilder.sheet("任务分解表")
				.row("重点任务", "具体措施", "责任单位", "完成时限")
				.row("1. 政策公开", "任务甲", "县司法局", "2025年6月底前")
				.row("", "任务乙", "县民政局", "长期坚持"), new Findings());
			assertThat(withMeasures.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "1.2");

			// and items without numbers of their own take their 序号, merged over their rows, skipping as the office's
			Findings numbered = new Findings();
			Breakdown bySerial = read(WorkbookBuilder.sheet("任务分解表")
				.row("序号", "重点任务", "具体措施", "责任单位", "完成时限")
				.row("1", "政策公开", "任务甲", "县司法局", "2025年6月底前")
				.row("", "", "任务乙", "县民政局", "长期坚持")
				.merge("A2:A3")
				.merge("B2:B3")
				.row("3", "社会救助", "任务丙", "县民政局", "长期坚持"), numbered);
			assertThat(bySerial.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "1.2", "3.1");
			assertThat(numbered.all()).isEmpty();
		}

		@Test
		void leadsAsATableWithOnlyAUnitsColumnGivesThem() throws Exception {
			// given a units column only: a task of one unit, a task with a lead marked, a task of two units unmarked
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "责任单位", "完成时限")
				.row("1. 甲", "任务甲", "区教育局", "长期坚持")
				.row("2. 乙", "任务乙", "区财政局（牵头）、区审计局", "长期坚持")
				.row("3. 丙", "任务丙", "区司法局、区政府办", "长期坚持");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			// then the one unit leads its task, the marked one leads, and the unmarked pair is told
			assertThat(breakdown.tasks()).extracting(BreakdownTask::leadUnits).containsExactly("区教育局", "区财政局", "");
			assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.message())
				.containsExactly("breakdown.no-lead 任务 3.1 没有牵头单位（牵头单位列为空，责任单位中也没有标“牵头”），督办表和通报中这些任务不列牵头单位");

			// when the table's note says the first unit leads
			Findings noted = new Findings();
			Breakdown withNote = read(table.row("注：责任单位中标注“牵头”的为牵头单位，未标注的排在首位的为牵头单位。"), noted);
			assertThat(withNote.tasks()).extracting(BreakdownTask::leadUnits).containsExactly("区教育局", "区财政局", "区司法局");
			assertThat(noted.all()).extracting(f -> f.message()).containsExactly("按表下的注，任务 3.1 以责任单位中排在首位的单位为牵头单位");
		}

		@Test
		void aMissingColumnIsToldWithTheOtherNamesItMayHave() throws Exception {
			Findings findings = new Findings();
			read(WorkbookBuilder.sheet("任务分解表").row("事项名称", "主要任务", "牵头单位", "责任单位").row("1. 甲", "任务", "市司法局", "市财政局"),
					findings);
			assertThat(findings.all()).singleElement().satisfies(f -> {
				assertThat(f.message()).isEqualTo("任务分解表缺少“完成时限”列");
				assertThat(f.fix()).startsWith("请在表头行补上“完成时限”列（也可写作：完成时间、时限");
			});
		}

		@Test
		void aNoteUnderTheTableIsNotAnItem() throws Exception {
			// given the usual foot of a table: a note merged across the row, and a second line of it
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("某市2024年重点工作任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "市政府办公室", "市司法局", "2024年10月底前")
				.row("注：1.各责任单位每月25日前报送进展情况；", "", "", "", "")
				.merge("A4:E4")
				.row("2.联系人：王敏，0411-83630000。", "", "", "", "")
				.merge("A5:E5");
			Findings findings = new Findings();
			// when
			Breakdown breakdown = read(table, findings);
			// then
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1");
		}

		@Test
		void aTaskBelowANoteIsToldNotLostUnsaid() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "市政府办公室", "市司法局", "2024年10月底前")
				.row("备注：任务甲按季度报送", "", "", "", "")
				.row("2. 第二项", "任务乙", "市政府办公室", "市司法局", "2024年10月底前");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1");
			assertThat(findings.all()).extracting(f -> f.location().sheetCell() + " " + f.message())
				.containsExactly("任务分解表!B4 第3行起是表格下方的说明，其后第4行的内容未作为任务读取");
		}

		@Test
		void aTableHeadedInOtherWordsOfficesUseReadsTheSame() throws Exception {
			// given 重点事项 | 具体任务 | 牵头部门 | 责任单位 | 配合单位 | 完成时间, the header repeated on a second page
			WorkbookBuilder table = WorkbookBuilder.sheet("Sheet1")
				.row("某市2024年重点工作任务分解表")
				.row("序号", "重点事项", "具体任务", "牵头部门", "责任单位", "配合单位", "完成时间")
				.row("1", "1. 第一项", "任务甲", "市政府办公室", "市司法局", "市财政局", "2024年10月底前")
				.row("序号", "重点事项", "具体任务", "牵头部门", "责任单位", "配合单位", "完成时间")
				.row("2", "2. 第二项", "任务乙", "市政府办公室", "", "市财政局", "长期坚持");
			Findings findings = new Findings();
			// when
			Breakdown breakdown = read(table, findings);
			// then 配合单位 are responsible units too
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id, BreakdownTask::leadUnits, BreakdownTask::responsibleUnits)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "市政府办公室", "市司法局、市财政局"),
						org.assertj.core.groups.Tuple.tuple("2.1", "市政府办公室", "市财政局"));
			assertThat(breakdown.cell(breakdown.tasks().get(0), BreakdownReader.DEADLINE).sheetCell()).isEqualTo("Sheet1!G3");
		}

		@Test
		void aHeaderOfTwoRowsReadsItsLowerRowUnderAMergedHeading() throws Exception {
			// given 责任分工 merged over 牵头单位 | 责任单位
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("某市2024年重点工作任务分解表")
				.row("事项名称", "主要任务", "责任分工", "", "完成时限")
				.merge("C2:D2")
				.row("", "", "牵头单位", "责任单位", "")
				.row("1. 第一项", "任务甲", "市政府办公室", "市司法局", "2024年10月底前");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.title()).isEqualTo("某市2024年重点工作任务分解表");
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id, BreakdownTask::leadUnits, BreakdownTask::responsibleUnits)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "市政府办公室", "市司法局"));
		}

		@Test
		void aDeadlineThatIsARuleNotADayIsOngoingWithAHint() throws Exception {
			Findings findings = new Findings();
			Breakdown breakdown = read(WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "省政府办公厅", "省司法厅", "按国务院部署")
				.row("2. 第二项", "任务乙", "省政府办公厅", "省司法厅", "根据工作需要"), findings);
			assertThat(breakdown.tasks()).allSatisfy(t -> assertThat(t.deadline().isOngoing()).isTrue());
			assertThat(findings.hasErrors()).isFalse();
			assertThat(findings.all()).extracting(f -> f.message())
				.containsExactly("完成时限“按国务院部署”没有具体日期，按“长期坚持”处理，不计逾期",
						"完成时限“根据工作需要”没有具体日期，按“长期坚持”处理，不计逾期");
		}

		@Test
		void anAttachmentMarkAboveTheTitleIsNotTheTitle() throws Exception {
			// a table sent as 附件1 of a notice: every form and the circular were titled 附件1…
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("附件1")
				.row("2025年全省政务公开工作要点任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "省政府办公厅", "省司法厅", "2025年10月底前");
			Findings findings = new Findings();
			assertThat(read(table, findings).title()).isEqualTo("2025年全省政务公开工作要点任务分解表");
			assertThat(read(WorkbookBuilder.sheet("任务分解表")
				.row("附件：")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "省政府办公厅", "省司法厅", "2025年10月底前"), findings).title())
				.isNotEqualTo("附件：");
		}

		@Test
		void itemsNumberedInChineseKeepTheirNumbers() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("一、加强政策文件公开", "任务甲", "市政府办公室", "市司法局", "长期坚持")
				.row("十二．做好政策解读", "任务乙", "市政府办公室", "市司法局", "长期坚持")
				.row("一网通办建设", "任务丙", "市政府办公室", "市司法局", "长期坚持");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id, BreakdownTask::itemName)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", "加强政策文件公开"),
						org.assertj.core.groups.Tuple.tuple("12.1", "做好政策解读"),
						org.assertj.core.groups.Tuple.tuple("13.1", "一网通办建设"));
			assertThat(findings.all()).extracting(f -> f.code()).containsExactly(FindingCode.BREAKDOWN_ITEM_NUMBER);
			assertThat(java.util.stream.IntStream.of(1, 9, 10, 11, 19, 20, 35, 99).mapToObj(n -> n).toList())
				.isEqualTo(java.util.stream.Stream.of("一", "九", "十", "十一", "十九", "二十", "三十五", "九十九")
					.map(BreakdownReader::chineseNumber).toList());
			assertThat(BreakdownReader.chineseNumber("十十")).isZero();
		}

		@Test
		void aCancelledTaskIsLeftOutAndTheOthersKeepTheirIds() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "市政府办公室", "市司法局", "长期坚持")
				.row("", "（已取消）任务乙", "市政府办公室", "市司法局", "长期坚持")
				.row("", "任务丙", "市政府办公室", "市司法局", "长期坚持");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "1.3");
			assertThat(findings.all()).extracting(f -> f.location().sheetCell() + " " + f.message())
				.containsExactly("任务分解表!B3 任务 1.2 标注为取消，不再分到各单位，也不统计");
		}

		@Test
		void repeatedItemNamesInEveryRowStayOneItem() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 第一项", "任务甲", "市政府办公室", "市司法局", "长期坚持")
				.row("1. 第一项", "任务乙", "市政府办公室", "市司法局", "长期坚持");
			assertThat(read(table, new Findings()).tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "1.2");
		}

	}

	@Nested
	class Problems {

		@Test
		void anUnreadableDeadlineNamesItsCell() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("标题")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 甲", "任务", "市政府办公室", "市司法局", "尽快完成");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(findings.all()).singleElement().satisfies(f -> {
				assertThat(f.code()).isEqualTo(FindingCode.DEADLINE_UNREADABLE);
				assertThat(f.location().sheetCell()).isEqualTo("任务分解表!E3");
				assertThat(f.value()).isEqualTo("尽快完成");
				assertThat(f.message()).contains("尽快完成");
			});
			assertThat(breakdown.tasks()).hasSize(1);
		}

		@Test
		void deadlinesWithoutTheirYearTakeTheYearTheTableIsFor() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("沈阳市2024年政务公开重点工作任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 甲", "任务一", "市政府办公室", "市司法局", "6月底前")
				.row("2. 乙", "任务二", "市政府办公室", "市司法局", "年底前")
				.row("3. 丙", "任务三", "市政府办公室", "市司法局", "第三季度");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(findings.all()).isEmpty();
			assertThat(breakdown.tasks()).extracting(t -> t.deadline().due()).containsExactly(
					java.time.LocalDate.of(2024, 6, 30), java.time.LocalDate.of(2024, 12, 31), java.time.LocalDate.of(2024, 9, 30));
			assertThat(breakdown.tasks().get(0).deadline().label()).isEqualTo("6月底前");
		}

		@Test
		void aMissingColumnIsReportedAndNoTasksAreRead() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "完成时限")
				.row("1. 甲", "任务", "市政府办公室", "长期坚持");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(findings.all()).extracting(Finding::code).containsExactly(FindingCode.BREAKDOWN_COLUMN_MISSING);
			assertThat(findings.all().get(0).message()).isEqualTo("任务分解表缺少“责任单位”列");
			assertThat(breakdown.tasks()).isEmpty();
		}

		@Test
		void aMissingColumnWhoseHeaderIsMistypedIsPointedOut() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任物", "牵头单位", "责任单位", "完成时限")
				.row("1. 甲", "任务", "市政府办公室", "市司法局", "长期坚持");
			Findings findings = new Findings();
			read(table, findings);
			assertThat(findings.all().get(0).message()).isEqualTo("任务分解表缺少“主要任务”列（表头中的“主要任物”是不是写错了？）");
		}

		@Test
		void anItemWithoutANumberIsNumberedInOrderWithAWarning() throws Exception {
			WorkbookBuilder table = WorkbookBuilder.sheet("任务分解表")
				.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
				.row("1. 甲", "任务", "市政府办公室", "市司法局", "长期坚持")
				.row("乙事项", "任务", "市政府办公室", "市司法局", "长期坚持");
			Findings findings = new Findings();
			Breakdown breakdown = read(table, findings);
			assertThat(breakdown.tasks()).extracting(BreakdownTask::id).containsExactly("1.1", "2.1");
			assertThat(findings.all()).extracting(Finding::code).containsExactly(FindingCode.BREAKDOWN_ITEM_NUMBER);
			assertThat(findings.hasErrors()).isFalse();
		}

		@Test
		void aProgressWorkbookIsNotTakenForABreakdown() throws Exception {
			try (Workbook workbook = WorkbookBuilder.sheet("进展填报")
				.row("任务编号", "事项名称", "主要任务", "牵头单位", "完成时限", "完成状态", "完成进度（%）")
				.build()) {
				assertThat(BreakdownReader.breakdownSheet(workbook)).isEmpty();
			}
		}

	}

	static List<String> ids(Breakdown breakdown) {
		return breakdown.tasks().stream().map(BreakdownTask::id).toList();
	}

}
