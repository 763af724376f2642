package dev.kiln;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a Kiln service. Kiln generates, next to the interface,
 * {@code <Interface>Router} (serves it on Helidon), {@code <Interface>Client} (calls it over HTTP),
 * and JSON codecs for every record and enum its signatures reach.
 *
 * <pre>{@code
 * @Service("orders")
 * @Path("/orders")
 * public interface OrderApi {
 *     @Get("/{id}") Order get(@PathParam long id);
 * }
 * }</pre>
 *
 * <p>The name is the service's logical name: its registry entry, and the key under which a client
 * finds it ({@code kiln.clients.<name>.uri}). Names are unique within an application.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Service {
    /** Logical name, e.g. {@code "orders"}; lower-case letters, digits and dashes. */
    String value();
}
