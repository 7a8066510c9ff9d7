package org.workledger.cli;

import java.nio.file.Path;

import org.workledger.system.Workspace;
import picocli.CommandLine.Option;

/**
 * The option every command takes: the workspace. Each command also passes any Spring
 * property through as usual ({@code --spring.datasource.url=...}).
 */
class WorkspaceOptions {

	/** The workspace when the command line names none (the bundle's quick start suggests setting it once). */
	static final String ENVIRONMENT_VARIABLE = "WORKLEDGER_WORKSPACE";

	/** Without the option: the environment variable WORKLEDGER_WORKSPACE when set, otherwise the current directory. */
	@Option(names = { "-w", "--workspace" }, paramLabel = "DIR", defaultValue = "${env:WORKLEDGER_WORKSPACE:-.}",
			description = "工作目录（含 input/、output/、templates/、data/），默认为环境变量 WORKLEDGER_WORKSPACE 指定的目录，未设置时为当前目录")
	Path workspace;

	/** Whether the workspace came from {@link #ENVIRONMENT_VARIABLE} rather than the command line. */
	private static boolean fromEnvironment(picocli.CommandLine.Model.CommandSpec spec) {
		picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
		return System.getenv(ENVIRONMENT_VARIABLE) != null && (parsed == null || !parsed.hasMatchedOption("--workspace"));
	}

	Workspace workspace() {
		return new Workspace(this.workspace);
	}

	/**
	 * The workspace, which must exist: a mistyped path is an error, never a new empty
	 * workspace.
	 */
	Workspace existing(picocli.CommandLine.Model.CommandSpec spec, boolean needsInput) {
		Workspace workspace = workspace();
		if (!java.nio.file.Files.exists(workspace.root())) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"工作目录不存在：" + workspace.root() + "（" + (fromEnvironment(spec)
							? "请检查环境变量 " + ENVIRONMENT_VARIABLE + "，或用 --workspace 指定" : "请检查 --workspace") + "）");
		}
		if (!java.nio.file.Files.isDirectory(workspace.root())) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					(fromEnvironment(spec) ? "环境变量 " + ENVIRONMENT_VARIABLE : "--workspace") + " 应是一个文件夹，而 "
							+ workspace.root() + " 是文件");
		}
		java.util.Optional<String> notRoot = org.workledger.system.WorkspaceOwner.refusal(workspace.root());
		if (notRoot.isPresent()) {
			throw new org.workledger.system.WorkledgerException(notRoot.get());
		}
		// from here on, what the libraries say (and a failure's stack trace) goes to this workspace's technical log
		org.workledger.system.TechnicalLog.writeTo(workspace);
		// a slip in the workspace's settings is told by every command, even one that starts nothing
		org.workledger.system.WorkspaceSettings.check(workspace.root().resolve(SpringContexts.CONFIG_FILE));
		if (needsInput && !java.nio.file.Files.isDirectory(workspace.input())) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(),
					"工作目录 " + workspace.root() + " 中没有 input 文件夹：请先建立 input 文件夹并放入任务分解表和单位名册");
		}
		return workspace;
	}

}
