package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The retry policy of a {@link Subscribe} method: at most {@code maxAttempts} deliveries in all; before
 * attempt <i>n</i> ≥ 2 the wait is {@code backoff × 2^(n-2)}, capped at {@code maxBackoff}; after the last
 * failed attempt the message becomes a dead letter. Without it: 5 attempts, 1s backoff, 30s at most
 * ({@code RetryPolicy.DEFAULT}).
 *
 * <pre>{@code
 * @Subscribe
 * @Retry(maxAttempts = 5, backoff = "200ms", maxBackoff = "30s")
 * void on(OrderCancelled event) { ... }
 * }</pre>
 *
 * Durations are a number and a unit: {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Retry {
    /** Deliveries in all, the first included; at least 1. */
    int maxAttempts() default 5;

    /** The wait before the second attempt; doubled for each further one. */
    String backoff() default "1s";

    /** The longest wait between attempts; at least {@link #backoff()}. */
    String maxBackoff() default "30s";
}
