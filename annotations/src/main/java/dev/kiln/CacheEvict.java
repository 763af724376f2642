package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Removes an entry of a cache once the method has returned normally (not when it throws); inside a transaction,
 * once that transaction has committed, and not at all if it rolls back. Until then, reads of that key in the same
 * transaction bypass the cache, so they never see the value being replaced.
 *
 * <pre>{@code
 * @CacheEvict(name = "products")
 * public void rename(String sku, String name) { ... }      // key: sku, as find(String sku) caches it
 * }</pre>
 *
 * <p>The key is the parameters marked {@link CacheKey}; without any, the parameters that match the key of the
 * cache's {@link Cached} methods by name and type, else all parameters. A key that cannot match the cache's is a
 * compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CacheEvict {
    /** The cache to evict from. */
    String name();

    /** Removes every entry of the cache instead of one key (then the method's parameters are not a key). */
    boolean allEntries() default false;
}
