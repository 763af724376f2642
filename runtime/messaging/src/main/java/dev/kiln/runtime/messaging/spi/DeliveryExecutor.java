package dev.kiln.runtime.messaging.spi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one consumer's deliveries on virtual threads, at most {@code concurrency} at once; deliveries
 * with the same ordering key one after the other, in submission order; a delivery that asks to run again
 * (a retry) waits on the timer without holding a thread or a concurrency slot, and holds back only the
 * deliveries of its own key. Deliveries without a key are unordered.
 *
 * <p>{@code maxHeld} bounds what is held here (running, waiting for a slot, waiting behind its key, waiting
 * to retry): {@link #submit} blocks while it is reached, which is how a reader stops reading ahead.
 */
public final class DeliveryExecutor {
    private static final System.Logger LOGGER = System.getLogger(DeliveryExecutor.class.getName());

    /** One delivery. */
    @FunctionalInterface
    public interface Work {
        /** Does the work; returns null when done, or how long to wait before running it again (a retry). */
        Duration run();
    }

    private record Task(String key, Work work) {}

    private final String name;
    private final int concurrency;
    private final int maxHeld;
    private final ScheduledExecutorService timer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Task> ready = new ArrayDeque<>();
    /** Keys with a delivery running or waiting to retry → the deliveries waiting behind it. */
    private final Map<String, ArrayDeque<Task>> lanes = new HashMap<>();
    private int running;
    private int held;
    private boolean closed;

    /**
     * @param name        names the handler threads
     * @param concurrency deliveries running at once, at least 1
     * @param maxHeld     deliveries held at once, at least {@code concurrency}
     * @param timer       schedules retries; shared, not shut down here
     */
    public DeliveryExecutor(String name, int concurrency, int maxHeld, ScheduledExecutorService timer) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.concurrency = concurrency;
        this.maxHeld = Math.max(maxHeld, concurrency);
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /**
     * Hands over one delivery, with its ordering key or null; blocks while {@code maxHeld} deliveries are held.
     *
     * @return false when the executor is closed (the delivery was not taken)
     */
    public boolean submit(String key, Work work) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (held >= maxHeld && !closed) {
                changed.await();
            }
            if (closed) {
                return false;
            }
            held++;
            Task task = new Task(key, work);
            if (key != null) {
                ArrayDeque<Task> lane = lanes.get(key);
                if (lane != null) {
                    lane.add(task);   // its key is busy: it runs when the ones before it are done
                    return true;
                }
                lanes.put(key, new ArrayDeque<>());
            }
            ready.add(task);
            pump();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Deliveries held now (running, waiting, retrying). */
    public int held() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops starting deliveries (retries waiting on the timer are dropped: the transport redelivers them) and
     * waits up to {@code wait} for those running to finish.
     */
    public void close(Duration wait) {
        lock.lock();
        try {
            closed = true;
            ready.clear();
            lanes.clear();
            changed.signalAll();
            long deadline = System.nanoTime() + wait.toNanos();
            while (running > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOGGER.log(System.Logger.Level.WARNING, () -> name + ": " + running
                            + " handler(s) still running at shutdown; their messages will be delivered again");
                    return;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Starts a worker per free slot while tasks are ready. A worker is a virtual thread that runs tasks until
     * none is ready: no thread per message. Called with the lock held.
     */
    private void pump() {
        while (running < concurrency && !ready.isEmpty() && !closed) {
            Task task = ready.poll();
            running++;
            Thread.ofVirtual().name(name).start(() -> work(task));
        }
    }

    private void work(Task first) {
        Task task = first;
        while (task != null) {
            Duration again;
            try {
                again = task.work.run();
            } catch (RuntimeException | Error e) {
                // The transport's work handles the handler's failures; this is a bug in it. Do not lose the key.
                LOGGER.log(System.Logger.Level.ERROR, name + ": delivery failed unexpectedly; retrying in 1s", e);
                again = Duration.ofSeconds(1);
            }
            lock.lock();
            try {
                task = done(task, again);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Records {@code task}'s outcome and returns the next task for this worker, or null (it ends). Lock held. */
    private Task done(Task task, Duration again) {
        if (closed) {
            running--;
            changed.signalAll();
            return null;
        }
        if (again != null) {
            // The key stays busy while it waits: later deliveries of the key stay behind it.
            timer.schedule(() -> retry(task), Math.max(0, again.toNanos()), TimeUnit.NANOSECONDS);
        } else {
            held--;
            if (task.key != null) {
                ArrayDeque<Task> lane = lanes.get(task.key);
                Task next = lane == null ? null : lane.poll();
                if (next != null) {
                    ready.add(next);
                } else {
                    lanes.remove(task.key);
                }
            }
        }
        changed.signalAll();
        Task next = ready.poll();
        if (next == null) {
            running--;
        }
        return next;
    }

    private void retry(Task task) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            ready.add(task);
            pump();
        } finally {
            lock.unlock();
        }
    }
}
