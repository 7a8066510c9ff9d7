package org.workledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.workledger.support.TestWorkspace;

/** user add-units and user list as the office's IT staff run them. */
class UserCommandTests {

	@Test
	void everyUnitOfTheRosterGetsAnAccountOnceWithItsPasswordInTheAccountsFolder() throws Exception {
		// given: a workspace whose roster was taken in by a first distribute
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(ConsolidateCommandTests.run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();

		// when
		ConsolidateCommandTests.Result first = ConsolidateCommandTests.run("user", "add-units", "-w", ws);
		ConsolidateCommandTests.Result second = ConsolidateCommandTests.run("user", "add-units", "-w", ws);
		ConsolidateCommandTests.Result list = ConsolidateCommandTests.run("user", "list", "-w", ws);

		// then: 49 accounts, by short name, their passwords in output/账号/ and nowhere else
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("已新建 49 个单位账号", "账号");
		List<Path> files;
		try (var listed = Files.list(workspace.resolve("output/账号"))) {
			files = listed.toList();
		}
		assertThat(files).hasSize(1);
		assertThat(files.get(0).getFileName().toString()).startsWith("单位账号（").endsWith("）.xlsx");
		// not for every user of the server to read
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
			.endsWith("---");
		Set<String> passwords = new HashSet<>();
		try (Workbook workbook = WorkbookFactory.create(files.get(0).toFile(), null, true)) {
			Sheet sheet = workbook.getSheet("单位账号");
			assertThat(sheet.getLastRowNum()).isEqualTo(49);
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					assertThat(row.getCell(1).getStringCellValue()).isNotBlank();
					passwords.add(row.getCell(2).getStringCellValue());
				}
			}
		}
		assertThat(passwords).hasSize(49).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(10));
		assertThat(second.out()).contains("名册中的每个单位都已有账号，没有新建");
		assertThat(list.out()).contains("和平区人民政府");
	}

	@Test
	void theAccountsOfARenamedOrMergedUnitFollowItAndTheRestAreNamed() throws Exception {
		// given every unit's account on the shipped roster
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		Files.setLastModifiedTime(workspace.resolve("input/单位名册.xlsx"),
				java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
		assertThat(ConsolidateCommandTests.run("distribute", "-w", ws, "-p", "2023-11").exitCode()).isZero();
		assertThat(ConsolidateCommandTests.run("user", "add-units", "-w", ws).exitCode()).isZero();

		// when the reorganised roster renames 大数据管理局 and merges 房产局 and 城乡建设局, and December is distributed
		org.workledger.support.Rosters.reorganised(workspace.resolve("input/单位名册（机构改革后）.xlsx"));
		// (run before the roster is taken in, the command says so rather than that nothing changed)
		assertThat(ConsolidateCommandTests.run("user", "add-units", "-w", ws).out())
			.contains("注意：input 中的单位名册“单位名册（机构改革后）.xlsx”还没有用过");
		assertThat(ConsolidateCommandTests.run("distribute", "-w", ws, "-p", "2023-12").exitCode()).isZero();
		ConsolidateCommandTests.Result again = ConsolidateCommandTests.run("user", "add-units", "-w", ws);

		// then the old accounts now belong to the new units, nobody gets a second one, and their passwords stay
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("账号 市大数据局 改属“沈阳市数据局”", "改属“沈阳市住房和城乡建设局”",
				"名册中的每个单位都已有账号，没有新建");
		assertThat(again.out()).doesNotContain("还没有用过");
		String list = ConsolidateCommandTests.run("user", "list", "-w", ws).out();
		assertThat(list).contains("市大数据局  沈阳市数据局").doesNotContain("沈阳市大数据管理局", "沈阳市房产局");
	}

}
