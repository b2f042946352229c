package io.cotrain.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a background job soon on its own daemon thread when woken (after a commit that gave it work): several wake-ups
 * before it starts fold into one run, and a wake-up during a run starts one more after it. A disabled wakeup does
 * nothing (tests run the job themselves). {@link #close()} stops the thread.
 */
public final class Wakeup implements AutoCloseable {

	private final Runnable job;
	private final boolean enabled;
	private final AtomicBoolean woken = new AtomicBoolean();
	private final ExecutorService executor;

	public Wakeup(String threadName, boolean enabled, Runnable job) {
		this.job = job;
		this.enabled = enabled;
		this.executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	public void wake() {
		if (enabled && woken.compareAndSet(false, true)) {
			executor.execute(() -> {
				woken.set(false);
				job.run();
			});
		}
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}
}
