package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameters that form the cache key of a {@link Cached}, {@link CachePut} or {@link CacheEvict} method;
 * the others are not part of it. One marked parameter is the key itself; several form a generated record, compared
 * component by component. A key's types must compare by value (scalars, strings, enums, records, lists of them):
 * an array or a class without {@code equals} is a compile error.
 *
 * <pre>{@code
 * @Cached(name = "prices", ttl = "1m")
 * public Price price(@CacheKey String sku, @CacheKey Currency currency, RequestContext context) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface CacheKey {
}
