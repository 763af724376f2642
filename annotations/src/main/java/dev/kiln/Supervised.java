package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restarts a {@code Lifecycle} component when it fails: when its own {@code HealthCheck} reports DOWN on
 * consecutive polls, or its {@code start()} throws after boot, Kiln stops it, waits {@code backoff}
 * (doubling up to {@code maxBackoff}, with jitter) and starts it again, then restarts every component that
 * depends on it, after it (rest-for-one, from the compile-time graph). Past {@code maxRestarts} restarts
 * within {@code within} the component is FAILED: readiness DOWN, registry status DOWN; the process keeps
 * running unless {@code kiln.lifecycle.exit-on-failure=true}.
 *
 * <pre>{@code
 * @Singleton
 * @Supervised(maxRestarts = 5, within = "1m", backoff = "200ms", maxBackoff = "10s")
 * final class FeedPoller implements Lifecycle, HealthCheck { ... }
 * }</pre>
 *
 * Durations are a number and a unit: {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. The class must
 * implement both {@code Lifecycle} and {@code HealthCheck}; anything else is a compile error on the annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Supervised {
    /** Restarts allowed within {@link #within()}; at least 1. */
    int maxRestarts() default 5;

    /** The sliding window restarts are counted in. */
    String within() default "1m";

    /** The wait before the first restart; doubled for each further one. */
    String backoff() default "200ms";

    /** The longest wait between restarts; at least {@link #backoff()}. */
    String maxBackoff() default "10s";
}
