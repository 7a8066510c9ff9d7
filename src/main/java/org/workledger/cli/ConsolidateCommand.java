package org.workledger.cli;

import org.workledger.system.JobRuns;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.consolidation.LastConsolidation;
import org.workledger.consolidation.RunInputs;
import org.workledger.reports.ReportWriter;
import org.workledger.period.Period;
import org.workledger.returns.DateText;
import org.workledger.system.RunParameters;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code consolidate}: take in everything in input/, check it, and write the period's ledger. */
@Command(name = "consolidate", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "读取 input/ 中的全部文件，校验各单位报送的进展情况表，汇总入库并生成本期汇总台账；有问题的表格写出退回说明。")
class ConsolidateCommand implements Callable<Integer> {

	@Mixin
	WorkspaceOptions options;

	@Option(names = { "-p", "--period" }, required = true, paramLabel = "YYYY-MM", description = "汇总的期次，例如 2023-10")
	String period;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "统计截止日（判断逾期的日期），默认为期次的最后一天")
	String asOf;

	@Option(names = "--reports", paramLabel = "all|circular|none", defaultValue = "all",
			description = "生成哪些 PDF：all 全部（默认）；circular 只生成汇总台账和通报；none 不生成 PDF")
	String reports;

	@Option(names = "--force", description = "即使自上次汇总以来没有任何变化，也重新生成汇总台账和全部报告")
	boolean force;

	/** Spring properties, e.g. {@code --spring.datasource.url=...}. */
	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		Period parsed = DistributeCommand.parsePeriod(this.spec, this.period);
		LocalDate asOfDate = this.asOf == null ? parsed.lastDay() : parseDate(this.asOf);
		if (asOfDate.isBefore(parsed.firstDay())) {
			// nothing of the month had happened yet: every task would read as on time and the circular say so
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--as-of " + asOfDate + " 早于" + parsed.label() + "的第一天，这一天" + parsed.label()
							+ "还没有开始；统计截止日应在本期之内或之后，默认是本期最后一天 " + parsed.lastDay());
		}
		if (!List.of("all", "circular", "none").contains(this.reports)) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--reports 只能是 all、circular 或 none，而不是“" + this.reports + "”");
		}
		Workspace workspace = this.options.existing(this.spec, true);
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
			// nothing new since the last run: a listing of input/ says so in milliseconds, before anything starts
			Optional<LastConsolidation.Reusable> kept = this.force ? Optional.empty()
					: new LastConsolidation(workspace)
						.reusable(RunInputs.of(workspace, parsed, asOfDate, this.reports, this.springArguments));
			if (this.force) {
				ReportWriter.forgetWrittenReports(workspace.data());
			}
			if (kept.isPresent()) {
				// printed as is: the logging set-up comes with the Spring context, which this answer does without
				java.io.PrintWriter out = this.spec.commandLine().getOut();
				kept.get().lines(parsed, asOfDate).forEach(out::println);
				out.println("如需重新生成，请加 --force。");
				out.flush();
				return 0;
			}
			try (ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
				JobRuns.run(context, "consolidateJob",
						new RunParameters(workspace, parsed, asOfDate, LocalDateTime.now(), this.reports));
			}
		}
		return 0;
	}

	private LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return DateText.parse(text)
				.orElseThrow(() -> new CommandLine.ParameterException(this.spec.commandLine(),
						"--as-of 日期“" + text + "”无法识别，请写成 2023-10-31"));
		}
	}

}
