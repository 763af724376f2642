package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches what a method of an injectable class returns, by its key: the method's parameters, or those marked
 * {@link CacheKey}. Kiln runs the method in a generated subclass (no proxy: a call from the class to itself is
 * cached too); a hit returns the cached value without calling the method, concurrent misses of one key on one
 * instance run the method once, and a method that throws caches nothing.
 *
 * <pre>{@code
 * @Cached(name = "products", ttl = "5m")
 * public Optional<Product> find(String sku) { ... }
 * }</pre>
 *
 * <p>An empty {@code Optional} is cached like any value ({@code kiln.cache.<name>.cache-empty=false} turns that
 * off); a {@code null} result is never cached. The store is {@code kiln.cache.store}: {@code memory} (Caffeine, the
 * default) or {@code redis} (a near cache in front of Redis; needs {@code kiln-runtime-cache-redis}). See
 * {@code docs/cache.md}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Cached {
    /** The cache's name: methods that name the same cache share its entries (and must agree on key and value). */
    String name();

    /**
     * How long an entry lives after it was written: a number and a unit ({@code ms}, {@code s}, {@code m},
     * {@code h} or {@code d}). Empty: {@code kiln.cache.<name>.ttl}, else {@code kiln.cache.ttl} (1h).
     * {@code kiln.cache.<name>.ttl} overrides this value too.
     */
    String ttl() default "";
}
