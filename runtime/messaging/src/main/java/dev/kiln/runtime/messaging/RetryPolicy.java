package dev.kiln.runtime.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failing handler is tried and how long to wait in between, as {@code @Retry} says: at most
 * {@code maxAttempts} deliveries in all (the first one included); before attempt {@code n} (n ≥ 2) the wait is
 * {@code backoff × 2^(n-2)}, capped at {@code maxBackoff}. After the last attempt fails the message is a dead
 * letter. No jitter: the waits are exactly these.
 *
 * <pre>{@code
 * new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(30))   // waits 200ms, 400ms, 800ms, 1.6s
 * }</pre>
 *
 * @param maxAttempts deliveries in all, at least 1 (1: no retry)
 * @param backoff     the wait before the second attempt, not negative
 * @param maxBackoff  the longest wait, at least {@code backoff}
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {
    /** Without {@code @Retry}: 5 attempts, 1s, 2s, 4s, 8s apart (at most 30s). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative: " + backoff);
        }
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must be at least backoff (" + backoff + ")");
        }
    }

    /** The wait before attempt {@code attempt} (2 and up): {@code backoff × 2^(attempt-2)}, at most {@code maxBackoff}. */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        long doublings = Math.min(attempt - 2, 40);
        long millis = backoff.toMillis();
        long max = maxBackoff.toMillis();
        for (int i = 0; i < doublings && millis < max; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max));
    }

    /** Whether a failure of attempt {@code attempt} is the last one (the message then becomes a dead letter). */
    public boolean exhausted(int attempt) {
        return attempt >= maxAttempts;
    }
}
