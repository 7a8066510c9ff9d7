package org.workledger.cli;

import org.workledger.system.JobRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.period.InvalidPeriodException;
import org.workledger.period.Period;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code distribute}: one blank progress workbook per unit for a period. */
@Command(name = "distribute", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "根据任务分解表和单位名册，为每个单位生成本期待填报的进展情况表，写入 output/<期次>/。")
class DistributeCommand implements Callable<Integer> {

	@Mixin
	WorkspaceOptions options;

	@Option(names = { "-p", "--period" }, required = true, paramLabel = "YYYY-MM", description = "报送期次，例如 2023-10")
	String period;

	/** Spring properties, e.g. {@code --spring.datasource.url=...}. */
	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		Period parsed = parsePeriod(this.spec, this.period);
		Workspace workspace = this.options.existing(this.spec, true);
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace);
				ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			JobExecution execution = JobRuns.run(context, "distributeJob",
					new RunParameters(workspace, parsed, parsed.lastDay(), LocalDateTime.now()));
			long written = execution.getStepExecutions()
				.stream()
				.filter(s -> s.getStepName().equals("writeProgressWorkbooksStep"))
				.mapToLong(StepExecution::getWriteCount)
				.sum();
			Path folder = workspace.periodOutput(parsed);
			Console.info(String.format("已为 %d 个单位生成%s进展情况表：%s", written, parsed.label(), folder));
		}
		return 0;
	}

	static Period parsePeriod(CommandLine.Model.CommandSpec spec, String text) {
		try {
			return Period.parse(text);
		}
		catch (InvalidPeriodException ex) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--period " + ex.getMessage());
		}
	}

}
