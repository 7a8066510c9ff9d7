package org.workledger.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSectionsTests {

	@Test
	void aPeriodsFilesAreListedUnderHeadingsByTheirOwnNames() {
		List<String[]> files = List.of(new String[] { "汇总台账（2023年10月）.xlsx", "2023-10/汇总台账（2023年10月）.xlsx" },
				new String[] { "和平区人民政府-2023年10月进展情况表.xlsx", "2023-10/和平区人民政府-2023年10月进展情况表.xlsx" },
				new String[] { "单位报告/和平区人民政府-2023年10月进展报告.pdf", "2023-10/单位报告/和平区人民政府-2023年10月进展报告.pdf" },
				new String[] { "单位报告/大东区人民政府-2023年10月催报通知.pdf", "2023-10/单位报告/大东区人民政府-2023年10月催报通知.pdf" },
				new String[] { "退回/大东区-退回通知.pdf", "2023-10/退回/大东区-退回通知.pdf" },
				new String[] { "退回/已重新报送并通过/铁西区-问题清单.xlsx", "2023-10/退回/已重新报送并通过/铁西区-问题清单.xlsx" },
				new String[] { "沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf", "2023-10/通报.pdf" });

		List<ReportSections.Section> sections = ReportSections.of(files);

		assertThat(sections).extracting(ReportSections.Section::title)
			.containsExactly("台账和通报", "单位进展报告", "催报通知", "退回的表格（问题清单、退回修改版、退回通知）", "空白进展情况表（下发给各单位）");
		assertThat(sections.get(0).files()).extracting(ReportSections.Entry::name)
			.containsExactly("汇总台账（2023年10月）.xlsx", "沈阳市政务公开重点工作任务进展情况通报（2023年10月）.pdf");
		assertThat(sections.get(2).files().get(0)).isEqualTo(new ReportSections.Entry("大东区人民政府-2023年10月催报通知.pdf",
				"单位报告/大东区人民政府-2023年10月催报通知.pdf", "2023-10/单位报告/大东区人民政府-2023年10月催报通知.pdf"));
		// what went back to a unit that has since put it right is listed as kept on file
		assertThat(sections.get(3).files()).extracting(ReportSections.Entry::name)
			.containsExactly("大东区-退回通知.pdf", "铁西区-问题清单.xlsx（已重新报送并通过，存档）");
	}

	@Test
	void eachHeadingListsItsUnitsInRosterOrder() {
		List<String[]> files = List.of(new String[] { "单位报告/于洪区人民政府-2023年10月进展报告.pdf", "2023-10/a" },
				new String[] { "单位报告/和平区人民政府-2023年10月进展报告.pdf", "2023-10/b" },
				new String[] { "单位报告/大东区人民政府-2023年10月进展报告.pdf", "2023-10/c" },
				new String[] { "单位报告/其他说明.pdf", "2023-10/d" });

		List<ReportSections.Section> sections = ReportSections.of(files, List.of("和平区人民政府", "大东区人民政府", "于洪区人民政府"));

		assertThat(sections.get(0).files()).extracting(ReportSections.Entry::name)
			.containsExactly("和平区人民政府-2023年10月进展报告.pdf", "大东区人民政府-2023年10月进展报告.pdf",
					"于洪区人民政府-2023年10月进展报告.pdf", "其他说明.pdf");
	}

}
