package dev.kiln.runtime.boot;

import dev.kiln.runtime.lifecycle.Supervision;
import java.time.Duration;

/**
 * How long the supervisor waits before the {@code n}th restart in the window: {@code backoff · 2^(n-1)},
 * at most {@code maxBackoff}, times a jitter factor in [0.5, 1.0) so that instances that failed together
 * (a shared database went away) do not all come back at the same instant.
 */
final class Backoff {
    private Backoff() {}

    /** {@code random} is uniform in [0, 1). */
    static Duration delay(Supervision supervision, int attempt, double random) {
        long base = supervision.backoff().toNanos();
        long max = supervision.maxBackoff().toNanos();
        int shift = Math.max(0, attempt - 1);
        // Doubling past the cap (or past a long) is the cap.
        long raw = shift >= 62 || base > (max >> Math.min(shift, 62)) ? max : Math.min(max, base << shift);
        double factor = 0.5 + 0.5 * Math.min(Math.max(random, 0.0), Math.nextDown(1.0));
        return Duration.ofNanos((long) (raw * factor));
    }
}
