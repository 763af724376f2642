package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The base path of every route of a service interface.
 *
 * <pre>{@code
 * @Service("orders") @Path("/orders")
 * public interface OrderApi { ... }
 * }</pre>
 *
 * <p>Only interfaces may carry it; every method of the interface must carry one HTTP method
 * annotation ({@link Get}, {@link Post}, {@link Put}, {@link Patch}, {@link Delete}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Path {
    /** The base path, e.g. {@code "/orders"}. */
    String value();
}
