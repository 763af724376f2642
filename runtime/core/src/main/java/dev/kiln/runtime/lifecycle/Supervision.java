package dev.kiln.runtime.lifecycle;

import java.time.Duration;
import java.util.Objects;

/**
 * How a supervised component is restarted: at most {@code maxRestarts} restarts within {@code within},
 * waiting {@code backoff} before the first, doubling up to {@code maxBackoff}. Generated from
 * {@code @Supervised}, whose values the processor has already checked.
 *
 * <pre>{@code
 * new Supervision(5, Duration.ofMillis(60000), Duration.ofMillis(200), Duration.ofMillis(10000))
 * }</pre>
 */
public record Supervision(int maxRestarts, Duration within, Duration backoff, Duration maxBackoff) {
    public Supervision {
        if (maxRestarts < 1) {
            throw new IllegalArgumentException("maxRestarts must be at least 1, but is " + maxRestarts);
        }
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (within.isNegative() || within.isZero() || backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("Supervision needs within > 0, backoff >= 0 and maxBackoff >= backoff: "
                    + within + ", " + backoff + ", " + maxBackoff);
        }
    }
}
