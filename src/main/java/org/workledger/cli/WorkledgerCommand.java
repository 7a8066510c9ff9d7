package org.workledger.cli;

import java.io.PrintWriter;

import org.workledger.system.WorkledgerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code workledger} command line. Exit codes: 0 the run completed (rejected
 * workbooks included), 1 the run could not be done, 2 the command line was wrong.
 */
@Command(name = "workledger", mixinStandardHelpOptions = true, versionProvider = WorkledgerCommand.Version.class,
		subcommands = { DistributeCommand.class },
		description = "收集、校验、汇总各单位报送的工作进展情况表，并生成通报。",
		footer = { "", "示例：", "  java -jar target/workledger.jar distribute --workspace . --period 2023-10" })
public class WorkledgerCommand implements Runnable {

	public static final int RUN_FAILED = 1;

	public static final int USAGE = 2;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	public static int execute(String... args) {
		CommandLine commandLine = new CommandLine(new WorkledgerCommand());
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			PrintWriter err = cl.getErr();
			if (ex instanceof CommandLine.ParameterException pe) {
				err.println("参数错误：" + pe.getMessage());
				err.flush();
				return USAGE;
			}
			err.println("失败：" + Failures.describe(ex));
			err.flush();
			return ex instanceof WorkledgerException || ex.getCause() instanceof WorkledgerException ? RUN_FAILED
					: RUN_FAILED;
		});
		commandLine.setParameterExceptionHandler((ex, args2) -> {
			PrintWriter err = ex.getCommandLine().getErr();
			err.println("参数错误：" + ex.getMessage());
			err.println("用法见：java -jar target/workledger.jar " + ex.getCommandLine().getCommandName() + " --help");
			err.flush();
			return USAGE;
		});
		return commandLine.execute(args);
	}

	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = WorkledgerCommand.class.getPackage().getImplementationVersion();
			return new String[] { "workledger " + (version == null ? "dev" : version) };
		}

	}

}
