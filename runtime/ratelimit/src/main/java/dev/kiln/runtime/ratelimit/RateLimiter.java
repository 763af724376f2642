package dev.kiln.runtime.ratelimit;

import java.time.Duration;

/**
 * One rate limit: {@link #permits()} requests per {@link #per()} for each key, as a token bucket of
 * {@code permits} tokens refilled evenly over {@code per} (GCRA). Create it once at startup with
 * {@link RateLimiters#limiter(String, int, Duration)}; {@link #tryAcquire(String)} is safe from any thread.
 *
 * <pre>{@code
 * RateLimiter createOrder = limiters.limiter("OrderApi.create", 10, Duration.ofMinutes(1));
 * Decision decision = createOrder.tryAcquire(keys.ip(req));
 * }</pre>
 */
public interface RateLimiter {

    /** The name, unique within its {@link RateLimiters}; part of every Redis key. */
    String name();

    /** The size of the bucket: requests allowed at once, and per {@link #per()} on average. */
    int permits();

    /** The period over which {@link #permits()} are refilled. */
    Duration per();

    /**
     * Takes one permit for {@code key} if one is left. Never throws for a store failure: the decision is
     * then the configured failure policy, with {@link Decision#storeFailed()} set.
     */
    Decision tryAcquire(String key);
}
