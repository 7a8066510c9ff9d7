package org.workledger.system;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What serve shares of its database, and when a command takes it. */
class DatabaseShareTests {

	@TempDir
	Path temp;

	@Test
	void aCommandReachesTheOpenDatabaseThroughTheShareUntilItIsClosed() throws Exception {
		// given the workspace's database open in this process, as serve has it
		Workspace workspace = new Workspace(this.temp);
		String url = "jdbc:h2:file:" + workspace.data().resolve("workledger") + ";DB_CLOSE_ON_EXIT=FALSE";
		try (Connection embedded = DriverManager.getConnection(url, "sa", "")) {
			try (Statement statement = embedded.createStatement()) {
				statement.execute("create table unit(name varchar(50))");
				statement.execute("insert into unit values ('和平区人民政府')");
			}

			// when it is shared
			Optional<DatabaseShare> share = DatabaseShare.open(workspace, url);

			// then a command finds a URL on this machine that reads the same rows, and only the owner may read the key
			assertThat(share).isPresent();
			Path file = workspace.data().resolve(DatabaseShare.FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			Optional<String> shared = DatabaseShare.urlOf(workspace);
			assertThat(shared).hasValueSatisfying(u -> assertThat(u).startsWith("jdbc:h2:tcp://127.0.0.1:"));
			try (Connection remote = DriverManager.getConnection(shared.get(), "sa", "");
					Statement statement = remote.createStatement();
					ResultSet rows = statement.executeQuery("select name from unit")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("和平区人民政府");
			}

			// and a copy of the workspace taken now (a backup, a training copy) does not reach the original's database
			Path copy = Files.createDirectories(this.temp.resolve("copy").resolve("data"));
			Files.copy(file, copy.resolve(DatabaseShare.FILE));
			assertThat(DatabaseShare.urlOf(new Workspace(copy.getParent()))).isEmpty();

			// when serve stops sharing
			share.get().close();

			// then the file is gone and commands open the database themselves
			assertThat(file).doesNotExist();
			assertThat(DatabaseShare.urlOf(workspace)).isEmpty();
		}
	}

	@Test
	void aShareLeftByAKilledServiceIsNotUsed() throws Exception {
		// given the file of a service that was killed: nothing listens on its port any more
		Workspace workspace = new Workspace(this.temp);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Files.createDirectories(workspace.data());
		Files.writeString(workspace.data().resolve(DatabaseShare.FILE),
				"url=jdbc\\:h2\\:tcp\\://127.0.0.1\\:" + port + "/workledger-0123\n");

		// then a command opens the database file itself
		assertThat(DatabaseShare.urlOf(workspace)).isEmpty();
	}

	@Test
	void aDatabaseServerIsNotSharedAgain() {
		assertThat(DatabaseShare.open(new Workspace(this.temp), "jdbc:postgresql://localhost/workledger")).isEmpty();
		assertThat(this.temp.resolve("data").resolve(DatabaseShare.FILE)).doesNotExist();
	}

}
