package org.workledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle that {@code package} writes (target/workledger-&lt;version&gt;.zip and .tar.gz),
 * unpacked as IT staff would unpack it, and its launcher run as a separate process.
 */
final class Bundle {

	private Bundle() {
	}

	/** The zip, as the failsafe configuration names it. */
	static Path zip() {
		return built("workledger.bundle.zip", ".zip");
	}

	static Path tarGz() {
		return built("workledger.bundle.tar", ".tar.gz");
	}

	/** The folder everything is under, {@code workledger-<version>}. */
	static String folder() {
		String folder = System.getProperty("workledger.bundle.folder");
		if (folder != null) {
			return folder;
		}
		String name = zip().getFileName().toString();
		return name.substring(0, name.length() - ".zip".length());
	}

	private static Path built(String property, String suffix) {
		String configured = System.getProperty(property);
		Path bundle;
		if (configured != null) {
			bundle = Path.of(configured);
		}
		else {
			// run from an IDE: whatever package wrote last
			try (var files = Files.list(Path.of("target"))) {
				bundle = files.filter(f -> f.getFileName().toString().matches("workledger-.+" + suffix.replace(".", "\\.")))
					.findFirst()
					.orElse(Path.of("target", "workledger-VERSION" + suffix));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		assertThat(bundle).as("the bundle; it is written by ./mvnw package, before the integration tests of verify")
			.isRegularFile();
		return bundle;
	}

	/** Unpacks the zip like unzip or 7-Zip would on Linux, with the permissions it records. */
	static Path unzip(Path zip, Path into) throws IOException {
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				Path target = into.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(into)).as("%s inside the folder it is unpacked into", entry.getName()).isTrue();
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
				if (entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
					Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
				}
			}
		}
		return into.resolve(folder());
	}

	/** Unpacks the tar.gz with the system's tar, as IT would. */
	static Path untar(Path tarGz, Path into) throws IOException, InterruptedException {
		Result tar = run(into, Map.of(), "tar", "-xzf", tarGz.toString());
		assertThat(tar.exitCode()).as(tar.output()).isZero();
		return into.resolve(folder());
	}

	/** Every file of the zip, by path inside the bundle folder, with its size. */
	static Map<String, Long> zipListing(Path zip) throws IOException {
		Map<String, Long> listing = new TreeMap<>();
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				if (!entry.isDirectory()) {
					listing.put(entry.getName().substring(folder().length() + 1), entry.getSize());
				}
			}
		}
		return listing;
	}

	/** Every file under an unpacked bundle, by path inside it, with its size. */
	static Map<String, Long> listing(Path bundle) throws IOException {
		Map<String, Long> listing = new TreeMap<>();
		try (var files = Files.walk(bundle)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				listing.put(bundle.relativize(file).toString().replace('\\', '/'), Files.size(file));
			}
		}
		return listing;
	}

	static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
		PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
				PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_READ };
		for (int i = 0; i < bits.length; i++) {
			if ((mode & (1 << i)) != 0) {
				permissions.add(bits[i]);
			}
		}
		return permissions;
	}

	/**
	 * The environment of a service or a bare login: a PATH of system folders, no locale (so
	 * the launcher has to make Java's file names UTF-8 itself), and the Java that runs the
	 * tests as JAVA_HOME. {@code changes} adds or, with a null value, removes variables.
	 */
	static Map<String, String> environment(Map<String, String> changes) {
		Map<String, String> environment = new TreeMap<>();
		environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
		environment.put("HOME", System.getProperty("user.home"));
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		changes.forEach((name, value) -> {
			if (value == null) {
				environment.remove(name);
			}
			else {
				environment.put(name, value);
			}
		});
		return environment;
	}

	/** Runs a command in {@code directory} with exactly {@code environment}, output and errors together. */
	static Result run(Path directory, Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		if (!environment.isEmpty()) {
			builder.environment().clear();
			builder.environment().putAll(environment);
		}
		Path output = Files.createTempFile("workledger-bundle-run", ".txt");
		try {
			Process process = builder.redirectOutput(output.toFile()).start();
			process.getOutputStream().close();
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				throw new AssertionError("still running after 300 s: " + List.of(command) + "\n"
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
			return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** A folder for PATH holding links to a few system tools and nothing else (so: no java). */
	static Path toolsWithoutJava(Path folder, String... tools) throws IOException {
		Files.createDirectories(folder);
		List<String> missing = new ArrayList<>();
		for (String tool : tools) {
			Path found = null;
			for (String dir : new String[] { "/usr/bin", "/bin" }) {
				if (Files.isExecutable(Path.of(dir, tool))) {
					found = Path.of(dir, tool);
					break;
				}
			}
			if (found == null) {
				missing.add(tool);
				continue;
			}
			Files.createSymbolicLink(folder.resolve(tool), found);
		}
		assertThat(missing).as("tools the launcher uses").isEmpty();
		return folder;
	}

	record Result(int exitCode, String output) {
	}

}
