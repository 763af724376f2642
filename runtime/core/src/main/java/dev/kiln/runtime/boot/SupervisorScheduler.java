package dev.kiln.runtime.boot;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where the supervisor's work runs later: health polls and restarts after their backoff. One thread runs
 * them all, one at a time, so a component is never polled and restarted at once. Tests put a scheduler
 * they drive by hand in its place, so that no test waits for real time to pass.
 */
interface SupervisorScheduler extends AutoCloseable {

    /** Runs {@code task} once, {@code delay} from now. */
    void schedule(Runnable task, Duration delay);

    /** Drops every task not yet begun; one running finishes. */
    @Override
    void close();

    /** The real one: a single daemon thread, {@code kiln-supervisor}. */
    static SupervisorScheduler singleThread() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("kiln-supervisor").factory());
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        return new SupervisorScheduler() {
            @Override
            public void schedule(Runnable task, Duration delay) {
                if (!executor.isShutdown()) {
                    executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                }
            }

            @Override
            public void close() {
                executor.shutdown();
            }
        };
    }
}
