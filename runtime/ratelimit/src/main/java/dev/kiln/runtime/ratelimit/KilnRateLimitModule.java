package dev.kiln.runtime.ratelimit;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Rate limiting for an application's graph: one {@link RateLimiters} from {@code kiln.ratelimit.*}, which
 * the generated routers make their limiters from. Kiln adds this module to the generated component by itself
 * when a served route carries {@code @RateLimit}; the application then needs
 * {@code dev.kiln:kiln-runtime-ratelimit} on its classpath.
 *
 * <p>The generated application starts {@code rateLimiters()} as its first lifecycle component, so it is
 * stopped last, after the server has drained: that closes the Redis connection.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnRateLimitModule.class})
 * interface KilnShopAppComponent { RateLimiters rateLimiters(); ... }
 * // KilnShopApp: .lifecycle(List.of(component.rateLimiters(), ...))
 * //              .routers(List.of(new OrderApiRouter(component.orderApi(), component.rateLimiters())))
 * }</pre>
 */
@Module
public abstract class KilnRateLimitModule {
    private KilnRateLimitModule() {}

    /** The configured store, created once; with Redis it connects here and fails the start if it cannot. */
    @Provides
    @Singleton
    static RateLimiters rateLimiters(KilnConfig config) {
        return RateLimiters.create(config);
    }

    /**
     * With the Redis store, a readiness check of its connection (DOWN naming the address while it is broken);
     * nothing with the in-memory store. Collected into the graph's {@code Set<HealthCheck>}.
     */
    @Provides
    @ElementsIntoSet
    static Set<HealthCheck> redisHealth(RateLimiters limiters) {
        return limiters.healthCheck().map(Set::of).orElse(Set.of());
    }
}
