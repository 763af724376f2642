package dev.kiln.runtime.cache;

import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.health.HealthKind;
import dev.kiln.runtime.health.HealthResult;

/**
 * Readiness check {@code cache}. Always UP: a cache is an optimisation, and an instance whose shared store is away
 * still answers every call (through the methods), so it must stay in service. While the store cannot be relied
 * on, the data say so: {@code "degraded": "Redis at 10.0.0.9:6379 unreachable: …; near caching off, calls go
 * through to the methods"}, beside {@code store} and {@code address}.
 */
final class CachesHealthCheck implements HealthCheck {
    private final Caches caches;

    CachesHealthCheck(Caches caches) {
        this.caches = caches;
    }

    @Override
    public String name() {
        return "cache";
    }

    @Override
    public HealthKind kind() {
        return HealthKind.READINESS;
    }

    @Override
    public HealthResult check() {
        HealthResult result = HealthResult.up().withData("store", caches.store());
        if (caches.storeAddress().isPresent()) {
            result = result.withData("address", caches.storeAddress().get());
        }
        if (caches.storeProblem().isPresent()) {
            result = result.withData("degraded", caches.storeProblem().get()
                    + "; near caching off, calls go through to the methods");
        }
        return result;
    }
}
