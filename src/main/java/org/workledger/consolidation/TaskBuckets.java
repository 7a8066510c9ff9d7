package org.workledger.consolidation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.workledger.contract.ProgressStatus;
import org.workledger.returns.ProgressEntry;
import org.workledger.system.TemporaryFiles;

/**
 * Sorts a period's lines by task on disk. The database gives them back return by return
 * (that is how they are stored, and reading them in that order is one pass), the ledger
 * lists them task by task, and all narratives of a province's period are far more than a
 * small heap holds. So one pass drops every line into its task's temporary file, and the
 * ledger then reads one task's file at a time.
 */
final class TaskBuckets implements Closeable {

	private final Path folder;

	private final Map<String, Bucket> buckets = new HashMap<>();

	TaskBuckets() {
		this.folder = TemporaryFiles.newFolder("workledger-ledger-");
	}

	void add(String sha256, ProgressEntry entry) {
		Bucket bucket = this.buckets.computeIfAbsent(entry.taskId(), this::open);
		try {
			DataOutputStream out = bucket.out;
			writeText(out, sha256);
			writeText(out, entry.taskId());
			out.writeByte(entry.status().ordinal());
			writeText(out, entry.statusText());
			out.writeInt(entry.percent() == null ? -1 : entry.percent());
			writeText(out, entry.progress());
			writeText(out, entry.problems());
			writeText(out, entry.nextSteps());
			out.writeInt(entry.row());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines of one task, by return; empty when no return had that task. */
	Map<String, ProgressEntry> task(String taskId) {
		Map<String, ProgressEntry> bySha = new HashMap<>();
		Bucket bucket = this.buckets.remove(taskId);
		if (bucket == null) {
			return bySha;
		}
		try {
			bucket.out.close();
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket.file), 1 << 16))) {
				while (true) {
					String sha;
					try {
						sha = readText(in);
					}
					catch (EOFException end) {
						break;
					}
					String task = readText(in);
					ProgressStatus status = ProgressStatus.values()[in.readByte()];
					String statusText = readText(in);
					int percent = in.readInt();
					bySha.put(sha, new ProgressEntry(task, status, statusText, percent < 0 ? null : percent,
							readText(in), readText(in), readText(in), in.readInt()));
				}
			}
			Files.deleteIfExists(bucket.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bySha;
	}

	@Override
	public void close() {
		for (Bucket bucket : this.buckets.values()) {
			try {
				bucket.out.close();
			}
			catch (IOException ex) {
				// deleted below either way
			}
		}
		this.buckets.clear();
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// what is left, a later run of the workspace removes (TemporaryFiles)
		}
	}

	private Bucket open(String taskId) {
		try {
			Path file = this.folder.resolve("task-" + this.buckets.size() + ".bin");
			return new Bucket(file, new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 15)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Length and UTF-8 bytes: a narrative can be longer than writeUTF allows. */
	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readText(DataInputStream in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private record Bucket(Path file, DataOutputStream out) {
	}

}
