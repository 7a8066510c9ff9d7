package org.workledger.roster;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterChangesTests {

	static Unit unit(String name, String... formerNames) {
		return new Unit(name, List.of(), "市政府有关部门", "", "", "", 0, List.of(formerNames));
	}

	@Test
	void addedRenamedMergedAndGoneUnitsAreEachNamed() {
		Roster before = Roster.of(List.of(unit("市大数据管理局"), unit("市房产局"), unit("市城乡建设局"), unit("市人防办"), unit("市体育局")));
		Roster after = Roster.of(List.of(unit("市数据局", "市大数据管理局"), unit("市住房和城乡建设局", "市房产局", "市城乡建设局"),
				unit("市政务服务中心"), unit("市体育局")));

		assertThat(RosterChanges.between(before, after)).contains("新增 1 个：市政务服务中心；"
				+ "更名或合并 2 处：市大数据管理局 → 市数据局；市房产局、市城乡建设局 → 市住房和城乡建设局；不再列入 1 个：市人防办");
	}

	@Test
	void aUnitThatKeepsItsNameAndTakesInAnotherIsAMergerNotAUnitGone() {
		Roster before = Roster.of(List.of(unit("市自然资源局"), unit("市林业和草原局"), unit("市体育局")));
		Roster after = Roster.of(List.of(unit("市自然资源局", "市林业和草原局"), unit("市体育局")));

		assertThat(RosterChanges.between(before, after)).contains("更名或合并 1 处：市林业和草原局 并入 市自然资源局");
	}

	@Test
	void theSameUnitsUnderTheSameNamesAreNoChange() {
		Roster roster = Roster.of(List.of(unit("市体育局"), unit("市数据局", "市大数据管理局")));

		assertThat(RosterChanges.between(roster, roster)).isEmpty();
	}

	@Test
	void aLongListEndsInDeng() {
		Roster before = Roster.of(List.of(unit("甲")));
		List<Unit> many = new java.util.ArrayList<>(List.of(unit("甲")));
		for (int i = 1; i <= 12; i++) {
			many.add(unit("新单位" + i));
		}

		assertThat(RosterChanges.between(before, Roster.of(many)).orElseThrow()).startsWith("新增 12 个：新单位1、")
			.endsWith("新单位10 等");
	}

}
