package org.workledger.returns;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.workledger.intake.InputFolder;
import org.workledger.system.Console;
import org.workledger.system.RunParameters;

/**
 * A line every few seconds during a long intake, so whoever watches the terminal (or the
 * run log) knows it is moving: {@code 已读取 300/1000 个文件 …}.
 */
class IntakeProgressListener implements StepExecutionListener, ItemWriteListener<IntakeOutcome> {

	private static final long EVERY_MILLIS = 3_000;

	private int total;

	private int done;

	private long lastLine;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		RunParameters run = RunParameters.of(stepExecution.getJobParameters());
		InputFolder input = new InputFolder(run.workspace().input());
		this.total = input.files().size() + input.ignoredFiles().size();
		this.done = 0;
		this.lastLine = System.currentTimeMillis();
	}

	@Override
	public void afterWrite(Chunk<? extends IntakeOutcome> items) {
		this.done += items.size();
		long now = System.currentTimeMillis();
		if (now - this.lastLine >= EVERY_MILLIS && this.done < this.total) {
			this.lastLine = now;
			Console.info(String.format("  已读取 %d/%d 个文件 …", this.done, this.total));
		}
	}

}
