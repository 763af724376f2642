package dev.kiln.runtime.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.kiln.runtime.cache.spi.CacheStore;
import dev.kiln.runtime.cache.spi.CacheStoreProvider;
import dev.kiln.runtime.config.KilnConfig;
import dev.kiln.runtime.health.HealthCheck;
import dev.kiln.runtime.lifecycle.Lifecycle;
import dev.kiln.runtime.telemetry.Telemetry;
import dev.kiln.runtime.transaction.TransactionHooks;
import io.opentelemetry.api.metrics.BatchCallback;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * The caches of one application graph, by name ({@code kiln.cache.*}); {@code KilnCacheModule} provides it.
 * Generated subclasses take their caches from it in their constructors.
 *
 * <pre>{@code
 * this.products = caches.cache(PRODUCTS);
 * }</pre>
 *
 * <p>A {@code Lifecycle}: stopping it closes the shared store's connections.
 */
public final class Caches implements Lifecycle {
    private final CacheSettings settings;
    private final TransactionHooks transactions;
    private final CacheStore store;
    private final Ticker ticker;
    private final Executor executor;
    private final ConcurrentMap<String, LocalCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final boolean traced;
    /** The observable instruments over {@link #statistics()}; null without telemetry. */
    private final BatchCallback metrics;

    private Caches(CacheSettings settings, TransactionHooks transactions, Ticker ticker, Executor executor,
                   Telemetry telemetry) {
        this.settings = settings;
        this.transactions = transactions;
        this.ticker = ticker;
        this.executor = executor;
        this.store = openStore(settings);
        this.traced = telemetry.enabled();
        this.metrics = traced ? CacheTelemetry.register(telemetry.meter(), this::statistics) : null;
    }

    /**
     * The caches {@code config} describes. With {@code transactions} (kiln-runtime-data's), evictions and puts
     * inside a transaction wait for its commit. {@code kiln.cache.store=redis} connects at once and fails, naming
     * the address, when Redis cannot be reached; a store no module provides fails naming the artifact to add.
     *
     * <pre>{@code
     * Caches caches = Caches.create(KilnConfig.of(Map.of("kiln.cache.products.ttl", "5m")), Optional.empty());
     * }</pre>
     */
    public static Caches create(KilnConfig config, Optional<TransactionHooks> transactions) {
        return create(config, transactions, Telemetry.noop());
    }

    /**
     * As {@link #create(KilnConfig, Optional)}, measured through {@code telemetry}: every read marks the current
     * span with a {@code kiln.cache.get} event, and the figures of {@link #statistics()} are observable
     * instruments ({@code kiln.cache.gets}, …; docs/observability.md), read when a metric reader collects, so a hit
     * pays no counter. With {@link Telemetry#noop()} nothing is made.
     */
    public static Caches create(KilnConfig config, Optional<TransactionHooks> transactions, Telemetry telemetry) {
        return new Caches(CacheSettings.from(config), transactions.orElse(null), Ticker.systemTicker(), null,
                Objects.requireNonNull(telemetry, "telemetry"));
    }

    /**
     * As {@link #create(KilnConfig, Optional)}, with entries aging by {@code ticker} (nanoseconds) and Caffeine's
     * upkeep (size bound, expiry) done on the calling thread: for tests that move time themselves.
     */
    public static Caches create(KilnConfig config, Optional<TransactionHooks> transactions, Ticker ticker) {
        return new Caches(CacheSettings.from(config), transactions.orElse(null), Objects.requireNonNull(ticker, "ticker"),
                Runnable::run, Telemetry.noop());
    }

    /**
     * The cache {@code spec} names, created on first use. Specs of one name from several classes merge (a TTL or a
     * codec one of them lacks is taken from another); two that disagree fail, naming both.
     */
    @SuppressWarnings("unchecked") // specs of one name are of one key and value type (the processor checks it)
    public <K, V> KilnCache<K, V> cache(CacheSpec<K, V> spec) {
        Objects.requireNonNull(spec, "spec");
        if (store != null && spec.keyCodec() == null) {
            throw new IllegalStateException("Cache '" + spec.name() + "' has no JSON codec for its key, which "
                    + CacheSettings.STORE + "=" + store.type() + " needs to name entries in the shared store");
        }
        LocalCache<?, ?> cache = caches.computeIfAbsent(spec.name(), this::open);
        cache.merge(spec);
        return (KilnCache<K, V>) cache;
    }

    private LocalCache<?, ?> open(String name) {
        LocalCache<Object, Object> cache = new LocalCache<>(name, settings, transactions, ticker, executor, traced);
        if (store != null) {
            cache.share(store.cache(cache));
        }
        return cache;
    }

    /** {@code memory} or the shared store's type ({@code redis}). */
    public String store() {
        return store == null ? "memory" : store.type();
    }

    /** Every cache's figures, by name. */
    public List<CacheStatistics> statistics() {
        List<CacheStatistics> all = new ArrayList<>();
        for (LocalCache<?, ?> cache : caches.values()) {
            all.add(cache.statistics(store()));
        }
        all.sort(Comparator.comparing(CacheStatistics::name));
        return all;
    }

    /** One cache's figures, if the application uses a cache of that name. */
    public Optional<CacheStatistics> statistics(String name) {
        LocalCache<?, ?> cache = caches.get(name);
        return cache == null ? Optional.empty() : Optional.of(cache.statistics(store()));
    }

    /** Evicts every entry of cache {@code name} (on every instance, with a shared store); false if there is none. */
    public boolean clear(String name) {
        LocalCache<?, ?> cache = caches.get(name);
        if (cache == null) {
            return false;
        }
        cache.evictAllNow();
        return true;
    }

    /** Readiness check {@code cache}: always UP (a cache outage is not an outage), degraded data when it is. */
    public HealthCheck healthCheck() {
        return new CachesHealthCheck(this);
    }

    /** Why the shared store cannot be relied on now, or empty (always empty in memory). */
    Optional<String> storeProblem() {
        return store == null ? Optional.empty() : store.problem();
    }

    /** Where the shared store is, or empty in memory. */
    Optional<String> storeAddress() {
        return store == null ? Optional.empty() : Optional.of(store.address());
    }

    /** Caffeine's upkeep on every cache now; for tests that count entries. */
    void cleanUp() {
        caches.values().forEach(LocalCache::cleanUp);
    }

    /** Closes the shared store's connections; the caches answer misses from then on. */
    @Override
    public void stop() {
        if (metrics != null) {
            metrics.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /**
     * The store {@code kiln.cache.store} asks for: none for {@code memory} (the default), else one a module provides
     * through {@link CacheStoreProvider} (the one use of {@link ServiceLoader} here, once at start-up).
     */
    private static CacheStore openStore(CacheSettings settings) {
        if (settings.store().equals("memory")) {
            return null;
        }
        List<String> provided = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (CacheStoreProvider provider : ServiceLoader.load(CacheStoreProvider.class,
                loader == null ? Caches.class.getClassLoader() : loader)) {
            if (provider.type().equals(settings.store())) {
                return provider.create(settings.config());
            }
            provided.add(provider.type());
        }
        String known = "memory" + (provided.isEmpty() ? "" : ", " + String.join(", ", provided));
        String message = "Configuration '" + CacheSettings.STORE + "' is '" + settings.store() + "', which no cache"
                + " store on the class path provides (known here: " + known + ")";
        throw new IllegalStateException(settings.store().equals("redis")
                ? message + "; add the dependency dev.kiln:kiln-runtime-cache-redis to the application"
                : message + "; use one of those, or add the module that provides '" + settings.store() + "'");
    }
}
