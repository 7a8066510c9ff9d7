package org.workledger.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * workledger in a real, separate JVM (same classes as the tests), so tests can kill it
 * with SIGKILL or stop it with SIGTERM like an operating system would.
 */
public final class WorkledgerProcess {

	private final Process process;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private WorkledgerProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					this.output.add(line);
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
		}, "workledger-output");
		reader.setDaemon(true);
		reader.start();
		this.reader = reader;
	}

	public static WorkledgerProcess start(String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Djava.awt.headless=true");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.workledger.WorkledgerApplication");
		command.addAll(List.of(args));
		return new WorkledgerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
	}

	/** Waits for the process to end and for its last lines to be read. */
	public boolean waitFor(long seconds) throws InterruptedException {
		boolean ended = this.process.waitFor(seconds, TimeUnit.SECONDS);
		if (ended) {
			this.reader.join(10_000);
		}
		return ended;
	}

	public int exitCode() {
		return this.process.exitValue();
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/**
	 * SIGTERM, as systemd or {@code kill} sends it. Through the process handle, because
	 * {@link Process#destroy()} also closes our end of its output.
	 */
	public void terminate() {
		this.process.toHandle().destroy();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Waits until a line containing {@code text} was printed. */
	public boolean awaitLine(String text, long seconds) throws InterruptedException {
		long deadline = System.currentTimeMillis() + seconds * 1000;
		while (System.currentTimeMillis() < deadline) {
			if (this.output.stream().anyMatch(l -> l.contains(text))) {
				return true;
			}
			if (!this.process.isAlive() && this.output.stream().noneMatch(l -> l.contains(text))) {
				Thread.sleep(200);
				return this.output.stream().anyMatch(l -> l.contains(text));
			}
			Thread.sleep(100);
		}
		return false;
	}

	public String output() {
		return String.join("\n", this.output);
	}

}
