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
			// "--perod 2023-10" is said as the slip it is, not only as --period missing
			String unknown = ex.getCommandLine()
				.getUnmatchedArguments()
				.stream()
				.filter(arg -> arg.startsWith("-"))
				.map(arg -> unknownOption(arg, ex.getCommandLine()))
				.collect(Collectors.joining("；"));
			return (unknown.isEmpty() ? "" : unknown + "；") + "缺少必填参数 "
					+ missing.getMissing().stream().map(ParameterMessages::name).collect(Collectors.joining("、"));
		}
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
			if (ex.getCommandLine().getParent() == null && !unmatched.getUnmatched().isEmpty()
					&& !unmatched.getUnmatched().get(0).startsWith("-")) {
				String commands = String.join("、", ex.getCommandLine().getSubcommands().keySet());
				String suggestion = unmatched.getSuggestions().isEmpty() ? ""
						: "。您是不是要用 " + unmatched.getSuggestions().get(0) + "？";
				return "没有“" + unmatched.getUnmatched().get(0) + "”这个命令" + suggestion + "可用的命令：" + commands;
			}
			return "无法识别的参数 " + String.join(" ", unmatched.getUnmatched());
		}
		// "Invalid value for option '--port': 'abc' is not an int"
		java.util.regex.Matcher invalid = INVALID_VALUE.matcher(String.valueOf(ex.getMessage()));
		if (invalid.find()) {
			return invalid.group(1) + " 的值“" + invalid.group(2) + "”不对" + (invalid.group(3).contains("int") ? "，应是整数" : "");
		}
		if (ex.getMessage() != null && ex.getMessage().startsWith("Missing required subcommand")) {
			return "请指定命令：" + String.join("、", ex.getCommandLine().getSubcommands().keySet());
		}
		return ex.getMessage();
	}

	private static final java.util.regex.Pattern INVALID_VALUE = java.util.regex.Pattern
		.compile("Invalid value for (?:option|positional parameter) '([^']+)': '([^']*)'(.*)");

	/**
	 * {@code bin/workledger consolidate --help} for the command that was mistyped, as it was
	 * started: through the bundle's launcher, or {@code java -jar workledger.jar}.
	 */
	static String helpCommand(CommandLine.ParameterException ex) {
		String qualified = ex.getCommandLine().getCommandSpec().qualifiedName();
		String sub = qualified.startsWith("workledger") ? qualified.substring("workledger".length()) : " " + qualified;
		return started() + sub + " --help";
	}

	/** How this command was started, to be typed again: the launcher (relative to here when it can be), or the jar. */
	static String started() {
		String launcher = System.getenv("WORKLEDGER_INVOKED_AS");
		if (launcher == null || launcher.isBlank()) {
			launcher = System.getenv("WORKLEDGER_LAUNCHER");
		}
		if (launcher == null || launcher.isBlank()) {
			return "java -jar workledger.jar";
		}
		try {
			java.nio.file.Path path = java.nio.file.Path.of(launcher).toAbsolutePath().normalize();
			java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
			String shown = path.startsWith(here) ? here.relativize(path).toString() : path.toString();
			return shown.contains(" ") ? "\"" + shown + "\"" : shown;
		}
		catch (RuntimeException ex) {
			return launcher;
		}
	}

	/** "无法识别的参数 --perod（是不是 --period？）": the command's option nearest to what was typed, if one is near. */
	private static String unknownOption(String arg, CommandLine command) {
		String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
		String nearest = null;
		int best = 3;
		for (OptionSpec option : command.getCommandSpec().options()) {
			for (String name : option.names()) {
				int distance = org.workledger.system.Spelling.distance(typed, name);
				if (distance < best) {
					best = distance;
					nearest = name;
				}
			}
		}
		return "无法识别的参数 " + typed + (nearest == null ? "" : "（是不是 " + nearest + "？）");
	}

	private static String name(ArgSpec spec) {
		return spec instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : spec.paramLabel();
	}

}
