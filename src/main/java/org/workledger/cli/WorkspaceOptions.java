package org.workledger.cli;

import java.nio.file.Path;

import org.workledger.system.Workspace;
import picocli.CommandLine.Option;

/**
 * The option every command takes: the workspace. Each command also passes any Spring
 * property through as usual ({@code --spring.datasource.url=...}).
 */
class WorkspaceOptions {

	@Option(names = { "-w", "--workspace" }, paramLabel = "DIR", defaultValue = ".",
			description = "工作目录（含 input/、output/、templates/、data/），默认为当前目录")
	Path workspace;

	Workspace workspace() {
		return new Workspace(this.workspace);
	}

}
