package dev.kiln.runtime.registry.redis;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Deadline-bounded polls: how long a condition took to become true, or a failure naming it. */
final class Await {
    private Await() {}

    /** Polls every 10 ms until {@code condition} holds; returns the time it took. */
    static Duration until(String what, Duration limit, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
