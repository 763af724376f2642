package dev.kiln.runtime.cache;

import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.transaction.TransactionHooks;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Caching for an application's graph: one {@link Caches} from {@code kiln.cache.*} (a {@code Lifecycle}: stopping
 * it closes a shared store), its readiness check {@code cache} in the graph's {@code Set<HealthCheck>} (always UP;
 * "degraded" data while a shared store is away) and {@link CachesEndpoint} ({@code /kiln/caches}). When the graph
 * has {@link TransactionHooks} ({@code KilnDataModule} binds them), evictions and puts inside a transaction wait for
 * its commit.
 *
 * <pre>{@code
 * @Component(modules = {KilnShopAppModule.class, KilnRuntimeModule.class, KilnDataModule.class, KilnCacheModule.class})
 * interface KilnShopAppComponent { Caches caches(); CachesEndpoint cachesEndpoint(); ... }
 * }</pre>
 */
@Module
public abstract class KilnCacheModule {
    private KilnCacheModule() {}

    /** The transactions, when the application has kiln-runtime-data. */
    @BindsOptionalOf
    abstract TransactionHooks transactionHooks();

    /**
     * Connects a shared store when {@code kiln.cache.store} names one (failing the start if it cannot); measured
     * through the graph's telemetry.
     */
    @Provides
    @Singleton
    static Caches caches(KilnConfig config, Optional<TransactionHooks> transactions, Telemetry telemetry) {
        return Caches.create(config, transactions, telemetry);
    }

    @Provides
    @IntoSet
    static HealthCheck cacheHealth(Caches caches) {
        return caches.healthCheck();
    }

    /** {@code /kiln/caches}; clearing only with {@code kiln.cache.endpoint.write=true}. */
    @Provides
    @Singleton
    static CachesEndpoint cachesEndpoint(Caches caches, KilnConfig config) {
        return new CachesEndpoint(caches, CacheSettings.from(config).endpointWrite());
    }
}
