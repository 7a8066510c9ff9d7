package org.workledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.period.Period;
import org.workledger.status.StatusReport;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code status}: who reported, who did not, what was rejected and why, and the last runs. */
@Command(name = "status", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "查看各期次的报送情况：哪些单位已报、未报，哪些表格被退回及原因，以及最近的运行记录。")
class StatusCommand implements Callable<Integer> {

	@Mixin
	WorkspaceOptions options;

	@Option(names = { "-p", "--period" }, paramLabel = "YYYY-MM", description = "只看某一期次，例如 2023-10；默认详列最近两个期次，更早的各一行")
	String period;

	@Option(names = "--all", description = "列出所有期次的详情（默认只详列最近两个期次，更早的各一行）")
	boolean all;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		Optional<Period> only = this.period == null ? Optional.empty()
				: Optional.of(DistributeCommand.parsePeriod(this.spec, this.period));
		Workspace workspace = this.options.existing(this.spec, false);
		if (!org.workledger.system.WorkspaceSettings.hasDatabase(workspace, this.springArguments)) {
			this.spec.commandLine().getOut().println("该工作目录还没有运行过 distribute 或 consolidate：" + workspace.root());
			this.spec.commandLine().getOut().flush();
			return 0;
		}
		try (WorkspaceLock lock = WorkspaceLock.forReading(workspace);
				ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			// holding the lock, no other process runs here; reading through serve, one may
			boolean aRunMayBeGoing = lock == null && WorkspaceLock.isHeld(workspace);
			context.getBean(StatusReport.class)
				.lines(only, aRunMayBeGoing, this.all)
				.forEach(this.spec.commandLine().getOut()::println);
			this.spec.commandLine().getOut().flush();
		}
		return 0;
	}

}
