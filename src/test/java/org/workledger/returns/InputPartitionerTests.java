package org.workledger.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.workledger.intake.InputFolder;

import static org.assertj.core.api.Assertions.assertThat;

class InputPartitionerTests {

	@TempDir
	Path workspace;

	@Test
	void returnsCopiedInJustBeforeTheRunAreWaitedForNotLeftForTheNextRun() throws Exception {
		// given: one return that arrived this morning, one copied in a moment ago
		Path input = Files.createDirectories(this.workspace.resolve("input"));
		Path morning = Files.writeString(input.resolve("早上到的.xlsx"), "a");
		Files.setLastModifiedTime(morning, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
		Files.writeString(input.resolve("刚复制进来的.xlsx"), "b");

		// when
		long start = System.nanoTime();
		List<InputCandidate> files = partition(Duration.ofSeconds(1));

		// then: both are read, after the new one has been still for the settle time
		assertThat(files).extracting(InputCandidate::name).containsExactlyInAnyOrder("早上到的.xlsx", "刚复制进来的.xlsx");
		assertThat(files).noneMatch(InputCandidate::settling);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
	}

	@Test
	void aFileDatedInTheFutureIsNotWaitedFor() throws Exception {
		// given: a file whose date a wrong clock set a day ahead
		Path input = Files.createDirectories(this.workspace.resolve("input"));
		Path future = Files.writeString(input.resolve("时钟不准.xlsx"), "c");
		Files.setLastModifiedTime(future, FileTime.from(Instant.now().plus(Duration.ofDays(1))));

		// when
		long start = System.nanoTime();
		List<InputCandidate> files = partition(Duration.ofSeconds(20));

		// then: the run goes on at once; the file waits for a run after its date, as before
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		assertThat(files).singleElement().matches(InputCandidate::settling);
	}

	private List<InputCandidate> partition(Duration settleTime) {
		InputPartitioner partitioner = new InputPartitioner(new InputFolder(this.workspace.resolve("input")), settleTime,
				new IntakeProgressListener(), this.workspace.resolve("data/intake"), 1,
				new org.workledger.intake.PackedReturns(this.workspace.resolve("data/unpacked"), 20 * 1024 * 1024));
		List<InputCandidate> files = new ArrayList<>();
		for (ExecutionContext partition : partitioner.partition(2).values()) {
			files.addAll(InputPartitioner.read(partition.getString(InputPartitioner.FILES)));
		}
		return files;
	}

}
