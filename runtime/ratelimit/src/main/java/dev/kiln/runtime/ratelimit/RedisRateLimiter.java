package dev.kiln.runtime.ratelimit;

import java.time.Duration;

/**
 * A limiter whose buckets live in Redis under {@code kiln:rl:<name>:<key>}, each expiring once it is full
 * again, so that every instance of a service draws from one budget. The script arguments are built once.
 */
final class RedisRateLimiter implements RateLimiter {
    private final Limit limit;
    private final RedisStore store;
    private final String prefix;
    private final String intervalMicros;
    private final String permits;

    RedisRateLimiter(Limit limit, RedisStore store) {
        this.limit = limit;
        this.store = store;
        this.prefix = "kiln:rl:" + limit.name() + ":";
        this.intervalMicros = Long.toString(limit.intervalMicros());
        this.permits = Integer.toString(limit.permits());
    }

    @Override
    public String name() {
        return limit.name();
    }

    @Override
    public int permits() {
        return limit.permits();
    }

    @Override
    public Duration per() {
        return limit.per();
    }

    @Override
    public Decision tryAcquire(String key) {
        return store.acquire(limit, prefix + key, intervalMicros, permits);
    }

    @Override
    public String toString() {
        return "RedisRateLimiter " + limit;
    }
}
