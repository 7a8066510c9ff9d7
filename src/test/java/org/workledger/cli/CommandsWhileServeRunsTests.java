package org.workledger.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.workledger.cli.ConsolidateCommandTests.Result;
import org.workledger.support.TestWorkspace;
import org.workledger.support.WorkledgerProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IT staff type commands on the server while the console runs there as a service: serve
 * holds the workspace's database, and the commands reach it through serve.
 */
class CommandsWhileServeRunsTests {

	@Test
	void statusUserAndConsolidateRunWhileServeHoldsTheDatabase() throws Exception {
		// given a workspace with its roster taken in, and the console running on it in a process of its own
		Path workspace = TestWorkspace.withSamples();
		String ws = workspace.toString();
		assertThat(ConsolidateCommandTests.run("distribute", "-w", ws, "-p", "2023-10").exitCode()).isZero();
		WorkledgerProcess serve = WorkledgerProcess.start("serve", "-w", ws, "--port", "0");
		try {
			// its make-up run at start-up is over (it fails: the samples have no task breakdown of this year)
			assertThat(serve.awaitLine("定时汇总：下次运行时间", 120)).as(serve.output()).isTrue();

			// when IT runs status, gives the units their accounts, and consolidates by hand
			Result status = ConsolidateCommandTests.run("status", "-w", ws, "-p", "2023-10");
			Result accounts = ConsolidateCommandTests.run("user", "add-units", "-w", ws);
			Result consolidate = ConsolidateCommandTests.run("consolidate", "-w", ws, "-p", "2023-10", "--reports",
					"circular");
			Result again = ConsolidateCommandTests.run("consolidate", "-w", ws, "-p", "2023-10", "--reports", "circular");
			// and asks status how a run is going while one holds the workspace (as the console's 立即汇总 does)
			Result duringARun;
			try (org.workledger.system.WorkspaceLock run = org.workledger.system.WorkspaceLock
				.acquire(new org.workledger.system.Workspace(workspace))) {
				duringARun = ConsolidateCommandTests.run("status", "-w", ws, "-p", "2023-10");
			}

			// then each works on the console's database, without stopping it
			assertThat(status.exitCode()).as(status.err()).isZero();
			assertThat(status.out()).contains("【2023年10月】应报 49 个单位");
			assertThat(accounts.exitCode()).as(accounts.err()).isZero();
			assertThat(accounts.out()).contains("已新建 49 个单位账号");
			assertThat(consolidate.exitCode()).as(consolidate.err()).isZero();
			assertThat(workspace.resolve("output/2023-10/汇总台账（2023年10月）.xlsx")).isNotEmptyFile();
			assertThat(duringARun.exitCode()).as(duringARun.err()).isZero();
			assertThat(duringARun.out()).contains("【2023年10月】应报 49 个单位");
			// the way to the database is no reason to run again
			assertThat(again.exitCode()).as(again.err()).isZero();
			assertThat(again.out()).contains("如需重新生成，请加 --force");
			// and neither the schedule nor a second console starts beside it (they would fight over the workspace daily)
			Result schedule = ConsolidateCommandTests.run("schedule", "-w", ws);
			assertThat(schedule.exitCode()).isEqualTo(1);
			assertThat(schedule.err()).contains("工作台（serve）正在这个工作目录运行，它已经按计划定时汇总；不要再运行 schedule");
			assertThat(serve.isAlive()).as(serve.output()).isTrue();
		}
		finally {
			serve.terminate();
			assertThat(serve.waitFor(120)).as(serve.output()).isTrue();
		}

		// and once the console has stopped, commands open the database themselves and see the same accounts
		assertThat(workspace.resolve("data/serve-database.properties")).doesNotExist();
		Result list = ConsolidateCommandTests.run("user", "list", "-w", ws);
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).contains("和平区人民政府");
	}

}
