package org.workledger.workbook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates what is written to it on a second thread, so that a large sheet is compressed
 * while its rows are still being written rather than afterwards. The output is a raw
 * deflate stream left open (ended by a sync flush, no final block), so that it can be
 * placed between other compressed pieces of the same zip entry; {@link #crc()},
 * {@link #size()} and {@link #compressedSize()} describe it once closed.
 * <p>
 * Memory stays bounded: a few blocks of {@value #BLOCK} bytes circulate between the
 * writing thread and the deflating one (each below the size at which a small heap treats
 * an array as humongous).
 */
final class BackgroundDeflater extends OutputStream {

	private static final int BLOCK = 1 << 18;

	private static final int BLOCKS = 4;

	private final OutputStream target;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "sheet-deflater");
		thread.setDaemon(true);
		return thread;
	});

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);

	private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);

	private final byte[] output = new byte[1 << 16];

	private final CRC32 crc = new CRC32();

	private long size;

	private long compressedSize;

	private byte[] block;

	private int used;

	private Future<?> last;

	/** Set by the deflating thread when it fails; later blocks are then dropped. */
	private volatile Throwable failure;

	private boolean closed;

	BackgroundDeflater(OutputStream target) {
		this.target = target;
		for (int i = 0; i < BLOCKS; i++) {
			this.free.add(new byte[BLOCK]);
		}
	}

	@Override
	public void write(int b) throws IOException {
		if (this.block == null || this.used == BLOCK) {
			handOver();
		}
		this.block[this.used++] = (byte) b;
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		while (length > 0) {
			if (this.block == null || this.used == BLOCK) {
				handOver();
			}
			int n = Math.min(length, BLOCK - this.used);
			System.arraycopy(bytes, offset, this.block, this.used, n);
			this.used += n;
			offset += n;
			length -= n;
		}
	}

	/** Sends the current block (if any) to be deflated and takes a free one. */
	private void handOver() throws IOException {
		if (this.closed) {
			throw new IOException("stream closed");
		}
		if (this.block != null && this.used > 0) {
			submit(this.block, this.used, false);
		}
		else if (this.block != null) {
			return;
		}
		this.block = takeFree();
		this.used = 0;
	}

	private byte[] takeFree() throws IOException {
		while (true) {
			failed();
			try {
				byte[] next = this.free.poll(100, TimeUnit.MILLISECONDS);
				if (next != null) {
					return next;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while compressing");
			}
		}
	}

	private void failed() throws IOException {
		Throwable cause = this.failure;
		if (cause != null) {
			throw cause instanceof IOException io ? io : new IOException("compressing the sheet failed", cause);
		}
	}

	private void submit(byte[] bytes, int length, boolean end) {
		this.last = this.worker.submit(() -> {
			try {
				if (this.failure == null) {
					deflate(bytes, length, end);
				}
			}
			catch (IOException | RuntimeException ex) {
				this.failure = ex;
			}
			finally {
				if (bytes != null) {
					this.free.add(bytes);
				}
			}
		});
	}

	private void deflate(byte[] bytes, int length, boolean end) throws IOException {
		if (length > 0) {
			this.crc.update(bytes, 0, length);
			this.size += length;
			this.deflater.setInput(bytes, 0, length);
			while (!this.deflater.needsInput()) {
				emit(this.deflater.deflate(this.output, 0, this.output.length, Deflater.NO_FLUSH));
			}
		}
		if (end) {
			int n;
			do {
				n = this.deflater.deflate(this.output, 0, this.output.length, Deflater.SYNC_FLUSH);
				emit(n);
			}
			while (n == this.output.length);
		}
	}

	private void emit(int n) throws IOException {
		if (n > 0) {
			this.target.write(this.output, 0, n);
			this.compressedSize += n;
		}
	}

	@Override
	public void flush() {
		// nothing to do: the compressed stream is complete only when closed
	}

	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			submit(this.block, this.block == null ? 0 : this.used, true);
			this.block = null;
			this.last.get();
			failed();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while compressing");
		}
		catch (ExecutionException ex) {
			throw new IOException("compressing the sheet failed", ex.getCause());
		}
		finally {
			// after whatever is still queued
			this.worker.execute(this.deflater::end);
			this.worker.shutdown();
			this.target.close();
		}
	}

	/** CRC-32 of the bytes written; valid once closed. */
	long crc() {
		return this.crc.getValue();
	}

	/** Bytes written; valid once closed. */
	long size() {
		return this.size;
	}

	/** Bytes of the compressed stream; valid once closed. */
	long compressedSize() {
		return this.compressedSize;
	}

}
