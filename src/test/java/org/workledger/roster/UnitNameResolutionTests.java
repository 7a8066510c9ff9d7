package org.workledger.roster;

import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workledger.findings.Findings;
import org.workledger.support.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** Unit names as units really write them, resolved against the shipped roster of 49 units. */
class UnitNameResolutionTests {

	static Roster roster;

	@BeforeAll
	static void readTheShippedRoster() throws Exception {
		try (Workbook workbook = WorkbookFactory.create(Samples.ROSTER.toFile(), null, true)) {
			roster = RosterReaderTests.read(workbook, new Findings()).inCity("沈阳市");
		}
	}

	@Test
	void theExactNameAndTheRostersAliasesAreExact() {
		assertThat(roster.match("和平区人民政府")).satisfies(m -> assertThat(m.kind()).isEqualTo(UnitMatch.Kind.EXACT));
		assertThat(roster.match("市卫健委").kind()).isEqualTo(UnitMatch.Kind.EXACT);
		assertThat(roster.match("市卫健委").unit().name()).isEqualTo("沈阳市卫生健康委员会");
	}

	@Test
	void theCityInFront() {
		assertVariant("沈阳市和平区人民政府", "和平区人民政府");
		assertVariant("沈阳和平区人民政府", "和平区人民政府");
		assertVariant("沈阳市卫生健康委", "沈阳市卫生健康委员会");
	}

	@Test
	void theLevelMarkerLeftOut() {
		assertVariant("教育局", "沈阳市教育局");
		assertVariant("市场监管局", "沈阳市市场监督管理局");
		assertVariant("市场监督管理局", "沈阳市市场监督管理局");
	}

	@Test
	void peoplesGovernmentGovernmentAndDistrictGovernment() {
		assertVariant("沈阳市和平区政府", "和平区人民政府");
		assertVariant("和平区区政府", "和平区人民政府");
		assertVariant("沈阳市新民市政府", "新民市人民政府");
		assertVariant("新民市市政府", "新民市人民政府");
		assertVariant("沈阳市政府办公室", "沈阳市人民政府办公室");
		assertVariant("市政府信访局", "沈阳市人民政府信访局");
	}

	@Test
	void fullWidthHalfWidthAndSpaces() {
		assertThat(roster.match("和平区 人民政府").kind()).isEqualTo(UnitMatch.Kind.EXACT);
		assertThat(roster.match("和平区\u3000人民政府").kind()).isEqualTo(UnitMatch.Kind.EXACT);
		assertVariant("沈阳市 和平区 政府", "和平区人民政府");
		assertVariant("沈阳市（和平区）政府".replace("（", "").replace("）", ""), "和平区人民政府");
	}

	@Test
	void theProvinceInFront() {
		assertVariant("辽宁省沈阳市沈河区人民政府", "沈河区人民政府");
		assertVariant("辽宁省沈阳市统计局", "沈阳市统计局");
	}

	@Test
	void quotesAFullStopASealNoteAndTraditionalCharacters() {
		assertVariant("苏家屯区人民政府。", "苏家屯区人民政府");
		assertVariant("“沈阳市财政局”", "沈阳市财政局");
		assertVariant("沈阳市水务局；", "沈阳市水务局");
		assertVariant("沈阳市交通运输局(盖章)", "沈阳市交通运输局");
		assertVariant("和平区人民政府（盖章）", "和平区人民政府");
		assertVariant("司法局.", "沈阳市司法局");
		assertVariant("铁西區人民政府", "铁西区人民政府");
		assertVariant("沈阳市統計局", "沈阳市统计局");
	}

	@Test
	void aWordThatNamesNoUnitIsTooGeneral() {
		for (String general : List.of("区政府", "县政府", "市政府", "沈阳市", "沈阳市人民政府", "政府")) {
			assertThat(roster.match(general).kind()).as(general).isEqualTo(UnitMatch.Kind.TOO_GENERAL);
		}
	}

	@Test
	void theCitysNameDoesNotMakeUnitsLookAlike() {
		assertThat(roster.match("沈阳市环保总局").candidates()).extracting(Unit::name).doesNotContain("沈阳市民政局");
		assertThat(roster.match("沈阳市住房和城乡建设局").candidates()).extracting(Unit::name).first()
			.isEqualTo("沈阳市城乡建设局");
		assertThat(roster.match("城管局").candidates()).extracting(Unit::name).contains("沈阳市城市管理行政执法局");
	}

	@Test
	void aVariationTwoUnitsShareResolvesToNeither() {
		// given two bureaus whose names differ only in the level marker
		Roster twins = Roster.of(List.of(unit("沈阳市规划局", "局"), unit("沈阳市市规划局", "局"))).inCity("沈阳市");
		// when 规划局 is a form of both (沈阳市规划局 → 规划局; 沈阳市市规划局 → 市规划局 → 规划局)
		UnitMatch match = twins.match("规划局");
		// then
		assertThat(match.kind()).isEqualTo(UnitMatch.Kind.AMBIGUOUS);
		assertThat(match.resolved()).isEmpty();
		assertThat(match.candidates()).extracting(Unit::name).containsExactly("沈阳市规划局", "沈阳市市规划局");
	}

	@Test
	void anAmbiguousRosterAliasIsNoOnesEvenAsAVariation() {
		Roster roster = Roster.of(List.of(unit("甲区人民政府", "区", "综合局"), unit("乙区人民政府", "区", "综合局")));
		assertThat(roster.unit("综合局")).isEmpty();
		assertThat(roster.match("综合局").resolved()).isEmpty();
	}

	@Test
	void aDistrictWhoseNameBeginsLikeTheCityKeepsThatCharacter() {
		// 沈河区 and 沈北新区 begin with 沈 as 沈阳 does; a character wrong elsewhere still finds them first
		assertThat(roster.match("沈和区人民政府").candidates()).extracting(Unit::name).first().isEqualTo("沈河区人民政府");
		assertThat(roster.match("沈何区人民政府").candidates()).extracting(Unit::name).first().isEqualTo("沈河区人民政府");
		assertThat(roster.match("沈北新去人民政府").candidates()).extracting(Unit::name).first().isEqualTo("沈北新区人民政府");
		assertThat(roster.match("沈阳市教肓局").candidates()).extracting(Unit::name).first().isEqualTo("沈阳市教育局");
	}

	@Test
	void anUnknownNameSuggestsTheNearestUnitsButResolvesToNone() {
		UnitMatch match = roster.match("大东区人民政付");
		assertThat(match.kind()).isEqualTo(UnitMatch.Kind.UNKNOWN);
		assertThat(match.resolved()).isEmpty();
		assertThat(match.candidates()).extracting(Unit::name).first().isEqualTo("大东区人民政府");
		assertThat(roster.match("皇姑区府").candidates()).extracting(Unit::name).containsExactly("皇姑区人民政府");
		assertThat(roster.match("市教委").candidates()).extracting(Unit::name).contains("沈阳市教育局");
		assertThat(roster.match("某某公司").candidates()).isEmpty();
	}

	@Test
	void inAProvinceOfLookalikeUnitsTheSuggestionsAreTheLikeliestInRosterOrder() {
		// given: thousands of names that share most of their characters, as a province's roster does
		List<Unit> units = new java.util.ArrayList<>();
		for (int i = 1; i <= 3000; i++) {
			units.add(unit(String.format("第%04d号测试局", i), "市政府有关部门"));
		}
		Roster lookalikes = Roster.of(units);

		// when
		UnitMatch match = lookalikes.match("第0012号测式局");

		// then: the three a comparison of the name with every unit ranks first: by likeness, then by likeness in
		// order, then in roster order
		org.workledger.vocabulary.Likeness likeness = org.workledger.vocabulary.Likeness.UNIT_NAMES;
		List<String> expected = units.stream()
			.filter(u -> likeness.of("第0012号测式局", u.name()) >= org.workledger.vocabulary.Likeness.NEAR)
			.sorted(java.util.Comparator.comparingDouble((Unit u) -> -likeness.of("第0012号测式局", u.name()))
				.thenComparingDouble(u -> -org.workledger.vocabulary.Likeness.inOrder("第0012号测式局", u.name()))
				.thenComparing(units::indexOf))
			.limit(3)
			.map(Unit::name)
			.toList();
		assertThat(match.kind()).isEqualTo(UnitMatch.Kind.UNKNOWN);
		assertThat(match.candidates()).extracting(Unit::name).isEqualTo(expected).startsWith("第0012号测试局");
	}

	@Test
	void namesOfTheSameCharactersInAnotherOrderComeAfterTheNameInOrder() {
		// given: numbered units, as a province names its schools, offices and districts
		List<Unit> units = new java.util.ArrayList<>();
		for (int i = 1; i <= 2000; i++) {
			units.add(unit(String.format("第%04d号测试局", i), "市政府有关部门"));
			units.add(unit(String.format("第%04d号测试区人民政府", i), "区县（市）政府"));
		}
		units.add(unit("第十二中学", "学校"));
		units.add(unit("第二十中学", "学校"));
		units.add(unit("第二十一中学", "学校"));
		Roster numbered = Roster.of(units);

		// when a character is mistyped, then the unit with the same characters in the same order comes first
		assertThat(numbered.match("第1960号测式区人民政府").candidates()).extracting(Unit::name)
			.first().isEqualTo("第1960号测试区人民政府");
		assertThat(numbered.match("第0584号测式局").candidates()).extracting(Unit::name).first().isEqualTo("第0584号测试局");
		assertThat(numbered.match("测式0591局").candidates()).extracting(Unit::name).first().isEqualTo("第0591号测试局");
		assertThat(numbered.match("第二十中孝").candidates()).extracting(Unit::name).first().isEqualTo("第二十中学");
		assertThat(numbered.match("第十二中孝").candidates()).extracting(Unit::name).first().isEqualTo("第十二中学");
	}

	@Test
	void theShortcutToTheLikeliestUnitsGivesWhatComparingEveryUnitGives() {
		// given: lookalike units of different lengths, some with repeated characters
		List<Unit> units = new java.util.ArrayList<>();
		java.util.Random random = new java.util.Random(14);
		String characters = "测试教育卫生健康交通运输文化旅游农业农村水务林草";
		for (int i = 1; i <= 2000; i++) {
			StringBuilder name = new StringBuilder(String.format("第%d号", i));
			for (int k = random.nextInt(5); k >= 0; k--) {
				name.append(characters.charAt(random.nextInt(characters.length())));
			}
			units.add(unit(name.append('局').toString(), "市政府有关部门"));
		}
		Roster lookalikes = Roster.of(units);
		org.workledger.vocabulary.Likeness likeness = org.workledger.vocabulary.Likeness.UNIT_NAMES;

		int compared = 0;
		for (int q = 0; q < 300; q++) {
			// when: a name written with a character or two wrong, left out or doubled
			StringBuilder written = new StringBuilder(units.get(random.nextInt(units.size())).name());
			for (int k = random.nextInt(2); k >= 0; k--) {
				int at = random.nextInt(written.length());
				switch (random.nextInt(3)) {
					case 0 -> written.setCharAt(at, characters.charAt(random.nextInt(characters.length())));
					case 1 -> written.deleteCharAt(at);
					default -> written.insert(at, written.charAt(at));
				}
			}
			String name = written.toString();
			UnitMatch match = lookalikes.match(name);
			if (match.kind() != UnitMatch.Kind.UNKNOWN) {
				continue;
			}

			// then
			List<String> expected = units.stream()
				.filter(u -> likeness.of(name, u.name()) >= org.workledger.vocabulary.Likeness.NEAR)
				.sorted(java.util.Comparator.comparingDouble((Unit u) -> -likeness.of(name, u.name()))
					.thenComparingDouble(u -> -org.workledger.vocabulary.Likeness.inOrder(name, u.name()))
					.thenComparing(units::indexOf))
				.limit(3)
				.map(Unit::name)
				.toList();
			assertThat(match.candidates()).as(name).extracting(Unit::name).isEqualTo(expected);
			compared++;
		}
		assertThat(compared).isGreaterThan(150);
	}

	@Test
	void likenessIsTheDiceCoefficientOfTheTellingCharacters() {
		org.workledger.vocabulary.Likeness likeness = org.workledger.vocabulary.Likeness.UNIT_NAMES;
		// 大东付 against 大东 (区, 人, 民, 政, 府 are generic): 2 × 2 / (3 + 2)
		assertThat(likeness.of("大东区人民政付", "大东区人民政府")).isEqualTo(2.0 * 2 / 5);
		// repeated characters count as often as both words have them: 0, 0, 1 shared of 第0012号 / 第0013号
		assertThat(likeness.of("第0012号", "第0013号")).isEqualTo(2.0 * 5 / 12);
		assertThat(likeness.of("市局", "区局")).isZero();
		assertThat(likeness.of("测试", "测试")).isEqualTo(1.0);
		// in order, every character counted: 第0584号局 is 第0458号局 with a 4 added after 0 and the last 4 left out
		assertThat(org.workledger.vocabulary.Likeness.inOrder("第0584号局", "第0458号局")).isEqualTo(1 - 2.0 / 7);
		assertThat(org.workledger.vocabulary.Likeness.inOrder("第0584号局", "第0584号局")).isEqualTo(1.0);
		// one left out and one changed: 沈和区 against 和平区
		assertThat(org.workledger.vocabulary.Likeness.inOrder("沈和区", "和平区")).isEqualTo(1 - 2.0 / 3);
	}

	@Test
	void theCityIsNeverAUnit() {
		assertThat(roster.match("沈阳市").resolved()).isEmpty();
		assertThat(roster.match("沈阳市政府").resolved()).isEmpty();
		assertThat(roster.match("政府").resolved()).isEmpty();
	}

	@Test
	void everyNameOfTheShippedRosterStillLeadsToItsOwnUnit() {
		for (Unit unit : roster.units()) {
			assertThat(roster.match(unit.name()).unit()).as(unit.name()).isEqualTo(unit);
			for (String alias : unit.aliases()) {
				assertThat(roster.match(alias).unit()).as(alias).isEqualTo(unit);
				assertThat(roster.match("沈阳市" + alias.replaceFirst("^市", "")).unit()).as("沈阳市 + " + alias)
					.isEqualTo(unit);
			}
		}
	}

	@Test
	void aCountysUnitsAreWrittenWithTheCountyShortAsACitysAreWithTheCity() {
		// given a county's roster, names typed as its office types them: with and without the county
		Roster county = Roster.of(List.of(unit("清源县司法局", "县直部门"), unit("县公安局", "县直部门"),
				unit("清源县应急管理局", "县直部门"), unit("清源县市场监督管理局", "县直部门"), unit("城关镇人民政府", "乡镇（街道）"),
				unit("西岭乡人民政府", "乡镇（街道）"), unit("红旗街道办事处", "乡镇（街道）"), unit("新城街道办事处", "乡镇（街道）"),
				unit("伊和乌素苏木人民政府", "乡镇（街道）")))
			.inCity(org.workledger.vocabulary.CityName.decide("", "清源县2025年政务公开重点工作任务分解表", "", List.of()));

		for (String[] written : new String[][] { { "县司法局", "清源县司法局" }, { "司法局", "清源县司法局" },
				{ "清源县公安局", "县公安局" }, { "公安局", "县公安局" }, { "应急管理局", "清源县应急管理局" },
				{ "县市场监督管理局", "清源县市场监督管理局" }, { "清源县城关镇人民政府", "城关镇人民政府" }, { "城关镇", "城关镇人民政府" },
				{ "西岭乡", "西岭乡人民政府" }, { "西岭乡政府", "西岭乡人民政府" }, { "红旗街道", "红旗街道办事处" },
				{ "伊和乌素苏木", "伊和乌素苏木人民政府" } }) {
			UnitMatch match = county.match(written[0]);
			assertThat(match.kind()).as(written[0]).isEqualTo(UnitMatch.Kind.VARIANT);
			assertThat(match.unit().name()).as(written[0]).isEqualTo(written[1]);
		}
		// the county itself is no unit, and its name makes no two units alike
		assertThat(county.match("清源县政府").resolved()).isEmpty();
		assertThat(county.match("清源县教体局").candidateNames()).doesNotContain("清源县司法局");
	}

	@Test
	void aDistrictsUnitsAreWrittenWithItsCityItsOwnNameOrItsLevelInFront() {
		// given a district's roster, its table titled with the district alone, a unit of the city stationed in it
		List<Unit> units = List.of(unit("河东区财政局", "区直部门"), unit("河东区教育局", "区直部门"),
				unit("江州市公安局河东分局", "区直部门"), unit("河东区西湖街道办事处", "街道办事处"));
		String place = org.workledger.vocabulary.CityName.decide("", "河东区2026年政务公开工作要点任务分解表", "",
				units.stream().map(Unit::name).toList());
		assertThat(place).isEqualTo("江州市河东区");
		Roster district = Roster.of(units).inCity(place);

		for (String[] written : new String[][] { { "江州市河东区财政局", "河东区财政局" }, { "区财政局", "河东区财政局" },
				{ "财政局", "河东区财政局" }, { "市公安局河东分局", "江州市公安局河东分局" }, { "公安局河东分局", "江州市公安局河东分局" },
				{ "西湖街道办", "河东区西湖街道办事处" }, { "江州市河东区西湖街道办事处", "河东区西湖街道办事处" } }) {
			UnitMatch match = district.match(written[0]);
			assertThat(match.kind()).as(written[0]).isEqualTo(UnitMatch.Kind.VARIANT);
			assertThat(match.unit().name()).as(written[0]).isEqualTo(written[1]);
		}
		// the city's own bureau is not the district's
		assertThat(district.match("市财政局").resolved()).isEmpty();
		assertThat(district.match("江州市河东区人民政府").resolved()).isEmpty();
		// a city's table for its districts and counties is the city's
		assertThat(org.workledger.vocabulary.CityName.decide("", "沈阳市各区县（市）政务公开重点工作任务分解表", "", List.of()))
			.isEqualTo("沈阳市");
		assertThat(org.workledger.vocabulary.CityName.decide("", "沈阳市政务公开重点工作任务分解表", "", List.of())).isEqualTo("沈阳市");
		// set as the city, with a table titled by the district: the same
		assertThat(org.workledger.vocabulary.CityName.decide("江州市", "河东区2026年…", "", List.of())).isEqualTo("江州市河东区");
	}

	@Test
	void aCountysGroupsAsItsDocumentsWriteThem() {
		Roster county = Roster.of(List.of(unit("清源县司法局", "县直部门"), unit("县公安局", "县直部门"),
				unit("城关镇人民政府", "乡镇（街道）"), unit("红旗街道办事处", "乡镇（街道）")));
		assertThat(county.categoryMeant("各乡镇人民政府")).contains("乡镇（街道）");
		assertThat(county.categoryMeant("各乡镇")).contains("乡镇（街道）");
		assertThat(county.categoryMeant("县直有关部门")).contains("县直部门");
		assertThat(county.categoryMeant("县政府各部门")).contains("县直部门");
		assertThat(county.categoryMeant("县直各部门")).contains("县直部门");
		// a district's: 区直各单位 and 各部门 its departments, 各街道 and 各街道办 its street offices
		Roster district = Roster.of(List.of(unit("河东区财政局", "区直部门"), unit("河东区西湖街道办事处", "街道办事处"),
				unit("河东区柳林镇人民政府", "镇")));
		assertThat(district.categoryMeant("区直各单位")).contains("区直部门");
		assertThat(district.categoryMeant("各部门")).contains("区直部门");
		assertThat(district.categoryMeant("各街道")).contains("街道办事处");
		assertThat(district.categoryMeant("各街道办")).contains("街道办事处");
		assertThat(district.categoryMeant("各有关单位")).isEmpty();
		// 各镇街: two categories in short
		assertThat(district.categoriesJoined("各镇街")).containsExactly("镇", "街道办事处");
		assertThat(district.categoriesJoined("各街道办事处（镇）")).containsExactly("街道办事处", "镇");
		assertThat(district.categoriesJoined("各有关单位")).isEmpty();
		// the city's groups still as before
		assertThat(roster.categoryMeant("各区县（市）政府")).contains("区县（市）政府");
		assertThat(roster.categoryMeant("市直各部门")).contains("市政府有关部门");
	}

	@Test
	void aNameShortenedAsChineseNamesAreShortenedLeadsToTheUnitsItCouldShorten() {
		assertThat(roster.shortenedFrom("市城管局")).extracting(Unit::name).containsExactly("沈阳市城市管理行政执法局");
		assertThat(roster.shortenedFrom("发改委")).extracting(Unit::name).containsExactly("沈阳市发展和改革委员会");
		assertThat(roster.shortenedFrom("市人防办")).extracting(Unit::name).containsExactly("沈阳市人民防空办公室");
		// two units it could shorten: neither is taken by a form made for one of them alone
		assertThat(roster.shortenedFrom("市政府办")).extracting(Unit::name).contains("沈阳市人民政府办公室");
		// not a shortening: other characters, another first character, another kind of body at the end
		assertThat(roster.shortenedFrom("市城建委")).isEmpty();
		assertThat(roster.shortenedFrom("管理局")).isEmpty();
		assertThat(roster.shortenedFrom("市发改局")).isEmpty();
		// a county's: the banner's marker 旗 in front, the rest the unit's own shortening
		Roster banner = Roster.of(List.of(unit("杭锦旗政务服务与数据管理局", "旗直部门"), unit("杭锦旗财政局", "旗直部门")))
			.inCity("杭锦旗");
		assertThat(banner.shortenedFrom("旗政务服务局")).extracting(Unit::name).containsExactly("杭锦旗政务服务与数据管理局");
	}

	@Test
	void aProvincesUnitsAreWrittenWithTheProvinceItsLevelOrNothingInFront() {
		List<Unit> units = List.of(unit("辽宁省发展和改革委员会", "省政府各部门", "省发展改革委"),
				unit("辽宁省教育厅", "省政府各部门"), unit("辽宁省卫生健康委员会", "省政府各部门", "省卫生健康委"),
				unit("辽宁省人民政府办公厅", "省政府各部门"), unit("沈阳市人民政府", "各市人民政府"),
				unit("大连市人民政府", "各市人民政府"));
		String place = org.workledger.vocabulary.CityName.decide("", "2025年全省政务公开工作要点任务分解表", "",
				units.stream().map(Unit::name).toList());
		assertThat(place).isEqualTo("辽宁省");
		Roster province = Roster.of(units).inCity(place);
		assertThat(province.match("省教育厅").unit().name()).isEqualTo("辽宁省教育厅");
		assertThat(province.match("教育厅").unit().name()).isEqualTo("辽宁省教育厅");
		assertThat(province.match("辽宁省发展改革委").unit().name()).isEqualTo("辽宁省发展和改革委员会");
		assertThat(province.match("辽宁省卫生健康委").unit().name()).isEqualTo("辽宁省卫生健康委员会");
		assertThat(province.match("大连市政府").unit().name()).isEqualTo("大连市人民政府");
		assertThat(province.match("省政府").kind()).isEqualTo(UnitMatch.Kind.TOO_GENERAL);
		assertThat(province.match("辽宁省人民政府").kind()).isEqualTo(UnitMatch.Kind.TOO_GENERAL);
		assertThat(province.shortenedFrom("省发改委")).extracting(Unit::name).containsExactly("辽宁省发展和改革委员会");
		assertThat(province.shortenedFrom("辽宁省卫健委")).extracting(Unit::name).containsExactly("辽宁省卫生健康委员会");
		assertThat(province.shortenedFrom("省政府办")).extracting(Unit::name).containsExactly("辽宁省人民政府办公厅");
		// a title with the province in it says so too
		assertThat(org.workledger.vocabulary.CityName.decide("", "辽宁省2025年政务公开工作要点任务分解表", "", List.of()))
			.isEqualTo("辽宁省");
		assertThat(org.workledger.vocabulary.CityName.decide("", "2025年辽宁省政务公开工作要点任务分解表", "", List.of()))
			.isEqualTo("辽宁省");
		assertThat(org.workledger.vocabulary.CityName.decide("", "辽宁省沈阳市政务公开重点工作任务分解表", "", List.of()))
			.isEqualTo("沈阳市");
	}

	private static void assertVariant(String written, String unitName) {
		UnitMatch match = roster.match(written);
		assertThat(match.kind()).as(written).isEqualTo(UnitMatch.Kind.VARIANT);
		assertThat(match.unit().name()).as(written).isEqualTo(unitName);
	}

	private static Unit unit(String name, String category, String... aliases) {
		return new Unit(name, List.of(aliases), category, "", "", "", 0);
	}

}
