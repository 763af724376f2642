/**
 * {@code kiln.cache.store=redis}: the caches of {@code kiln-runtime-cache} shared by every instance through Redis
 * (Lettuce, through {@code RedisClients}), a Caffeine near cache in front on each instance; offered through
 * {@link dev.kiln.runtime.cache.redis.RedisCacheStoreProvider} ({@code META-INF/services}); configuration in
 * {@link dev.kiln.runtime.cache.redis.RedisCacheSettings}. See {@code docs/cache.md}.
 *
 * <p>What it guarantees, with {@code <name>} a cache:
 * <ul>
 *   <li>Values live in {@code kiln:cache:<name>:<key JSON>} as {@code <epoch>|<value JSON>} with {@code PX} the
 *   cache's TTL. A near miss reads Redis once per key and instance at a time; a Redis miss takes a lease on the key
 *   ({@code ~<token>}, {@code PX kiln.cache.redis.lease}) and only the lease holder's value is written, and only if
 *   no put, eviction or {@code evictAll} happened since (an eviction deletes the lease; {@code evictAll} moves the
 *   epoch {@code kiln:cache:<name>:epoch}, making every older value unreachable at once). A caller that finds
 *   another instance's lease runs the method and writes nothing.</li>
 *   <li>Every eviction and {@code evictAll} is published on {@code kiln:cache:invalidations} (JSON: origin,
 *   cache, key JSON or {@code "all": true}) in the same script that changes Redis; every other instance drops the
 *   key from its near cache, and a load it has in progress for the key keeps nothing. A {@code @CachePut} keeps its
 *   value in its own instance's near cache and evicts the key here: computed from data read before another
 *   instance's eviction may have landed, it is never written where the others read.</li>
 *   <li>While the subscription is down (a reconnect, Redis stopped), every near cache is empty and keeps nothing;
 *   it is cleared again when the subscription is back. Redis unreachable: every call runs its method (after at
 *   most {@code kiln.cache.redis.timeout} per command), nothing is cached, the {@code cache} readiness check stays
 *   UP with "degraded" data; evictions that failed are sent again when Redis answers.</li>
 * </ul>
 */
package dev.kiln.runtime.cache.redis;
