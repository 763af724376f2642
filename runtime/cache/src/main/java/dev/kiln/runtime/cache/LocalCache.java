package dev.kiln.runtime.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Policy;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.opentelemetry.api.common.Attributes;
import dev.kiln.runtime.cache.spi.Lookup;
import dev.kiln.runtime.cache.spi.NearCache;
import dev.kiln.runtime.cache.spi.SharedCache;
import dev.kiln.runtime.json.JsonCodec;
import dev.kiln.runtime.transaction.TransactionHooks;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The one {@link KilnCache}: a bounded Caffeine cache whose entries expire the cache's TTL after they are written, versions that keep data read
 * before an eviction from outliving it ({@link Versions}), one load per key at a time ({@link Flight}), changes
 * deferred to the commit of the caller's transaction ({@link PendingChanges}), and, with a shared store, the near
 * cache in front of it ({@link SharedCache}). The hit path is a null check, two volatile reads and Caffeine's
 * {@code getIfPresent}: the transaction's state is looked at only while some transaction has changed this cache.
 */
final class LocalCache<K, V> implements KilnCache<K, V>, NearCache<K, V> {
    private static final Supplier<Object> LOOK_ONLY = () -> null;

    private final String name;
    private final CacheSettings settings;
    private final TransactionHooks transactions;
    private final Cache<K, V> cache;
    private final Policy.FixedExpiration<K, V> expiration;
    private final Versions versions = new Versions();
    private final ConcurrentHashMap<K, Flight<K, V>> flights = new ConcurrentHashMap<>();
    /** Transactions of this instance with changes of this cache not yet committed or rolled back. */
    private final AtomicInteger pendingTransactions = new AtomicInteger();
    private final boolean cacheEmpty;
    private final long maxSize;
    private final LongAdder loads = new LongAdder();
    private final LongAdder loadFailures = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    /** While the shared store may miss other instances' changes: nothing is read from or kept in this cache. */
    private volatile boolean nearOff;
    private volatile long ttlNanos;
    private volatile JsonCodec<K> keyCodec;
    private volatile JsonCodec<V> valueCodec;
    private Duration declaredTtl;       // guarded by this
    private SharedCache<K, V> shared;   // set once, before the cache is handed out
    /** The span-event attributes of a hit and of a miss; null without telemetry (then nothing is recorded). */
    private final Attributes hitEvent;
    private final Attributes missEvent;

    LocalCache(String name, CacheSettings settings, TransactionHooks transactions, Ticker ticker, Executor executor,
               boolean traced) {
        this.name = name;
        this.hitEvent = traced ? CacheTelemetry.getEvent(name, true) : null;
        this.missEvent = traced ? CacheTelemetry.getEvent(name, false) : null;
        this.settings = settings;
        this.transactions = transactions;
        this.cacheEmpty = settings.cacheEmpty(name);
        this.maxSize = settings.maxSize(name);
        Duration ttl = settings.ttl(name, null);
        this.ttlNanos = ttl.toNanos();
        // A fixed expiry after write, not Caffeine's variable one: a hit costs ~35 ns instead of ~90 ns here
        // (benchmarks/cache.sh), and a TTL that a later spec declares still applies, to every entry.
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maxSize).recordStats().ticker(ticker)
                .expireAfterWrite(ttl);
        if (executor != null) {
            builder.executor(executor);
        }
        this.cache = builder.build();
        this.expiration = cache.policy().expireAfterWrite().orElseThrow();
    }

    void share(SharedCache<K, V> shared) {
        this.shared = shared;
    }

    /** Takes what {@code spec} knows that this cache does not; a value that differs from one taken earlier fails. */
    @SuppressWarnings("unchecked") // specs of one name are of one key and value type (the processor checks it)
    synchronized void merge(CacheSpec<?, ?> spec) {
        declaredTtl = agreed("ttl", declaredTtl, spec.ttl());
        keyCodec = agreed("key codec", keyCodec, (JsonCodec<K>) spec.keyCodec());
        valueCodec = agreed("value codec", valueCodec, (JsonCodec<V>) spec.valueCodec());
        Duration ttl = settings.ttl(name, declaredTtl);
        if (ttl.toNanos() != ttlNanos) {
            ttlNanos = ttl.toNanos();
            expiration.setExpiresAfter(ttl); // entries already held included: they expire by their write time + ttl
        }
    }

    private <T> T agreed(String what, T known, T given) {
        if (known != null && given != null && !known.equals(given)) {
            throw new IllegalStateException("Cache '" + name + "' is declared with two different " + what + "s: "
                    + describe(known) + " and " + describe(given) + "; every @Cached, @CachePut and @CacheEvict of"
                    + " one cache must agree");
        }
        return known != null ? known : given;
    }

    private static String describe(Object value) {
        return value instanceof Duration || value instanceof Record ? value.toString() : value.getClass().getName();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public V getIfPresent(K key) {
        if (key == null || nearOff) {
            return null;
        }
        if (pendingTransactions.get() != 0 && changedHere(key)) {
            return null;
        }
        V value = cache.getIfPresent(key);
        if (hitEvent != null) {
            CacheTelemetry.recordGet(value != null ? hitEvent : missEvent);
        }
        return value;
    }

    @Override
    public CacheLoad<V> load(K key) {
        if (key == null || changedHere(key)) {
            loads.increment();
            return new Loads.Uncached<>(this);
        }
        Flight<K, V> mine = new Flight<>(this, key, versions.get(key));
        Flight<K, V> running = flights.putIfAbsent(key, mine);
        if (running == null) {
            return lead(mine);
        }
        CacheLoad<V> waited = running.await();
        if (waited != null) {
            return waited;
        }
        loads.increment();
        return new Loads.Solo<>(this, key, versions.get(key));
    }

    /** This caller leads the load of {@code mine}'s key: unless a value turns up meanwhile, it runs the method. */
    private CacheLoad<V> lead(Flight<K, V> mine) {
        K key = mine.key();
        V present = nearOff ? null : cache.asMap().get(key); // a load that ended between our miss and our flight
        if (present != null) {
            mine.settle(present);
            return new Loads.Loaded<>(present);
        }
        SharedCache<K, V> store = shared;
        if (store != null) {
            Lookup<V> found;
            try {
                found = store.read(key);
            } catch (Throwable e) {
                mine.fail(e); // waiters must not wait forever for a leader that will not load
                throw e;
            }
            if (found.hit()) {
                if (cacheable(found.value())) {
                    keep(key, found.value(), mine.version());
                }
                mine.settle(found.value());
                return new Loads.Loaded<>(found.value());
            }
            mine.lookup(found);
        }
        loads.increment();
        return mine;
    }

    /** A load's method returned {@code value}: kept unless not cacheable, changed by the transaction, or evicted. */
    void completeLoad(K key, V value, long version, Lookup<V> lookup) {
        boolean kept = cacheable(value) && !changedHere(key);
        if (kept) {
            keep(key, value, version);
        }
        SharedCache<K, V> store = shared;
        if (store != null && lookup != null && lookup.lease() != null) {
            if (kept) {
                store.fill(key, value, lookup);
            } else {
                store.release(key, lookup);
            }
        }
    }

    void loadFailed(K key, Lookup<V> lookup) {
        loadFailures.increment();
        SharedCache<K, V> store = shared;
        if (store != null && lookup != null && lookup.lease() != null) {
            store.release(key, lookup);
        }
    }

    /** {@code flight} is over: later misses start a new one. */
    void landed(Flight<K, V> flight) {
        flights.remove(flight.key(), flight);
    }

    /**
     * Stores {@code value} if {@code key}'s version is still {@code version}, then looks again: an eviction that
     * moved the version between the two looks may have run before the store, and then the value is taken back
     * (only this value: a newer one stays).
     */
    private void keep(K key, V value, long version) {
        if (nearOff || versions.get(key) != version) {
            return;
        }
        cache.put(key, value);
        if (versions.get(key) != version) {
            cache.asMap().remove(key, value);
        }
    }

    @Override
    public long version(K key) {
        return key == null ? 0 : versions.get(key);
    }

    @Override
    public void put(K key, V value, long version) {
        if (key == null) {
            return;
        }
        if (inTransaction()) {
            pending().put(key, value, version);
        } else {
            putNow(key, value, version);
        }
    }

    /** A put now: kept only if nothing moved the key's version since {@code version}, else an eviction. */
    void putNow(K key, V value, long version) {
        if (!cacheable(value) || !versions.advance(key, version)) {
            evictNow(key);
            return;
        }
        flights.remove(key); // callers that miss from now on must not get what a load read before this put
        if (!nearOff) {
            cache.put(key, value);
        }
        SharedCache<K, V> store = shared;
        if (store != null) {
            // Not written to the store: this value was computed from data read when the method began, and another
            // instance's eviction since then may still be on its way here. The store and the other near caches
            // drop the key; their next read loads it. Only this instance keeps the value (an invalidation that
            // arrives later removes it).
            store.evict(key);
        }
        if (versions.get(key) != version + 1) {
            cache.asMap().remove(key, value);
        }
    }

    @Override
    public void evict(K key) {
        if (key == null) {
            return;
        }
        if (inTransaction()) {
            pending().evict(key);
        } else {
            evictNow(key);
        }
    }

    void evictNow(K key) {
        invalidate(key);
        evictions.increment();
        SharedCache<K, V> store = shared;
        if (store != null) {
            store.evict(key);
        }
    }

    @Override
    public void evictAll() {
        if (inTransaction()) {
            pending().evictAll();
        } else {
            evictAllNow();
        }
    }

    void evictAllNow() {
        invalidateAll();
        evictions.increment();
        SharedCache<K, V> store = shared;
        if (store != null) {
            store.evictAll();
        }
    }

    @Override
    public void invalidate(K key) {
        versions.bump(key);
        flights.remove(key); // later misses load again rather than join a load that read older data
        cache.invalidate(key);
    }

    @Override
    public void invalidateAll() {
        versions.bumpAll();
        flights.clear();
        cache.invalidateAll();
    }

    @Override
    public void nearCaching(boolean on) {
        if (on) {
            invalidateAll(); // loads that read the store while changes could be missed keep nothing
            nearOff = false;
        } else {
            nearOff = true;
            invalidateAll();
        }
    }

    @Override
    public JsonCodec<K> keyCodec() {
        return keyCodec;
    }

    @Override
    public JsonCodec<V> valueCodec() {
        return valueCodec;
    }

    @Override
    public Duration ttl() {
        return Duration.ofNanos(ttlNanos);
    }

    /** This cache's figures now. */
    CacheStatistics statistics(String store) {
        CacheStats stats = cache.stats();
        return new CacheStatistics(name, store, cache.estimatedSize(), stats.hitCount(), stats.missCount(),
                loads.sum(), loadFailures.sum(), evictions.sum(), stats.evictionCount(), ttl(), maxSize);
    }

    /** How many callers wait for the load of {@code key} in progress; for tests. */
    int waiting(K key) {
        Flight<K, V> flight = flights.get(key);
        return flight == null ? 0 : flight.waiting();
    }

    /** Caffeine's upkeep now (size bound, expired entries): for tests that count entries. */
    void cleanUp() {
        cache.cleanUp();
    }

    private boolean cacheable(V value) {
        return value != null && (cacheEmpty || !(value instanceof Optional<?> optional && optional.isEmpty()));
    }

    private boolean inTransaction() {
        return transactions != null && transactions.active();
    }

    /** Whether the calling thread's transaction has evicted or put {@code key}; cheap while none has. */
    private boolean changedHere(K key) {
        if (pendingTransactions.get() == 0) {
            return false;
        }
        @SuppressWarnings("unchecked")
        PendingChanges<K, V> changes = (PendingChanges<K, V>) transactions.resource(this, LOOK_ONLY);
        return changes != null && changes.changed(key);
    }

    private PendingChanges<K, V> pending() {
        return transactions.resource(this, () -> {
            PendingChanges<K, V> changes = new PendingChanges<>(this);
            pendingTransactions.incrementAndGet();
            transactions.afterCommit(changes::apply);
            transactions.afterCompletion(pendingTransactions::decrementAndGet);
            return changes;
        });
    }
}
