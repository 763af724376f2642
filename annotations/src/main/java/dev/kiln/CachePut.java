package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Always runs the method and stores what it returns in a cache under its key (chosen as for {@link CacheEvict}).
 * Inside a transaction the value is stored after commit, never on rollback; if the key was evicted while the method
 * ran (by another caller), the entry is removed instead, so a value computed from data read before that eviction
 * never outlives it. A {@code null} result removes the entry. With the Redis store ({@code kiln.cache.store=redis}) the
 * value stays in this instance's near cache and the key is evicted in Redis and on the other instances, which load
 * it on their next read: a value computed before another instance's eviction is never written where others read.
 *
 * <pre>{@code
 * @CachePut(name = "products")
 * public Product update(@CacheKey String sku, ProductChange change) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CachePut {
    /** The cache to store into. */
    String name();
}
