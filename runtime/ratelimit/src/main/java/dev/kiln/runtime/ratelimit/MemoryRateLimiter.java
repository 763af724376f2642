package dev.kiln.runtime.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process limiter: one {@link AtomicLong} per key holding its theoretical arrival time, updated by
 * compare-and-set, so concurrent requests on one key never take more permits than there are and never block.
 * Keys live in a Caffeine cache bounded to {@code maxKeys} and dropped {@code per} after their last use,
 * when their bucket is full again and forgetting them changes nothing; a flood of distinct keys therefore
 * costs bounded memory. (A key evicted for size while still draining starts again with a full bucket.)
 */
final class MemoryRateLimiter implements RateLimiter {
    private final Limit limit;
    private final long interval;
    private final long window;
    private final Cache<String, AtomicLong> buckets;

    MemoryRateLimiter(Limit limit, long maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("kiln.ratelimit.memory.max-keys must be at least 1, not " + maxKeys);
        }
        this.limit = limit;
        this.interval = limit.intervalNanos();
        this.window = interval * limit.permits();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(Duration.ofNanos(window))
                .build();
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
        AtomicLong bucket = buckets.get(key, k -> new AtomicLong(System.nanoTime()));
        while (true) {
            long now = System.nanoTime();
            long stored = bucket.get();
            // Differences, not comparisons, because nanoTime may be negative.
            long tat = stored - now > 0 ? stored : now;
            long next = tat + interval;
            if (next - now > window) {
                return Decision.deny(limit.permits(), tat - now, next - now - window);
            }
            if (bucket.compareAndSet(stored, next)) {
                return Decision.allow(limit.permits(), (int) ((window - (next - now)) / interval), next - now);
            }
        }
    }

    /** Keys held right now, after pending evictions (tests prove the bound with it). */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    @Override
    public String toString() {
        return "MemoryRateLimiter " + limit;
    }
}
