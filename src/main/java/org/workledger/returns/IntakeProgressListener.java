package org.workledger.returns;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.workledger.system.Console;

/**
 * A line every few seconds during a long intake, so whoever watches the terminal (or the
 * run log) knows it is moving: {@code 已读取 300/1000 个文件 …}.
 */
class IntakeProgressListener implements ItemWriteListener<IntakeOutcome> {

	private static final long EVERY_MILLIS = 3_000;

	private volatile int total;

	private final AtomicInteger done = new AtomicInteger();

	private final AtomicLong lastLine = new AtomicLong();

	/** Called once per run, before the parallel readers start. */
	void reset(int total) {
		this.total = total;
		this.done.set(0);
		this.lastLine.set(System.currentTimeMillis());
	}

	@Override
	public void afterWrite(Chunk<? extends IntakeOutcome> items) {
		int done = this.done.addAndGet(items.size());
		long now = System.currentTimeMillis();
		long last = this.lastLine.get();
		if (now - last >= EVERY_MILLIS && done < this.total && this.lastLine.compareAndSet(last, now)) {
			Console.info(String.format("  已读取 %d/%d 个文件 …", done, this.total));
		}
	}

}
