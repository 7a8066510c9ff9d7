package org.workledger.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.workledger.intake.InputFolder;
import org.workledger.intake.PackedReturns;
import org.workledger.intake.Sha256;
import org.workledger.system.Console;

/**
 * Splits what is in {@code input/} into groups read in parallel. Files are grouped by
 * content hash, so every copy of the same content lands in the same group and is told
 * apart there as original and duplicate, in arrival order. The snapshot is taken once:
 * files arriving later wait for the next run. Files changed within the settle time may
 * still be being copied: a clerk copies returns in and runs at once, so the run waits for
 * them (up to three settle times) rather than leave them for the next run and write a
 * circular and reminders without them.
 */
class InputPartitioner implements Partitioner {

	/** Key of the partition's context: the snapshot file listing the partition's files. */
	static final String FILES = "files";

	private final InputFolder input;

	private final Duration settleTime;

	private final IntakeProgressListener progress;

	private final Path snapshots;

	private final long jobExecutionId;

	private final PackedReturns packedReturns;

	/**
	 * @param snapshots folder for the lists of files of each partition: the list is written
	 * there rather than into the partition's execution context, which Spring Batch stores
	 * again after every chunk (at 10,000 files that rewrote megabytes per chunk)
	 */
	InputPartitioner(InputFolder input, Duration settleTime, IntakeProgressListener progress, Path snapshots,
			long jobExecutionId, PackedReturns packedReturns) {
		this.input = input;
		this.packedReturns = packedReturns;
		this.settleTime = settleTime;
		this.progress = progress;
		this.snapshots = snapshots;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < gridSize; i++) {
			groups.add(new ArrayList<>());
		}
		List<Path> files = this.input.files();
		Set<Path> complete = new HashSet<>();
		Instant settledBefore = waitForCopies(files, complete);
		// hashed on all cores: this pass reads every byte of input/ before any partition starts
		List<String> shas = files.parallelStream()
			.map(file -> changedAfter(file, settledBefore) && !complete.contains(file) ? "" : Sha256.of(file))
			.toList();
		int members = 0;
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			String sha = shas.get(i);
			boolean settling = sha.isEmpty();
			String name = this.input.displayName(file);
			List<PackedReturns.Member> packed = settling || !PackedReturns.isZipName(name) ? List.of()
					: this.packedReturns.unpack(file, sha, name);
			int group = settling ? 0 : Math.floorMod(sha.hashCode(), gridSize);
			groups.get(group).add(InputCandidate.encode(file, name, false, settling, sha, !packed.isEmpty()));
			for (PackedReturns.Member member : packed) {
				String memberSha = Sha256.of(member.path());
				groups.get(Math.floorMod(memberSha.hashCode(), gridSize))
					.add(InputCandidate.encode(member.path(), member.name(), false, false, memberSha));
				members++;
			}
		}
		List<Path> ignored = this.input.ignoredFiles();
		for (Path file : ignored) {
			groups.get(0).add(InputCandidate.encode(file, this.input.displayName(file), true, false, ""));
		}
		this.progress.reset(files.size() + members + ignored.size());
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		removeEarlierSnapshots();
		for (int i = 0; i < gridSize; i++) {
			Path snapshot = this.snapshots.resolve(this.jobExecutionId + "-files" + i + ".txt");
			try {
				Files.createDirectories(this.snapshots);
				Files.write(snapshot, groups.get(i), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			ExecutionContext context = new ExecutionContext();
			context.putString(FILES, snapshot.toString());
			partitions.put("files" + i, context);
		}
		return partitions;
	}

	/** Lists of earlier runs: every run is a new job instance, so none of them is read again. */
	private void removeEarlierSnapshots() {
		if (!Files.isDirectory(this.snapshots)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.snapshots)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a few small files left behind; the next run tries again
		}
	}

	/** The files of one partition, as the partitioner listed them. */
	static List<InputCandidate> read(String snapshot) {
		if (snapshot == null || snapshot.isEmpty()) {
			return List.of();
		}
		try {
			return InputCandidate.decode(Files.readString(Path.of(snapshot), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until no file has changed within the settle time, or three settle times have
	 * passed; returns the instant a file must be older than to count as settled. A file
	 * dated in the future (a clock set wrong) is not waited for.
	 */
	private Instant waitForCopies(List<Path> files, Set<Path> complete) {
		Instant deadline = Instant.now().plus(this.settleTime.multipliedBy(3));
		boolean told = false;
		Map<Path, Long> sizes = new HashMap<>();
		while (true) {
			Instant now = Instant.now();
			Instant settledBefore = now.minus(this.settleTime);
			Instant newest = null;
			int changing = 0;
			boolean firstLook = false;
			for (Path file : files) {
				Instant modified = modified(file);
				if (modified == null || !modified.isAfter(settledBefore) || modified.isAfter(now.plusSeconds(1))
						|| complete.contains(file)) {
					continue;
				}
				// a workbook whole to its last byte, its size the same as a moment ago, is not waited for:
				// the clerk who has just copied the returns in and runs at once need not wait the settle time
				long size = size(file);
				Long before = sizes.put(file, size);
				if (before != null && before == size && size > 0 && CompleteWorkbook.looksWhole(file)) {
					complete.add(file);
					continue;
				}
				firstLook |= before == null;
				changing++;
				newest = newest == null || modified.isAfter(newest) ? modified : newest;
			}
			if (changing == 0 || !now.isBefore(deadline)) {
				return settledBefore;
			}
			if (firstLook) {
				// a second look at the new files' sizes in a moment
				if (!sleep(300)) {
					return settledBefore;
				}
				continue;
			}
			if (!told) {
				Console.info(String.format("input 中有 %d 个文件刚放入或刚修改（可能还在复制中），等它们复制完成后再读取（最多 %d 秒）……",
						changing, this.settleTime.multipliedBy(3).toSeconds()));
				told = true;
			}
			Instant wake = newest.plus(this.settleTime).plusMillis(50);
			if (!sleep(Math.max(50, Duration.between(now, wake.isBefore(deadline) ? wake : deadline).toMillis()))) {
				return settledBefore;
			}
		}
	}

	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean changedAfter(Path file, Instant instant) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isAfter(instant);
		}
		catch (IOException ex) {
			return true;
		}
	}

}
