package org.workledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.workledger.system.Failures;
import org.workledger.system.TechnicalLog;

/**
 * The {@code workledger} command line. Exit codes: 0 the run completed (rejected
 * workbooks included), 1 the run could not be done, 2 the command line was wrong.
 */
@Command(name = "workledger", mixinStandardHelpOptions = true, resourceBundle = "org.workledger.cli.messages", versionProvider = WorkledgerCommand.Version.class,
		subcommands = { DistributeCommand.class, ConsolidateCommand.class, StatusCommand.class, CheckCommand.class, YearReportCommand.class, UserCommand.class, ScheduleCommand.class, ServeCommand.class,
				BenchCommand.class },
		description = "收集、校验、汇总各单位报送的工作进展情况表，并生成通报。",
		footer = { "", "期次可写作 2023-10、2023年10月、2023.10；任何配置项都可用 --名称=值 临时指定，例如 --spring.datasource.url=…",
				"退出码：0 运行完成（包括有表格被退回的情况）；1 无法运行（原因见一行中文说明）；2 命令参数有误。", "", "示例：",
				"  ${sys:workledger.started:-java -jar workledger.jar} distribute --workspace . --period 2023-10",
				"  ${sys:workledger.started:-java -jar workledger.jar} consolidate --workspace . --period 2023-10",
				"  ${sys:workledger.started:-java -jar workledger.jar} status --workspace ." })
public class WorkledgerCommand implements Runnable {

	public static final int RUN_FAILED = 1;

	public static final int USAGE = 2;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * For Spring's ahead-of-time processing at build time: the commands' context, started on
	 * an empty folder and stopped by the processor before it is refreshed.
	 */
	public static void startForAotProcessing() {
		try {
			SpringContexts.startForAotProcessing(java.nio.file.Files.createTempDirectory("workledger-aot"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		// the help's examples as the clerk would type them: through the bundle's launcher, or the jar
		System.setProperty("workledger.started", ParameterMessages.started());
		CommandLine commandLine = new CommandLine(new WorkledgerCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			if (ex instanceof CommandLine.ParameterException pe) {
				cl.getErr().println("参数错误：" + pe.getMessage() + "（用法见：" + ParameterMessages.helpCommand(pe) + "）");
				cl.getErr().flush();
				return USAGE;
			}
			String said = Failures.describe(ex);
			TechnicalLog.failure(String.join(" ", args), said, ex);
			cl.getErr().println("失败：" + said);
			cl.getErr().flush();
			return RUN_FAILED;
		});
		commandLine.setParameterExceptionHandler((ex, unused) -> {
			PrintWriter stderr = ex.getCommandLine().getErr();
			stderr.println("参数错误：" + ParameterMessages.chinese(ex) + "（用法见：" + ParameterMessages.helpCommand(ex) + "）");
			stderr.flush();
			return USAGE;
		});
		return commandLine.execute(args);
	}

	static class Version implements CommandLine.IVersionProvider {

		/**
		 * The version, and the build's time: snapshots of one version differ, and IT staff
		 * asked which one a server runs. Java too, which the launcher chose.
		 */
		@Override
		public String[] getVersion() {
			Properties build = new Properties();
			try (InputStream in = WorkledgerCommand.class.getResourceAsStream("/META-INF/build-info.properties")) {
				if (in != null) {
					build.load(in);
				}
			}
			catch (IOException ex) {
				// the version alone
			}
			String version = build.getProperty("build.version",
					Objects.requireNonNullElse(WorkledgerCommand.class.getPackage().getImplementationVersion(), "dev"));
			String time = build.getProperty("build.time");
			String built = "";
			if (time != null) {
				try {
					built = "（构建于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
						.format(Instant.parse(time).atZone(ZoneId.systemDefault())) + "）";
				}
				catch (DateTimeException ex) {
					built = "（构建于 " + time + "）";
				}
			}
			return new String[] { "workledger " + version + built,
					"Java " + System.getProperty("java.version") + "（" + System.getProperty("java.home") + "）" };
		}

	}

}
