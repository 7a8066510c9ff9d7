package org.workledger.distribute;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each unit's blank progress workbook into the period's output folder. */
class ProgressWorkbookItemWriter implements ItemWriter<ProgressWorkbookSpec> {

	private final ProgressWorkbookWriter writer = new ProgressWorkbookWriter();

	private final Path folder;

	ProgressWorkbookItemWriter(Path folder) {
		this.folder = folder;
	}

	@Override
	public void write(Chunk<? extends ProgressWorkbookSpec> chunk) throws Exception {
		java.nio.file.Files.createDirectories(this.folder);
		for (ProgressWorkbookSpec spec : chunk) {
			this.writer.write(spec, this.folder.resolve(ProgressWorkbookSpecs.fileName(spec)));
		}
	}

}
