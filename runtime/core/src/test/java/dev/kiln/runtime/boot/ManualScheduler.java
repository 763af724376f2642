package dev.kiln.runtime.boot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A supervisor scheduler the test drives: tasks wait in a queue until {@link #runNext()}, which moves its
 * clock to the task's time and runs it on the test's thread. No real time passes.
 */
final class ManualScheduler implements SupervisorScheduler {
    private record Task(Instant due, long seq, Runnable runnable) {}

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.due.equals(b.due)
            ? Long.compare(a.seq, b.seq) : a.due.compareTo(b.due));
    private final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
    private long seq;
    volatile boolean closed;

    @Override
    public synchronized void schedule(Runnable task, Duration delay) {
        delays.add(delay);
        queue.add(new Task(clock.instant().plus(delay), seq++, task));
    }

    @Override
    public void close() {
        closed = true;
        onClose.forEach(Runnable::run);
        synchronized (this) {
            queue.clear();
        }
    }

    void onClose(Runnable action) {
        onClose.add(action);
    }

    /** Every delay asked for so far, in order. */
    List<Duration> delays() {
        return new ArrayList<>(delays);
    }

    /** The delays asked for that are not {@code interval}: the backoffs. */
    List<Duration> backoffs(Duration interval) {
        return delays.stream().filter(d -> !d.equals(interval)).toList();
    }

    synchronized int pending() {
        return queue.size();
    }

    /** Runs the earliest task, its time become now; false when none is waiting. */
    boolean runNext() {
        Task task;
        synchronized (this) {
            task = queue.poll();
        }
        if (task == null) {
            return false;
        }
        if (task.due.isAfter(clock.instant())) {
            clock.set(task.due);
        }
        task.runnable.run();
        return true;
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
