package org.workledger.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/**
 * Samples heap use (and GC totals) every few milliseconds on a daemon thread, so a
 * benchmark can report the peak of the whole run and of each step's time window. Also
 * resets and sums the heap pools' own peaks ({@link MemoryPoolMXBean#getPeakUsage()}),
 * which catch short peaks between samples but add up pools that peaked at different
 * times (an upper bound).
 */
public final class HeapSampler implements AutoCloseable {

	private final long intervalMillis;

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

	private final Thread thread;

	private volatile boolean running = true;

	// samples: wall-clock millis, heap used bytes, cumulative GC millis and count
	private long[] times = new long[4096];

	private long[] used = new long[4096];

	private long[] gcMillis = new long[4096];

	private long[] gcCount = new long[4096];

	private long[] cpuNanos = new long[4096];

	/** Cumulative CPU time of the Java threads (not GC or JIT compiler threads), summed over their lifetimes. */
	private long[] appNanos = new long[4096];

	private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final java.util.Map<Long, Long> lastThreadNanos = new java.util.HashMap<>();

	private long appTotal;

	private final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

	private int size;

	private HeapSampler(long intervalMillis) {
		this.intervalMillis = intervalMillis;
		this.thread = new Thread(this::loop, "heap-sampler");
		this.thread.setDaemon(true);
	}

	/** Resets the pools' peaks and starts sampling. */
	public static HeapSampler start(long intervalMillis) {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
		HeapSampler sampler = new HeapSampler(intervalMillis);
		sampler.sample();
		sampler.thread.start();
		return sampler;
	}

	private void loop() {
		while (this.running) {
			try {
				Thread.sleep(this.intervalMillis);
			}
			catch (InterruptedException ex) {
				return;
			}
			sample();
		}
	}

	private synchronized void sample() {
		if (this.size == this.times.length) {
			int grown = this.size * 2;
			this.times = Arrays.copyOf(this.times, grown);
			this.used = Arrays.copyOf(this.used, grown);
			this.gcMillis = Arrays.copyOf(this.gcMillis, grown);
			this.gcCount = Arrays.copyOf(this.gcCount, grown);
			this.cpuNanos = Arrays.copyOf(this.cpuNanos, grown);
			this.appNanos = Arrays.copyOf(this.appNanos, grown);
		}
		long millis = 0;
		long count = 0;
		for (GarbageCollectorMXBean gc : this.collectors) {
			millis += Math.max(0, gc.getCollectionTime());
			count += Math.max(0, gc.getCollectionCount());
		}
		this.times[this.size] = System.currentTimeMillis();
		this.used[this.size] = this.memory.getHeapMemoryUsage().getUsed();
		this.gcMillis[this.size] = millis;
		this.gcCount[this.size] = count;
		this.cpuNanos[this.size] = (this.os instanceof com.sun.management.OperatingSystemMXBean sun)
				? sun.getProcessCpuTime() : -1;
		if (this.threads.isThreadCpuTimeSupported()) {
			for (long id : this.threads.getAllThreadIds()) {
				long nanos = this.threads.getThreadCpuTime(id);
				if (nanos >= 0) {
					Long before = this.lastThreadNanos.put(id, nanos);
					this.appTotal += Math.max(0, nanos - (before == null ? 0 : before));
				}
			}
		}
		this.appNanos[this.size] = this.appTotal;
		this.size++;
	}

	/** Stops sampling (after one last sample). */
	public void stop() {
		if (this.running) {
			this.running = false;
			this.thread.interrupt();
			try {
				this.thread.join(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sample();
		}
	}

	@Override
	public void close() {
		stop();
	}

	/** Highest sampled heap use, in bytes. */
	public synchronized long peakUsed() {
		return peakUsed(Long.MIN_VALUE, Long.MAX_VALUE);
	}

	/** Highest heap use sampled between two wall-clock instants (epoch millis), in bytes. */
	public synchronized long peakUsed(long fromMillis, long toMillis) {
		long peak = 0;
		for (int i = 0; i < this.size; i++) {
			if (this.times[i] >= fromMillis && this.times[i] <= toMillis) {
				peak = Math.max(peak, this.used[i]);
			}
		}
		return peak;
	}

	/**
	 * GC time (millis), collections, the process's CPU time (millis, all threads including GC
	 * and JIT) and the Java threads' CPU time between two instants,
	 * {@code {gcMillis, count, cpuMillis, appCpuMillis}}: from
	 * the last sample at or before the start to the first at or after the end.
	 */
	public synchronized long[] gcBetween(long fromMillis, long toMillis) {
		if (this.size == 0) {
			return new long[] { 0, 0, 0, 0 };
		}
		int first = 0;
		while (first + 1 < this.size && this.times[first + 1] <= fromMillis) {
			first++;
		}
		int last = first;
		while (last + 1 < this.size && this.times[last] < toMillis) {
			last++;
		}
		return new long[] { this.gcMillis[last] - this.gcMillis[first], this.gcCount[last] - this.gcCount[first],
				(this.cpuNanos[last] - this.cpuNanos[first]) / 1_000_000, (this.appNanos[last] - this.appNanos[first]) / 1_000_000 };
	}

	/** Totals over the whole sampling: {@code {gcMillis, count, cpuMillis}}. */
	public synchronized long[] gcTotal() {
		if (this.size == 0) {
			return new long[] { 0, 0, 0 };
		}
		int last = this.size - 1;
		return new long[] { this.gcMillis[last] - this.gcMillis[0], this.gcCount[last] - this.gcCount[0],
				(this.cpuNanos[last] - this.cpuNanos[0]) / 1_000_000 };
	}

	public synchronized int samples() {
		return this.size;
	}

	/** Sum of the heap pools' peak use since {@link #start}, in bytes (an upper bound of the true peak). */
	public static long poolPeakSum() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	/** The heap limit ({@code -Xmx}), in bytes. */
	public static long maxHeap() {
		return Runtime.getRuntime().maxMemory();
	}

}
