package org.workledger.cli;

import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** picocli's command-line errors, said in Chinese. */
final class ParameterMessages {

	private ParameterMessages() {
	}

	static String chinese(CommandLine.ParameterException ex) {
		if (ex instanceof CommandLine.MissingParameterException missing) {
			return "缺少必填参数 " + missing.getMissing().stream().map(ParameterMessages::name).collect(Collectors.joining("、"));
		}
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
			if (ex.getCommandLine().getParent() == null && !unmatched.getUnmatched().isEmpty()
					&& !unmatched.getUnmatched().get(0).startsWith("-")) {
				return "没有“" + unmatched.getUnmatched().get(0) + "”这个命令，可用的命令：distribute、consolidate、status、schedule";
			}
			return "无法识别的参数 " + String.join(" ", unmatched.getUnmatched());
		}
		if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
			return "请指定命令：distribute、consolidate、status 或 schedule";
		}
		return ex.getMessage();
	}

	/** {@code java -jar workledger.jar consolidate --help}, for the command that was mistyped. */
	static String helpCommand(CommandLine.ParameterException ex) {
		String qualified = ex.getCommandLine().getCommandSpec().qualifiedName();
		String sub = qualified.startsWith("workledger") ? qualified.substring("workledger".length()) : " " + qualified;
		return "java -jar workledger.jar" + sub + " --help";
	}

	private static String name(ArgSpec spec) {
		return spec instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : spec.paramLabel();
	}

}
