package org.workledger.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the workspace is. The command line sets it from {@code --workspace}; the
 * default is the current directory.
 */
@ConfigurationProperties("workledger.workspace")
public record WorkspaceProperties(@DefaultValue(".") Path root) {

	public Workspace workspace() {
		return new Workspace(this.root);
	}

}
