package dev.kiln.bench.messaging;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What every contender's one handler does: counts. One thread writes it (a release store, no fence) — or, for
 * a subscriber with several handler threads, an atomic increment — and the benchmark thread reads it to know when
 * every event it published has been handled.
 */
final class Counter {
    private final AtomicLong handled = new AtomicLong();

    /** Called by one handler thread at a time only. */
    void count(Tick tick) {
        handled.lazySet(handled.getPlain() + 1);
    }

    /** Called by several handler threads at once. */
    void countShared(Tick tick) {
        handled.incrementAndGet();
    }

    long get() {
        return handled.get();
    }

    /** Waits (spinning, then yielding) until {@code target} events have been handled. */
    void awaitAtLeast(long target) {
        for (int spins = 0; handled.get() < target; spins++) {
            if (spins < 1_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}
