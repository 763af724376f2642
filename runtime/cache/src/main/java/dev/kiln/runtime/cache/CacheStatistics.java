package dev.kiln.runtime.cache;

import java.time.Duration;

/**
 * One cache's figures on this instance, as {@code GET /kiln/caches} shows them. Counts are since start; hits and
 * misses are near-cache reads ({@code getIfPresent}).
 *
 * <pre>{@code
 * CacheStatistics products = caches.statistics("products").orElseThrow();
 * double hitRate = products.hits() / (double) Math.max(1, products.hits() + products.misses());
 * }</pre>
 *
 * @param name              the cache's name
 * @param store             {@code memory} or {@code redis}
 * @param size              entries held here now (Caffeine's estimate)
 * @param hits              reads answered from this instance
 * @param misses            reads that found nothing here
 * @param loads             methods run to fill a miss
 * @param loadFailures      of those, the ones that threw
 * @param evictions         {@code @CacheEvict} evictions (each {@code allEntries} counts once) and puts that turned
 *                          into evictions, applied here
 * @param evictedBySizeOrTtl entries Caffeine dropped: past {@code max-size}, or past their TTL
 * @param ttl               how long an entry written now lives
 * @param maxSize           the most entries held here
 */
public record CacheStatistics(String name, String store, long size, long hits, long misses, long loads,
                              long loadFailures, long evictions, long evictedBySizeOrTtl, Duration ttl,
                              long maxSize) {}
