/**
 * What generated subclasses call for {@code @Cached}, {@code @CachePut} and {@code @CacheEvict}:
 * {@link dev.kiln.runtime.cache.Caches} (one per application graph), {@link dev.kiln.runtime.cache.KilnCache},
 * {@link dev.kiln.runtime.cache.CacheLoad}, {@link dev.kiln.runtime.cache.CacheSpec}; operations
 * ({@link dev.kiln.runtime.cache.CachesEndpoint}, {@link dev.kiln.runtime.cache.CacheStatistics}) and
 * {@link dev.kiln.runtime.cache.KilnCacheModule}. A shared store plugs in through {@code .spi}. See
 * {@code docs/cache.md}.
 *
 * <table>
 *   <caption>Configuration</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code kiln.cache.store}</td><td>{@code memory}</td><td>{@code memory}: a Caffeine cache per instance;
 *       {@code redis}: the same Caffeine cache as a near cache in front of Redis, shared by every instance (needs
 *       {@code dev.kiln:kiln-runtime-cache-redis}; without it, or with a store no module provides, the start
 *       fails naming the artifact)</td></tr>
 *   <tr><td>{@code kiln.cache.ttl}</td><td>{@code 1h}</td><td>how long an entry lives after it is written, for a
 *       cache whose {@code @Cached} declares no {@code ttl}</td></tr>
 *   <tr><td>{@code kiln.cache.<name>.ttl}</td><td>the {@code @Cached} {@code ttl}, else {@code kiln.cache.ttl}</td>
 *       <td>one cache's TTL; wins over the annotation</td></tr>
 *   <tr><td>{@code kiln.cache.max-size}</td><td>{@code 10000}</td><td>the most entries one cache holds on one
 *       instance (the least likely to be used again go first)</td></tr>
 *   <tr><td>{@code kiln.cache.<name>.max-size}</td><td>{@code kiln.cache.max-size}</td><td>one cache's bound</td></tr>
 *   <tr><td>{@code kiln.cache.cache-empty}</td><td>{@code true}</td><td>whether an empty {@code Optional} result is
 *       cached ({@code false}: a method that found nothing runs again next time); {@code null} is never cached</td></tr>
 *   <tr><td>{@code kiln.cache.<name>.cache-empty}</td><td>{@code kiln.cache.cache-empty}</td><td>the same, for one
 *       cache</td></tr>
 *   <tr><td>{@code kiln.cache.endpoint.write}</td><td>{@code false}</td><td>serve {@code DELETE /kiln/caches/{name}}
 *       (else 405)</td></tr>
 * </table>
 *
 * <p>An entry expires its cache's TTL after it was written (on this instance; with Redis, the shared copy too, from
 * when it was written there). A TTL that only a later class declares (after an evicting class created the cache
 * under the default) applies from then on to every entry, those already held included. TTLs and sizes must be
 * positive.
 */
package dev.kiln.runtime.cache;
