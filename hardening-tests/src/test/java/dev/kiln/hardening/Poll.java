package dev.kiln.hardening;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A deadline-bounded poll for what the server does on its own threads (counts, closes). */
final class Poll {
    private Poll() {}

    /** Whether {@code condition} held before {@code timeout} ran out. */
    static boolean until(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
