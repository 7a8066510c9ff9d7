package org.workledger.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's database while {@code serve} runs. An embedded H2 file is open in one
 * process only, and the console keeps it open for as long as it runs: without this, IT
 * could not run {@code status}, {@code user add} or {@code year-report} without stopping
 * the service. So {@code serve} also answers for the database on the loopback address,
 * on a port of the system's choosing, under a random key it writes into
 * {@code data/serve-database.properties} (readable by the workspace's owner only); a
 * command started meanwhile finds the file, sees the port answer, and uses the database
 * through it. The workspace lock still lets one run at a time.
 *
 * <p>H2's own automatic mixed mode would do the same, but it listens on every network card
 * and cannot be combined with {@code DB_CLOSE_ON_EXIT=FALSE}, which lets a run record its
 * end when the process is asked to stop.
 */
public final class DatabaseShare implements AutoCloseable {

	static final String FILE = "serve-database.properties";

	private static final String H2_FILE = "jdbc:h2:file:";

	private static final String URL_ARGUMENT = "--spring.datasource.url=";

	private static final String KEY_PREFIX = "workledger-";

	private static final String TIMEOUT_ARGUMENT = "--spring.datasource.hikari.connection-timeout=3000";

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseShare.class);

	private final Server server;

	private final Path file;

	private DatabaseShare(Server server, Path file) {
		this.server = server;
		this.file = file;
	}

	/**
	 * Called by {@code serve} with its context's database URL; nothing is shared when that
	 * is not an embedded H2 file (PostgreSQL is a server already).
	 */
	public static Optional<DatabaseShare> open(Workspace workspace, String datasourceUrl) {
		if (datasourceUrl == null || !datasourceUrl.startsWith(H2_FILE)) {
			return Optional.empty();
		}
		String database = datasourceUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		String key = KEY_PREFIX + HexFormat.of().formatHex(random);
		Server server;
		try {
			// without -tcpAllowOthers H2 takes connections from this machine only
			server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, database).start();
		}
		catch (SQLException ex) {
			LOG.warn("工作台无法为命令行共享数据库，命令行命令需在停止工作台后运行", ex);
			return Optional.empty();
		}
		Path file = workspace.createDirectories(workspace.data()).resolve(FILE);
		Properties properties = new Properties();
		properties.setProperty("url", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + key);
		properties.setProperty("workspace", where(workspace));
		try {
			write(file, properties);
		}
		catch (IOException ex) {
			server.stop();
			LOG.warn("无法写入 " + file + "，命令行命令需在停止工作台后运行", ex);
			return Optional.empty();
		}
		LOG.debug("Database shared with the command line on 127.0.0.1:{}", server.getPort());
		return Optional.of(new DatabaseShare(server, file));
	}

	/** Set when this process uses the database through serve, for the message if serve goes away. */
	private static volatile boolean throughServe;

	/**
	 * The URL a command uses while {@code serve} runs in {@code workspace}; empty when it
	 * does not (the file is left from a service that was killed, or was never written).
	 */
	public static Optional<String> urlOf(Workspace workspace) {
		Path file = workspace.data().resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		String url = properties.getProperty("url", "");
		// a copy of the workspace taken while serve ran (a backup, a training copy) carries the file too:
		// its commands must open the copy's own database, not reach the original's through its serve
		if (!url.startsWith("jdbc:h2:tcp://") || !where(workspace).equals(properties.getProperty("workspace"))
				|| !answers(url)) {
			return Optional.empty();
		}
		throughServe = true;
		return Optional.of(url);
	}

	/** The workspace's folder as the file system names it, links resolved: the same for serve and a command in it. */
	private static String where(Workspace workspace) {
		try {
			return workspace.root().toRealPath().toString();
		}
		catch (IOException ex) {
			return workspace.root().toAbsolutePath().normalize().toString();
		}
	}

	/** Whether this process has used the database through serve. */
	public static boolean usedThroughServe() {
		return throughServe;
	}

	/**
	 * The properties that point a command at the shared database: its URL, and a short wait
	 * for a connection (serve answers at once or is gone; a command need not wait half a
	 * minute for each connection to learn that).
	 */
	public static List<String> commandArguments(String url) {
		return List.of(URL_ARGUMENT + url, TIMEOUT_ARGUMENT);
	}

	/** Whether {@code argument} is one of {@link #commandArguments}: they change where a run's data goes, not the run. */
	public static boolean isCommandArgument(String argument) {
		return argument.equals(TIMEOUT_ARGUMENT)
				|| argument.startsWith(URL_ARGUMENT + "jdbc:h2:tcp://127.0.0.1:") && argument.contains("/" + KEY_PREFIX);
	}

	/** Whether something listens where {@code url} points (a service that ended leaves a port nobody listens on). */
	private static boolean answers(String url) {
		URI address = URI.create(url.substring("jdbc:h2:".length()));
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 1000);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static void write(Path file, Properties properties) throws IOException {
		Path temporary = file.resolveSibling(FILE + ".tmp");
		Files.deleteIfExists(temporary);
		// the key opens the database: for the owner's eyes only, as the database file is
		RestrictedFiles.create(temporary, "rw-------");
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(out, "workledger serve: the database for commands typed while it runs (removed when it stops)");
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Stops answering; commands started later open the database file themselves. */
	@Override
	public void close() {
		this.server.stop();
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
