package dev.kiln.runtime.cache.redis;

import dev.kiln.runtime.cache.spi.CacheStore;
import dev.kiln.runtime.cache.spi.NearCache;
import dev.kiln.runtime.cache.spi.SharedCache;
import dev.kiln.runtime.json.JsonDecodeException;
import dev.kiln.runtime.redis.RedisClients;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code kiln.cache.store=redis}: the caches' values in Redis ({@link CacheScripts} has the layout), read on near
 * misses, written by loads that hold a lease and by puts; evictions and puts published on
 * {@value #CHANNEL} and applied by every other instance to its near cache.
 *
 * <p>Two Lettuce connections: one for commands (each bounded by {@code kiln.cache.redis.timeout}, rejected at once
 * while disconnected), one subscribed to the channel. When the subscription's connection drops, messages may be
 * missed: every near cache is cleared and near caching stays off (every read goes to Redis, or to the method while
 * Redis is away) until Lettuce has reconnected and subscribed again, when the near caches are cleared once more.
 * Evictions that could not reach Redis are sent again once it answers ({@link LostEvictions}). Redis unreachable at
 * start-up fails the start, naming the address (never the password): a wrong address is found at deploy time.
 */
final class RedisCacheStore implements CacheStore {
    static final String CHANNEL = "kiln:cache:invalidations";
    private static final System.Logger LOGGER = System.getLogger(RedisCacheStore.class.getName());
    private static final long QUIET_NANOS = 60_000_000_000L;
    private static final long RETRY_NANOS = 250_000_000L;

    private final RedisCacheSettings settings;
    private final RedisClients redis;
    private final String origin = UUID.randomUUID().toString();
    private final AtomicLong tokens = new AtomicLong();
    private final Map<String, RedisSharedCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final LostEvictions lost = new LostEvictions();
    private final String[] shas = new String[CacheScripts.ALL.length];
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong nextLog = new AtomicLong(System.nanoTime());
    private final AtomicBoolean recovering = new AtomicBoolean();
    private StatefulRedisConnection<String, String> connection;
    private RedisCommands<String, String> commands;
    private StatefulRedisPubSubConnection<String, String> pubSub;
    /** Whether the channel's subscription is live: near caching is on only while it is. */
    private volatile boolean subscribed;
    /** Why the last command failed; null while Redis answers. */
    private volatile String failure;

    private RedisCacheStore(RedisCacheSettings settings) {
        this.settings = settings;
        this.redis = RedisClients.create(RedisCacheSettings.URI, settings.uri(), settings.connectTimeout(),
                TimeoutOptions.enabled(settings.timeout()));
    }

    /** Connects both connections and subscribes; fails naming the address when Redis cannot be reached. */
    static RedisCacheStore connect(RedisCacheSettings settings) {
        RedisCacheStore store = new RedisCacheStore(settings);
        store.redis.connect("The cache", client -> {
            client.addListener(new RedisConnectionStateListener() {
                @Override
                public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
                    if (handler instanceof StatefulRedisPubSubConnection<?, ?>) {
                        store.unsubscribed();
                    }
                }
            });
            store.connection = client.connect();
            try {
                store.commands = store.connection.sync();
                store.pubSub = client.connectPubSub();
                store.pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        store.received(message);
                    }

                    @Override
                    public void subscribed(String channel, long count) {
                        store.resubscribed(); // each time Lettuce subscribes again after a reconnect (and, ignored, at start)
                    }
                });
                store.subscribed = true;   // before its confirmation can arrive (see resubscribed)
                store.pubSub.sync().subscribe(CHANNEL);
            } catch (RuntimeException e) {
                store.connection.close();
                throw e;
            }
            return store;
        });
        for (int i = 0; i < CacheScripts.ALL.length; i++) {
            store.shas[i] = store.commands.digest(CacheScripts.ALL[i]);
        }
        return store;
    }

    @Override
    public String type() {
        return "redis";
    }

    @Override
    public <K, V> SharedCache<K, V> cache(NearCache<K, V> near) {
        RedisSharedCache<K, V> shared = new RedisSharedCache<>(this, near);
        caches.put(near.name(), shared);
        return shared;
    }

    @Override
    public String address() {
        return redis.address();
    }

    @Override
    public Optional<String> problem() {
        if (!subscribed) {
            return Optional.of("Redis at " + address() + ": not subscribed to " + CHANNEL
                    + (failure == null ? "" : " (" + failure + ")"));
        }
        return failure == null ? Optional.empty() : Optional.of("Redis at " + address() + " unreachable: " + failure);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            pubSub.close();
            connection.close();
        } finally {
            redis.close();
        }
    }

    RedisCacheSettings settings() {
        return settings;
    }

    String origin() {
        return origin;
    }

    /** A lease token no other load, here or elsewhere, holds. */
    String token() {
        return origin + ":" + tokens.incrementAndGet();
    }

    /** Runs script {@code index}; loads it again if Redis lost it (a restart). Throws what Lettuce throws. */
    <T> T eval(int index, ScriptOutputType type, String[] keys, String... args) {
        T reply;
        try {
            reply = commands.evalsha(shas[index], type, keys, args);
        } catch (RedisNoScriptException e) {
            reply = commands.eval(CacheScripts.ALL[index], type, keys, args);
        }
        succeeded();
        return reply;
    }

    /** An eviction that did not reach Redis: sent again once Redis answers. */
    void lostEviction(String cache, String key) {
        lost.add(cache, key);
    }

    /** A command failed: remembered for health, logged at most once a minute. */
    void failed(String doing, RuntimeException e) {
        if (closed.get()) {
            return;
        }
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        long now = System.nanoTime();
        long due = nextLog.get();
        if (now - due >= 0 && nextLog.compareAndSet(due, now + QUIET_NANOS)) {
            LOGGER.log(System.Logger.Level.WARNING, () -> "Cache store Redis at " + address() + " failed " + doing
                    + ": " + failure + "; calls go through to the methods while it fails");
        }
    }

    private void succeeded() {
        if (failure != null) {
            failure = null;
            LOGGER.log(System.Logger.Level.INFO, () -> "Cache store Redis at " + address() + " answers again");
            resendLost();
        }
    }

    /** The subscription's connection dropped: messages may be missed from now on. */
    private void unsubscribed() {
        if (closed.get()) {
            return;
        }
        subscribed = false;
        caches.values().forEach(cache -> cache.near().nearCaching(false));
        LOGGER.log(System.Logger.Level.WARNING, () -> "Cache store Redis at " + address() + ": the subscription to "
                + CHANNEL + " dropped; near caching off until it is back");
    }

    private void resubscribed() {
        if (subscribed) {
            // The first subscription, confirmed on Lettuce's thread after connect() has marked it: clearing the near
            // caches now would drop what callers have loaded since (and make their loads keep nothing).
            return;
        }
        caches.values().forEach(cache -> cache.near().nearCaching(true));
        subscribed = true;
        LOGGER.log(System.Logger.Level.INFO, () -> "Cache store Redis at " + address() + ": subscribed to "
                + CHANNEL + " again; near caching on");
        resendLost();
    }

    /**
     * Sends the lost evictions again, off Lettuce's event loop (a command sent from it would wait for the loop it
     * blocks), on one thread at a time.
     */
    private void resendLost() {
        if (!closed.get() && (!lost.isEmpty() || failure != null) && recovering.compareAndSet(false, true)) {
            Thread.ofVirtual().name("kiln-cache-redis-resend").start(this::recover);
        }
    }

    /**
     * Resends until nothing is lost and Redis answers. The subscription can come back before the command connection
     * does: a resend that fails then is tried again, with a PING every {@link #RETRY_NANOS} until one is answered,
     * so recovery (and the health check's {@code degraded}) does not wait for the next cache call.
     */
    private void recover() {
        try {
            while (!closed.get()) {
                if (!lost.isEmpty()) {
                    lost.resend(this);
                }
                if (failure == null && lost.isEmpty()) {
                    return;
                }
                LockSupport.parkNanos(RETRY_NANOS);
                try {
                    commands.ping();
                    if (failure != null) {
                        failure = null;
                        LOGGER.log(System.Logger.Level.INFO, () -> "Cache store Redis at " + address() + " answers again");
                    }
                } catch (RuntimeException e) {
                    failed("probing", e);
                }
            }
        } finally {
            recovering.set(false);
        }
    }

    Map<String, RedisSharedCache<?, ?>> caches() {
        return caches;
    }

    /** Another instance's change: applied to this instance's near cache (our own are ignored). */
    private void received(String message) {
        Invalidation invalidation;
        try {
            invalidation = Invalidation.parse(message);
        } catch (JsonDecodeException e) {
            LOGGER.log(System.Logger.Level.WARNING, () -> "Skipping an unreadable cache invalidation: " + e.getMessage());
            return;
        }
        if (invalidation.origin().equals(origin)) {
            return;
        }
        RedisSharedCache<?, ?> cache = caches.get(invalidation.cache());
        if (cache != null) {
            cache.invalidated(invalidation.key());
        }
    }
}
