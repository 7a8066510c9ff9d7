package org.workledger.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkspaceOwnerTests {

	@TempDir
	Path temp;

	@Test
	void rootIsKeptOutOfAWorkspaceThatBelongsToAnotherAccount() throws Exception {
		// only root can hand a folder to another account, and only root is refused (CI runs as root)
		assumeTrue("root".equals(System.getProperty("user.name")), "runs as root only");
		Path workspace = Files.createDirectory(this.temp.resolve("srv"));
		assertThat(WorkspaceOwner.refusal(workspace)).isEmpty();

		Files.setOwner(workspace, workspace.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));

		assertThat(WorkspaceOwner.refusal(workspace)).hasValueSatisfying(said -> assertThat(said)
			.startsWith("当前以 root 运行，而工作目录 " + workspace + " 属于 nobody")
			.contains("sudo -u nobody"));
	}

}
