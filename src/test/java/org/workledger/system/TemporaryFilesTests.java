package org.workledger.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryFilesTests {

	@TempDir
	Path temp;

	@AfterEach
	void systemFolderAgain() {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
	}

	@Test
	void aRunKeepsItsTemporaryFilesInTheWorkspaceAndRemovesWhatAKilledRunLeft() throws Exception {
		// given what a run killed two days ago left, and the folder of a run going on now (serve's)
		Workspace workspace = new Workspace(this.temp);
		Path tmp = Files.createDirectories(workspace.data().resolve("tmp"));
		Path killed = Files.createDirectories(tmp.resolve("workledger-ledger-1"));
		Files.writeString(killed.resolve("task-0.bin"), "narratives");
		FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
		Files.setLastModifiedTime(killed.resolve("task-0.bin"), twoDaysAgo);
		Files.setLastModifiedTime(killed, twoDaysAgo);
		Path running = Files.createDirectories(tmp.resolve("workledger-ledger-2"));

		// when a command takes the workspace and the ledger asks for a folder
		TemporaryFiles.useFolderOf(workspace);
		Path folder = TemporaryFiles.newFolder("workledger-ledger-");

		// then
		assertThat(killed).doesNotExist();
		assertThat(running).isDirectory();
		assertThat(folder.getParent()).isEqualTo(tmp.toAbsolutePath());
		assertThat(TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath().getParent()).isEqualTo(tmp.toAbsolutePath());
	}

}
