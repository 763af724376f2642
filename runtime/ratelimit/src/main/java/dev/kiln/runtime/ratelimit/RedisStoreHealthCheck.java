package dev.kiln.runtime.ratelimit;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;

/**
 * Readiness of the rate limits' Redis connection: DOWN, naming the address, while it is broken. Requests are
 * still answered meanwhile (by {@code kiln.ratelimit.redis.fail-open}), but an instance whose limits are not
 * shared is worth knowing about. {@link KilnRateLimitModule} contributes it when the store is Redis.
 */
final class RedisStoreHealthCheck implements HealthCheck {
    private final RedisStore store;

    RedisStoreHealthCheck(RedisStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "rate-limit-redis";
    }

    @Override
    public HealthKind kind() {
        return HealthKind.READINESS;
    }

    @Override
    public HealthResult check() {
        return store.isConnected()
                ? HealthResult.up().withData("redis", store.address())
                : HealthResult.down("Rate limit store Redis at " + store.address() + " unreachable")
                        .withData("redis", store.address());
    }
}
