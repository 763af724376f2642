package dev.kiln.runtime.boot;

import io.opentelemetry.context.Context;
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
        return new SingleThread();
    }

    /** A one-thread {@link ScheduledThreadPoolExecutor} that logs what a task throws. */
    final class SingleThread implements SupervisorScheduler {
        private static final System.Logger LOGGER = System.getLogger(SupervisorScheduler.class.getName());

        private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("kiln-supervisor").factory());

        private SingleThread() {
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor.setRemoveOnCancelPolicy(true);
        }

        @Override
        public void schedule(Runnable task, Duration delay) {
            if (executor.isShutdown()) {
                return;
            }
            // Scheduled work runs in the context it was scheduled from.
            Runnable inContext = Context.current().wrap(task);
            executor.schedule(() -> {
                try {
                    inContext.run();
                } catch (RuntimeException | Error e) {
                    // The executor would keep it in a future nobody reads.
                    LOGGER.log(System.Logger.Level.ERROR, "A supervision step failed", e);
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public void close() {
            executor.shutdown();
        }
    }
}
