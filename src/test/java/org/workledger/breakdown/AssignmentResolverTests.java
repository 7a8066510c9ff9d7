package org.workledger.breakdown;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.roster.Roster;
import org.workledger.roster.RosterReader;
import org.workledger.support.Samples;
import org.workledger.support.WorkbookBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentResolverTests {

	@Test
	void theShippedSamplesGive1650Assignments() throws Exception {
		// given
		Findings findings = new Findings();
		Roster roster;
		Breakdown breakdown;
		try (Workbook r = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true);
				Workbook b = WorkbookFactory.create(Samples.BREAKDOWN.toFile(), null, true)) {
			roster = RosterReader.read(RosterReader.rosterSheet(r).orElseThrow(), "单位名册.xlsx", findings);
			breakdown = BreakdownReader.read(BreakdownReader.breakdownSheet(b).orElseThrow(), "分解表.xlsx", findings);
		}
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(findings.all()).isEmpty();
		assertThat(assignments).hasSize(1650);
		Map<String, Long> perUnit = assignments.stream()
			.collect(Collectors.groupingBy(Assignment::unitName, Collectors.counting()));
		assertThat(perUnit).hasSize(49);
		roster.resolve("区县（市）政府").forEach(u -> assertThat(perUnit.get(u.name())).as(u.name()).isEqualTo(35));
		assertThat(perUnit.get("沈阳市人民政府办公室")).isEqualTo(34);
		assertThat(perUnit.get("沈阳市营商环境建设局")).isEqualTo(34);
		assertThat(perUnit.get("沈阳市教育局")).isEqualTo(34);
		assertThat(perUnit.get("沈阳市司法局")).isEqualTo(33);
		assertThat(assignments).contains(new Assignment("沈阳市司法局", "1.1", Role.LEAD),
				new Assignment("沈阳市生态环境局", "9.1", Role.LEAD), new Assignment("和平区人民政府", "9.1", Role.RESPONSIBLE));
	}

	@Test
	void aCountysDocumentWordsForItsTownsAndStreetOfficesMeanThem() throws Exception {
		// given a county's roster (乡镇（街道）) and a task for 各乡镇人民政府、街道办事处, as a county's documents write it
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "清源县民政局", "", "县直部门" },
				new String[] { "城关镇人民政府", "", "乡镇（街道）" }, new String[] { "红旗街道办事处", "", "乡镇（街道）" },
				new String[] { "新城街道办事处", "", "乡镇（街道）" }).inCity("清源县");
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "县民政局", "各乡镇人民政府、街道办事处", "长期坚持")
			.row("2. 乙", "任务", "县民政局", "红旗街道、新城街道办事处", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then the towns and street offices have 1.1, the street offices 2.1 too, with a 提示 for each way of writing
		assertThat(assignments).hasSize(7);
		assertThat(findings.hasErrors()).as(findings.all().toString()).isFalse();
		assertThat(findings.all()).extracting(f -> f.message())
			.contains("牵头单位“县民政局”按单位名册中的“清源县民政局”计入",
					"责任单位“各乡镇人民政府”按单位名册中的类别“乡镇（街道）”计入（3 个单位）",
					"责任单位“街道办事处”按单位名册中名称以“街道办事处”结尾的 2 个单位计入（红旗街道办事处、新城街道办事处）");
	}

	@Test
	void aUnitsShortenedNameTheRosterDoesNotListIsTakenForTheOneUnitItShortens() throws Exception {
		// given a county's roster without aliases, and a table that writes names the county's way
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "清源县发展和改革局", "", "县直部门" },
				new String[] { "清源县人力资源和社会保障局", "", "县直部门" }, new String[] { "清源县民政局", "", "县直部门" }).inCity("清源县");
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "县发改局", "县人社局、县民政局", "长期坚持")
			.row("2. 乙", "任务", "县发改局", "县融媒体中心", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then each is its unit, said once for the office to check; a name that shortens nothing stays unresolved
		assertThat(assignments).contains(new Assignment("清源县发展和改革局", "1.1", Role.LEAD),
				new Assignment("清源县人力资源和社会保障局", "1.1", Role.RESPONSIBLE),
				new Assignment("清源县发展和改革局", "2.1", Role.LEAD));
		assertThat(findings.all()).filteredOn(f -> f.code() == FindingCode.UNIT_SHORTENED_IN_BREAKDOWN)
			.extracting(f -> f.message())
			.containsExactly("牵头单位“县发改局”看作单位名册中“清源县发展和改革局”的简称计入",
					"责任单位“县人社局”看作单位名册中“清源县人力资源和社会保障局”的简称计入");
		assertThat(findings.all()).filteredOn(f -> f.code() == FindingCode.UNIT_UNRESOLVED)
			.singleElement()
			.satisfies(f -> assertThat(f.message()).startsWith("责任单位“县融媒体中心”"));
	}

	@Test
	void aProvincesTableAsAProvinceWritesIt() throws Exception {
		// given a province's roster: its cities' governments and its departments, without aliases
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "沈阳市人民政府", "", "各市人民政府" },
				new String[] { "大连市人民政府", "", "各市人民政府" }, new String[] { "辽宁省发展和改革委员会", "", "省政府各部门" },
				new String[] { "辽宁省交通运输厅", "", "省政府各部门" }, new String[] { "辽宁省卫生健康委员会", "", "省政府各部门" },
				new String[] { "辽宁省营商环境建设局", "", "省政府各部门" });
		roster = roster.inCity(org.workledger.vocabulary.CityName.decide("", "辽宁省2025年政务公开工作要点任务分解表", "",
				roster.units().stream().map(org.workledger.roster.Unit::name).toList()));
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "省营商局", "省直有关部门按职责分工负责", "长期坚持")
			.row("2. 乙", "任务", "省发改委", "省卫健委、省交通运输厅按职责分工负责，各市政府负责本地区落实", "长期坚持")
			.row("3. 丙", "任务", "辽宁省交通厅", "各地区、各部门", "长期坚持")
			.row("4. 丁", "任务", "省发展改革委", "各市", "长期坚持")
			.row("5. 戊", "任务", "省卫生健康委", "14个市政府，省直各部门，省级有关部门", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then every unit meant has its tasks, with 提示 and no error
		assertThat(findings.hasErrors()).as(findings.all().toString()).isFalse();
		Map<String, List<String>> tasksOf = tasksOf(assignments);
		assertThat(tasksOf.get("辽宁省营商环境建设局")).containsExactlyInAnyOrder("1.1", "3.1", "5.1");
		assertThat(tasksOf.get("辽宁省交通运输厅")).containsExactlyInAnyOrder("1.1", "2.1", "3.1", "5.1");
		assertThat(tasksOf.get("大连市人民政府")).containsExactlyInAnyOrder("2.1", "3.1", "4.1", "5.1");
		assertThat(tasksOf.get("辽宁省发展和改革委员会")).containsExactlyInAnyOrder("1.1", "2.1", "3.1", "4.1", "5.1");
		assertThat(assignments).contains(new Assignment("辽宁省卫生健康委员会", "2.1", Role.RESPONSIBLE),
				new Assignment("辽宁省卫生健康委员会", "5.1", Role.LEAD));
	}

	@Test
	void aProvincesGroupsAsAnotherProvinceWritesThemAndHeadsItsRoster() throws Exception {
		// given a roster whose categories are 设区市政府 and 省直单位, as Zhejiang heads them
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "杭州市人民政府", "", "设区市政府" },
				new String[] { "宁波市人民政府", "", "设区市政府" }, new String[] { "浙江省人民政府办公厅", "", "省直单位" },
				new String[] { "浙江省司法厅", "", "省直单位" }, new String[] { "浙江省大数据发展管理局", "省数据局", "省直单位" });
		roster = roster.inCity("浙江省");
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "省政府办公厅", "各市、县（市、区）政府", "长期坚持")
			.row("2. 乙", "任务", "省政府办公厅", "省政府各部门、各直属机构", "长期坚持")
			.row("3. 丙", "任务", "省政府办公厅", "各地各部门", "长期坚持")
			.row("4. 丁", "任务", "省政府办公厅会同省司法厅", "各市政府", "长期坚持")
			.row("5. 戊", "任务", "省政府办公厅（政务公开处）", "省数据局等省级有关单位", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(findings.hasErrors()).as(findings.all().toString()).isFalse();
		Map<String, List<String>> tasksOf = tasksOf(assignments);
		assertThat(tasksOf.get("宁波市人民政府")).containsExactlyInAnyOrder("1.1", "3.1", "4.1");
		assertThat(tasksOf.get("浙江省司法厅")).containsExactlyInAnyOrder("2.1", "3.1", "4.1", "5.1");
		assertThat(tasksOf.get("浙江省人民政府办公厅")).containsExactlyInAnyOrder("1.1", "2.1", "3.1", "4.1", "5.1");
		assertThat(assignments).contains(new Assignment("浙江省司法厅", "4.1", Role.LEAD),
				new Assignment("浙江省大数据发展管理局", "5.1", Role.RESPONSIBLE));
		// and the split keeps what brackets hold, and a group of places' governments whole
		assertThat(UnitNames.split("市司法局（牵头、主办）、市财政局")).containsExactly("市司法局（牵头、主办）", "市财政局");
		assertThat(UnitNames.split("各市、县（市、区）人民政府，省司法厅")).containsExactly("各市、县（市、区）人民政府", "省司法厅");
	}

	@Test
	void aUnitsCellThatLabelsItsParts() throws Exception {
		// given one units column with 牵头单位：… and 责任单位：… on lines of their own
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "县政府办", "", "县直部门" }, new String[] { "县司法局", "", "县直部门" },
				new String[] { "县民政局", "", "县直部门" });
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "责任单位", "完成时限")
			.row("1. 甲", "任务", "牵头单位：县政府办、县司法局\n责任单位：县民政局", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(findings.all()).isEmpty();
		assertThat(breakdown.tasks().get(0).leadUnits()).isEqualTo("县政府办、县司法局");
		assertThat(assignments).containsExactly(new Assignment("县政府办", "1.1", Role.LEAD),
				new Assignment("县司法局", "1.1", Role.LEAD), new Assignment("县民政局", "1.1", Role.RESPONSIBLE));
	}

	@Test
	void aGroupThatDoesNotSayWhichUnitsIsAskedToNameThem() throws Exception {
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "甲局", "", "部门" }, new String[] { "乙镇", "", "镇" });
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "甲局", "各有关单位", "长期坚持")
			.row("2. 乙", "任务", "甲局", "相关镇政府", "长期坚持"), findings);
		AssignmentResolver.resolve(breakdown, roster, findings);
		assertThat(findings.all()).hasSize(2).first().satisfies(f -> {
			assertThat(f.message()).isEqualTo("责任单位“各有关单位”没有说明是哪些单位，这些单位未计入");
			assertThat(f.fix()).isEqualTo("请写出各单位的名称，或写单位名册“类别”列中的类别（现有类别：部门、镇）");
		});
		// 相关设区市政府, 相关镇政府: which of them is the table's to say
		assertThat(findings.all().get(1).message()).isEqualTo("责任单位“相关镇政府”没有说明是哪些单位，这些单位未计入");
	}

	@Test
	void anUnknownUnitIsAFindingNotASilentDrop() throws Exception {
		// given
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "甲局", "市甲局", "部门" });
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "市甲局", "部门、市乙局", "长期坚持")
			.row("2. 乙", "任务", "市丙局", "市丁局", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(assignments).containsExactly(new Assignment("甲局", "1.1", Role.LEAD));
		assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.location().sheetCell() + " " + f.message())
			.containsExactly("breakdown.unit-unresolved 任务分解表!D2 责任单位“市乙局”在单位名册中找不到",
					"breakdown.unit-unresolved 任务分解表!C3 牵头单位“市丙局”在单位名册中找不到",
					"breakdown.unit-unresolved 任务分解表!D3 责任单位“市丁局”在单位名册中找不到",
					"breakdown.task-without-units 任务分解表!D3 任务 2.1 没有任何可识别的责任单位或牵头单位");
		assertThat(findings.all().get(0).fix()).contains("“市乙局”");
	}

	@Test
	void aNameMissingFromTheRosterInManyCellsIsOneFindingNamingThem() throws Exception {
		// given a roster without 市乙局, which the table names in three tasks, two of which have no other unit
		Findings findings = new Findings();
		Roster roster = roster(findings, new String[] { "甲局", "市甲局", "部门" });
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "市甲局", "市乙局", "长期坚持")
			.row("2. 乙", "任务", "市乙局", "市乙局", "长期坚持")
			.row("3. 丙", "任务", "市乙局", "", "长期坚持"), findings);

		// when
		AssignmentResolver.resolve(breakdown, roster, findings);

		// then one line per name and column, at its first cell, with the others; one for the tasks left without units
		assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.location().sheetCell() + " " + f.message())
			.containsExactly("breakdown.unit-unresolved 任务分解表!D2 责任单位“市乙局”在单位名册中找不到（共 2 处：D2、D3）",
					"breakdown.unit-unresolved 任务分解表!C3 牵头单位“市乙局”在单位名册中找不到（共 2 处：C3、C4）",
					"breakdown.task-without-units 任务分解表!D3 任务 2.1、3.1 没有任何可识别的责任单位或牵头单位");
	}

	@Test
	void plainVariationsOfUnitNamesInTheTableAreResolvedWithAWarning() throws Exception {
		// given the shipped roster, in the city the table's title names
		Findings findings = new Findings();
		Roster roster = shippedRosterInShenyang(findings);
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "教育局", "沈阳市和平区政府、沈阳卫健委", "长期坚持")
			.row("2. 乙", "任务", "教育局", "皇姑区区政府", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(assignments).containsExactlyInAnyOrder(new Assignment("沈阳市教育局", "1.1", Role.LEAD),
				new Assignment("沈阳市卫生健康委员会", "1.1", Role.RESPONSIBLE),
				new Assignment("和平区人民政府", "1.1", Role.RESPONSIBLE), new Assignment("沈阳市教育局", "2.1", Role.LEAD),
				new Assignment("皇姑区人民政府", "2.1", Role.RESPONSIBLE));
		// said once per name, where it first appears, and never an error
		assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.location().sheetCell() + " " + f.message())
			.containsExactly("breakdown.unit-variant 任务分解表!C2 牵头单位“教育局”按单位名册中的“沈阳市教育局”计入",
					"breakdown.unit-variant 任务分解表!D2 责任单位“沈阳市和平区政府”按单位名册中的“和平区人民政府”计入",
					"breakdown.unit-variant 任务分解表!D2 责任单位“沈阳卫健委”按单位名册中的“沈阳市卫生健康委员会”计入",
					"breakdown.unit-variant 任务分解表!D3 责任单位“皇姑区区政府”按单位名册中的“皇姑区人民政府”计入");
	}

	@Test
	void anUnknownNameInTheTableNamesTheNearestUnits() throws Exception {
		Findings findings = new Findings();
		Roster roster = shippedRosterInShenyang(findings);
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "市教育局", "市卫健局", "长期坚持"), findings);
		AssignmentResolver.resolve(breakdown, roster, findings);
		assertThat(findings.all()).extracting(f -> f.message())
			.containsExactly("责任单位“市卫健局”在单位名册中找不到（最接近的单位：“沈阳市卫生健康委员会”）");
	}

	@Test
	void groupNamesAsTablesWriteThemMeanTheRostersCategoriesAndARoleWrittenAfterAUnitCounts() throws Exception {
		// given the shipped roster (categories 市政府有关部门 and 区县（市）政府) and a table written another way
		Findings findings = new Findings();
		Roster roster = shippedRosterInShenyang(findings);
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "牵头单位", "责任单位", "完成时限")
			.row("1. 甲", "任务", "市财政局牵头", "各区县（市）人民政府、市司法局（牵头）", "长期坚持")
			.row("2. 乙", "任务", "市教育局", "各区市县政府、市直各部门", "长期坚持")
			.row("3. 丙", "任务", "市教育局", "各乡镇", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then the districts are there, each marked unit in its role
		assertThat(assignments).contains(new Assignment("沈阳市财政局", "1.1", Role.LEAD),
				new Assignment("沈阳市司法局", "1.1", Role.LEAD), new Assignment("和平区人民政府", "1.1", Role.RESPONSIBLE),
				new Assignment("法库县人民政府", "2.1", Role.RESPONSIBLE));
		assertThat(assignments.stream().filter(a -> a.taskId().equals("2.1"))).hasSize(49);
		// said once per way of writing; a group the roster has no category for says to use one, not an alias
		assertThat(findings.all()).extracting(f -> f.code().code() + " " + f.location().sheetCell() + " " + f.message())
			.containsExactly("breakdown.category-variant 任务分解表!D2 责任单位“各区县（市）人民政府”按单位名册中的类别“区县（市）政府”计入（13 个单位）",
					"breakdown.category-variant 任务分解表!D3 责任单位“各区市县政府”按单位名册中的类别“区县（市）政府”计入（13 个单位）",
					"breakdown.category-variant 任务分解表!D3 责任单位“市直各部门”按单位名册中的类别“市政府有关部门”计入（36 个单位）",
					"breakdown.unit-group-unresolved 任务分解表!D4 责任单位“各乡镇”像是一类单位的统称，但单位名册中没有这个类别，这些单位未计入");
		assertThat(findings.all().get(3).fix()).contains("现有类别：市政府有关部门、区县（市）政府");
	}

	@Test
	void aTableWithOneUnitsColumnNamesItsLeadsThere() throws Exception {
		// given 责任单位 only, the lead marked in it
		Findings findings = new Findings();
		Roster roster = shippedRosterInShenyang(findings);
		Breakdown breakdown = BreakdownReaderTests.read(WorkbookBuilder.sheet("任务分解表")
			.row("事项名称", "主要任务", "责任单位", "完成时限")
			.row("1. 甲", "任务", "市司法局（牵头）、市财政局", "长期坚持"), findings);
		// when
		List<Assignment> assignments = AssignmentResolver.resolve(breakdown, roster, findings);
		// then
		assertThat(findings.all()).isEmpty();
		assertThat(breakdown.tasks().get(0).leadUnits()).isEqualTo("市司法局");
		assertThat(assignments).containsExactlyInAnyOrder(new Assignment("沈阳市司法局", "1.1", Role.LEAD),
				new Assignment("沈阳市财政局", "1.1", Role.RESPONSIBLE));
	}

	private static Roster shippedRosterInShenyang(Findings findings) throws Exception {
		try (Workbook r = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true)) {
			return RosterReader.read(RosterReader.rosterSheet(r).orElseThrow(), "单位名册.xlsx", findings)
				.inCity("沈阳市");
		}
	}

	@Test
	void splitsOnEverySeparatorTablesUse() {
		assertThat(UnitNames.split("市司法局 市政府办公室、市营商局，市大数据局,市财政局;市统计局；市医保局\n市审计局　市体育局"))
			.containsExactly("市司法局", "市政府办公室", "市营商局", "市大数据局", "市财政局", "市统计局", "市医保局", "市审计局", "市体育局");
	}

	/** A roster of these units (name, aliases, category), as the reader reads it. */
	private static Roster roster(Findings findings, String[]... units) throws Exception {
		try (Workbook r = WorkbookBuilder.roster(units).build()) {
			return RosterReader.read(RosterReader.rosterSheet(r).orElseThrow(), "名册.xlsx", findings);
		}
	}

	/** Each unit's task ids. */
	private static Map<String, List<String>> tasksOf(List<Assignment> assignments) {
		return assignments.stream()
			.collect(Collectors.groupingBy(Assignment::unitName, Collectors.mapping(Assignment::taskId, Collectors.toList())));
	}

}
