package dev.kiln.runtime.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * What a limiter enforces, checked once at startup. Both stores run the same GCRA: each key holds a
 * theoretical arrival time ({@code tat}); a request costs one {@code interval} ({@code per / permits}) and is
 * allowed while {@code tat + interval - now <= window} ({@code interval * permits}, about {@code per}). The
 * interval is rounded down to the store's unit so that all arithmetic stays in exact integers.
 */
record Limit(String name, int permits, Duration per) {

    Limit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(per, "per");
        if (name.isBlank() || name.chars().anyMatch(c -> c == ':' || Character.isWhitespace(c))) {
            // A colon would make "kiln:rl:<name>:<key>" ambiguous between limiters.
            throw new IllegalArgumentException("Rate limiter name '" + name + "' must be non-blank, without ':' or spaces");
        }
        if (permits < 1) {
            throw new IllegalArgumentException("Rate limiter " + name + ": permits must be at least 1, not " + permits);
        }
        if (per.isNegative() || per.toNanos() / 1_000L < permits) {
            throw new IllegalArgumentException("Rate limiter " + name + ": " + permits + " permits per " + per
                    + " is finer than one permit per microsecond");
        }
    }

    /** Time one permit costs, in nanoseconds. */
    long intervalNanos() {
        return per.toNanos() / permits;
    }

    /** Time one permit costs, in microseconds (the unit of Redis {@code TIME}). */
    long intervalMicros() {
        return per.toNanos() / 1_000L / permits;
    }

    @Override
    public String toString() {
        return name + " (" + permits + " per " + per + ")";
    }
}
