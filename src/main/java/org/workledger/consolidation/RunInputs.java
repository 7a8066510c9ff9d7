package org.workledger.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.workledger.period.Period;
import org.workledger.system.PropertiesFiles;
import org.workledger.system.RunLogListener;
import org.workledger.system.Workspace;

/**
 * Everything a consolidate run's results depend on, as short comparable entries: the
 * period, the as-of day, which reports, every file in {@code input/} and the workspace's
 * {@code templates/} (by size and modification time), the settings (the workspace's
 * {@code workledger.yml}, property files next to where the command runs, properties given
 * on the command line, in the environment or as system properties) and the program
 * itself. Reading it takes a directory listing, no file contents: milliseconds even for
 * 10,000 returns, so a run with nothing new can be recognised before anything starts.
 *
 * <p>
 * The database is not part of it: the only runs that change what a period's results are
 * built from are consolidate runs, and {@link LastConsolidation} keeps only the latest one.
 */
public record RunInputs(SortedMap<String, String> entries) {

	/** Property files Spring Boot reads from the working directory, besides the workspace's own. */
	private static final List<String> WORKING_DIRECTORY_CONFIG = List.of("application.properties", "application.yml",
			"application.yaml", "config");

	public RunInputs {
		entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
	}

	/**
	 * @param arguments the Spring properties of the command line ({@code --name=value})
	 */
	public static RunInputs of(Workspace workspace, Period period, LocalDate asOf, String reports,
			List<String> arguments) {
		SortedMap<String, String> entries = new TreeMap<>();
		entries.put("run.period", period.key());
		entries.put("run.asOf", asOf.toString());
		entries.put("run.reports", reports);
		files(workspace.input(), "input/", entries);
		files(workspace.templates(), "templates/", entries);
		file(workspace.root().resolve("workledger.yml"), "settings/workledger.yml", entries);
		Path workingDirectory = Path.of("").toAbsolutePath();
		for (String name : WORKING_DIRECTORY_CONFIG) {
			files(workingDirectory.resolve(name), "settings/" + name + "/", entries);
		}
		entries.put("settings.arguments", String.join("\n", arguments.stream()
			// serve turns the web server on for itself, and lends its database to a command
			// typed meanwhile (on a port of the day): neither changes a run
			.filter(a -> !a.startsWith("--spring.main.web-application-type="))
			.filter(a -> !org.workledger.system.DatabaseShare.isCommandArgument(a))
			.sorted()
			.toList()));
		entries.put("settings.environment", settingsFromEnvironment());
		entries.put("program", org.workledger.system.ProgramStamp.current());
		return new RunInputs(entries);
	}

	/** The period's results: every file in its output folder but the run logs. */
	public static SortedMap<String, String> outputs(Workspace workspace, Period period) {
		SortedMap<String, String> outputs = new TreeMap<>();
		Path folder = workspace.periodOutput(period);
		files(folder, "", outputs);
		outputs.keySet().removeIf(name -> name.startsWith(RunLogListener.FOLDER + "/"));
		return outputs;
	}

	private static String settingsFromEnvironment() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(System.getenv()).forEach((name, value) -> {
			String upper = name.toUpperCase(java.util.Locale.ROOT);
			if ((upper.startsWith("SPRING_") || upper.startsWith("WORKLEDGER_")) && !upper.equals("WORKLEDGER_JAVA_OPTS")) {
				text.append(name).append('=').append(value).append('\n');
			}
		});
		new TreeMap<>(System.getProperties()).forEach((name, value) -> {
			String key = name.toString();
			if (key.startsWith("spring.") || key.startsWith("workledger.")) {
				text.append(key).append('=').append(value).append('\n');
			}
		});
		return Integer.toHexString(text.toString().hashCode()) + ":" + text.length();
	}


	private static void files(Path folder, String prefix, Map<String, String> entries) {
		if (!Files.isDirectory(folder)) {
			file(folder, prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix, entries);
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.forEach(path -> {
				if (!path.equals(folder)) {
					String name = prefix + folder.relativize(path).toString().replace('\\', '/');
					file(path, name, entries);
				}
			});
		}
		catch (NoSuchFileException ex) {
			// the folder went away while it was listed: the next look sees it differently anyway
		}
		catch (IOException | UncheckedIOException ex) {
			entries.put(prefix + "?", "unreadable " + ex.getMessage());
		}
	}

	private static void file(Path path, String name, Map<String, String> entries) {
		String stamp = PropertiesFiles.stamp(path);
		if (stamp != null) {
			entries.put(name, stamp);
		}
	}

}
