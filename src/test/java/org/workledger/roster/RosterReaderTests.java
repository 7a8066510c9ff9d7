package org.workledger.roster;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.workledger.findings.Finding;
import org.workledger.findings.FindingCode;
import org.workledger.findings.Findings;
import org.workledger.support.Samples;
import org.workledger.support.WorkbookBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class RosterReaderTests {

	static Roster read(Workbook workbook, Findings findings) {
		return RosterReader.read(RosterReader.rosterSheet(workbook).orElseThrow(), "单位名册.xlsx", findings);
	}

	@Test
	void readsTheShippedRosterTheSameStreamedAsThroughTheUsermodel() throws Exception {
		// given
		Findings streamedFindings = new Findings();
		Findings usermodelFindings = new Findings();
		// when
		Roster streamed = RosterReader.read(
				RosterReader.rosterSheet(org.workledger.workbook.StreamingGrids.of(Samples.ROSTER)).orElseThrow(),
				"单位名册.xlsx", streamedFindings);
		Roster usermodel;
		try (Workbook workbook = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true)) {
			usermodel = read(workbook, usermodelFindings);
		}
		// then
		assertThat(streamed.units()).hasSize(49).isEqualTo(usermodel.units());
		assertThat(streamedFindings.all()).isEqualTo(usermodelFindings.all());
	}

	@Test
	void readsTheShippedRoster() throws Exception {
		// given
		Findings findings = new Findings();
		// when
		Roster roster;
		try (Workbook workbook = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true)) {
			roster = read(workbook, findings);
		}
		// then
		assertThat(findings.all()).isEmpty();
		assertThat(roster.size()).isEqualTo(49);
		assertThat(roster.categories()).containsExactly("市政府有关部门", "区县（市）政府");
		assertThat(roster.resolve("市政府有关部门")).hasSize(36);
		assertThat(roster.resolve("区县(市)政府")).hasSize(13);
		assertThat(roster.unit("卫生健康委")).map(Unit::name).hasValue("沈阳市卫生健康委员会");
		assertThat(roster.unit("生态环境厅")).map(Unit::name).hasValue("沈阳市生态环境局");
		assertThat(roster.unit("和平区")).map(Unit::name).hasValue("和平区人民政府");
		Unit heping = roster.unit("和平区人民政府").orElseThrow();
		assertThat(heping.email()).isEqualTo("unit37@example.gov.cn");
		assertThat(heping.phone()).isEqualTo("024-80370037");
		assertThat(heping.shortName()).isEqualTo("和平区政府");
	}

	@Test
	void aDuplicateUnitIsAnErrorNamingBothRows() throws Exception {
		try (Workbook workbook = WorkbookBuilder
			.roster(new String[] { "甲局", "甲", "部门" }, new String[] { "乙局", "", "部门" }, new String[] { "甲局", "", "部门" })
			.build()) {
			Findings findings = new Findings();
			Roster roster = read(workbook, findings);
			assertThat(findings.all()).singleElement().satisfies(f -> {
				assertThat(f.code()).isEqualTo(FindingCode.ROSTER_DUPLICATE_UNIT);
				assertThat(f.location().sheetCell()).isEqualTo("单位名册!A4");
				assertThat(f.message()).contains("甲局").contains("第 2 行");
			});
			assertThat(roster.size()).isEqualTo(2);
		}
	}

	@Test
	void anAliasClaimedByTwoUnitsIsNotUsed() throws Exception {
		try (Workbook workbook = WorkbookBuilder
			.roster(new String[] { "甲局", "综合局", "部门" }, new String[] { "乙局", "综合局；乙", "部门" })
			.build()) {
			Findings findings = new Findings();
			Roster roster = read(workbook, findings);
			assertThat(findings.all()).extracting(Finding::code).containsExactly(FindingCode.ROSTER_ALIAS_AMBIGUOUS);
			assertThat(roster.unit("综合局")).isEmpty();
			assertThat(roster.unit("乙")).map(Unit::name).hasValue("乙局");
		}
	}

	@Test
	void aRosterHeadedInOtherWordsReadsTheSame() throws Exception {
		// given 序号 | 单位全称 | 简称 | 单位类型, as many offices head it
		try (Workbook workbook = WorkbookBuilder.sheet("Sheet1")
			.row("序号", "单位全称", "简称", "单位类型")
			.row("1", "某市教育局", "市教育局", "市直部门")
			.row("2", "某县人民政府", "", "县区")
			.build()) {
			Findings findings = new Findings();
			Roster roster = read(workbook, findings);
			assertThat(findings.all()).isEmpty();
			assertThat(roster.units()).extracting(Unit::name, Unit::category)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("某市教育局", "市直部门"),
						org.assertj.core.groups.Tuple.tuple("某县人民政府", "县区"));
			assertThat(roster.unit("市教育局")).map(Unit::name).hasValue("某市教育局");
		}
	}

	@Test
	void aListWithItsUnitsUnderHeadingsTakesEachHeadingAsTheCategory() throws Exception {
		// given a contact list: no 类别 column, the units under 一、… 二、… headings
		try (Workbook workbook = WorkbookBuilder.sheet("名册")
			.row("某市政务公开工作联络员名册")
			.row("序号", "单位名称", "联系人", "电话")
			.row("一、市政府有关部门")
			.row("1", "某市教育局", "张敏", "0411-1")
			.row("2", "某市司法局", "李强", "0411-2")
			.row("二、区县（市）政府")
			.row("1", "某县人民政府", "王芳", "0411-3")
			.build()) {
			Findings findings = new Findings();
			Roster roster = read(workbook, findings);
			assertThat(findings.all()).isEmpty();
			assertThat(roster.units()).extracting(Unit::name, Unit::category)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("某市教育局", "市政府有关部门"),
						org.assertj.core.groups.Tuple.tuple("某市司法局", "市政府有关部门"),
						org.assertj.core.groups.Tuple.tuple("某县人民政府", "区县（市）政府"));
		}
	}

	@Test
	void aHeadingsCountIsNotPartOfTheCategoryAndAnOfficePhoneOrAMobileIsThePhone() throws Exception {
		// given headings that count their units, and phones under 办公电话 and 手机
		try (Workbook workbook = WorkbookBuilder.sheet("名册")
			.row("序号", "单位名称", "联系人", "办公电话", "手机")
			.row("一、区直部门（2个）")
			.row("1", "河东区教育局", "张敏", "0571-1", "")
			.row("2", "河东区司法局", "李强", "", "13800000000")
			.row("二、街道办事处（共1个）")
			.row("1", "河东区西湖街道办事处", "王芳", "0571-3", "13900000000")
			.build()) {
			Roster roster = read(workbook, new Findings());
			assertThat(roster.units()).extracting(Unit::category).containsExactly("区直部门", "区直部门", "街道办事处");
			assertThat(roster.units()).extracting(Unit::phone).containsExactly("0571-1", "13800000000", "0571-3");
		}
	}

}
