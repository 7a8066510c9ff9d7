package org.workledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.workledger.system.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Options every command takes: the workspace, and any Spring property passed through as
 * usual ({@code --spring.datasource.url=...}, {@code --workledger.intake.max-file-size=50MB}).
 */
class WorkspaceOptions {

	@Option(names = { "-w", "--workspace" }, paramLabel = "DIR", defaultValue = ".",
			description = "工作目录（含 input/、output/、templates/、data/），默认为当前目录")
	Path workspace;

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	Workspace workspace() {
		return new Workspace(this.workspace);
	}

}
