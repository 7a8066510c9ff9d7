package org.workledger.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.workledger.intake.InputFolder;
import org.workledger.intake.Sha256;

/**
 * Splits what is in {@code input/} into groups read in parallel. Files are grouped by
 * content hash, so every copy of the same content lands in the same group and is told
 * apart there as original and duplicate, in arrival order. The snapshot is taken once:
 * files arriving later wait for the next run.
 */
class InputPartitioner implements Partitioner {

	static final String FILES = "files";

	private final InputFolder input;

	private final Instant settledBefore;

	private final IntakeProgressListener progress;

	InputPartitioner(InputFolder input, Instant settledBefore, IntakeProgressListener progress) {
		this.input = input;
		this.settledBefore = settledBefore;
		this.progress = progress;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < gridSize; i++) {
			groups.add(new ArrayList<>());
		}
		List<Path> files = this.input.files();
		for (Path file : files) {
			boolean settling = changedAfter(file, this.settledBefore);
			String sha = settling ? "" : Sha256.of(file);
			int group = sha.isEmpty() ? 0 : Math.floorMod(sha.hashCode(), gridSize);
			groups.get(group).add(InputCandidate.encode(file, this.input.displayName(file), false, settling, sha));
		}
		List<Path> ignored = this.input.ignoredFiles();
		for (Path file : ignored) {
			groups.get(0).add(InputCandidate.encode(file, this.input.displayName(file), true, false, ""));
		}
		this.progress.reset(files.size() + ignored.size());
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < gridSize; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILES, String.join("\n", groups.get(i)));
			partitions.put("files" + i, context);
		}
		return partitions;
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
