package dev.kiln.runtime.cache.redis;

/**
 * The Lua scripts of the Redis cache store: each reads and writes in one atomic step what another instance must
 * never see half done. Layout, for cache {@code <name>} (one Redis, not Redis Cluster, as the rate limits and the
 * registry):
 * <ul>
 *   <li>{@code kiln:cache:<name>:<key JSON>} — {@code <epoch>|<value JSON>} with {@code PX} = the cache's TTL; or,
 *   while one instance loads a missing key, its lease {@code ~<token>} with {@code PX} = {@code kiln.cache.redis.lease};</li>
 *   <li>{@code kiln:cache:<name>:epoch} — the cache's epoch (absent: 0), moved by {@code evictAll}: a value written
 *   under another epoch reads as absent, at once, and leaves by its TTL;</li>
 *   <li>channel {@code kiln:cache:invalidations} — every eviction (a {@code @CachePut} evicts here: see
 *   {@code LocalCache.putNow}), for the other instances' near caches
 *   ({@link Invalidation}).</li>
 * </ul>
 * A value JSON never starts with {@code ~} (nor does {@code <epoch>|}), so a lease is never read as a value.
 */
final class CacheScripts {
    private CacheScripts() {}

    static final int READ = 0;
    static final int FILL = 1;
    static final int RELEASE = 2;
    static final int EVICT = 3;
    static final int EVICT_ALL = 4;

    /**
     * A near miss. KEYS: entry, epoch; ARGV: lease token, lease ms. Returns {'hit', value} for a value
     * of the current epoch; {'busy', epoch} when another load holds the lease (load, but do not fill); else takes
     * the lease and returns {'lease', epoch}.
     */
    private static final String READ_SCRIPT = """
            local epoch = redis.call('GET', KEYS[2]) or '0'
            local value = redis.call('GET', KEYS[1])
            if value then
              if string.sub(value, 1, 1) == '~' then return {'busy', epoch} end
              local bar = string.find(value, '|', 1, true)
              if bar and string.sub(value, 1, bar - 1) == epoch then
                return {'hit', string.sub(value, bar + 1)}
              end
            end
            redis.call('SET', KEYS[1], '~' .. ARGV[1], 'PX', ARGV[2])
            return {'lease', epoch}
            """;

    /**
     * A load's value. KEYS: entry, epoch; ARGV: lease token, epoch of the lease, value, ttl ms. Written only if the
     * lease is still there (no put or eviction — a put evicts here — nor other fill since) and no evictAll moved the epoch. Returns 1 if written.
     */
    private static final String FILL_SCRIPT = """
            if redis.call('GET', KEYS[1]) ~= '~' .. ARGV[1] then return 0 end
            if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[2] then
              redis.call('DEL', KEYS[1])
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[2] .. '|' .. ARGV[3], 'PX', ARGV[4])
            return 1
            """;

    /** A load that keeps nothing gives its lease up. KEYS: entry; ARGV: the lease ('~' .. token). */
    private static final String RELEASE_SCRIPT = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    /** An eviction. KEYS: entry; ARGV: channel, invalidation. Removes the value, or the lease of a load in progress. */
    private static final String EVICT_SCRIPT = """
            redis.call('DEL', KEYS[1])
            redis.call('PUBLISH', ARGV[1], ARGV[2])
            return 1
            """;

    /** Every entry. KEYS: epoch; ARGV: channel, invalidation. */
    private static final String EVICT_ALL_SCRIPT = """
            redis.call('INCR', KEYS[1])
            redis.call('PUBLISH', ARGV[1], ARGV[2])
            return 1
            """;

    /** By index: {@link #READ} … {@link #EVICT_ALL}. */
    static final String[] ALL = {READ_SCRIPT, FILL_SCRIPT, RELEASE_SCRIPT, EVICT_SCRIPT, EVICT_ALL_SCRIPT};
}
