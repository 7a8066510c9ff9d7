package org.workledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.workledger.period.Period;
import org.workledger.reports.YearReports;
import org.workledger.system.Console;
import org.workledger.system.Workspace;
import org.workledger.system.WorkspaceLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code year-report}: the year report from the periods of the year consolidated so far,
 * each as it was last consolidated. It reads the database only; run {@code consolidate}
 * for a period first to bring it up to date.
 */
@Command(name = "year-report", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages",
		description = "生成年度报告《××××年度……完成情况》：各项任务年末完成情况、各单位全年报送情况（按时、迟报、未报送、退回）、逾期情况和全年走势，写入 output/<年份>年度/。")
class YearReportCommand implements Callable<Integer> {

	@Mixin
	WorkspaceOptions options;

	@Option(names = { "-y", "--year" }, required = true, paramLabel = "YYYY", description = "年度，例如 2023")
	int year;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		SpringContexts.checkPropertyArguments(this.spec, this.springArguments);
		if (this.year < 2000 || this.year > Year.now().getValue() + 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"--year 应是四位数的年份，例如 2023，而不是“" + this.year + "”");
		}
		Workspace workspace = this.options.existing(this.spec, false);
		if (!org.workledger.system.WorkspaceSettings.hasDatabase(workspace, this.springArguments)) {
			// said before the context has set up the terminal's log format: printed, not logged
			this.spec.commandLine().getOut().println("该工作目录还没有汇总过任何期次：" + workspace.root() + "（请先运行 consolidate）");
			this.spec.commandLine().getOut().flush();
			return 1;
		}
		try (WorkspaceLock lock = WorkspaceLock.acquire(workspace);
				ConfigurableApplicationContext context = SpringContexts.start(workspace, this.springArguments)) {
			YearReports reports = context.getBean(YearReports.class);
			Optional<Path> written = reports.write(workspace, this.year);
			if (written.isEmpty()) {
				Console.info(this.year + "年还没有汇总过任何期次，无法生成年度报告。请先对该年的期次运行 consolidate，例如 consolidate --period "
						+ Period.of(this.year, 12).key() + "。");
				return 1;
			}
			List<Period> periods = reports.periods(this.year);
			Console.info(String.format("已生成%d年度报告（%s）：%s", this.year, YearReports.span(periods), written.get()));
			List<String> gaps = new ArrayList<>();
			for (Period p = periods.get(0); p.compareTo(periods.get(periods.size() - 1)) < 0; p = p.next()) {
				if (!periods.contains(p)) {
					gaps.add(p.label());
				}
			}
			if (!gaps.isEmpty()) {
				Console.info("  以下期次没有汇总过，报告中空缺：" + String.join("、", gaps));
			}
			// a late return taken in by a later month's run is not in its month's figures until that month is run again
			context.getBean(org.workledger.trends.PeriodSummaries.class)
				.returnsSinceSummary(this.year)
				.forEach((month, count) -> Console.warn(String.format(
						"  注意：%s上次汇总之后又接收了 %d 份该月的表格，年度报告按上次汇总的结果；请先运行 consolidate --period %s，再生成年度报告",
						Period.parse(month).label(), count, month)));
		}
		return 0;
	}

}
