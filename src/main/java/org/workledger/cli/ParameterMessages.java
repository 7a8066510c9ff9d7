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
			return "无法识别的参数 " + String.join(" ", unmatched.getUnmatched());
		}
		if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
			return "请指定命令：distribute、consolidate、status 或 schedule";
		}
		return ex.getMessage();
	}

	private static String name(ArgSpec spec) {
		return spec instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : spec.paramLabel();
	}

}
